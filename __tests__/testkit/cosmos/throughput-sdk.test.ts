/**
 * Provisioned throughput in the local Cosmos DB account, seen by @azure/cosmos: request charges,
 * 429/3200 with a retry-after of the right size, bulk requests throttled per operation in a 207,
 * priority-based execution and throughput buckets. The gateway's throughput clock is frozen and
 * moved by hand, so no outcome depends on how fast the machine runs; the SDK's own 429 retries
 * are off, so every throttle reaches the test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CosmosClient,
  ErrorResponse,
  PriorityLevel,
  type Container,
  type JSONObject,
  type OperationInput
} from '@azure/cosmos'
import { jobCredential } from '../../../testkit/clients.js'
import {
  startLocalCloud,
  throttledOperations,
  trustTestCaInProcess,
  type LocalCloud
} from '../../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../../testkit/scenario.js'

trustTestCaInProcess()

let cloud: LocalCloud
let setup: RepositorySetup
let client: CosmosClient
let now = 1_000_000
const advance = (ms: number) => (now += ms)

beforeAll(async () => {
  cloud = await startLocalCloud()
  setup = await setUpRepository(cloud, { repository: 'octo-org/throughput' })
  client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup),
    connectionPolicy: { retryOptions: { maxRetryAttemptCount: 0 } }
  })
  cloud.cosmos.setThroughputClock(() => now)
})
afterAll(async () => {
  client.dispose()
  await cloud.close()
})

/** A fresh container, with `ruPerSecond` provisioned over one physical partition. */
async function containerWith(id: string, ruPerSecond?: number): Promise<Container> {
  await cloud.cosmos.createContainer('appdb', { id, partitionKey: { paths: ['/pk'] } })
  if (ruPerSecond !== undefined) {
    cloud.cosmos.setThroughput('appdb', id, { ruPerSecond, physicalPartitions: 1 })
  }
  return client.database('appdb').container(id)
}

/** About 1 KB of JSON with `fields` extra indexed values. */
function documentOf(id: string, fields = 0): JSONObject {
  const doc: JSONObject = { id, pk: 'p1' }
  for (let i = 0; i < fields; i += 1) doc[`f${i}`] = i
  doc.text = 'x'.repeat(Math.max(0, 1000 - JSON.stringify(doc).length))
  return doc
}

async function outcome(promise: Promise<{ requestCharge: number }>) {
  try {
    return { ok: true as const, charge: (await promise).requestCharge }
  } catch (error) {
    if (!(error instanceof ErrorResponse)) throw error
    return { ok: false as const, error }
  }
}

describe('request charges through @azure/cosmos', () => {
  it('charges a 1 KB create 5-6 RU, more with more indexed terms; a replace more; a read ~1', async () => {
    const container = await containerWith('charges')
    const created = await container.items.create(documentOf('a'))
    expect(created.requestCharge).toBeGreaterThanOrEqual(5)
    expect(created.requestCharge).toBeLessThanOrEqual(6)
    const wide = await container.items.create(documentOf('b', 20))
    expect(wide.requestCharge).toBeGreaterThan(created.requestCharge + 3)
    const replaced = await container.item('a', 'p1').replace({ ...documentOf('a'), text: 'y' })
    expect(replaced.requestCharge).toBeGreaterThan(created.requestCharge)
    const read = await container.item('a', 'p1').read()
    expect(read.requestCharge).toBeGreaterThanOrEqual(1)
    expect(read.requestCharge).toBeLessThan(1.1)
  })
})

