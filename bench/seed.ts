/**
 * Seeding throughput, in one run on the local cloud:
 *  - our seed (streamed, checked first, existing documents read, bulk writes) against the best
 *    raw SDK bulk call (every document in one executeBulkOperations call) and sequential upserts;
 *  - re-seeding unchanged data (ours reads and compares, and writes nothing), against the raw
 *    bulk call run again (a plain seed script upserts everything every time).
 * The first seeds, ours, the raw call and the raw call answered without the documents (as ours
 * ask), each run twice in a process of their own (seed-speed.ts), in the order raw, minimal,
 * ours, ours, minimal, raw, each into a container made for it and dropped after it, so that
 * every one finds the cloud as the others did; each way's figure is its mean. BENCH_SEED_DOCS sets the document count (default 100,000). The headline rows go to the
 * combined table (bench/report.ts). Peak memory has a bench of its own (bench/memory.ts).
 */
import { CosmosClient, type OperationInput } from '@azure/cosmos'
import { execFile } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { seedContainers } from '../src/seed/index.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { benchDocument } from './seed-documents.js'
import { childEnvironment } from './child.js'
import { printTable, quantile, quiet, recordRows, time } from './stats.js'

const DOCS = Number(process.env['BENCH_SEED_DOCS'] ?? 100_000)
const SEQUENTIAL = Math.min(DOCS, 3000)
const RECORDED = Number(process.env['BENCH_RECORDED_DOCS'] ?? 20_000)
const SKIPPED_RUNS = 5

async function ndjson(path: string, count: number, body: (i: number) => object): Promise<void> {
  const out = createWriteStream(path)
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(body(i))}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

const dir = await mkdtemp(join(tmpdir(), 'bench-seed-'))
const seedPath = join(dir, 'ours.ndjson')
await ndjson(seedPath, DOCS, (i) => benchDocument(i))

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-seed',
  database: 'bench',
  // `migrations`: the ledger container, where seeding records what it wrote (seed-record).
  containers: ['ours', 'bulk', 'sequential', 'recorded', 'migrations'].map((id) => ({
    id,
    partitionKey: { paths: ['/id'] }
  })),
  role: 'contributor'
})
const client = new CosmosClient({
  endpoint: cloud.cosmos.endpoint,
  aadCredentials: jobCredential(cloud, setup)
})
const database = client.database('bench')
await database.read()
const parameters = {
  client,
  database: 'bench',
  files: [{ path: seedPath, container: 'ours', format: 'ndjson' as const }],
  mode: 'upsert' as const,
  ruPerSecond: 0,
  dryRun: false,
  log: quiet,
  sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
  errorContext: {
    endpoint: cloud.cosmos.endpoint,
    database: 'bench',
    accountName: 'localcloud',
    resourceGroup: undefined,
    principalId: undefined
  }
}

const speedEnv = await childEnvironment(cloud, setup)
/**
 * A first seed in a process of its own, ours from the file or the raw bulk call, into a container
 * of its own that is dropped afterwards, with the gateway's request records.
 */
async function seedSpeed(mode: 'ours' | 'bulk' | 'bulk-minimal', run: number): Promise<number> {
  const container = `speed-${run}`
  await cloud.cosmos.createContainer('bench', { id: container, partitionKey: { paths: ['/id'] } })
  const script = resolve(import.meta.dirname, 'seed-speed.ts')
  const source = mode === 'ours' ? seedPath : String(DOCS)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, mode, source, container],
    { encoding: 'utf8', env: speedEnv }
  )
  await cloud.cosmos.deleteContainer('bench', container)
  cloud.cosmos.clearRequests()
  return (JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { ms: number }).ms
}
const bulkRuns = [await seedSpeed('bulk', 1)]
const minimalRuns = [await seedSpeed('bulk-minimal', 2)]
const oursRuns = [await seedSpeed('ours', 3), await seedSpeed('ours', 4)]
minimalRuns.push(await seedSpeed('bulk-minimal', 5))
bulkRuns.push(await seedSpeed('bulk', 6))
const mean = (runs: number[]): number => runs.reduce((a, b) => a + b, 0) / runs.length
const bulkMs = mean(bulkRuns)
const minimalMs = mean(minimalRuns)
const oursMs = mean(oursRuns)

const documents = Array.from({ length: DOCS }, (_, i) => benchDocument(i))
/** The raw re-seed: every document upserted again in one executeBulkOperations call. */
const rawBulk = async (): Promise<void> => {
  const operations: OperationInput[] = documents.map((d) => ({
    operationType: 'Upsert',
    resourceBody: d,
    partitionKey: d.id
  }))
  const results = await database.container('bulk').items.executeBulkOperations(operations)
  if (results.some((r) => r.error)) throw new Error('bulk failed')
}
// What the re-seeds start from, not measured: each way's first seed.
await rawBulk()
await seedContainers(parameters)
const sequentialMs = await time(async () => {
  for (const d of documents.slice(0, SEQUENTIAL))
    await database.container('sequential').items.upsert(d)
})
const before = cloud.cosmos.requests().length
let reseed = { counts: {} as Record<string, { unchanged: number }> }
const reseedMs = await time(async () => {
  reseed = await seedContainers(parameters)
})
const reseedWrites = cloud.cosmos
  .requests()
  .slice(before)
  .filter((r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))).length
// A plain seed script run again: the same bulk call over the documents it stored the first time.
const rawReseedMs = await time(rawBulk)

