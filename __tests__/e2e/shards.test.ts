/**
 * Work split across the jobs of a matrix (`shard: i/4`), end to end with the built action on the
 * local cloud: four processes started together over the same migrations and seed files. Every
 * document is processed by exactly one of them, a shardable migration is recorded applied once
 * (when all its parts are done), a migration that is not shardable runs once, and a job killed
 * mid-part leaves its part to another, which takes it over after the part's lease and finishes it
 * without writing any document twice. A part that fails fails every job of the matrix, and a job
 * with another count is refused until the migration is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { setTimeout as delay } from 'node:timers/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'
import { writesPerDocument } from '../../testkit/cosmos/writes.js'

let cloud: LocalCloud
let scenario = 0

const DOCUMENTS = 4000
const SEEDED = 2000
const SHARDS = 4

/** Every document patched once per application, counted in `applied`. */
const BACKFILL = `export const containers = ['items']
export const shardable = true
export async function up(ctx) {
  await ctx.patchWhere('items', undefined, [
    { op: 'set', path: '/v', value: 2 },
    { op: 'incr', path: '/applied', value: 1 }
  ])
}
`

/**
 * The backfill as a rewrite: the job given MARK says so on its stdout after its 300th document,
 * for the test to kill it there, mid-part.
 */
const REWRITE = `export const containers = ['items']
export const shardable = true
let seen = 0
export async function up(ctx) {
  await ctx.updateWhere('items', undefined, (doc) => {
    if (++seen === 300 && process.env.MARK) console.log('marked: 300 documents')
    return { ...doc, v: 2, applied: (doc.applied ?? 0) + 1 }
  })
}
`

/**
 * A shardable migration whose part fails in the job given FAIL_PART, after its patches; the job
 * given HOLD_FILE keeps its part open until that file exists.
 */
const FAILING = `import { existsSync } from 'node:fs'
export const containers = ['items']
export const shardable = true
export async function up(ctx) {
  await ctx.patchWhere('items', undefined, [{ op: 'set', path: '/v', value: 2 }])
  if (process.env.FAIL_PART) throw new Error('part refused on purpose')
  while (process.env.HOLD_FILE && !existsSync(process.env.HOLD_FILE))
    await new Promise((resolve) => setTimeout(resolve, 50))
}
`

/** Not shardable: one job runs it, whichever takes the lock first. */
const ONCE = `export const containers = ['items']
export async function up(ctx) {
  await ctx.patchWhere('items', "c.id = 'd0'", [{ op: 'incr', path: '/once', value: 1 }])
}
`

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
})

afterAll(async () => {
  await cloud.close()
})

interface Repository {
  readonly setup: RepositorySetup
  readonly migrations: string
  readonly seed: string
}

