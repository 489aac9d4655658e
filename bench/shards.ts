/**
 * One patch migration split across the jobs of a matrix: 1, 2 and 4 jobs (`shard: i/n`), each the
 * built action in a process of its own as a runner starts it, together over a container of 10,000
 * RU/s on 2 physical partitions (testkit/cosmos/throughput.ts). Each job reads the container's RU/s
 * through ARM and paces at its share. The baseline of each row is the ideal: the request units the
 * container was charged divided by its RU/s. What the rows show is how close to the container's
 * limit the jobs keep together, from the first job's start to the last job's end (log-in, the
 * parts' leases and the wait for the last part included).
 * BENCH_SHARD_DOCS sets the document count (default 20,000).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud } from '../testkit/index.js'
import { runAction } from '../testkit/runner.js'
import { setUpRepository } from '../testkit/scenario.js'
import { throttledShare } from '../testkit/cosmos/throughput-records.js'
import { printTable, recordRows, time } from './stats.js'

const DOCS = Number(process.env['BENCH_SHARD_DOCS'] ?? 20_000)
const RU_PER_SECOND = 10_000
const PARTITIONS = 2
const SHARDS = (process.env['BENCH_SHARD_JOBS'] ?? '1,2,4').split(',').map(Number)

const MIGRATION = `export const containers = ['items']
export const shardable = true
export async function up(ctx) {
  await ctx.patchWhere('items', undefined, [{ op: 'set', path: '/migrated', value: true }])
}
`

const cloud = await startLocalCloud()
cloud.arm.setOperationLatency({ polls: 0 })
const migrations = await mkdtemp(join(tmpdir(), 'bench-shards-'))
await writeFile(join(migrations, '0001-backfill.mjs'), MIGRATION)
const pad = 'x'.repeat(900)

/** The migration over a fresh database in `count` jobs at once: its time and what it cost. */
async function migrateIn(count: number) {
  const database = `shards${count}`
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/bench-shards-${count}`,
    database,
    containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
    role: 'contributor',
    controlPlaneRead: true,
    controlPlaneWrite: true
  })
  for (let start = 0; start < DOCS; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, DOCS - start) }, (_, i) => ({
      id: `d-${start + i}`,
      n: start + i,
      pad
    }))
    await cloud.cosmos.upsertItems(database, 'items', batch)
  }
  cloud.cosmos.setThroughput(database, 'items', {
    ruPerSecond: RU_PER_SECOND,
    physicalPartitions: PARTITIONS
  })
  const before = cloud.cosmos.requests().length
  const jobs = Array.from({ length: count }, (_, i) => i + 1)
  const ms = await time(async () => {
    const runs = await Promise.all(
      jobs.map((index) =>
        runAction({
          inputs: {
            ...setup.inputs,
            migrations,
            ...(count > 1 ? { shard: `${index}/${count}` } : {})
          },
          env: setup.job.env,
          caFile: cloud.caFile,
          timeoutMs: 900_000,
          post: false
        })
      )
    )
    const failed = runs.find((run) => run.exitCode !== 0)
    if (failed) throw new Error(`a job failed:\n${failed.log}\n${failed.stderr}`)
  })
  const records = cloud.cosmos
    .requests()
    .slice(before)
    .filter((record) => record.scope === `/dbs/${database}/colls/items`)
  const charged = records.reduce((sum, record) => sum + record.requestCharge, 0)
  const migrated = (await cloud.cosmos.readItems(database, 'items')).filter((d) => d['migrated'])
  if (migrated.length !== DOCS) throw new Error(`migrated ${migrated.length} of ${DOCS}`)
  cloud.cosmos.clearRequests()
  return { count, ms, ideal: DOCS / (charged / RU_PER_SECOND), throttled: throttledShare(records) }
}

const results = []
for (const count of SHARDS) results.push(await migrateIn(count))
await cloud.close()

const rate = (ms: number): number => (DOCS / ms) * 1000
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`
const figure = (n: number): string => n.toLocaleString('en-US')
console.log(
  `\nNode ${process.version}; ${figure(DOCS)} documents of about 1 KB; ${figure(RU_PER_SECOND)} RU/s over ${PARTITIONS} physical partitions\n`
)
printTable(
  ['jobs', 'ideal docs/s', 'docs/s', 'seconds', 'of ideal', 'throttled'],
  results.map(({ count, ms, ideal, throttled }) => [
    String(count),
    ideal.toFixed(0),
    rate(ms).toFixed(0),
    (ms / 1000).toFixed(1),
    (rate(ms) / ideal).toFixed(2),
    percent(throttled)
  ])
)
recordRows(
  results.map(({ count, ms, ideal, throttled }) => ({
    bench: 'shards',
    measure: `a patch migration of ${figure(DOCS)} documents in ${count} job${count > 1 ? `s (shard: i/${count})` : ''} at ${figure(RU_PER_SECOND)} RU/s provisioned, the built action from start to end (${percent(throttled)} throttled)`,
    unit: 'docs/s',
    raw: ideal,
    ours: rate(ms),
    better: 'higher',
    baseline: 'the ideal: request units charged divided by the provisioned RU/s',
    goal: '>= 0.90'
  }))
)
