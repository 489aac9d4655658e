/**
 * A cancelled job, end to end with the built action on the local cloud: the runner's SIGINT,
 * SIGTERM 7.5 s later (sooner here, where a test says so) and SIGKILL 2.5 s after that, in the
 * middle of a migration; then the post step; then a new run, which must take the lock at once
 * and leave every migration applied exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction, type ActionRun, type Cancel } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0
let dir: string

const DOCUMENTS = 1000
const CHUNKS = 10

/**
 * Marks the documents chunk by chunk with the helpers, counting each patch in `applied`. Told
 * to (`HOLD_AFTER_CHUNK`), it waits after that chunk for the job's SIGINT before going on, so
 * the cancellation always lands in the middle; `IGNORE_CANCEL` makes it a script that never
 * reaches another helper call, which only abandonment can stop.
 */
const MARKING = `export const containers = ['items']
export async function up(ctx) {
  let cancelled = false
  process.once('SIGINT', () => { cancelled = true })
  const hold = Number(process.env.HOLD_AFTER_CHUNK ?? -1)
  for (let chunk = 0; chunk < ${CHUNKS}; chunk++) {
    await ctx.patchWhere('items', 'c.chunk = ' + chunk + ' AND NOT IS_DEFINED(c.marked)', [
      { op: 'set', path: '/marked', value: true },
      { op: 'incr', path: '/applied', value: 1 }
    ])
    ctx.log('chunk ' + chunk + ' done')
    if (chunk !== hold) continue
    while (!cancelled) await new Promise((resolve) => setTimeout(resolve, 20))
    while (process.env.IGNORE_CANCEL === '1') await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
`

/** Appends to a document once per application: shows that it ran exactly once. */
const AFTER = `export const containers = ['items']
export async function up(ctx) {
  const { resource } = await ctx.container('items').item('after', 'after').read()
  await ctx.container('items').items.upsert({ id: 'after', runs: (resource?.runs ?? 0) + 1 })
}
`

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
  dir = await mkdtemp(join(tmpdir(), 'cancel-migrations-'))
  await writeFile(join(dir, '0001-mark.mjs'), MARKING)
  await writeFile(join(dir, '0002-after.mjs'), AFTER)
})

afterAll(async () => {
  await cloud.close()
})

