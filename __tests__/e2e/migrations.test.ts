/**
 * End to end: migrations run by the built action against the local cloud, with the ledger, the
 * lease lock and ARM container creation.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
})

afterAll(async () => {
  await cloud.close()
})

/** A directory of migration files. */
async function migrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migrations-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

/** A repository with a contributor identity allowed (by default) to create containers through ARM. */
async function repository(controlPlane: 'write' | 'read' = 'write'): Promise<RepositorySetup> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/migrate-${n}`,
    database: `mig${n}`,
    containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
    role: 'contributor',
    ...(controlPlane === 'write' ? { controlPlaneWrite: true } : { controlPlaneRead: true })
  })
  await cloud.cosmos.upsertItems(setup.inputs['database'] ?? '', 'items', [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 }
  ])
  return setup
}

async function run(
  setup: RepositorySetup,
  inputs: Record<string, string>,
  killWhen?: RegExp,
  post = true
): Promise<ActionRun> {
  const result = await runAction({
    inputs: { ...setup.inputs, ...inputs },
    env: setup.job.env,
    caFile: cloud.caFile,
    ...(killWhen ? { killWhen } : {}),
    post
  })
  expect(leakedSecrets(result, cloud.secrets())).toEqual([])
  return result
}

async function ledger(setup: RepositorySetup): Promise<Array<Record<string, unknown>>> {
  const docs = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'migrations')
  return docs.filter((doc) => doc['type'] === 'migration')
}

function writesIn(requests: ReturnType<LocalCloud['cosmos']['requests']>): number {
  return requests.filter(
    (r) =>
      r.method !== 'GET' &&
      /\/docs(\/|$)/.test(r.path) &&
      !r.actions.some((a) => a.endsWith('/executeQuery'))
  ).length
}

/** A script migration appending its version to a `log` document: shows order and count. */
function appending(version: number): string {
  return `export const containers = ['items']
