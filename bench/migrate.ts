/**
 * Migration helper throughput: patch every document of a container through
 * `ctx.patchWhere` against the best hand-written loop with the same SDK (query page by page,
 * patch each page's documents concurrently), on the same local server, in one run.
 * Also the helper recording its progress page by page in the ledger container (what lets a run
 * resume), against the same helper without a record: the cost of being resumable. The local
 * cloud's speed drifts from one pass to the next by more than that cost (measured: 8.6 to 12.6 s
 * for the same pass without a record in one run, 10.7 to 15.7 s in another), so the two ways run at the same time, in
 * processes of their own (migrate-pass.ts, as a runner's jobs are), each over a container made
 * and filled for it and dropped after it: both meet the same cloud. Four such pairs, after one
 * that warms the cloud up. The cloud's share of the recording's work slows both ways alike; the
 * job's share (making the record, waiting for it) slows only the recorded one.
 * BENCH_DOCS sets the container size (default 50,000; each variant patches a container of its
 * own), BENCH_PROGRESS_DOCS the size of the recorded comparison's (default 20,000). The helper's
 * rates go to the combined table (bench/report.ts).
 */
import type { Container, PatchOperation } from '@azure/cosmos'
import { CosmosClient } from '@azure/cosmos'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { MigrationContext } from '../src/migrate/context.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { childEnvironment } from './child.js'
import { benchContextParameters } from './migration-context.js'
import { printTable, recordRows, time } from './stats.js'

const DOCS = Number(process.env['BENCH_DOCS'] ?? 50_000)
const PROGRESS_DOCS = Number(process.env['BENCH_PROGRESS_DOCS'] ?? 20_000)
/** Pairs of the recorded comparison (the first, warming up, not counted). */
const PROGRESS_PAIRS = 1 + 4

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

const contextParameters = benchContextParameters(database)
const ctx = new MigrationContext(contextParameters)
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

const passEnv = await childEnvironment(cloud, setup)
/** One pass, in a process of its own (migrate-pass.ts), over a container made for it. */
async function progressPass(recorded: boolean, id: string): Promise<number> {
  await cloud.cosmos.createContainer('bench', { id, partitionKey: { paths: ['/id'] } })
  await fill(id, PROGRESS_DOCS)
  const script = resolve(import.meta.dirname, 'migrate-pass.ts')
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, recorded ? 'recorded' : 'plain', id, String(PROGRESS_DOCS)],
    { encoding: 'utf8', env: passEnv }
  )
  await cloud.cosmos.deleteContainer('bench', id)
  return (JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { ms: number }).ms
}
/** Both ways at once, each filled first: a pair starts its passes as their fills end. */
async function progressPair(pair: number): Promise<{ plain: number; recorded: number }> {
  const [plain, recorded] = await Promise.all([
    progressPass(false, `plain-${pair}`),
    progressPass(true, `recorded-${pair}`)
  ])
  cloud.cosmos.clearRequests()
  return { plain: plain as number, recorded: recorded as number }
}
const pairs: { plain: number; recorded: number }[] = []
for (let pair = 0; pair < PROGRESS_PAIRS; pair++) pairs.push(await progressPair(pair))
pairs.shift()
const mean = (runs: number[]): number => runs.reduce((a, b) => a + b, 0) / runs.length
const msOf = (recorded: boolean): number[] =>
  pairs.map((pair) => (recorded ? pair.recorded : pair.plain))
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
  `\n${PROGRESS_DOCS} documents a pass, both ways at once; ctx.patchWhere without a record ${seconds(msOf(false))} s, with one ${seconds(msOf(true))} s\n`
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
    baseline: `the same helper without a progress record, run at the same time as the recorded one, in four pairs of processes after one that warms up, each over a fresh container: ${seconds(msOf(false))} s without, ${seconds(msOf(true))} s with`,
    goal: '>= 0.95 (recording costs under 5%)'
  }
])
