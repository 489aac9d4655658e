import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Container, CosmosClient, OperationInput } from '@azure/cosmos'
import { REQUEST_OPERATIONS, sendBulk } from '../../src/throughput/bulk-calls.js'
import { workClient } from './work-client.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

/*
 * The bulk calls' two ways against the local cloud through the real SDK: what reaches the
 * service, and each operation's outcome in executeBulkOperations' shape. The local cloud's
 * containers have one partition key range, as real ones of up to 10,000 RU/s and 50 GB do.
 */
trustTestCaInProcess()

let cloud: LocalCloud
let setup: RepositorySetup
let client: CosmosClient

beforeAll(async () => {
  cloud = await startLocalCloud()
  setup = await setUpRepository(cloud, {
    repository: 'octo-org/bulk-calls',
    database: 'callsdb',
    containers: [{ id: 'calls', partitionKey: { paths: ['/pk'] } }],
    role: 'contributor'
  })
  client = workClient(cloud, setup, 'bulk-calls-test')
})
/** Clients a test made, disposed of at the end. */
const onEnd: (() => void)[] = []

afterAll(async () => {
  onEnd.forEach((end) => end())
  client.dispose()
  await cloud.close()
})

const isBulk = (request: { path: string; method: string }): boolean =>
  request.method === 'POST' && request.path === '/dbs/callsdb/colls/calls/docs'

function upserts(prefix: string, count: number): OperationInput[] {
  return Array.from({ length: count }, (_, i) => ({
    operationType: 'Upsert' as const,
    resourceBody: { id: `${prefix}-${i}`, pk: `p${i % 7}`, n: i },
    partitionKey: `p${i % 7}`
  }))
}

type Requests = ReturnType<LocalCloud['cosmos']['requests']>

/** What `work` gives, and the bulk requests the service saw meanwhile. */
async function sent<T>(work: () => Promise<T>): Promise<{ result: T; bulk: Requests }> {
  const before = cloud.cosmos.requests().length
  const result = await work()
  const bulk = cloud.cosmos.requests().slice(before).filter(isBulk)
  return { result, bulk }
}

function calls(): Container {
  return client.database('callsdb').container('calls')
}

