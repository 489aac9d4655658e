/**
 * The local cloud's throughput model without a server: request charges, the refilling budget,
 * retry-after, priority and throughput buckets, bulk requests throttled per operation, and the
 * request log measures. Time is a fake clock.
 */
import { describe, expect, it } from '@jest/globals'
import { cosmosFailures, type CosmosFailure } from '../../../testkit/cosmos/errors.js'
import { meterRequest, type MeteredRequest } from '../../../testkit/cosmos/metering.js'
import {
  batchOperationCharge,
  indexedTerms,
  readCharge,
  RU_PER_INDEXED_TERM,
  writeCharge
} from '../../../testkit/cosmos/request-charge.js'
import { TokenBucket } from '../../../testkit/cosmos/token-bucket.js'
import { LOW_PRIORITY_RESERVE, ThroughputModel } from '../../../testkit/cosmos/throughput.js'
import {
  maxRuOverWindow,
  throttledOperations,
  throttledShare
} from '../../../testkit/cosmos/throughput-records.js'

/** A document of about `bytes` bytes of JSON with `fields` extra leaf values. */
function documentOf(bytes: number, fields = 0): Record<string, unknown> {
  const doc: Record<string, unknown> = { id: 'd1', pk: 'p1' }
  for (let i = 0; i < fields; i += 1) doc[`f${i}`] = i
  doc.text = ''
  doc.text = 'x'.repeat(Math.max(0, bytes - JSON.stringify(doc).length))
  return doc
}
const size = (doc: unknown) => Buffer.byteLength(JSON.stringify(doc))

function fakeClock(start = 1_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

const scope = '/dbs/appdb/colls/items'

describe('request charges', () => {
  it('counts the leaf values the default index policy writes, system properties left out', () => {
    expect(indexedTerms({ id: 'a', pk: 'p', tags: ['x', 'y'], nested: { n: 1, m: null } })).toBe(6)
    expect(indexedTerms({ id: 'a', _rid: 'r', _ts: 1, _etag: 'e', nested: { _kept: 1 } })).toBe(2)
  })

  it('prices a 1 KB create at 5-6 RU, more with more indexed terms, a replace above both', () => {
    const small = documentOf(1024)
    const create = writeCharge('create', size(small), small)
    expect(create).toBeGreaterThanOrEqual(5)
    expect(create).toBeLessThanOrEqual(6)
    const wide = documentOf(1024, 20)
    const wider = writeCharge('create', size(wide), wide)
    expect(wider - create).toBeCloseTo(20 * RU_PER_INDEXED_TERM, 1)
    const replace = writeCharge('replace', size(small), small)
    expect(replace).toBeGreaterThan(create)
    expect(replace).toBeGreaterThan(10)
    expect(replace).toBeLessThan(12)
  })

  it('prices a 1 KB point read at 1 RU and larger reads by size', () => {
    expect(readCharge(1024)).toBe(1)
    expect(readCharge(300)).toBe(1)
    expect(readCharge(128 * 1024)).toBe(9.95)
    expect(readCharge(96 * 1024)).toBeGreaterThan(readCharge(64 * 1024))
    expect(readCharge(96 * 1024)).toBeLessThan(9.95)
  })

  it('prices batch operations by type and result: throttled and skipped ones cost nothing', () => {
    const doc = documentOf(1024)
    const create = writeCharge('create', size(doc), doc)
    expect(batchOperationCharge({ operationType: 'Create', resourceBody: doc }, 201)).toBe(create)
    expect(batchOperationCharge({ operationType: 'Upsert', resourceBody: doc }, 201)).toBe(create)
    expect(batchOperationCharge({ operationType: 'Upsert', resourceBody: doc }, 200)).toBe(
      writeCharge('replace', size(doc), doc)
    )
    expect(batchOperationCharge({ operationType: 'Create', resourceBody: doc }, 429)).toBe(0)
    expect(batchOperationCharge({ operationType: 'Create', resourceBody: doc }, 424)).toBe(0)
    expect(batchOperationCharge({ operationType: 'Create', resourceBody: doc }, 409)).toBe(1)
  })
})

describe('token bucket', () => {
  it('starts full, refills at its rate up to one second, and says how long a charge waits', () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(100, clock.now)
    expect(bucket.available()).toBe(100)
    bucket.spend(90)
    expect(bucket.waitFor(30)).toBe(200) // 20 RU missing at 100 RU/s
    clock.advance(200)
    expect(bucket.waitFor(30)).toBe(0)
    clock.advance(10_000)
    expect(bucket.available()).toBe(100)
    // More than a second's budget waits for a full bucket, then runs and leaves a debt.
    bucket.spend(100)
    expect(bucket.waitFor(250)).toBe(1000)
  })
})

