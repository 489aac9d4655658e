/**
 * Seeding throughput and memory, in one run on the local cloud:
 *  - our seed (streamed, checked first, existing documents read, bulk writes) against the best
 *    raw SDK bulk call (every document in one executeBulkOperations call) and sequential upserts;
 *  - re-seeding unchanged data (ours writes nothing);
 *  - peak memory of streaming and checking a 500,000-document NDJSON file, against reading it
 *    whole and parsing every line.
 * BENCH_SEED_DOCS sets the document count (default 20,000; the local stand-in slows as its
 * containers grow), BENCH_MEMORY_DOCS the NDJSON size (default 500,000).
 */
import { CosmosClient, type OperationInput } from '@azure/cosmos'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { checkId, readDocuments, seedContainers, type SeedFile } from '../src/seed/index.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { printTable, quiet, time } from './stats.js'

const DOCS = Number(process.env['BENCH_SEED_DOCS'] ?? 20_000)
const SEQUENTIAL = Math.min(DOCS, 3000)
const MEMORY_DOCS = Number(process.env['BENCH_MEMORY_DOCS'] ?? 500_000)

async function ndjson(path: string, count: number, body: (i: number) => object): Promise<void> {
  const out = createWriteStream(path)
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(body(i))}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

/** Peak resident memory above the baseline while `work` runs, in MiB. */
async function peakMemory(work: () => Promise<unknown>): Promise<number> {
  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  await work()
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return (peak - baseline) / (1024 * 1024)
}

const dir = await mkdtemp(join(tmpdir(), 'bench-seed-'))
const pad = 'x'.repeat(900)
const seedPath = join(dir, 'ours.ndjson')
await ndjson(seedPath, DOCS, (i) => ({ id: `d-${i}`, n: i, pad }))

// Memory first, before the cloud holds any data in this process.
const memoryPath = join(dir, 'memory.ndjson')
await ndjson(memoryPath, MEMORY_DOCS, (i) => ({
  id: `m-${i}`,
  n: i,
  tags: ['a', 'b'],
  note: 'memory'
}))
const memoryFile: SeedFile = { path: memoryPath, container: 'memory', format: 'ndjson' }
const streamedMiB = await peakMemory(async () => {
  for await (const document of readDocuments(memoryFile)) checkId(memoryFile, document)
})
const wholeMiB = await peakMemory(async () => {
  const parsed = (await readFile(memoryPath, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  if (parsed.length !== MEMORY_DOCS) throw new Error('lost lines')
})

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-seed',
  database: 'bench',
  containers: ['ours', 'bulk', 'sequential'].map((id) => ({
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

const documents = Array.from({ length: DOCS }, (_, i) => ({ id: `d-${i}`, n: i, pad }))
const bulkMs = await time(async () => {
  const operations: OperationInput[] = documents.map((d) => ({
    operationType: 'Upsert',
    resourceBody: d,
    partitionKey: d.id
  }))
  const results = await database.container('bulk').items.executeBulkOperations(operations)
  if (results.some((r) => r.error)) throw new Error('bulk failed')
})
const sequentialMs = await time(async () => {
  for (const d of documents.slice(0, SEQUENTIAL))
    await database.container('sequential').items.upsert(d)
})
const oursMs = await time(() => seedContainers(parameters))
const before = cloud.cosmos.requests().length
let reseed = { counts: {} as Record<string, { unchanged: number }> }
const reseedMs = await time(async () => {
  reseed = await seedContainers(parameters)
})
const reseedWrites = cloud.cosmos
  .requests()
  .slice(before)
  .filter((r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))).length
await cloud.close()
if (reseed.counts['ours']?.unchanged !== DOCS) throw new Error('re-seed was not all unchanged')

const rate = (count: number, ms: number): string => ((count / ms) * 1000).toFixed(0)
console.log(`\nNode ${process.version}; ${DOCS} documents of about 1 KB\n`)
printTable(
  ['seed', 'docs/s', 'seconds', 'vs best raw'],
  [
    ['raw: one executeBulkOperations call', rate(DOCS, bulkMs), (bulkMs / 1000).toFixed(1), '1.00'],
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
    ]
  ]
)
console.log(
  `\nPeak memory over ${MEMORY_DOCS} NDJSON documents: streamed and checked ${streamedMiB.toFixed(0)} MiB; read whole and parsed ${wholeMiB.toFixed(0)} MiB.`
)
