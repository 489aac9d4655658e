/**
 * Seeding and patching against provisioned throughput, as on Azure: the local account gives each
 * container RU/s over physical partitions, charges each operation by size and indexed terms and
 * answers 429 with a computed retry-after (testkit/cosmos/throughput.ts). The baseline of these
 * rows is the ideal: the request units the work was charged divided by the RU/s it may use. Also
 * a throttling storm: a bulk call whose requests are throttled, ours against the SDK's own retries.
 * BENCH_THROUGHPUT_DOCS sets the document count (default 50,000: a seed has about a second of
 * fixed cost, its first pass and the SDK finding its last bulk results, polled once a second, which
 * is a tenth of an 11-second ideal at 20,000 and a twentieth at 50,000).
 */
import { CosmosClient, type OperationInput, type PatchOperation } from '@azure/cosmos'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCosmosClient } from '../src/cosmos/index.js'
import { RETRY_POLICIES } from '../src/cosmos/transient.js'
import { MigrationContext } from '../src/migrate/context.js'
import { seedContainers } from '../src/seed/index.js'
import { parseInputs } from '../src/inputs/index.js'
import { provisionedThroughputOf, runBulk, ThroughputGovernor } from '../src/throughput/index.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { maxRuOverWindow, throttledShare } from '../testkit/cosmos/throughput-records.js'
import { benchContextParameters } from './migration-context.js'
import { printTable, quiet, recordRows, time } from './stats.js'

const DOCS = Number(process.env['BENCH_THROUGHPUT_DOCS'] ?? 50_000)
const RU_PER_SECOND = 10_000
const PARTITIONS = 2
const BUDGET = 2_000
const BUDGET_DOCS = Math.max(1000, Math.round(DOCS / 5))
const STORM_DOCS = 1000
const STORM_RETRY_AFTER_MS = 100
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

trustTestCaInProcess()
const cloud = await startLocalCloud()
const containers = ['seed', 'seed-raw', 'patch', 'budget', 'storm', 'storm-raw']
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-throughput',
  database: 'bench',
  containers: containers.map((id) => ({ id, partitionKey: { paths: ['/id'] } })),
  role: 'contributor',
  // The action reads each container's RU/s through ARM where the identity may: it does here.
  controlPlaneRead: true
})
for (const id of ['seed', 'seed-raw', 'patch', 'budget'])
  cloud.cosmos.setThroughput('bench', id, {
    ruPerSecond: RU_PER_SECOND,
    physicalPartitions: PARTITIONS
  })

const inputs = parseInputs((name) => setup.inputs[name] ?? '')
const location = {
  armEndpoint: inputs.armEndpoint,
  armResource: inputs.cloud.armResource,
  subscriptionId: inputs.subscriptionId ?? '',
  resourceGroup: inputs.resourceGroup ?? '',
  accountName: inputs.accountName
}
const connection = {
  endpoint: cloud.cosmos.endpoint,
  credential: jobCredential(cloud, setup),
  userAgentSuffix: 'bench'
}
const provisioned = provisionedThroughputOf(connection.credential, location, 'bench')
const work = { priority: 'high' as const, throughputBucket: undefined }
const reads = createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: true } })
const writes = createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: false } })
const raw = new CosmosClient({
  endpoint: connection.endpoint,
  aadCredentials: connection.credential
})
for (const client of [reads, writes, raw]) await client.database('bench').read()

const dir = await mkdtemp(join(tmpdir(), 'bench-throughput-'))
const pad = 'x'.repeat(900)
const document = (i: number): Record<string, unknown> => ({ id: `d-${i}`, n: i, pad })
async function ndjson(path: string, count: number): Promise<void> {
  const out = createWriteStream(path)
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(document(i))}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
await ndjson(join(dir, 'seed.ndjson'), DOCS)
await ndjson(join(dir, 'budget.ndjson'), BUDGET_DOCS)

/** Runs `work`; returns its time and the gateway's records of the container meanwhile. */
async function measured(container: string, work: () => Promise<unknown>) {
  const before = cloud.cosmos.requests().length
  const ms = await time(work)
  const records = cloud.cosmos
    .requests()
    .slice(before)
    .filter((record) => record.scope === `/dbs/bench/colls/${container}`)
  const charged = records.reduce((sum, record) => sum + record.requestCharge, 0)
  return { ms, records, charged }
}