describe('throughput model', () => {
  it('leaves containers without provisioned throughput unlimited', () => {
    const model = new ThroughputModel(fakeClock().now)
    for (let i = 0; i < 1000; i += 1) {
      expect(model.admit({ scope, partitionKey: '["p"]', charge: 100 }).admitted).toBe(true)
    }
  })

  it('refuses what does not fit with the time until it will, and charges nothing for it', () => {
    const clock = fakeClock()
    const model = new ThroughputModel(clock.now)
    model.setThroughput(scope, { ruPerSecond: 50, physicalPartitions: 1 })
    const charge = 5.55
    let admitted = 0
    while (model.admit({ scope, partitionKey: '["p"]', charge }).admitted) admitted += 1
    expect(admitted).toBe(Math.floor(50 / charge))
    const left = 50 - admitted * charge
    const expected = Math.ceil(((charge - left) * 1000) / 50)
    const refused = model.admit({ scope, partitionKey: '["p"]', charge })
    expect(refused).toEqual({ admitted: false, retryAfterMs: expected, substatus: 3200 })
    clock.advance(expected - 1)
    expect(model.admit({ scope, partitionKey: '["p"]', charge }).admitted).toBe(false)
    clock.advance(1)
    expect(model.admit({ scope, partitionKey: '["p"]', charge }).admitted).toBe(true)
  })

  it('splits the RU/s over physical partitions by partition key hash', () => {
    const model = new ThroughputModel(fakeClock().now)
    model.setThroughput(scope, { ruPerSecond: 100, physicalPartitions: 4 })
    const keys = Array.from({ length: 40 }, (_, i) => `["k${i}"]`)
    const [first] = keys
    const sameAsFirst = keys.filter(
      (k) => model.partitionOf(scope, k) === model.partitionOf(scope, first!)
    )
    const other = keys.find(
      (k) => model.partitionOf(scope, k) !== model.partitionOf(scope, first!)
    )!
    expect(model.admit({ scope, partitionKey: first!, charge: 25 }).admitted).toBe(true)
    // The partition's 25 RU are gone; a key on another partition still has its own.
    expect(model.admit({ scope, partitionKey: sameAsFirst.at(-1)!, charge: 1 }).admitted).toBe(
      false
    )
    expect(model.admit({ scope, partitionKey: other, charge: 25 }).admitted).toBe(true)
    // A query without a partition key needs a share on every partition.
    expect(model.admit({ scope, charge: 4 }).admitted).toBe(false)
  })

  it('settles the real charge after the estimate, and an operation may leave a debt', () => {
    const clock = fakeClock()
    const model = new ThroughputModel(clock.now)
    model.setThroughput(scope, { ruPerSecond: 10, physicalPartitions: 1 })
    const admission = model.admit({ scope, partitionKey: '["p"]', charge: 1 })
    if (!admission.admitted) throw new Error('expected admission')
    admission.settle(15)
    const refused = model.admit({ scope, partitionKey: '["p"]', charge: 1 })
    expect(refused).toMatchObject({ admitted: false, retryAfterMs: 600 }) // from -5 RU to 1 RU
  })

  it('throttles low priority first while high priority is active, only when enabled', () => {
    const run = (enabled: boolean) => {
      const clock = fakeClock()
      const model = new ThroughputModel(clock.now)
      model.setThroughput(scope, { ruPerSecond: 100, physicalPartitions: 1 })
      model.priorityBasedExecution = enabled
      const outcomes: string[] = []
      for (let i = 0; i < 16; i += 1) {
        const priority = i % 2 === 0 ? 'High' : 'Low'
        const { admitted } = model.admit({ scope, partitionKey: '["p"]', charge: 10, priority })
        outcomes.push(`${priority}:${admitted ? 'ok' : '429'}`)
      }
      return outcomes
    }
    const on = run(true)
    const lowAdmitted = on.filter((o) => o === 'Low:ok').length
    // Low priority stops once the bucket would drop under the reserve; high goes on to empty it.
    expect(lowAdmitted).toBe(Math.floor((100 * (1 - LOW_PRIORITY_RESERVE)) / 20))
    expect(on.filter((o) => o === 'High:ok').length).toBe(10 - lowAdmitted)
    const off = run(false)
    expect(off.filter((o) => o.endsWith(':ok'))).toHaveLength(10)
    expect(off.slice(0, 10).every((o) => o.endsWith(':ok'))).toBe(true)
  })

  it('lets low priority use the whole budget when no high-priority request came lately', () => {
    const model = new ThroughputModel(fakeClock().now)
    model.setThroughput(scope, { ruPerSecond: 100, physicalPartitions: 1 })
    model.priorityBasedExecution = true
    let admitted = 0
    while (model.admit({ scope, partitionKey: '["p"]', charge: 10, priority: 'Low' }).admitted)
      admitted += 1
    expect(admitted).toBe(10)
  })

  it('caps a throughput bucket at its share with substatus 3212; other traffic goes on', () => {
    const clock = fakeClock()
    const model = new ThroughputModel(clock.now)
    model.setThroughput(scope, { ruPerSecond: 100, physicalPartitions: 1 })
    model.setBuckets(scope, { 1: 30 })
    let inBucket = 0
    while (model.admit({ scope, partitionKey: '["p"]', charge: 10, bucket: 1 }).admitted)
      inBucket += 1
    expect(inBucket).toBe(3)
    expect(model.admit({ scope, partitionKey: '["p"]', charge: 10, bucket: 1 })).toEqual({
      admitted: false,
      retryAfterMs: Math.ceil((10 * 1000) / 30), // 10 RU at the bucket's 30 RU/s
      substatus: 3212
    })
    // A bucket id without a configuration, and requests without a bucket, share the rest.
    let others = 0
    while (
      model.admit({ scope, partitionKey: '["p"]', charge: 10, bucket: others % 2 ? 2 : undefined })
        .admitted
    )
      others += 1
    expect(others).toBe(7)
  })
})

