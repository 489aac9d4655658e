/**
 * Data migrations longer than a job, end to end with the built action on the local cloud: a run
 * killed mid-migration (SIGKILL: a runner lost), or stopped by its time budget (max-run-minutes),
 * leaves its progress in the ledger container, and the next run continues from there, reading
 * only what was left and writing no document twice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'
import type { CosmosRequestRecord } from '../../testkit/cosmos/gateway.js'
import { writesPerDocument } from '../../testkit/cosmos/writes.js'

let cloud: LocalCloud
let scenario = 0

const DOCUMENTS = 20_000
const PAGE = 500
/** The helpers' writes in flight at once. */
const CONCURRENCY = 16

/** Every document patched, counting each application in `applied`. */
const BACKFILL = `export const containers = ['items']
export async function up(ctx) {
  await ctx.patchWhere('items', undefined, [
    { op: 'set', path: '/v', value: 2 },
    { op: 'incr', path: '/applied', value: 1 }
  ])
}
`

/**
 * Two helper calls: a short one, then one whose change to the first document it is given
 * holds the process until WAIT_UNTIL_MS on the process's clock, which the time budget counts on
 * too: the budget is spent while that page is in flight, whatever the machine's speed, and the
 * call stops after it. The hold sleeps (Atomics.wait) rather than spins, so a long one costs the
 * machine no CPU.
 */
const TWO_PASSES = `export const containers = ['items']
let held = false
export async function up(ctx) {
  await ctx.patchWhere('items', 'c.group = 0', [{ op: 'incr', path: '/applied', value: 1 }])
  await ctx.updateWhere('items', 'c.group = 1', (doc) => {
    const until = Number(process.env.WAIT_UNTIL_MS ?? 0)
    const cell = new Int32Array(new SharedArrayBuffer(4))
    if (!held) while (performance.now() < until) Atomics.wait(cell, 0, 0, until - performance.now())
    held = true
    return { ...doc, applied: (doc.applied ?? 0) + 1 }
  })
}
`

/** A long list written whole by upsertMany, each document saying which list it came from. */
const UPSERT_LIST = `export const containers = ['items']
export async function up(ctx) {
  const documents = Array.from({ length: 12000 }, (_, i) => ({ id: 'u' + i, list: 'imported' }))
  await ctx.upsertMany('items', documents)
}
`

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
})

afterAll(async () => {
  await cloud.close()
})