export async function up(ctx) {
  const { resource } = await ctx.container('items').item('log', 'log').read()
  const seen = resource?.seen ?? []
  await ctx.container('items').items.upsert({ id: 'log', seen: [...seen, ${version}] })
}
`
}

describe('applying', () => {
  it('applies in version order, records the ledger, creates the ledger container through ARM, and is done after', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0010-third.mjs': appending(10),
      '0002-second.mjs': appending(2),
      '0001-first.yaml':
        'operations:\n  - patch:\n      container: items\n      where: NOT IS_DEFINED(c.flag)\n      set:\n        flag: true\n',
      'README.md': 'not a migration'
    })
    const first = await run(setup, { migrations: dir })
    expect(first.errors).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(JSON.parse(first.outputs['migrations-applied'] ?? '')).toEqual([1, 2, 10])
    const db = setup.inputs['database'] ?? ''
    const items = await cloud.cosmos.readItems(db, 'items')
    expect(items.find((d) => d['id'] === 'log')?.['seen']).toEqual([2, 10])
    expect(
      items
        .filter((d) => d['flag'] === true)
        .map((d) => d['id'])
        .sort()
    ).toEqual(['a', 'b'])
    const entries = await ledger(setup)
    expect(entries.map((e) => [e['key'], e['status']]).sort()).toEqual([
      ['1', 'applied'],
      ['10', 'applied'],
      ['2', 'applied']
    ])
    const one = entries.find((e) => e['key'] === '1')
    expect(one).toMatchObject({
      version: 1,
      name: 'first',
      documentsTouched: 2,
      // Who ran it, from the job's OIDC claims.
      runBy: {
        repository: setup.credentialSubject.split(':')[1],
        ref: 'refs/heads/main',
        workflowRunUrl: expect.stringMatching(
          new RegExp(
            `^https://github\\.com/${setup.credentialSubject.split(':')[1]}/actions/runs/\\d+`
          )
        )
      }
    })
    expect(one?.['checksum']).toMatch(/^[0-9a-f]{64}$/)
    expect(
      cloud.arm
        .operations()
        .some((op) => op.method === 'PUT' && op.resourceId.endsWith('/containers/migrations'))
    ).toBe(true)
    expect(first.summary).toContain('### Migrations')

    const again = await run(setup, { migrations: dir })
    expect(again.exitCode).toBe(0)
    expect(JSON.parse(again.outputs['migrations-applied'] ?? '')).toEqual([])
    expect(again.summary).toMatch(/\| 10 \| `third` \| up to date \|/)
  })

  it('re-runs a repeatable migration whenever its checksum changes, and only then', async () => {
    const setup = await repository()
    const db = setup.inputs['database'] ?? ''
    const featured = (items: string[]): string =>
      JSON.stringify({
        operations: [{ upsert: { container: 'items', documents: [{ id: 'featured', items }] } }]
      })
    const dir = await migrations({ 'R__featured.json': featured(['a']) })
    const first = await run(setup, { migrations: dir })
    expect(JSON.parse(first.outputs['migrations-applied'] ?? '')).toEqual(['R__featured'])
    const unchanged = await run(setup, { migrations: dir })
    expect(JSON.parse(unchanged.outputs['migrations-applied'] ?? '')).toEqual([])
    await writeFile(join(dir, 'R__featured.json'), featured(['a', 'b']))
    const changed = await run(setup, { migrations: dir })
    expect(JSON.parse(changed.outputs['migrations-applied'] ?? '')).toEqual(['R__featured'])
    const doc = (await cloud.cosmos.readItems(db, 'items')).find((d) => d['id'] === 'featured')
    expect(doc?.['items']).toEqual(['a', 'b'])
  })

  it('applies a migration merged late, saying it is out of order', async () => {
    const setup = await repository()
    const dir = await migrations({ '0002-second.mjs': appending(2) })
    expect((await run(setup, { migrations: dir })).exitCode).toBe(0)
    await writeFile(join(dir, '0001-first.mjs'), appending(1))
    const late = await run(setup, { migrations: dir })
    expect(late.exitCode).toBe(0)
    expect(JSON.parse(late.outputs['migrations-applied'] ?? '')).toEqual([1])
    expect(late.log).toContain('out of order: version 2 is applied already')
  })

  it('previews in a dry run and writes nothing', async () => {
    const setup = await repository()
    const dir = await migrations({ '0001-first.mjs': appending(1) })
    expect((await run(setup, { migrations: dir })).exitCode).toBe(0)
    await writeFile(join(dir, '0002-second.mjs'), appending(2))
    await writeFile(
      join(dir, '0003-wipe.yaml'),
      'operations:\n  - delete:\n      container: items\n'
    )
    const before = cloud.cosmos.requests().length
    const armBefore = cloud.arm.operations().length
    const dry = await run(setup, { migrations: dir, 'dry-run': 'true' })
    expect(dry.errors).toEqual([])
    expect(dry.exitCode).toBe(0)
    // Nothing but reads reached Cosmos DB, and ARM was not asked to change anything.
    const requests = cloud.cosmos.requests().slice(before)
    expect(
      requests.filter(
        (r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))
      )
    ).toEqual([])
    expect(writesIn(requests)).toBe(0)
    expect(cloud.arm.operations().length).toBe(armBefore)
    expect(dry.summary).toMatch(/\| 3 \| `wipe` \| would apply ⚠️ destructive \|/)
    expect(dry.log).toContain('would apply: ')
    // Declarative migrations are counted (with helpers that never write); scripts are not run.
    expect(dry.summary).toContain('would change 3 document(s)') // a, b and the log 0001 wrote
    expect(dry.summary).toContain('### Migrations (dry run: the plan, nothing written)')
    expect(dry.summary).toMatch(/\| 1 \| `first` \| up to date \|/)
    expect(dry.summary).toMatch(/\| 2 \| `second` \| would apply \|/)
    expect(JSON.parse(dry.outputs['migrations-applied'] ?? '')).toEqual([])
  })
})