/** Meters a request through the model and answers it with `answer` (the emulator's part). */
function meter(
  model: ThroughputModel,
  headers: Record<string, string>,
  body: unknown,
  kind: 'batch' | 'write' | 'read' = 'batch'
) {
  const record = {}
  const metered = meterRequest(model, {
    kind,
    method: 'POST',
    scope,
    headers,
    body: Buffer.from(JSON.stringify(body)),
    record
  })
  return { metered, record }
}

const bulkHeaders = {
  'x-ms-cosmos-is-batch-request': 'true',
  'x-ms-cosmos-batch-atomic': 'false',
  'x-ms-cosmos-batch-continue-on-error': 'true'
}
const isFailure = (value: MeteredRequest | CosmosFailure): value is CosmosFailure =>
  'status' in value

describe('metering a bulk request', () => {
  const operations = Array.from({ length: 10 }, () => ({
    operationType: 'Create',
    partitionKey: '["p"]',
    resourceBody: documentOf(1024, 0)
  }))
  const perOperation = batchOperationCharge(operations[0]!, 201)

  it('forwards the operations that fit and answers 429s for the rest in a 207, in order', () => {
    const model = new ThroughputModel(fakeClock().now)
    model.setThroughput(scope, { ruPerSecond: 4 * perOperation + 1, physicalPartitions: 1 })
    const { metered, record } = meter(model, bulkHeaders, operations)
    if (isFailure(metered)) throw new Error('expected a forwarded request')
    const forwarded = JSON.parse(metered.body.toString('utf8')) as unknown[]
    expect(forwarded).toHaveLength(4)
    const emulatorAnswer = forwarded.map(() => ({ statusCode: 201, requestCharge: 1 }))
    const answer = metered.finish(200, Buffer.from(JSON.stringify(emulatorAnswer)))
    expect(answer.status).toBe(207)
    const results = JSON.parse(answer.body.toString('utf8')) as Record<string, number>[]
    expect(results.map((r) => r.statusCode)).toEqual([...Array(4).fill(201), ...Array(6).fill(429)])
    expect(results[0]!.requestCharge).toBe(perOperation)
    expect(results[9]).toMatchObject({ subStatusCode: 3200, requestCharge: 0 })
    expect(results[9]!.retryAfterMilliseconds).toBeGreaterThan(0)
    expect(answer.charge).toBeCloseTo(4 * perOperation, 2)
    expect(record).toMatchObject({ operations: 10, throttledOperations: 6 })
  })

  it('throttles the whole request when no operation fits', () => {
    const model = new ThroughputModel(fakeClock().now)
    model.setThroughput(scope, { ruPerSecond: perOperation, physicalPartitions: 1 })
    model.admit({ scope, partitionKey: '["p"]', charge: perOperation })
    const { metered } = meter(model, bulkHeaders, operations)
    expect(metered).toMatchObject({ status: 429, substatus: 3200 })
  })

  it('admits or refuses a transactional batch as one', () => {
    const model = new ThroughputModel(fakeClock().now)
    model.setThroughput(scope, { ruPerSecond: 4 * perOperation, physicalPartitions: 1 })
    const atomic = { ...bulkHeaders, 'x-ms-cosmos-batch-atomic': 'true' }
    expect(isFailure(meter(model, atomic, operations.slice(0, 4)).metered)).toBe(false)
    expect(meter(model, atomic, operations.slice(0, 1)).metered).toMatchObject({ status: 429 })
  })

  it('refuses throughput bucket ids outside 1-5 as a bad request, and records priority', () => {
    const model = new ThroughputModel(fakeClock().now)
    for (const bad of ['0', '6', 'x']) {
      const { metered } = meter(model, { 'x-ms-cosmos-throughput-bucket': bad }, {}, 'read')
      expect(metered).toMatchObject({ status: 400, code: 'BadRequest' })
    }
    const { record } = meter(
      model,
      { 'x-ms-cosmos-throughput-bucket': '3', 'x-ms-cosmos-priority-level': 'Low' },
      {},
      'read'
    )
    expect(record).toEqual({ throughputBucket: 3, priorityLevel: 'Low' })
    expect(cosmosFailures.throttled(5, 3212).substatus).toBe(3212)
  })
})

describe('request log measures', () => {
  const records = [
    { at: 0, status: 201, requestCharge: 5 },
    { at: 1000, status: 207, requestCharge: 20, operations: 10, throttledOperations: 6 },
    { at: 4999, status: 429, requestCharge: 0 },
    { at: 5000, status: 201, requestCharge: 7 },
    { at: 9000, status: 200, requestCharge: 1 }
  ]

  it('finds the most RU spent within any window', () => {
    expect(maxRuOverWindow(records, 5000)).toBe(27) // 1000..5000
    expect(maxRuOverWindow(records, 1)).toBe(20)
    expect(maxRuOverWindow([], 5000)).toBe(0)
  })

  it('counts throttled operations, inside bulk requests too', () => {
    expect(throttledOperations(records)).toEqual({ throttled: 7, attempted: 14 })
    expect(throttledShare(records)).toBe(0.5)
  })
})