async function repository(files: Record<string, string>): Promise<Repository> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/shards-${n}`,
    database: `shards${n}`,
    containers: [
      { id: 'items', partitionKey: { paths: ['/id'] } },
      { id: 'seeded', partitionKey: { paths: ['/tenant'] } }
    ],
    role: 'contributor',
    controlPlaneWrite: true
  })
  await cloud.cosmos.upsertItems(
    setup.inputs['database'] ?? '',
    'items',
    Array.from({ length: DOCUMENTS }, (_, i) => ({ id: `d${i}` }))
  )
  const migrations = await mkdtemp(join(tmpdir(), 'shards-migrations-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(migrations, name), text)
  const seed = await mkdtemp(join(tmpdir(), 'shards-seed-'))
  const lines = Array.from({ length: SEEDED }, (_, i) =>
    JSON.stringify({ id: `s${i}`, tenant: `t${i % 7}`, n: i })
  )
  await writeFile(join(seed, 'seeded.ndjson'), `${lines.join('\n')}\n`)
  return { setup, migrations, seed }
}

function run(
  repo: Repository,
  index: number,
  how: { inputs?: Record<string, string>; env?: Record<string, string>; killWhen?: RegExp } = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      ...repo.setup.inputs,
      migrations: repo.migrations,
      shard: `${index}/${SHARDS}`,
      'lock-lease': '10',
      ...how.inputs
    },
    env: { ...repo.setup.job.env, ...how.env },
    caFile: cloud.caFile,
    timeoutMs: 300_000,
    ...(how.killWhen ? { killWhen: how.killWhen } : {})
  })
}

const itemsPath = (setup: RepositorySetup): string =>
  `/dbs/${setup.inputs['database'] ?? ''}/colls/items/docs`

/** Successful writes (patches and replaces) per document id. */
const writesPerItem = (setup: RepositorySetup, since: number): Map<string, number> =>
  writesPerDocument(cloud.cosmos.requests().slice(since), itemsPath(setup), ['PATCH', 'PUT'])

async function readAll(
  setup: RepositorySetup,
  container: string
): Promise<Record<string, unknown>[]> {
  return cloud.cosmos.readItems(setup.inputs['database'] ?? '', container)
}

describe('shards', () => {
  it('splits migrations and seed files across four jobs started together: every document processed by exactly one, each migration applied once', async () => {
    const repo = await repository({ '0001-backfill.mjs': BACKFILL, '0002-once.mjs': ONCE })
    const before = cloud.cosmos.requests().length
    const runs = await Promise.all(
      [1, 2, 3, 4].map((index) => run(repo, index, { inputs: { seed: repo.seed } }))
    )
    for (const result of runs) {
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.outputs['complete']).toBe('true')
      expect(leakedSecrets(result, cloud.secrets())).toEqual([])
    }
    const { setup } = repo

    // The backfill: each document patched once, by one job; the other migration ran once.
    const patches = writesPerItem(setup, before)
    // d0 twice: once by the backfill, once by the migration that is not shardable.
    expect(patches.size).toBe(DOCUMENTS)
    expect([...patches].filter(([id, count]) => count !== (id === 'd0' ? 2 : 1))).toEqual([])
    const items = await readAll(setup, 'items')
    expect(items.filter((d) => d['applied'] === 1 && d['v'] === 2)).toHaveLength(DOCUMENTS)
    expect(items.find((d) => d['id'] === 'd0')?.['once']).toBe(1)
    // Each job ran its own part of the backfill, and the parts were about even.
    for (const [index, result] of runs.entries())
      expect(result.log).toContain(`Applied part ${index + 1} of 4 of 0001-backfill.mjs`)
    expect(
      runs.filter((r) => /Applied 0001-backfill\.mjs: all 4 parts done/.test(r.log))
    ).toHaveLength(1)

    // The seed: each job created its part, and together exactly the file.
    const created = runs.map(
      (result) =>
        (JSON.parse(result.outputs['seeded'] ?? '{}') as Record<string, { created: number }>)[
          'seeded'
        ]?.created ?? 0
    )
    expect(created.reduce((a, b) => a + b, 0)).toBe(SEEDED)
    expect(Math.min(...created)).toBeGreaterThan(SEEDED / SHARDS / 2)
    expect(await readAll(setup, 'seeded')).toHaveLength(SEEDED)

    // The ledger: each migration once, applied; the backfill's four parts done; no progress left.
    const ledger = await readAll(setup, 'migrations')
    const entries = ledger.filter((e) => e['type'] === 'migration')
    expect(entries.map((e) => [e['key'], e['status']]).sort()).toEqual([
      ['1', 'applied'],
      ['2', 'applied']
    ])
    expect(entries.find((e) => e['key'] === '1')).toMatchObject({
      parts: 4,
      documentsTouched: DOCUMENTS
    })
    expect(ledger.filter((e) => e['type'] === 'part').map((e) => e['status'])).toEqual(
      Array(4).fill('done')
    )
    expect(ledger.filter((e) => e['type'] === 'progress' || e['type'] === 'lock')).toEqual([])
  }, 600_000)

  it('takes over the part of a job killed mid-way once its lease has lapsed, and the result is exact', async () => {
    const repo = await repository({ '0001-backfill.mjs': REWRITE })
    const { setup } = repo
    const before = cloud.cosmos.requests().length
    const runs = await Promise.all(
      [1, 2, 3, 4].map((index) =>
        run(repo, index, index === 2 ? { env: { MARK: '1' }, killWhen: /marked: 300/ } : {})
      )
    )
    const [first, killed, ...rest] = runs as [ActionRun, ActionRun, ...ActionRun[]]
    expect(killed.exitCode).toBeNull()
    for (const result of [first, ...rest]) {
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
    }
    const takeover = runs.filter((r) =>
      /Took over part 2 of 4 of migration 0001-backfill\.mjs/.test(r.log)
    )
    expect(takeover).toHaveLength(1)
    expect(takeover[0]?.log).toMatch(/resuming after \d+ document\(s\)/)

    const patches = writesPerItem(setup, before)
    expect(patches.size).toBe(DOCUMENTS)
    expect([...patches.values()].every((count) => count === 1)).toBe(true)
    const items = await readAll(setup, 'items')
    expect(items.filter((d) => d['applied'] === 1 && d['v'] === 2)).toHaveLength(DOCUMENTS)
    const entries = (await readAll(setup, 'migrations')).filter((e) => e['type'] === 'migration')
    expect(entries.map((e) => e['status'])).toEqual(['applied'])
  }, 600_000)
  it('fails every job of the matrix when a part fails, and refuses a job with another count until the migration is applied', async () => {
    const repo = await repository({ '0001-failing.mjs': FAILING })
    const { setup } = repo
    const two = { shard: '1/2' }
    const hold = join(repo.migrations, 'release')
    const holding = run(repo, 1, { inputs: two, env: { HOLD_FILE: hold } })
    // The failing job starts once the first has marked the migration running in two parts, as
    // jobs of one matrix do: a job that starts after a failure starts the migration again.
    // The ledger container is made by the first job: until then there is no entry.
    const entry = async (): Promise<Record<string, unknown> | undefined> =>
      (await readAll(setup, 'migrations').catch(() => [])).find((e) => e['type'] === 'migration')
    for (let waited = 0; (await entry())?.['status'] !== 'running'; waited += 100) {
      if (waited > 120_000) throw new Error('the first job never marked the migration running')
      await delay(100)
    }
    const failing = await run(repo, 2, { inputs: { shard: '2/2' }, env: { FAIL_PART: '1' } })
    expect(failing.exitCode).toBe(1)
    expect(failing.errors.join('\n')).toMatch(/part refused on purpose/)
    expect(await entry()).toMatchObject({ status: 'failed', parts: 2 })

    await writeFile(hold, '')
    const held = await holding
    expect(held.exitCode).toBe(1)
    expect(held.errors.join('\n')).toMatch(
      /0001-failing\.mjs failed in another job of the matrix: .*part refused on purpose/
    )

    const other = await run(repo, 1, { inputs: { shard: '1/3' } })
    expect(other.exitCode).toBe(1)
    expect(other.errors.join('\n')).toMatch(
      /was started in 2 parts and is not finished; this job has shard 1\/3\. Run every job of the matrix with the count 2/
    )
    expect(await entry()).toMatchObject({ status: 'failed', parts: 2 })
    for (const result of [failing, held, other])
      expect(leakedSecrets(result, cloud.secrets())).toEqual([])
  }, 600_000)
})
