/**
 * End to end: seeding a container with provisioned throughput. Where the identity may read the
 * account through ARM, the action reads the container's RU/s and paces from its first write, so
 * that almost nothing is throttled; without it, it learns the rate from the first throttles.
 * Either way every document is written once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { throttledShare } from '../../testkit/cosmos/throughput-records.js'
import { leakedSecrets, runAction } from '../../testkit/runner.js'
import { setUpRepository } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(async () => {
  await cloud.close()
})

async function seedAt(ruPerSecond: number, controlPlaneRead: boolean) {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/provisioned-${n}`,
    database: `prov${n}`,
    containers: [{ id: 'products', partitionKey: { paths: ['/id'] } }],
    role: 'contributor',
    controlPlaneRead
  })
  cloud.cosmos.setThroughput(`prov${n}`, 'products', { ruPerSecond, physicalPartitions: 1 })
  const dir = await mkdtemp(join(tmpdir(), 'provisioned-'))
  const docs = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `p-${i}`, n: i }))
  await writeFile(join(dir, 'products.ndjson'), docs.join('\n'))
  const before = cloud.cosmos.requests().length
  const run = await runAction({
    inputs: { ...setup.inputs, seed: dir },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  const records = cloud.cosmos
    .requests()
    .slice(before)
    .filter((r) => r.scope === `/dbs/prov${n}/colls/products`)
  expect(await cloud.cosmos.readItems(`prov${n}`, 'products')).toHaveLength(1500)
  return { records, setup }
}

describe('seeding against provisioned throughput', () => {
  it('paces from the first write at the RU/s ARM tells, throttling almost nothing', async () => {
    const { records } = await seedAt(1000, true)
    expect(throttledShare(records)).toBeLessThanOrEqual(0.02)
  })

  it('without a control-plane role, learns the rate from the throttles and still ends exact', async () => {
    const { records } = await seedAt(1000, false)
    // It met the budget: the pace came from the service's answers.
    expect(throttledShare(records)).toBeGreaterThan(0)
  })
})