describe('containers', () => {
  it('creates a container a migration needs through ARM, and drops one only when allowed', async () => {
    const setup = await repository()
    const db = setup.inputs['database'] ?? ''
    const dir = await migrations({
      '0001-events.mjs': `export const containers = ['events']
export async function up(ctx) {
  await ctx.createContainer('events', ['/tenantId'])
  await ctx.container('events').items.upsert({ id: 'e-1', tenantId: 't-1' })
}
`,
      '0002-drop-items.mjs': `export const destructive = true
export async function up(ctx) {
  await ctx.dropContainer('items')
}
`
    })
    const refused = await run(setup, { migrations: dir })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain('the migration declares itself destructive')
    expect(JSON.parse(refused.outputs['migrations-applied'] ?? '')).toEqual([])
    // Refused before anything ran: the plan knew 0002 was destructive.
    expect(await cloud.cosmos.readContainer(db, 'events')).toBeUndefined()
    expect(await cloud.cosmos.readContainer(db, 'items')).toBeDefined()

    const allowed = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(allowed.errors).toEqual([])
    expect(JSON.parse(allowed.outputs['migrations-applied'] ?? '')).toEqual([1, 2])
    expect(await cloud.cosmos.readItems(db, 'events')).toHaveLength(1)
    // Version 2 (large partition keys), which ARM does not pick by itself.
    expect((await cloud.cosmos.readContainer(db, 'events'))?.partitionKey).toEqual({
      paths: ['/tenantId'],
      kind: 'Hash',
      version: 2
    })
    expect(await cloud.cosmos.readContainer(db, 'items')).toBeUndefined()
  })

  it('says what to provision when it may not create a container', async () => {
    const setup = await repository('read')
    const n = scenario
    const dir = await migrations({ '0001-first.mjs': appending(1) })
    const refused = await run(setup, { migrations: dir })
    expect(refused.exitCode).toBe(1)
    const error = refused.errors.join('\n')
    expect(error).toContain("Creating container 'migrations' through ARM was refused (403)")
    expect(error).toContain(
      `az cosmosdb sql container create --account-name ${cloud.cosmos.accountName} --resource-group ${cloud.cosmos.resourceGroup} --database-name mig${n} --name migrations --partition-key-path /id`
    )
  })
})

describe('refusing', () => {
  it('a dry run shows drift and fails', async () => {
    const setup = await repository()
    const dir = await migrations({ '0001-first.mjs': appending(1) })
    expect((await run(setup, { migrations: dir })).exitCode).toBe(0)
    await writeFile(join(dir, '0001-first.mjs'), appending(1) + '// edited\n')
    const dry = await run(setup, { migrations: dir, 'dry-run': 'true' })
    expect(dry.exitCode).toBe(1)
    expect(dry.errors.join('\n')).toContain('Applied migrations changed since they were applied')
    expect(dry.summary).toMatch(/\| 1 \| `first` \| drifted \|/)
  })

  it('refuses destructive helpers in a migration that does not declare itself destructive', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-sneaky.mjs':
        "export async function up(ctx) {\n  await ctx.deleteWhere('items', undefined)\n}\n"
    })
    const refused = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "Deleting every document of 'items' is destructive: the migration must say so ('export const destructive = true')"
    )
    expect(await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')).toHaveLength(2)
  })

  it('names the line of a syntax error in a script', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-broken.mjs': 'export async function up(ctx) {\n  const a = 1\n  const b = \n}\n'
    })
    const broken = await run(setup, { migrations: dir })
    expect(broken.exitCode).toBe(1)
    expect(broken.errors.join('\n')).toContain(
      `${join(dir, '0001-broken.mjs')}:4: the migration does not load`
    )
  })

  it('fails on drift with file, both checksums and what to do', async () => {
    const setup = await repository()
    const dir = await migrations({ '0001-first.mjs': appending(1) })
    expect((await run(setup, { migrations: dir })).exitCode).toBe(0)
    await writeFile(join(dir, '0001-first.mjs'), appending(1) + '// changed\n')
    await writeFile(join(dir, '0002-second.mjs'), appending(2))
    const drifted = await run(setup, { migrations: dir })
    expect(drifted.exitCode).toBe(1)
    const error = drifted.errors.join('\n')
    expect(error).toContain(`${join(dir, '0001-first.mjs')}: checksum in the ledger`)
    expect(error).toMatch(/checksum in the ledger [0-9a-f]{64}, file [0-9a-f]{64}/)
    expect(error).toContain('restore the file, and put the change in a new migration')
    expect((await ledger(setup)).map((e) => e['key'])).toEqual(['1'])
  })

  it('fails on a bad migration file with file and line, before anything is applied', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-good.mjs': appending(1),
      '0002-bad.yaml':
        'operations:\n  - patch:\n      container: items\n      set: { x: 1 }\n  - truncate:\n      container: items\n'
    })
    const before = cloud.cosmos.requests().length
    const bad = await run(setup, { migrations: dir })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors.join('\n')).toContain(
      `${join(dir, '0002-bad.yaml')}:5: unknown operation 'truncate'`
    )
    expect(cloud.cosmos.requests().length).toBe(before)
  })

  it('refuses duplicate versions naming both files', async () => {
    const setup = await repository()
    const dir = await migrations({ '0001-a.mjs': appending(1), '001-b.mjs': appending(1) })
    const duplicated = await run(setup, { migrations: dir })
    expect(duplicated.exitCode).toBe(1)
    expect(duplicated.errors.join('\n')).toContain('version 1 is also the version of')
  })

  it('refuses a delete without a filter unless destructive migrations are allowed', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-wipe.yaml': 'operations:\n  - delete:\n      container: items\n'
    })
    const refused = await run(setup, { migrations: dir })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "'delete' without 'where' deletes every document of 'items'"
    )
    expect(await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')).toHaveLength(2)
    const allowed = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(allowed.exitCode).toBe(0)
    expect(await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')).toHaveLength(0)
  })

  it('records a failed migration and re-runs it next time', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-flaky.mjs': "export async function up() { throw new Error('not yet') }\n"
    })
    const failed = await run(setup, { migrations: dir })
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).toContain('not yet')
    expect((await ledger(setup))[0]).toMatchObject({ status: 'failed', error: 'not yet' })
    await writeFile(join(dir, '0001-flaky.mjs'), 'export async function up() {}\n')
    const fixed = await run(setup, { migrations: dir })
    expect(fixed.exitCode).toBe(0)
    expect((await ledger(setup))[0]).toMatchObject({ status: 'applied' })
  })
})