describe('provisioned throughput through @azure/cosmos', () => {
  it('answers a burst beyond the budget 429/3200 with the time until the charge fits', async () => {
    const ruPerSecond = 30
    const container = await containerWith('burst', ruPerSecond)
    const results = []
    for (let i = 0; i < 10; i += 1) {
      results.push(await outcome(container.items.create(documentOf(`d${i}`))))
    }
    const charge = results[0]!.ok ? results[0]!.charge : NaN
    const fitted = Math.floor(ruPerSecond / charge)
    expect(results.filter((r) => r.ok)).toHaveLength(fitted)
    const throttled = results[fitted]
    if (throttled === undefined || throttled.ok) throw new Error('expected a throttle')
    expect(throttled.error.code).toBe(429)
    expect(throttled.error.substatus).toBe(3200)
    // In hundredths of an RU (charges have two decimals), so the arithmetic is exact.
    const missing = Math.round(charge * 100) * (fitted + 1) - ruPerSecond * 100
    const expected = Math.ceil((missing * 10) / ruPerSecond)
    expect(throttled.error.retryAfterInMs).toBe(expected)
    // Refused requests cost nothing: after exactly that long the next create fits.
    advance(expected - 1)
    expect((await outcome(container.items.create(documentOf('late')))).ok).toBe(false)
    advance(1)
    expect((await outcome(container.items.create(documentOf('later')))).ok).toBe(true)
    expect(await cloud.cosmos.readItems('appdb', 'burst')).toHaveLength(fitted + 1)
  })

  it('throttles a bulk call per operation: a 207 with 429s, only the fitting ones stored', async () => {
    const ruPerSecond = 50
    const container = await containerWith('bulk', ruPerSecond)
    cloud.cosmos.clearRequests()
    const operations: OperationInput[] = Array.from({ length: 20 }, (_, i) => ({
      operationType: 'Create',
      resourceBody: documentOf(`b${i}`),
      partitionKey: 'p1'
    }))
    const results = await container.items.executeBulkOperations(operations)
    const stored = results.filter((r) => r.response !== undefined)
    const perOperation = stored[0]!.response!.requestCharge
    expect(stored).toHaveLength(Math.floor(ruPerSecond / perOperation))
    const throttled = results.filter((r) => r.error !== undefined)
    expect(throttled).toHaveLength(20 - stored.length)
    expect(throttled.every((r) => r.error!.code === 429 && r.error!.substatus === 3200)).toBe(true)
    expect(throttled.every((r) => (r.error!.retryAfterInMs ?? 0) > 0)).toBe(true)
    expect(await cloud.cosmos.readItems('appdb', 'bulk')).toHaveLength(stored.length)
    const bulkRequests = cloud.cosmos.requests().filter((r) => r.operations !== undefined)
    expect(bulkRequests.map((r) => r.status)).toEqual([207])
    expect(throttledOperations(bulkRequests)).toEqual({
      throttled: throttled.length,
      attempted: 20
    })
    expect(bulkRequests[0]!.requestCharge).toBeCloseTo(stored.length * perOperation, 1)
  })

  /** Alternates high and low priority creates; the outcome of each, in order. */
  async function alternate(container: Container, count: number): Promise<string[]> {
    const outcomes: string[] = []
    for (let i = 0; i < count; i += 1) {
      const priorityLevel = i % 2 === 0 ? PriorityLevel.High : PriorityLevel.Low
      const result = await outcome(container.items.create(documentOf(`p${i}`), { priorityLevel }))
      outcomes.push(`${priorityLevel}:${result.ok ? 'ok' : result.error.code}`)
    }
    return outcomes
  }

  it('with priority-based execution, throttles low priority while high priority goes on', async () => {
    cloud.cosmos.setPriorityBasedExecution(true)
    try {
      const outcomes = await alternate(await containerWith('priority-on', 100), 30)
      const firstLowThrottle = outcomes.indexOf('Low:429')
      const lastHighOk = outcomes.lastIndexOf('High:ok')
      expect(firstLowThrottle).toBeGreaterThan(0)
      expect(lastHighOk).toBeGreaterThan(firstLowThrottle)
      expect(outcomes.slice(0, firstLowThrottle)).not.toContain('High:429')
      const records = cloud.cosmos.requests().filter((r) => r.path.includes('priority-on/docs'))
      expect(records.filter((r) => r.priorityLevel === 'Low' && r.status === 429).length).toBe(
        outcomes.filter((o) => o === 'Low:429').length
      )
    } finally {
      cloud.cosmos.setPriorityBasedExecution(false)
    }
  })

  it('without priority-based execution, the priority header changes nothing', async () => {
    const outcomes = await alternate(await containerWith('priority-off', 100), 30)
    const successes = outcomes.filter((o) => o.endsWith(':ok')).length
    expect(successes).toBeGreaterThan(0)
    // The budget runs out in arrival order, whatever the priority.
    expect(outcomes.slice(0, successes).every((o) => o.endsWith(':ok'))).toBe(true)
    expect(outcomes.slice(successes).every((o) => o.endsWith(':429'))).toBe(true)
  })

  it('throttles a throughput bucket over its share with 429/3212 while other traffic fits', async () => {
    const container = await containerWith('buckets', 100)
    cloud.cosmos.setThroughputBuckets('appdb', 'buckets', { 1: 20 })
    const inBucket = []
    for (let i = 0; i < 6; i += 1) {
      inBucket.push(
        await outcome(container.items.create(documentOf(`t${i}`), { throughputBucket: 1 }))
      )
    }
    const charge = inBucket[0]!.ok ? inBucket[0]!.charge : NaN
    const fitted = Math.floor(20 / charge)
    expect(inBucket.filter((r) => r.ok)).toHaveLength(fitted)
    const throttled = inBucket[fitted]
    if (throttled === undefined || throttled.ok) throw new Error('expected a throttle')
    expect([throttled.error.code, throttled.error.substatus]).toEqual([429, 3212])
    expect((await outcome(container.items.create(documentOf('free')))).ok).toBe(true)
    const invalid = await outcome(
      container.items.create(documentOf('bad'), { throughputBucket: 7 })
    )
    expect(invalid.ok ? 200 : invalid.error.code).toBe(400)
    const records = cloud.cosmos.requests().filter((r) => r.throughputBucket === 1)
    expect(records.filter((r) => r.status === 429)).toHaveLength(6 - fitted)
  })
})