async function repository(): Promise<RepositorySetup> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/cancel-${n}`,
    database: `cancel${n}`,
    containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
    role: 'contributor',
    controlPlaneWrite: true
  })
  await cloud.cosmos.upsertItems(
    setup.inputs['database'] ?? '',
    'items',
    Array.from({ length: DOCUMENTS }, (_, i) => ({ id: `d${i}`, chunk: i % CHUNKS }))
  )
  return setup
}

async function run(
  setup: RepositorySetup,
  how: {
    env?: Record<string, string>
    cancel?: Cancel
    killWhen?: RegExp
    laterSteps?: () => Promise<unknown>
  } = {}
): Promise<ActionRun> {
  const result = await runAction({
    // A lock left held would fail the next run within a second instead of being waited out.
    inputs: { ...setup.inputs, migrations: dir, 'lock-timeout': '1', 'lock-lease': '600' },
    env: { ...setup.job.env, ...how.env },
    caFile: cloud.caFile,
    ...(how.cancel ? { cancel: how.cancel } : {}),
    ...(how.killWhen ? { killWhen: how.killWhen } : {}),
    ...(how.laterSteps ? { laterSteps: async () => void (await how.laterSteps?.()) } : {})
  })
  expect(leakedSecrets(result, cloud.secrets())).toEqual([])
  return result
}

async function ledgerOf(setup: RepositorySetup): Promise<Array<Record<string, unknown>>> {
  return cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'migrations')
}

function statuses(ledger: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    ledger.filter((d) => d['type'] === 'migration').map((d) => [d['key'], d['status']])
  )
}

/** The second run after a cancelled one: at once, to the end, each migration applied once. */
async function expectCleanRerun(setup: RepositorySetup): Promise<void> {
  const rerun = await run(setup)
  expect(rerun.errors).toEqual([])
  expect(rerun.exitCode).toBe(0)
  expect(rerun.log).not.toMatch(/Waiting for the migration lock|Took over/)
  expect(statuses(await ledgerOf(setup))).toEqual({ '1': 'applied', '2': 'applied' })
  const items = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')
  const marked = items.filter((d) => d['id'] !== 'after')
  expect(marked).toHaveLength(DOCUMENTS)
  expect(marked.filter((d) => d['marked'] !== true || d['applied'] !== 1)).toEqual([])
  expect(items.find((d) => d['id'] === 'after')?.['runs']).toBe(1)
  expect((await ledgerOf(setup)).some((d) => d['id'] === 'lock')).toBe(false)
}

describe('a job cancelled in the middle of a migration', () => {
  it('stops at the next write, records the migration interrupted, releases the lock and exits 1 before SIGTERM', async () => {
    const setup = await repository()
    const cancelled = await run(setup, {
      env: { HOLD_AFTER_CHUNK: '2' },
      cancel: { when: /chunk 2 done/ }
    })
    expect(cancelled.signals).toEqual(['SIGINT'])
    expect(cancelled.exitCode).toBe(1)
    expect(cancelled.errors.join('\n')).toMatch(
      /Cancelled \(SIGINT\): migration .*0001-mark\.mjs stopped before its next write and is recorded as interrupted/
    )
    expect(cancelled.summary).toMatch(/^## Cosmos DB: ⏹️ cancelled at migrations$/m)
    expect(cancelled.summary).toMatch(/\| 1 \| `mark` \| interrupted \|/)
    const ledger = await ledgerOf(setup)
    expect(statuses(ledger)).toEqual({ '1': 'interrupted' })
    expect(ledger.some((d) => d['id'] === 'lock')).toBe(false)
    // Released by the run itself: nothing left for the post step.
    expect(cancelled.state['migration-lock']).toBe('')
    expect(cancelled.post?.log).not.toMatch(/migration lock/)
    const items = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')
    const done = items.filter((d) => d['marked'] === true).length
    expect(done).toBeGreaterThanOrEqual((DOCUMENTS / CHUNKS) * 3)
    expect(done).toBeLessThan(DOCUMENTS)
    await expectCleanRerun(setup)
  })

  it('abandons a migration that does not stop, at SIGTERM: records it interrupted, releases the lock, exits 1 before the kill', async () => {
    const setup = await repository()
    const cancelled = await run(setup, {
      env: { HOLD_AFTER_CHUNK: '2', IGNORE_CANCEL: '1' },
      // The runner kills 2.5 s after SIGTERM; the action gives the work 1.5 s, then records it
      // interrupted and releases the lock, which left it 1 s for two writes: too little on a
      // loaded machine. Here SIGKILL comes 6 s after SIGTERM: an action that never abandoned the
      // work (the script ignores the cancellation for good) is still killed and fails the test.
      cancel: { when: /chunk 2 done/, sigtermAfterMs: 2000, sigkillAfterMs: 6000 }
    })
    expect(cancelled.signals).toEqual(['SIGINT', 'SIGTERM'])
    expect(cancelled.exitCode).toBe(1)
    expect(cancelled.log).toMatch(/SIGTERM after cancellation: abandoning the work in flight/)
    expect(cancelled.errors.join('\n')).toMatch(/did not stop in time and was abandoned/)
    const ledger = await ledgerOf(setup)
    expect(statuses(ledger)).toEqual({ '1': 'interrupted' })
    expect(ledger.some((d) => d['id'] === 'lock')).toBe(false)
    expect(cancelled.state['migration-lock']).toBe('')
    await expectCleanRerun(setup)
  })

  it('killed outright, leaves its lock to the post step, which releases it and marks the migration interrupted', async () => {
    const setup = await repository()
    const killed = await run(setup, {
      env: { HOLD_AFTER_CHUNK: '2' },
      killWhen: /chunk 2 done/
    })
    expect(killed.exitCode).toBeNull()
    expect(killed.state['migration-lock']).toMatch(/^[0-9a-f-]{36}$/)
    expect(killed.post?.exitCode).toBe(0)
    expect(killed.post?.log).toMatch(/Released the migration lock the cancelled run still held/)
    const ledger = await ledgerOf(setup)
    expect(statuses(ledger)).toEqual({ '1': 'interrupted' })
    expect(ledger.some((d) => d['id'] === 'lock')).toBe(false)
    await expectCleanRerun(setup)
  })

  it('leaves a lock another run has taken over since alone', async () => {
    const setup = await repository()
    const database = setup.inputs['database'] ?? ''
    const killed = await run(setup, {
      env: { HOLD_AFTER_CHUNK: '2' },
      killWhen: /chunk 2 done/,
      // Between the killed step and its post step, another run takes the lease over.
      laterSteps: () =>
        cloud.cosmos.upsertItems(database, 'migrations', [
          { id: 'lock', type: 'lock', holder: { id: 'someone-else', runner: 'elsewhere' } }
        ])
    })
    expect(killed.state['migration-lock']).toMatch(/^[0-9a-f-]{36}$/)
    expect(killed.post?.exitCode).toBe(0)
    expect(killed.post?.log).toMatch(/taken over by another run; left to it/)
    const lock = (await ledgerOf(setup)).find((d) => d['id'] === 'lock')
    expect(lock?.['holder']).toMatchObject({ id: 'someone-else' })
  })
})