/**
 * Writes `gate` once, since request `from`, a lock attempt on the database's ledger was refused
 * (409) and the lease was then read (the refused run logs who holds it right after); after a
 * minute it writes it anyway, so that a missing wait fails the test's assertions instead of
 * hanging it.
 */
async function openWhenWaiting(gate: string, from: number, database: string): Promise<void> {
  const ledgerDocs = `/dbs/${database}/colls/migrations/docs`
  const waiting = (): boolean => {
    const requests = cloud.cosmos.requests().slice(from)
    const refused = requests.findIndex(
      (r) => r.method === 'POST' && r.status === 409 && r.path === ledgerDocs
    )
    return (
      refused >= 0 &&
      requests
        .slice(refused + 1)
        .some((r) => r.method === 'GET' && r.status === 200 && r.path === `${ledgerDocs}/lock`)
    )
  }
  const deadline = Date.now() + 60_000
  while (!waiting() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
  await writeFile(gate, '')
}

describe('the lock', () => {
  it('lets two runs started together apply each migration once; the second reports the holder', async () => {
    const setup = await repository()
    const database = setup.inputs['database'] ?? ''
    // The lock holder's first migration waits for a file the test writes once the other run has
    // been refused the lock and has read who holds it: the runs overlap on any machine (a fixed
    // pause did not when one run's start-up took longer than the other's whole run).
    const gate = join(await migrations({}), 'go')
    // Each migration counts its own runs in its own document: a double apply shows as 2.
    const counting = (
      id: string,
      wait: string
    ): string => `import { access } from 'node:fs/promises'
export const containers = ['items']
export async function up(ctx) {
  ${wait}
  const { resource } = await ctx.container('items').item('${id}', '${id}').read()
  await ctx.container('items').items.upsert({ id: '${id}', runs: (resource?.runs ?? 0) + 1 })
}
`
    const dir = await migrations({
      '0001-count.mjs': counting(
        'counter-1',
        `while (!(await access(${JSON.stringify(gate)}).then(() => true, () => false)))
    await new Promise((resolve) => setTimeout(resolve, 50))`
      ),
      '0002-count.mjs': counting('counter-2', '')
    })
    const from = cloud.cosmos.requestCount()
    const running = Promise.all([run(setup, { migrations: dir }), run(setup, { migrations: dir })])
    await openWhenWaiting(gate, from, database)
    const [a, b] = await running
    expect([a.exitCode, b.exitCode]).toEqual([0, 0])
    const applied = [a, b].map(
      (r) => JSON.parse(r.outputs['migrations-applied'] ?? '[]') as number[]
    )
    expect(applied.flat().sort()).toEqual([1, 2])
    expect(applied.some((list) => list.length === 0)).toBe(true)
    const waited = [a, b].find((r) => r.log.includes('Waiting for the migration lock, held by'))
    expect(waited?.log).toMatch(/Waiting for the migration lock, held by \S+ since \d{4}-/)
    const items = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')
    expect(items.find((d) => d['id'] === 'counter-1')?.['runs']).toBe(1)
    expect(items.find((d) => d['id'] === 'counter-2')?.['runs']).toBe(1)
  })

  it('after a run lost mid-migration (killed, and no post step: the runner itself is gone), the next run takes over the expired lease and completes it', async () => {
    const setup = await repository()
    const dir = await migrations({
      '0001-long.mjs': `export const containers = ['items']
export async function up(ctx) {
  // The first attempt hangs halfway (and is killed); the second finds its mark and finishes.
  const { resource } = await ctx.container('items').item('started', 'started').read()
  if (!resource) {
    await ctx.container('items').items.upsert({ id: 'started' })
    ctx.log('halfway')
    await new Promise((resolve) => setTimeout(resolve, 60000))
  }
  await ctx.container('items').items.upsert({ id: 'finished' })
}
`
    })
    // The lost run's lease is what the next run waits out. A holder stops itself after two
    // thirds of its lease without a renewal: with 2 s, a 0.7 s stall on a loaded machine failed
    // the run before it was killed. 6 s leaves 4 s and costs the next run a few seconds of waiting.
    const killed = await run(setup, { migrations: dir, 'lock-lease': '6' }, /halfway/, false)
    expect(killed.exitCode).toBeNull()
    expect((await ledger(setup))[0]).toMatchObject({ status: 'running' })
    const lease = (await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'migrations')).find(
      (d) => d['id'] === 'lock'
    )
    expect(lease).toBeDefined()

    // The default lease (60 s) for the run that takes over: it renews every 20 s, so no stall
    // of this machine can make it stop itself before the migration is done.
    const next = await run(setup, { migrations: dir, 'lock-timeout': '30' }, undefined)
    expect(next.errors).toEqual([])
    expect(next.log).toContain('Took over the migration lock from')
    expect(next.log).toContain('no heartbeat for 6 s')
    expect((await ledger(setup))[0]).toMatchObject({ status: 'applied' })
    const ids = (await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')).map(
      (d) => d['id']
    )
    expect(ids).toContain('finished')
  })

  it('gives up after lock-timeout while a live run holds the lock, naming the holder', async () => {
    const setup = await repository()
    const dir = await migrations({ '0001-first.mjs': appending(1) })
    const db = setup.inputs['database'] ?? ''
    await run(setup, { migrations: dir })
    const now = Date.now()
    await cloud.cosmos.upsertItems(db, 'migrations', [
      {
        id: 'lock',
        type: 'lock',
        holder: {
          repository: 'octo-org/other',
          ref: 'refs/heads/main',
          runner: 'elsewhere',
          workflowRunUrl: 'https://github.com/octo-org/other/actions/runs/7'
        },
        acquiredAt: new Date(now).toISOString(),
        renewedAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 600_000).toISOString()
      }
    ])
    await writeFile(join(dir, '0002-second.mjs'), appending(2))
    const blocked = await run(setup, { migrations: dir, 'lock-timeout': '2' })
    expect(blocked.exitCode).toBe(1)
    expect(blocked.errors.join('\n')).toContain(
      'The migration lock is held by https://github.com/octo-org/other/actions/runs/7 since'
    )
    expect((await ledger(setup)).map((e) => e['key'])).toEqual(['1'])
  })
})
