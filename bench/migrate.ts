/**
 * Migration helper throughput: patch every document of a container through
 * `ctx.patchWhere` against the best hand-written loop with the same SDK (query page by page,
 * patch each page's documents concurrently), on the same local server, in one run.
 * Also the helper recording its progress page by page in the ledger container (what lets a run
 * resume), against the same helper without a record: the cost of being resumable. The local
 * cloud's speed drifts by more than that cost from one pass to the next (its collections, as it
 * holds more), so each way runs four times, in the order without, with, with, without, twice
 * over, each pass over a container made and filled for it and dropped after it.
 * BENCH_DOCS sets the container size (default 50,000; each variant patches a container of its
 * own), BENCH_PROGRESS_DOCS the size of the recorded comparison's (default 20,000). The helper's
 * rates go to the combined table (bench/report.ts).
 */
import type { Container, PatchOperation } from '@azure/cosmos'
import { CosmosClient } from '@azure/cosmos'
import { MigrationContext } from '../src/migrate/context.js'
import type { MigrationContextParameters } from '../src/migrate/scope.js'
import { Ledger } from '../src/migrate/ledger.js'
import { ProgressStore } from '../src/migrate/progress/index.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { printTable, recordRows, time } from './stats.js'

const DOCS = Number(process.env['BENCH_DOCS'] ?? 50_000)
const PROGRESS_DOCS = Number(process.env['BENCH_PROGRESS_DOCS'] ?? 20_000)
/** The recorded comparison's passes: without (false) and with (true) a record, ABBA twice. */
const PROGRESS_ORDER = [false, true, true, false, false, true, true, false]

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-migrate',
  database: 'bench',
  containers: [
    { id: 'helper', partitionKey: { paths: ['/id'] } },
    { id: 'raw', partitionKey: { paths: ['/id'] } },
    { id: 'sequential', partitionKey: { paths: ['/id'] } },
    { id: 'migrations', partitionKey: { paths: ['/id'] } }
  ],
  role: 'contributor'
})
const body = 'x'.repeat(900)
/** Fills a container with `count` documents of about 1 KB. */
async function fill(id: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, count - start) }, (_, i) => ({
      id: `d-${start + i}`,
      body,
      n: start + i
    }))
    await cloud.cosmos.upsertItems('bench', id, batch)
  }
}
for (const id of ['helper', 'raw', 'sequential']) await fill(id, DOCS)
const client = new CosmosClient({
  endpoint: cloud.cosmos.endpoint,
  aadCredentials: jobCredential(cloud, setup)
})
const database = client.database('bench')
await database.read()
const operations: PatchOperation[] = [{ op: 'set', path: '/migrated', value: true }]

/** The best hand-written loop: a page of 500 at a time, its patches all in flight together. */
async function rawLoop(container: Container): Promise<number> {
  let patched = 0
  const iterator = container.items.query<{ id: string }>('SELECT c.id FROM c', {
    maxItemCount: 500
  })
  while (iterator.hasMoreResults()) {
    const { resources } = await iterator.fetchNext()
    await Promise.all(resources.map((doc) => container.item(doc.id, doc.id).patch(operations)))
    patched += resources.length
  }
  return patched
}

/** The plainest loop: one patch at a time. */
async function sequentialLoop(container: Container): Promise<number> {
  let patched = 0
  for await (const page of container.items
    .query<{ id: string }>('SELECT c.id FROM c', { maxItemCount: 500 })
    .getAsyncIterator()) {
    for (const doc of page.resources) {
      await container.item(doc.id, doc.id).patch(operations)
      patched++
    }
  }
  return patched
}

const contextParameters: MigrationContextParameters = {
  database,
  dryRun: false,
  allowDestructive: false,
  maxDeletes: 1000,
  log: () => undefined,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  createContainer: async () => undefined,
  dropContainer: async () => undefined,
  assertHeld: () => undefined,
  declaredDestructive: false
}
const ctx = new MigrationContext(contextParameters)
const ledger = await Ledger.open(database.container('migrations'))
/** A context whose helpers record their progress, as a migration's of its own (a new record). */
const recordedContext = (migration: string): MigrationContext =>
  new MigrationContext({
    ...contextParameters,
    progress: new ProgressStore({
      ledger,
      migration,
      checksum: 'bench',
      assertHeld: () => undefined,
      now: Date.now,
      sleep: contextParameters.sleep
    })
  })
let rawCount = 0
let sequentialCount = 0
const sequentialMs = await time(async () => {
  sequentialCount = await sequentialLoop(database.container('sequential'))
})
const rawMs = await time(async () => {
  rawCount = await rawLoop(database.container('raw'))
})
/** One helper pass over a container: its time, checked to have patched every document. */
async function patchedIn(
  context: MigrationContext,
  container: string,
  count: number
): Promise<number> {
  let patched = 0
  const ms = await time(async () => {
    patched = await context.patchWhere(container, undefined, operations)
  })
  if (patched !== count) throw new Error(`patched ${patched} of ${count} in '${container}'`)
  return ms
}
const helperMs = await patchedIn(ctx, 'helper', DOCS)
const helperCount = DOCS

