/**
 * Smoke checks, in one run on the local cloud: a latency check of BENCH_SMOKE_SAMPLES point reads
 * and of as many queries, through our check (the action's metered client), against the same reads
 * and queries made in a loop with a raw CosmosClient. The ratio shows what measuring costs.
 */
import { CosmosClient } from '@azure/cosmos'
import { createCosmosClient } from '../src/cosmos/index.js'
import { parseSmokeChecks, runSmokeChecks } from '../src/smoke/index.js'
import { jobCredential } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { printTable, quantile, quiet, time } from './stats.js'

const SAMPLES = Number(process.env['BENCH_SMOKE_SAMPLES'] ?? 500)

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-smoke',
  database: 'bench',
  containers: [{ id: 'products', partitionKey: { paths: ['/id'] } }],
  role: 'contributor'
})
await cloud.cosmos.upsertItems(
  'bench',
  'products',
  Array.from({ length: 1000 }, (_, i) => ({ id: `p-${i}`, n: i, pad: 'x'.repeat(900) }))
)
const credential = jobCredential(cloud, setup)
const raw = new CosmosClient({ endpoint: cloud.cosmos.endpoint, aadCredentials: credential })
const ours = createCosmosClient({
  endpoint: cloud.cosmos.endpoint,
  credential,
  userAgentSuffix: 'bench',
  meter: { total: 0 }
})
const QUERY = 'SELECT VALUE COUNT(1) FROM c WHERE c.n < 100'
const container = raw.database('bench').container('products')
await container.item('p-1', 'p-1').read()
await ours.database('bench').container('products').item('p-1', 'p-1').read()

async function rawSamples(run: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = []
  for (let i = 0; i < SAMPLES; i++) durations.push(await time(run))
  return durations
}
const rawRead = () => rawSamples(() => container.item('p-1', 'p-1').read())
const rawQuery = () => rawSamples(() => container.items.query(QUERY).fetchAll())
/** The faster of two rounds (by p50), one before ours and one after: warm-up favours neither. */
const best = (a: number[], b: number[]): number[] => (quantile(a, 0.5) <= quantile(b, 0.5) ? a : b)
const rawBefore = { read: await rawRead(), query: await rawQuery() }

const checks = parseSmokeChecks(
  'bench.yml',
  `checks:
  - name: read
    container: products
    read: { id: p-1 }
    latency: { samples: ${SAMPLES}, maxMs: 600000 }
  - name: query
    container: products
    query: ${QUERY}
    expect: { equals: 100 }
    latency: { samples: ${SAMPLES}, maxMs: 600000 }
`
)
const result = await runSmokeChecks({
  client: ours,
  database: 'bench',
  checks,
  dryRun: false,
  log: quiet,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  errorContext: {
    endpoint: cloud.cosmos.endpoint,
    database: 'bench',
    accountName: 'localcloud',
    resourceGroup: undefined,
    principalId: undefined
  }
})
const rawReadSamples = best(rawBefore.read, await rawRead())
const rawQuerySamples = best(rawBefore.query, await rawQuery())
await cloud.close()
if (!result.passed) throw new Error('the bench checks failed')
const [read, query] = result.checks.map((check) => check.latency)
if (!read || !query) throw new Error('no latency figures')

const ms = (value: number): string => value.toFixed(2)
console.log(`\nNode ${process.version}; ${SAMPLES} samples each, one at a time\n`)
printTable(
  ['smoke latency', 'ours p50 ms', 'raw p50 ms', 'ours p95 ms', 'raw p95 ms', 'p50 ours/raw'],
  [
    [
      'point read (1 KB)',
      ms(read.p50Ms),
      ms(quantile(rawReadSamples, 0.5)),
      ms(read.p95Ms),
      ms(quantile(rawReadSamples, 0.95)),
      (read.p50Ms / quantile(rawReadSamples, 0.5)).toFixed(2)
    ],
    [
      'COUNT query',
      ms(query.p50Ms),
      ms(quantile(rawQuerySamples, 0.5)),
      ms(query.p95Ms),
      ms(quantile(rawQuerySamples, 0.95)),
      (query.p50Ms / quantile(rawQuerySamples, 0.5)).toFixed(2)
    ]
  ]
)
