/**
 * Migration helper throughput: patch every document of a container through
 * `ctx.patchWhere` against the best hand-written loop with the same SDK (query page by page,
 * patch each page's documents concurrently), on the same local server, in one run.
 * Also the helper recording its progress page by page in the ledger container (what lets a run
 * resume), against the same helper without a record: the cost of being resumable. Each way runs
 * twice, in the order without, with, with, without, each over a container of its own: the local
 * cloud slows as it fills, and a way run last would pay for that alone.
 * BENCH_DOCS sets the container size (default 50,000; each variant patches a container of its
 * own). The helper's rates go to the combined table (bench/report.ts).
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

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-migrate',
  database: 'bench',
  containers: [
    { id: 'helper', partitionKey: { paths: ['/id'] } },
    { id: 'raw', partitionKey: { paths: ['/id'] } },
    { id: 'sequential', partitionKey: { paths: ['/id'] } },
    { id: 'recorded', partitionKey: { paths: ['/id'] } },
    { id: 'recorded-2', partitionKey: { paths: ['/id'] } },
    { id: 'helper-2', partitionKey: { paths: ['/id'] } },
    { id: 'migrations', partitionKey: { paths: ['/id'] } }
  ],
  role: 'contributor'
})
const body = 'x'.repeat(900)
for (const id of ['helper', 'raw', 'sequential', 'recorded', 'recorded-2', 'helper-2']) {
  for (let start = 0; start < DOCS; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, DOCS - start) }, (_, i) => ({
      id: `d-${start + i}`,
      body,
      n: start + i
    }))
    await cloud.cosmos.upsertItems('bench', id, batch)
  }
}
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
async function patchedIn(context: MigrationContext, container: string): Promise<number> {
  let count = 0
  const ms = await time(async () => {
    count = await context.patchWhere(container, undefined, operations)
  })
  if (count !== DOCS) throw new Error(`patched ${count} of ${DOCS} in '${container}'`)
  return ms
}
const helperRuns = [await patchedIn(ctx, 'helper')]
const recordedRuns = [
  await patchedIn(recordedContext('bench-1'), 'recorded'),
  await patchedIn(recordedContext('bench-2'), 'recorded-2')
]
helperRuns.push(await patchedIn(ctx, 'helper-2'))
const mean = (runs: number[]): number => runs.reduce((a, b) => a + b, 0) / runs.length
const helperMs = mean(helperRuns)
const recordedMs = mean(recordedRuns)
const helperCount = DOCS
const recordedCount = DOCS
await cloud.close()
if ([rawCount, sequentialCount].some((count) => count !== DOCS))
  throw new Error(`the loops patched ${rawCount} and ${sequentialCount} of ${DOCS}`)

const rate = (count: number, ms: number): number => (count / ms) * 1000
console.log(
  `\nNode ${process.version}; ${DOCS} documents of about 1 KB per container; ctx.patchWhere without a record ${helperRuns.map((ms) => (ms / 1000).toFixed(1)).join(' and ')} s, with one ${recordedRuns.map((ms) => (ms / 1000).toFixed(1)).join(' and ')} s\n`
)
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
    ],
    [
      'ctx.patchWhere, progress recorded (resumable)',
      rate(recordedCount, recordedMs).toFixed(0),
      (recordedMs / 1000).toFixed(1)
    ]
  ]
)
const inFlight = rate(rawCount, rawMs)
const oneAtATime = rate(sequentialCount, sequentialMs)
const bestRaw = Math.max(inFlight, oneAtATime)
console.log(
  `\nratio helper / best hand-written loop (rate): ${(rate(helperCount, helperMs) / bestRaw).toFixed(2)}`
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
    measure: `patching ${DOCS.toLocaleString('en-US')} documents with progress recorded (resumable), against no record`,
    unit: 'docs/s',
    raw: rate(helperCount, helperMs),
    ours: rate(recordedCount, recordedMs),
    better: 'higher',
    baseline:
      'the same helper without a progress record, on a container of the same size (each way twice, in the order without, with, with, without)',
    goal: '>= 0.95 (recording costs under 5%)'
  }
])