/** One pass of the recorded comparison, over a container made, filled and dropped for it. */
async function progressPass(recorded: boolean, pass: number): Promise<number> {
  const id = `progress-${pass}`
  await cloud.cosmos.createContainer('bench', { id, partitionKey: { paths: ['/id'] } })
  await fill(id, PROGRESS_DOCS)
  const ms = await patchedIn(recorded ? recordedContext(`bench-${pass}`) : ctx, id, PROGRESS_DOCS)
  await cloud.cosmos.deleteContainer('bench', id)
  return ms
}
const passes: { recorded: boolean; ms: number }[] = []
for (const [pass, recorded] of PROGRESS_ORDER.entries())
  passes.push({ recorded, ms: await progressPass(recorded, pass) })
const mean = (runs: number[]): number => runs.reduce((a, b) => a + b, 0) / runs.length
const msOf = (recorded: boolean): number[] =>
  passes.filter((pass) => pass.recorded === recorded).map((pass) => pass.ms)
const unrecordedMs = mean(msOf(false))
const recordedMs = mean(msOf(true))
await cloud.close()
if ([rawCount, sequentialCount].some((count) => count !== DOCS))
  throw new Error(`the loops patched ${rawCount} and ${sequentialCount} of ${DOCS}`)

const rate = (count: number, ms: number): number => (count / ms) * 1000
const seconds = (runs: number[]): string => runs.map((ms) => (ms / 1000).toFixed(1)).join(', ')
console.log(`\nNode ${process.version}; ${DOCS} documents of about 1 KB per container\n`)
printTable(
  ['patch every document', 'docs/s', 'seconds'],
  [
    [
      'hand-written loop, one patch at a time',
      rate(sequentialCount, sequentialMs).toFixed(0),
      (sequentialMs / 1000).toFixed(1)
    ],
    [
      'hand-written loop (pages of 500, all in flight)',
      rate(rawCount, rawMs).toFixed(0),
      (rawMs / 1000).toFixed(1)
    ],
    [
      'ctx.patchWhere (16 in flight, streamed)',
      rate(helperCount, helperMs).toFixed(0),
      (helperMs / 1000).toFixed(1)
    ]
  ]
)
console.log(
  `\n${PROGRESS_DOCS} documents a pass; ctx.patchWhere without a record ${seconds(msOf(false))} s, with one ${seconds(msOf(true))} s\n`
)
printTable(
  ['patch every document', 'docs/s', 'seconds'],
  [
    [
      'ctx.patchWhere, no record',
      rate(PROGRESS_DOCS, unrecordedMs).toFixed(0),
      (unrecordedMs / 1000).toFixed(1)
    ],
    [
      'ctx.patchWhere, progress recorded (resumable)',
      rate(PROGRESS_DOCS, recordedMs).toFixed(0),
      (recordedMs / 1000).toFixed(1)
    ]
  ]
)
const inFlight = rate(rawCount, rawMs)
const oneAtATime = rate(sequentialCount, sequentialMs)
const bestRaw = Math.max(inFlight, oneAtATime)
console.log(
  `\nratio helper / best hand-written loop (rate): ${(rate(helperCount, helperMs) / bestRaw).toFixed(2)}; recorded / no record: ${(unrecordedMs / recordedMs).toFixed(2)}`
)
recordRows([
  {
    bench: 'migrate',
    measure: `patching ${DOCS.toLocaleString('en-US')} documents in a migration (ctx.patchWhere)`,
    unit: 'docs/s',
    raw: bestRaw,
    ours: rate(helperCount, helperMs),
    better: 'higher',
    baseline: `the faster of two hand-written loops over a container of the same size, query pages of 500 with each page's patches all in flight (${Math.round(inFlight)} docs/s) or one patch at a time (${Math.round(oneAtATime)} docs/s)`
  },
  {
    bench: 'migrate',
    measure: `patching ${PROGRESS_DOCS.toLocaleString('en-US')} documents with progress recorded (resumable), against no record`,
    unit: 'docs/s',
    raw: rate(PROGRESS_DOCS, unrecordedMs),
    ours: rate(PROGRESS_DOCS, recordedMs),
    better: 'higher',
    baseline: `the same helper without a progress record, each way four times (without, with, with, without, twice over), each pass over a fresh container: ${seconds(msOf(false))} s without, ${seconds(msOf(true))} s with`,
    goal: '>= 0.95 (recording costs under 5%)'
  }
])