const seedParameters = (file: string, ruPerSecond: number) => ({
  client: reads,
  writeClient: writes,
  database: 'bench',
  files: [{ path: join(dir, `${file}.ndjson`), container: file, format: 'ndjson' as const }],
  mode: 'upsert' as const,
  ruPerSecond,
  provisioned,
  dryRun: false,
  log: quiet,
  sleep,
  errorContext: {
    endpoint: cloud.cosmos.endpoint,
    database: 'bench',
    accountName: 'localcloud',
    resourceGroup: undefined,
    principalId: undefined
  }
})

const seeded = await measured('seed', () => seedContainers(seedParameters('seed', 0)))
const rawSeeded = await measured('seed-raw', async () => {
  const operations: OperationInput[] = Array.from({ length: DOCS }, (_, i) => ({
    operationType: 'Upsert',
    resourceBody: document(i) as never,
    partitionKey: `d-${i}`
  }))
  await raw.database('bench').container('seed-raw').items.executeBulkOperations(operations)
})
const budgeted = await measured('budget', () => seedContainers(seedParameters('budget', BUDGET)))

// Patching: the seeded container, every document, through the migration helper.
const ctx = new MigrationContext(
  benchContextParameters(raw.database('bench'), {
    work: { reads: reads.database('bench'), writes: writes.database('bench') },
    provisioned
  })
)
const patch: PatchOperation[] = [{ op: 'set', path: '/patched', value: true }]
await cloud.cosmos.upsertItems(
  'bench',
  'patch',
  Array.from({ length: DOCS }, (_, i) => document(i))
)
const patched = await measured('patch', () => ctx.patchWhere('patch', undefined, patch))

// A throttling storm on an unlimited container: its first bulk requests are throttled.
const storm = async (container: string, ours: boolean) => {
  const isBulk = (request: { path: string; method: string }): boolean =>
    request.method === 'POST' && request.path === `/dbs/bench/colls/${container}/docs`
  cloud.cosmos.injectFaults({
    count: 4,
    kind: 'throttle',
    retryAfterMs: STORM_RETRY_AFTER_MS,
    match: isBulk
  })
  const operations: OperationInput[] = Array.from({ length: STORM_DOCS }, (_, i) => ({
    operationType: 'Upsert',
    resourceBody: { id: `s-${i}`, n: i },
    partitionKey: `s-${i}`
  }))
  if (!ours) {
    await raw.database('bench').container(container).items.executeBulkOperations(operations)
    return
  }
  const governor = new ThroughputGovernor({ ceiling: 0, now: () => performance.now(), sleep })
  await runBulk(
    {
      container: writes.database('bench').container(container),
      governor,
      sleep,
      policy: RETRY_POLICIES.seeding,
      explain: (error) => error as Error
    },
    operations,
    () => false
  )
}
const stormOurs = await measured('storm', () => storm('storm', true))
const stormRaw = await measured('storm-raw', () => storm('storm-raw', false))

const stored = async (container: string): Promise<number> =>
  (await cloud.cosmos.readItems('bench', container)).length
const counts = await Promise.all(['seed', 'budget', 'storm', 'storm-raw'].map(stored))
await cloud.close()
await rm(dir, { recursive: true, force: true })
if (counts.join() !== [DOCS, BUDGET_DOCS, STORM_DOCS, STORM_DOCS].join())
  throw new Error(`stored ${counts.join(', ')}`)

const idealRate = (docs: number, charged: number, ruPerSecond: number): number =>
  docs / (charged / ruPerSecond)
