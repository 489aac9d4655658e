import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CosmosClient, OperationInput } from '@azure/cosmos'
import { RETRY_POLICIES } from '../../src/cosmos/transient.js'
import { runBulk, ThroughputGovernor } from '../../src/throughput/index.js'
import { workClient } from './work-client.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

/*
 * A throttling storm against the real SDK's bulk path. The SDK's own bulk retries wait each
 * throttled operation's retry-after in turn (bulkExecutionRetryPolicy.js sleeps inside the
 * loop over a batch's results), so a throttled batch of a hundred costs a hundred retry-afters.
 * The work's clients turn those retries off and runBulk waits once per throttled round. What is
 * asserted is what the service and our clock were asked, never how long anything took.
 */
trustTestCaInProcess()

let cloud: LocalCloud
let setup: RepositorySetup
const clients: CosmosClient[] = []

beforeAll(async () => {
  cloud = await startLocalCloud()
  setup = await setUpRepository(cloud, {
    repository: 'octo-org/storm',
    database: 'stormdb',
    containers: [{ id: 'storm', partitionKey: { paths: ['/id'] } }],
    role: 'contributor'
  })
})
afterAll(async () => {
  clients.forEach((client) => client.dispose())
  await cloud.close()
})

function writesClient(sdkThrottleRetries: boolean): CosmosClient {
  const client = workClient(cloud, setup, 'storm-test', sdkThrottleRetries)
  clients.push(client)
  return client
}

const isBulk = (request: { path: string; method: string }): boolean =>
  request.method === 'POST' && request.path === '/dbs/stormdb/colls/storm/docs'

describe('a throttled bulk batch', () => {
  it('costs its retry-after once per round, not once per operation', async () => {
    const container = writesClient(false).database('stormdb').container('storm')
    await container.read()
    const operations: OperationInput[] = Array.from({ length: 1000 }, (_, i) => ({
      operationType: 'Upsert',
      resourceBody: { id: `s-${i}`, n: i },
      partitionKey: `s-${i}`
    }))
    // Every bulk request throttled for a while: three rounds of the whole work.
    cloud.cosmos.injectFaults({ count: 30, kind: 'throttle', retryAfterMs: 400, match: isBulk })
    const slept: number[] = []
    const sleep = (ms: number): Promise<void> => {
      slept.push(ms)
      return new Promise((done) => setTimeout(done, ms))
    }
    const governor = new ThroughputGovernor({ ceiling: 0, now: () => performance.now(), sleep })
    // A container far beyond what the work spends: the pace never waits, so every sleep is a
    // throttle's pause (what is counted), however the machine's load splits the SDK's batches.
    governor.expect(1_000_000_000)
    const before = cloud.cosmos.requests().length
    let settled = 0
    let lastRound = 0
    await runBulk(
      {
        container,
        governor,
        sleep,
        policy: RETRY_POLICIES.seeding,
        explain: (error) => error as Error
      },
      operations,
      (_, round) => {
        settled++
        lastRound = Math.max(lastRound, round)
        return false
      }
    )
    expect(settled).toBe(1000)
    expect((await cloud.cosmos.readItems('stormdb', 'storm')).length).toBe(1000)
    const bulk = cloud.cosmos.requests().slice(before).filter(isBulk)
    const throttled = bulk.filter((request) => request.status === 429)
    expect(throttled.length).toBe(30)
    // Each round before the last was throttled and paused once, for its retry-after: a handful
    // of waits, none longer, against one per throttled operation. A timer may wake a fraction of
    // a millisecond early and wait out the rest: those remainders are not pauses.
    const pauses = slept.filter((ms) => ms >= 2)
    expect(lastRound).toBeGreaterThan(0)
    expect(pauses.length).toBeGreaterThan(0)
    expect(pauses.length).toBeLessThanOrEqual(lastRound)
    expect(Math.max(...slept)).toBeLessThanOrEqual(400)
    expect(governor.throttledOperations).toBeGreaterThan(pauses.length)
  })

  it('is waited out per operation, in turn, by the SDK on its own (why the work turns that off)', async () => {
    const container = writesClient(true).database('stormdb').container('storm')
    await container.read()
    const operations: OperationInput[] = Array.from({ length: 101 }, (_, i) => ({
      operationType: 'Upsert',
      resourceBody: { id: `t-${i}`, n: i },
      partitionKey: `t-${i}`
    }))
    // One throttled request of 101 operations with a 50 ms retry-after.
    cloud.cosmos.injectFaults({ count: 1, kind: 'throttle', retryAfterMs: 50, match: isBulk })
    const before = cloud.cosmos.requests().length
    const results = await container.items.executeBulkOperations(operations)
    expect(results.every((result) => result.error === undefined)).toBe(true)
    // The SDK re-sent the throttled operations one wait at a time: they trickle back in many
    // requests rather than in one batch (its partial batches go out every second).
    const resent = cloud.cosmos
      .requests()
      .slice(before)
      .filter((request) => isBulk(request) && request.status !== 429)
    expect(resent.length).toBeGreaterThan(1)
  })
})