// With seed-record, on a smaller file: the record's proof counts the container's documents, and
// the local stand-in answers COUNT by a scan that grows with the square of the container (3.5 s
// at 20,000 documents), which Cosmos DB answers from its index.
const recordedPath = join(dir, 'recorded.ndjson')
await ndjson(recordedPath, RECORDED, (i) => benchDocument(i, 'r'))
const recorded = {
  ...parameters,
  files: [{ path: recordedPath, container: 'recorded', format: 'ndjson' as const }],
  ledgerContainer: 'migrations'
}
const recordedMs = await time(() => seedContainers(recorded))
// The skipped re-seed takes a few tenths of a second, most of it the local COUNT: a pause of the
// cloud's own process moves it by half. It is the same work each time: the median of five.
const skippedRuns: number[] = []
let beforeRecorded = 0
for (let run = 0; run < SKIPPED_RUNS; run++) {
  beforeRecorded = cloud.cosmos.requests().length
  skippedRuns.push(await time(() => seedContainers(recorded)))
}
const skippedMs = quantile(skippedRuns, 0.5)
const skippedRequests = cloud.cosmos.requests().slice(beforeRecorded)

await cloud.close()
await rm(dir, { recursive: true, force: true })
if (reseed.counts['ours']?.unchanged !== DOCS) throw new Error('re-seed was not all unchanged')

const rate = (count: number, ms: number): string => ((count / ms) * 1000).toFixed(0)
console.log(
  `\nNode ${process.version}; ${DOCS} documents of about 1 KB; first seeds (s): raw ${bulkRuns.map((ms) => (ms / 1000).toFixed(1)).join(' and ')}, raw without the documents in the answers ${minimalRuns.map((ms) => (ms / 1000).toFixed(1)).join(' and ')}, ours ${oursRuns.map((ms) => (ms / 1000).toFixed(1)).join(' and ')}\n`
)
console.log(
  `Re-seeds of ${RECORDED} unchanged with a record (s): ${skippedRuns.map((ms) => (ms / 1000).toFixed(2)).join(', ')}; the first seed ${(recordedMs / 1000).toFixed(1)}\n`
)
printTable(
  ['seed', 'docs/s', 'seconds', 'vs best raw'],
  [
    ['raw: one executeBulkOperations call', rate(DOCS, bulkMs), (bulkMs / 1000).toFixed(1), '1.00'],
    [
      'raw: the same, contentResponseOnWriteEnabled: false',
      rate(DOCS, minimalMs),
      (minimalMs / 1000).toFixed(1),
      (DOCS / minimalMs / (DOCS / bulkMs)).toFixed(2)
    ],
    [
      `raw: sequential upserts (${SEQUENTIAL} docs)`,
      rate(SEQUENTIAL, sequentialMs),
      (sequentialMs / 1000).toFixed(1),
      (SEQUENTIAL / sequentialMs / (DOCS / bulkMs)).toFixed(2)
    ],
    [
      'ours: streamed, checked, read-then-write',
      rate(DOCS, oursMs),
      (oursMs / 1000).toFixed(1),
      (DOCS / oursMs / (DOCS / bulkMs)).toFixed(2)
    ],
    [
      `ours: re-seed unchanged (${reseedWrites} writes)`,
      rate(DOCS, reseedMs),
      (reseedMs / 1000).toFixed(1),
      (DOCS / reseedMs / (DOCS / bulkMs)).toFixed(2)
    ],
    [
      'raw: re-seed, the same bulk call again',
      rate(DOCS, rawReseedMs),
      (rawReseedMs / 1000).toFixed(1),
      (DOCS / rawReseedMs / (DOCS / bulkMs)).toFixed(2)
    ]
  ]
)
const count = (n: number): string => n.toLocaleString('en-US')
recordRows([
  {
    bench: 'seed',
    measure: `seeding ${count(DOCS)} documents of ~1 KB into an empty container`,
    unit: 'docs/s',
    raw: (DOCS / bulkMs) * 1000,
    ours: (DOCS / oursMs) * 1000,
    better: 'higher',
    baseline: 'every document upserted in one executeBulkOperations call',
    goal: '>= 1.00'
  },
  {
    bench: 'seed',
    measure: `seeding ${count(DOCS)} documents, against the bulk call answered without the documents`,
    unit: 'docs/s',
    raw: (DOCS / minimalMs) * 1000,
    ours: (DOCS / oursMs) * 1000,
    better: 'higher',
    baseline:
      'the same executeBulkOperations call with contentResponseOnWriteEnabled: false, as ours ask'
  },
  {
    bench: 'seed',
    measure: `seeding ${count(DOCS)} documents, against sequential upserts`,
    unit: 'docs/s',
    raw: (SEQUENTIAL / sequentialMs) * 1000,
    ours: (DOCS / oursMs) * 1000,
    better: 'higher',
    baseline: `one upsert at a time (${count(SEQUENTIAL)} documents)`,
    goal: '>= 5.00'
  },
  {
    bench: 'seed',
    measure: `re-seeding ${count(RECORDED)} unchanged with seed-record (${skippedRequests.length} requests, ${skippedRequests.filter((r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))).length} writes)`,
    unit: 's',
    raw: recordedMs / 1000,
    ours: skippedMs / 1000,
    better: 'lower',
    baseline: 'our first seed of them, recorded (ours: the median of five re-seeds)',
    goal: '<= 0.05, a few dozen requests'
  },
  {
    bench: 'seed',
    measure: `re-seeding the same ${count(DOCS)} unchanged without a record (${reseedWrites} writes), against a plain seed script`,
    unit: 'docs/s',
    raw: (DOCS / rawReseedMs) * 1000,
    ours: (DOCS / reseedMs) * 1000,
    better: 'higher',
    baseline: 'the same executeBulkOperations call again (upserts every document)'
  }
])
