/**
 * End to end: the job's data work at low priority and in a throughput bucket, beside production
 * traffic. The built action seeds and runs a migration's ctx.upsertMany against containers with
 * provisioned throughput, priority-based execution on, while a production client writes at
 * high priority. That the account throttles low priority first is the local cloud's to show
 * (__tests__/testkit/cosmos/throughput-sdk.test.ts); here, that every request of the job's data
 * work says low priority and its bucket, that the ledger and the lock do not, and that the work
 * still ends exact.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosClient } from '@azure/cosmos'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jobCredential } from '../../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction } from '../../testkit/runner.js'
import { setUpRepository } from '../../testkit/scenario.js'

trustTestCaInProcess()
let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(async () => {
  await cloud.close()
})

async function directory(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'priority-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

describe('priority: low and throughput-bucket', () => {
  it('send the seed and the helpers at low priority in the bucket, the ledger and lock at high', async () => {
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/priority',
      database: 'prio',
      containers: ['products', 'items', 'migrations'].map((id) => ({
        id,
        partitionKey: { paths: ['/id'] }
      })),
      role: 'contributor',
      controlPlaneWrite: true
    })
    cloud.cosmos.setPriorityBasedExecution(true)
    for (const id of ['products', 'items'])
      cloud.cosmos.setThroughput('prio', id, { ruPerSecond: 1000, physicalPartitions: 1 })
    const docs = Array.from({ length: 1500 }, (_, i) => ({ id: `p-${i}`, pad: 'x'.repeat(300) }))
    const seed = await directory({
      'products.ndjson': docs.map((d) => JSON.stringify(d)).join('\n')
    })
    const items = Array.from({ length: 300 }, (_, i) => ({ id: `i-${i}`, n: i }))
    const migrations = await directory({
      '0001-items.mjs': `export const containers = ['items']\nexport async function up(ctx) {\n  await ctx.upsertMany('items', ${JSON.stringify(items)})\n}\n`
    })

    // Production traffic: point writes at high priority (no header) while the job runs.
    const production = new CosmosClient({
      endpoint: cloud.cosmos.endpoint,
      aadCredentials: jobCredential(cloud, setup)
    })
    let running = true
    const writer = (async () => {
      for (let i = 0; running; i++) {
        await production
          .database('prio')
          .container('products')
          .items.upsert({ id: `live-${i}` })
        await new Promise((done) => setTimeout(done, 50))
      }
    })()
    const before = cloud.cosmos.requests().length
    const run = await runAction({
      inputs: {
        ...setup.inputs,
        seed,
        migrations,
        priority: 'low',
        'throughput-bucket': '2'
      },
      env: setup.job.env,
      caFile: cloud.caFile
    }).finally(() => (running = false))
    await writer
    production.dispose()
    cloud.cosmos.setPriorityBasedExecution(false)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(leakedSecrets(run, cloud.secrets())).toEqual([])

    const requests = cloud.cosmos.requests().slice(before)
    const data = requests.filter((r) => r.principalId !== undefined && /\/docs(\/|$)/.test(r.path))
    const of = (container: string) => data.filter((r) => r.scope === `/dbs/prio/colls/${container}`)
    const live = of('products').filter(
      (r) => r.path.endsWith('/docs') && r.priorityLevel === undefined
    )
    const job = [...of('products'), ...of('items')].filter((r) => !live.includes(r))
    expect(live.length).toBeGreaterThan(0)
    expect(job.length).toBeGreaterThan(0)
    // Every request of the job's data work: low priority, bucket 2.
    expect(job.filter((r) => r.priorityLevel !== 'Low' || r.throughputBucket !== 2)).toEqual([])
    // The ledger and the lock: high priority (no header), no bucket.
    const ledger = of('migrations')
    expect(ledger.length).toBeGreaterThan(0)
    expect(
      ledger.every((r) => r.priorityLevel === undefined && r.throughputBucket === undefined)
    ).toBe(true)
    // The work ended exact.
    const stored = await cloud.cosmos.readItems('prio', 'products')
    expect(stored.filter((d) => String(d['id']).startsWith('p-'))).toHaveLength(1500)
    expect(await cloud.cosmos.readItems('prio', 'items')).toHaveLength(300)
  })
})