const rate = (docs: number, ms: number): number => (docs / ms) * 1000
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`
const budgetPeak = maxRuOverWindow(budgeted.records, 5000) / 5
const rows = {
  seed: {
    ideal: idealRate(DOCS, seeded.charged, RU_PER_SECOND),
    ours: rate(DOCS, seeded.ms),
    throttled: throttledShare(seeded.records)
  },
  raw: {
    ideal: idealRate(DOCS, rawSeeded.charged, RU_PER_SECOND),
    ours: rate(DOCS, rawSeeded.ms),
    throttled: throttledShare(rawSeeded.records)
  },
  patch: {
    ideal: idealRate(DOCS, patched.charged, RU_PER_SECOND),
    ours: rate(DOCS, patched.ms),
    throttled: throttledShare(patched.records)
  },
  budget: {
    ideal: idealRate(BUDGET_DOCS, budgeted.charged, BUDGET),
    ours: rate(BUDGET_DOCS, budgeted.ms),
    throttled: throttledShare(budgeted.records)
  }
}
const count = (n: number): string => n.toLocaleString('en-US')
console.log(
  `\nNode ${process.version}; ${count(RU_PER_SECOND)} RU/s over ${PARTITIONS} physical partitions\n`
)
printTable(
  ['work', 'ideal docs/s', 'docs/s', 'of ideal', 'throttled'],
  [
    ['ours: seed', rows.seed],
    ['raw: one executeBulkOperations call', rows.raw],
    ['ours: ctx.patchWhere', rows.patch],
    [`ours: seed under seed-ru-per-second ${count(BUDGET)}`, rows.budget]
  ].map(([name, row]) => {
    const { ideal, ours, throttled } = row as typeof rows.seed
    return [
      name as string,
      ideal.toFixed(0),
      ours.toFixed(0),
      (ours / ideal).toFixed(2),
      percent(throttled)
    ]
  })
)
console.log(
  `\nseed-ru-per-second ${count(BUDGET)}: at most ${budgetPeak.toFixed(0)} RU/s over any 5 s.` +
    `\nStorm (${STORM_DOCS} documents, 4 bulk requests throttled, retry-after ${STORM_RETRY_AFTER_MS} ms): ours ${(stormOurs.ms / 1000).toFixed(1)} s, the SDK's own retries ${(stormRaw.ms / 1000).toFixed(1)} s.`
)
recordRows([
  {
    bench: 'throughput',
    measure: `seeding ${count(DOCS)} documents of ~1 KB at ${count(RU_PER_SECOND)} RU/s provisioned (${percent(rows.seed.throttled)} of operations throttled; raw bulk call ${percent(rows.raw.throttled)}, ${(rows.raw.ours / rows.raw.ideal).toFixed(2)} of ideal)`,
    unit: 'docs/s',
    raw: rows.seed.ideal,
    ours: rows.seed.ours,
    better: 'higher',
    baseline: 'the ideal: request units charged divided by the provisioned RU/s',
    goal: '>= 0.90, <= 2% throttled'
  },
  {
    bench: 'throughput',
    measure: `patching ${count(DOCS)} documents (ctx.patchWhere) at ${count(RU_PER_SECOND)} RU/s provisioned (${percent(rows.patch.throttled)} throttled)`,
    unit: 'docs/s',
    raw: rows.patch.ideal,
    ours: rows.patch.ours,
    better: 'higher',
    baseline: 'the ideal: request units charged divided by the provisioned RU/s',
    goal: '>= 0.90, <= 2% throttled'
  },
  {
    bench: 'throughput',
    measure: `seeding ${count(BUDGET_DOCS)} documents under seed-ru-per-second ${count(BUDGET)} (at most ${budgetPeak.toFixed(0)} RU/s over any 5 s)`,
    unit: 'docs/s',
    raw: rows.budget.ideal,
    ours: rows.budget.ours,
    better: 'higher',
    baseline: 'the ideal: request units charged divided by the budget',
    goal: `>= 0.90, never above ${count(BUDGET)} RU/s over 5 s`
  },
  {
    bench: 'throughput',
    measure: `a throttling storm: ${STORM_DOCS} upserts, 4 bulk requests throttled with retry-after ${STORM_RETRY_AFTER_MS} ms`,
    unit: 's',
    raw: stormRaw.ms / 1000,
    ours: stormOurs.ms / 1000,
    better: 'lower',
    baseline: "executeBulkOperations with the SDK's own throttling retries",
    goal: 'about one retry-after per throttled round'
  }
])