describe('a container of one partition key range', () => {
  it('gets requests of 100 at most, asking for minimal answers, and every outcome in order', async () => {
    const container = calls()
    const requested = jest.spyOn(container.items, 'bulk')
    const grouped = jest.spyOn(container.items, 'executeBulkOperations')
    const operations = upserts('one', 250)
    const { result, bulk } = await sent(() => sendBulk(container, operations))
    expect(requested).toHaveBeenCalledTimes(3)
    expect(grouped).not.toHaveBeenCalled()
    // In the order they arrived: three requests in flight at once.
    expect(bulk.map((request) => request.operations ?? 0).sort((a, b) => b - a)).toEqual([
      100, 100, 50
    ])
    expect(bulk.every((request) => request.returnMinimal === true)).toBe(true)
    expect(result.map((outcome) => outcome.operationInput)).toEqual(operations)
    // Created: 201 each.
    expect(new Set(result.map((outcome) => outcome.response?.statusCode))).toEqual(new Set([201]))
    expect(result.every((outcome) => (outcome.response?.requestCharge ?? 0) > 0)).toBe(true)
    expect(result.every((outcome) => outcome.response?.resourceBody === undefined)).toBe(true)
    expect((await cloud.cosmos.readItems('callsdb', 'calls')).length).toBe(250)
  })

  it("gives an operation's failure as an error with the service's status, among successes", async () => {
    await calls().items.create({ id: 'taken', pk: 'p0' })
    const operations: OperationInput[] = [
      ...upserts('mixed', 3),
      // Created already: 409 Conflict, for this operation only.
      { operationType: 'Create', resourceBody: { id: 'taken', pk: 'p0' }, partitionKey: 'p0' }
    ]
    const result = await sendBulk(calls(), operations)
    expect(result.slice(0, 3).map((outcome) => outcome.response?.statusCode)).toEqual([
      201, 201, 201
    ])
    expect(result[3]?.response).toBeUndefined()
    expect(result[3]?.error?.code).toBe(409)
    expect(result[3]?.error?.requestCharge).toBeGreaterThanOrEqual(0)
  })

  it('gives the operations throttled inside a 207 their 429, sub-status and retry-after', async () => {
    // 50 RU/s: of 100 writes of about 5 RU, about ten fit; the service throttles the others
    // one by one inside its 207 Multi-Status answer (testkit/cosmos/metering.ts).
    await cloud.cosmos.createContainer('callsdb', { id: 'slow', partitionKey: { paths: ['/pk'] } })
    cloud.cosmos.setThroughput('callsdb', 'slow', { ruPerSecond: 50, physicalPartitions: 1 })
    const slow = client.database('callsdb').container('slow')
    const result = await sendBulk(slow, upserts('slow', 100))
    const throttled = result.filter((outcome) => outcome.error !== undefined)
    expect(throttled.length).toBeGreaterThan(50)
    expect(throttled.every((outcome) => outcome.error?.code === 429)).toBe(true)
    expect(throttled.every((outcome) => outcome.error?.substatus === 3200)).toBe(true)
    expect(throttled.every((outcome) => (outcome.error?.retryAfterInMs ?? 0) > 0)).toBe(true)
    const written = result.filter((outcome) => outcome.response?.statusCode === 201)
    expect(written.length + throttled.length).toBe(100)
    expect((await cloud.cosmos.readItems('callsdb', 'slow')).length).toBe(written.length)
  })

  it("gives a throttled request's operations its 429 and retry-after, the others their outcomes", async () => {
    const operations = upserts('throttled', 300)
    cloud.cosmos.injectFaults({ count: 1, kind: 'throttle', retryAfterMs: 321, match: isBulk })
    const { result, bulk } = await sent(() => sendBulk(calls(), operations))
    expect(bulk.map((request) => request.status).sort()).toEqual([200, 200, 429])
    const throttled = result.filter((outcome) => outcome.error !== undefined)
    expect(throttled.length).toBe(REQUEST_OPERATIONS)
    expect(throttled.every((outcome) => outcome.error?.code === 429)).toBe(true)
    expect(throttled.every((outcome) => outcome.error?.retryAfterInMs === 321)).toBe(true)
    expect(result.filter((outcome) => outcome.response?.statusCode === 201).length).toBe(200)
  })

  it("throws a request's permanent failure as the service gave it, not the SDK's wrapper", async () => {
    // Another identity, allowed to read only: its batch requests are refused as a whole.
    const reading = await setUpRepository(cloud, {
      repository: 'octo-org/bulk-calls-reader',
      database: 'readerdb',
      containers: [{ id: 'calls', partitionKey: { paths: ['/pk'] } }],
      role: 'reader'
    })
    const reader = workClient(cloud, reading, 'bulk-calls-test')
    try {
      const refused = sendBulk(reader.database('readerdb').container('calls'), upserts('no', 150))
      await expect(refused).rejects.toMatchObject({ code: 403 })
      await expect(refused).rejects.not.toThrow(/Bulk request errored/)
    } finally {
      reader.dispose()
    }
  })

  it('reads the partition key ranges once per container and client', async () => {
    // The first call reads them (and so does the SDK, once per client, for Items.bulk).
    await sendBulk(calls(), upserts('ranges', 120))
    const before = cloud.cosmos.requests().length
    // Another Container object for the same container, from the same client: nothing read.
    await sendBulk(calls(), upserts('ranges', 120))
    const reads = cloud.cosmos
      .requests()
      .slice(before)
      .filter((request) => request.method === 'GET' && request.path.endsWith('/pkranges'))
    expect(reads).toEqual([])
  })
  it('reads the ranges again after a read that failed in passing', async () => {
    const own = workClient(cloud, setup, 'bulk-calls-test')
    onEnd.push(() => own.dispose())
    const container = own.database('callsdb').container('calls')
    const isRangesRead = (request: { path: string; method: string }): boolean =>
      request.method === 'GET' && request.path.endsWith('/pkranges')
    // More than the SDK's own retries of a metadata read.
    cloud.cosmos.injectFaults({ count: 100, kind: 'unavailable', match: isRangesRead })
    await expect(sendBulk(container, upserts('again', 100))).rejects.toMatchObject({ code: 503 })
    cloud.cosmos.clearFaults()
    const result = await sendBulk(container, upserts('again', 100))
    expect(result.every((outcome) => outcome.response !== undefined)).toBe(true)
  })
})

describe('a container of several partition key ranges', () => {
  it('goes through executeBulkOperations, which groups operations by range', async () => {
    // A client of its own: the ranges the others read are not known to it.
    const own = workClient(cloud, setup, 'bulk-calls-test')
    onEnd.push(() => own.dispose())
    const container = own.database('callsdb').container('calls')
    // The local cloud serves one range; the container says two, as a real one above 10,000 RU/s.
    jest.spyOn(container, 'readPartitionKeyRanges').mockReturnValue({
      fetchAll: async () => ({ resources: [{ id: '0' }, { id: '1' }] })
    } as never)
    const grouped = jest.spyOn(container.items, 'executeBulkOperations')
    const operations = upserts('several', 150)
    const { result, bulk } = await sent(() => sendBulk(container, operations))
    expect(grouped).toHaveBeenCalledTimes(1)
    expect(bulk.length).toBeGreaterThan(0)
    expect(bulk.every((request) => request.returnMinimal === true)).toBe(true)
    const id = (input: OperationInput): unknown =>
      (input as unknown as { resourceBody: { id: string } }).resourceBody.id
    expect(result.map((outcome) => id(outcome.operationInput))).toEqual(operations.map(id))
    expect(new Set(result.map((outcome) => outcome.response?.statusCode))).toEqual(new Set([201]))
  })
})