async function repository(migration: string): Promise<{ setup: RepositorySetup; dir: string }> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/resume-${n}`,
    database: `resume${n}`,
    containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
    role: 'contributor',
    controlPlaneWrite: true
  })
  await cloud.cosmos.upsertItems(
    setup.inputs['database'] ?? '',
    'items',
    Array.from({ length: DOCUMENTS }, (_, i) => ({ id: `d${i}`, group: i % 20 === 0 ? 0 : 1 }))
  )
  const dir = await mkdtemp(join(tmpdir(), 'resume-'))
  await writeFile(join(dir, '0001-backfill.mjs'), migration)
  return { setup, dir }
}

async function run(
  { setup, dir }: { setup: RepositorySetup; dir: string },
  how: { inputs?: Record<string, string>; env?: Record<string, string>; killWhen?: () => boolean }
): Promise<ActionRun> {
  const result = await runAction({
    // The post step releases a killed run's lock: the next run must not wait for it.
    inputs: { ...setup.inputs, migrations: dir, 'lock-timeout': '1', ...how.inputs },
    env: { ...setup.job.env, ...how.env },
    caFile: cloud.caFile,
    timeoutMs: 240_000,
    ...(how.killWhen ? { killWhen: how.killWhen } : {})
  })
  expect(leakedSecrets(result, cloud.secrets())).toEqual([])
  return result
}

const itemsPath = (setup: RepositorySetup): string =>
  `/dbs/${setup.inputs['database'] ?? ''}/colls/items/docs`

/** Successful patches per document id, from the gateway's records. */
const patchesPerDocument = (
  records: readonly CosmosRequestRecord[],
  setup: RepositorySetup
): Map<string, number> => writesPerDocument(records, itemsPath(setup), ['PATCH'])

async function documents(setup: RepositorySetup): Promise<Array<Record<string, unknown>>> {
  return cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'items')
}

async function ledger(setup: RepositorySetup): Promise<Array<Record<string, unknown>>> {
  return cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'migrations')
}

describe('resumable data migrations', () => {
  it('continues a migration killed three times where it stopped: every document patched once, the last run reading only what was left', async () => {
    const repo = await repository(BACKFILL)
    const { setup } = repo
    // Each killed run gets this many requests in, most of them patches, then dies at once.
    for (const share of [4000, 4000, 4000]) {
      const before = cloud.cosmos.requestCount()
      const killed = await run(repo, {
        killWhen: () => cloud.cosmos.requestCount() - before >= share
      })
      expect(killed.exitCode).toBeNull()
    }
    const before = cloud.cosmos.requests()
    const done = patchesPerDocument(before, setup).size
    expect(done).toBeGreaterThan(3 * 3000)
    expect(done).toBeLessThan(DOCUMENTS)

    const last = await run(repo, {})
    expect(last.errors).toEqual([])
    expect(last.exitCode).toBe(0)
    expect(last.outputs['complete']).toBe('true')
    expect(last.log).toMatch(/resuming after \d+ document\(s\)/)

    const records = cloud.cosmos.requests()
    const patches = patchesPerDocument(records, setup)
    expect(patches.size).toBe(DOCUMENTS)
    expect([...patches.values()].every((count) => count === 1)).toBe(true)
    const stored = await documents(setup)
    expect(stored.filter((d) => d['applied'] === 1 && d['v'] === 2)).toHaveLength(DOCUMENTS)

    // The last run: query pages for what was left (and one to start from), point reads for what
    // was in flight, nothing more of the container.
    const lastRun = records.slice(before.length).filter((r) => r.path.startsWith(itemsPath(setup)))
    const pages = lastRun.filter((r) => r.method === 'POST' && r.path === itemsPath(setup))
    const reads = lastRun.filter((r) => r.method === 'GET')
    const left = DOCUMENTS - done
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(left / PAGE) + 2)
    expect(pages.length).toBeLessThan(DOCUMENTS / PAGE - 10)
    // In flight when it stopped: the page read ahead, what was not yet handed out of the one
    // being worked, and what was unfinished of it.
    expect(reads.length).toBeLessThanOrEqual(2 * PAGE + CONCURRENCY)

    const entries = await ledger(setup)
    expect(entries.filter((e) => e['type'] === 'migration').map((e) => e['status'])).toEqual([
      'applied'
    ])
    // Applied, the migration has nothing to resume: its progress records are gone.
    expect(entries.filter((e) => e['type'] === 'progress')).toEqual([])
  }, 600_000)

  it('stops at max-run-minutes between pages with complete=false and the lock released, and the next run finishes', async () => {
    const repo = await repository(TWO_PASSES)
    const { setup } = repo
    // Log-in, lock and the first call must be done before the budget is spent: 30 s for what
    // takes under 3 s here (15 s was too little on a loaded machine). The hold then waits out the
    // rest of the budget with the event loop blocked, so the lease is long enough that the held
    // run still holds the lock when it wakes (it stops itself after two thirds of a lease unrenewed).
    const budgeted = await run(repo, {
      inputs: { 'max-run-minutes': '0.5', 'lock-lease': '300' },
      env: { WAIT_UNTIL_MS: '30500' }
    })
    expect(budgeted.errors).toEqual([])
    expect(budgeted.exitCode).toBe(0)
    expect(budgeted.outputs['complete']).toBe('false')
    expect(budgeted.summary).toMatch(/incomplete at migrations/)
    // Where the helper stopped: its share of the total, at the run's rate, and the time left.
    expect(budgeted.summary).toMatch(
      /updateWhere on 'items' stopped after 500 of 19,000 \(2%\), [\d,]+\/s, about [\d.]+ (s|min|h) left; recorded to continue from there/
    )
    const entries = await ledger(setup)
    const entry = entries.find((e) => e['type'] === 'migration')
    expect(entry?.['status']).toBe('paused')
    expect(entries.filter((e) => e['type'] === 'lock')).toEqual([])
    const progress = entries.filter((e) => e['type'] === 'progress')
    expect(progress.map((p) => [p['call'], p['status'], p['seen']])).toEqual([
      [1, 'done', DOCUMENTS / 20],
      [2, 'running', PAGE]
    ])

    const next = await run(repo, {})
    expect(next.errors).toEqual([])
    expect(next.outputs['complete']).toBe('true')
    expect(next.log).toMatch(/patchWhere on 'items': done by an earlier run/)
    const stored = await documents(setup)
    expect(stored.filter((d) => d['applied'] === 1)).toHaveLength(DOCUMENTS)
    // The second run read again only the page in flight: its 500 documents by id, nothing else.
    expect(next.log).toMatch(/updateWhere on 'items': resuming after 500 document\(s\)/)
  }, 300_000)

  it('continues a long upsertMany killed mid-way from the chunk it was writing', async () => {
    const repo = await repository(UPSERT_LIST)
    const { setup } = repo
    const database = setup.inputs['database'] ?? ''
    // Killed once its record says two chunks of 2,500 are written.
    let written = 0
    const watch = setInterval(() => {
      void cloud.cosmos.readItems(database, 'migrations').then(
        (entries) => {
          const record = entries.find((e) => e['type'] === 'progress')
          written = Number(record?.['seen'] ?? 0)
        },
        () => undefined
      )
    }, 20)
    const killed = await run(repo, { killWhen: () => written >= 5000 }).finally(() =>
      clearInterval(watch)
    )
    expect(killed.exitCode).toBeNull()

    const before = cloud.cosmos.requestCount()
    const last = await run(repo, {})
    expect(last.errors).toEqual([])
    const resumed = Number(/upsertMany on 'items': resuming after (\d+)/.exec(last.log)?.[1])
    expect(resumed).toBeGreaterThanOrEqual(5000)
    // The last run wrote the documents from the chunk it resumed at, and no others.
    const operations = cloud.cosmos
      .requests()
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path === itemsPath(setup) && r.operations)
      .reduce((sum, r) => sum + (r.operations ?? 0), 0)
    expect(operations).toBe(12_000 - resumed)
    const stored = await documents(setup)
    expect(stored.filter((d) => d['list'] === 'imported')).toHaveLength(12_000)
  }, 300_000)
})
