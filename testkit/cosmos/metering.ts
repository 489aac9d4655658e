/**
 * The gateway's meter: prices each request, asks the throughput model (throughput.ts) whether it
 * fits, and prices the answer. A bulk request (a non-atomic batch: `x-ms-cosmos-batch-atomic:
 * false`) is throttled per operation, as Cosmos DB does: the operations that fit go on to the
 * emulator as a smaller batch, the others come back as results with `statusCode: 429`,
 * `subStatusCode: 3200` and `retryAfterMilliseconds` in a 207 Multi-Status answer, in their
 * original order. That is what @azure/cosmos parses (bulk/BulkResponse.js reads each result's
 * `statusCode`, `subStatusCode`, `requestCharge` and `retryAfterMilliseconds`; bulk/Batcher.js
 * retries the 429s), and the emulator's batch handler answers one `{ statusCode, requestCharge,
 * eTag, resourceBody }` per operation it ran.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { cosmosFailures, type CosmosFailure } from './errors.js'
import { batchOperations, type ChargeKind } from './operations.js'
import {
  batchOperationCharge,
  queryCharge,
  readCharge,
  requestCharge,
  writeCharge,
  type BatchOperationInput,
  type WriteKind
} from './request-charge.js'
import type { Admission, PriorityLevel, ThroughputModel } from './throughput.js'

/** What the request log keeps of throughput per request. */
export interface ThroughputRecordFields {
  /** x-ms-cosmos-priority-level as sent (Cosmos treats a request without it as High). */
  priorityLevel?: PriorityLevel
  /** x-ms-cosmos-throughput-bucket as sent. */
  throughputBucket?: number
  /** Operations in a batch or bulk request. */
  operations?: number
  /** Operations of a bulk request answered 429 inside a 207. */
  throttledOperations?: number
  /** A batch or bulk request sent `Prefer: return=minimal` (written documents left out). */
  returnMinimal?: boolean
}

/** The request as the gateway classified it. */
export interface MeterInput {
  kind: ChargeKind
  method: string
  scope: string | undefined
  headers: IncomingHttpHeaders
  body: Buffer
  record: ThroughputRecordFields
}

/** A priced answer. */
export interface MeteredAnswer {
  status: number
  body: Buffer
  charge: number
}

/** An admitted request: what to forward, and how to price what comes back. */
export interface MeteredRequest {
  body: Buffer
  finish(status: number, body: Buffer): MeteredAnswer
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Meters one request: a refusal to send, or the request to forward. */
export function meterRequest(
  model: ThroughputModel,
  input: MeterInput
): MeteredRequest | CosmosFailure {
  const priority = header(input.headers, 'x-ms-cosmos-priority-level')
  if (priority === 'Low' || priority === 'High') input.record.priorityLevel = priority
  const bucketHeader = header(input.headers, 'x-ms-cosmos-throughput-bucket')
  const bucket = bucketHeader === undefined ? undefined : Number(bucketHeader)
  if (bucket !== undefined) {
    // Only ids 1-5 exist; others are refused as a bad request (throughput buckets FAQ; the
    // Python SDK's throughput bucket pull request #40340: "a bad request is thrown").
    if (!Number.isInteger(bucket) || bucket < 1 || bucket > 5)
      return cosmosFailures.invalidThroughputBucket(bucketHeader ?? '')
    input.record.throughputBucket = bucket
  }
  const metered = input.kind !== 'metadata' && input.scope !== undefined
  const context = {
    model,
    scope: input.scope ?? '',
    priority: model.priorityBasedExecution ? input.record.priorityLevel : undefined,
    bucket
  }
  if (input.kind === 'batch') return meterBatch(input, metered ? context : undefined)
  const writeKind = writeKindOf(input)
  const admission: Admission = metered
    ? model.admit({
        ...context,
        partitionKey: header(input.headers, 'x-ms-documentdb-partitionkey'),
        charge: estimate(input.kind, writeKind, input.body)
      })
    : { admitted: true, settle: () => undefined }
  if (!admission.admitted)
    return cosmosFailures.throttled(admission.retryAfterMs, admission.substatus)
  return {
    body: input.body,
    finish(status, body) {
      const upserted = writeKind === 'create' && isUpsert(input.headers) && status === 200
      const charge = requestCharge(
        input.kind as Exclude<ChargeKind, 'batch'>,
        upserted ? 'replace' : writeKind,
        status,
        input.body,
        body
      )
      admission.settle(charge)
      return { status, body, charge }
    }
  }
}

interface MeterContext {
  model: ThroughputModel
  scope: string
  priority: PriorityLevel | undefined
  bucket: number | undefined
}

/** Every operation priced and admitted on its own partition, in order. */
function meterBatch(
  input: MeterInput,
  context: MeterContext | undefined
): MeteredRequest | CosmosFailure {
  const operations = batchOperations(input.body) as BatchOperationInput[]
  input.record.operations = operations.length
  const atomic = header(input.headers, 'x-ms-cosmos-batch-atomic')?.toLowerCase() !== 'false'
  const admissions = atomic
    ? admitAtomic(operations, input, context)
    : admitEach(operations, context)
  const refused = admissions.filter((a) => !a.admitted)
  if (refused.length === admissions.length && refused.length > 0) {
    // Nothing fits: the request is throttled as a whole; the SDK gives each operation its retry-after.
    const first = refused.reduce((a, b) => (a.retryAfterMs <= b.retryAfterMs ? a : b))
    return cosmosFailures.throttled(first.retryAfterMs, first.substatus)
  }
  const admitted = operations.filter((_, i) => admissions[i]!.admitted)
  const body = refused.length === 0 ? input.body : Buffer.from(JSON.stringify(admitted))
  const minimal = header(input.headers, 'prefer')?.toLowerCase() === 'return=minimal'
  if (minimal) input.record.returnMinimal = true
  return {
    body,
    finish: (status, answer) =>
      mergeBatch(operations, admissions, status, answer, input.record, minimal)
  }
}

type Refusal = Extract<Admission, { admitted: false }>

function admitEach(
  operations: BatchOperationInput[],
  context: MeterContext | undefined
): Admission[] {
  // Once a partition throttles an operation, it throttles the rest of this request too.
  const closed = new Map<number, Refusal>()
  return operations.map((operation): Admission => {
    if (context === undefined) return { admitted: true, settle: () => undefined }
    const partitionKey = operation.partitionKey ?? '[]'
    const partition = context.model.partitionOf(context.scope, partitionKey)
    const earlier = closed.get(partition)
    if (earlier) return earlier
    const admission = context.model.admit({
      ...context,
      partitionKey,
      charge: estimateOperation(operation)
    })
    if (!admission.admitted) closed.set(partition, admission)
    return admission
  })
}

/** A transactional batch runs all or nothing: admitted or refused as one. */
function admitAtomic(
  operations: BatchOperationInput[],
  input: MeterInput,
  context: MeterContext | undefined
): Admission[] {
  if (context === undefined || operations.length === 0)
    return operations.map(() => ({ admitted: true, settle: () => undefined }))
  const whole = context.model.admit({
    ...context,
    partitionKey:
      header(input.headers, 'x-ms-documentdb-partitionkey') ?? operations[0]!.partitionKey,
    charge: operations.map(estimateOperation).reduce((a, b) => a + b, 0)
  })
  if (!whole.admitted) return operations.map(() => whole)
  // The whole is settled once every operation has said what it cost.
  let settled = 0
  let total = 0
  const settle = (actual: number) => {
    total += actual
    settled += 1
    if (settled === operations.length) whole.settle(total)
  }
  return operations.map(() => ({ admitted: true, settle }))
}

interface BatchResult {
  statusCode?: number
  requestCharge?: number
  [key: string]: unknown
}

/**
 * Write operations whose results leave out the document under `Prefer: return=minimal`: what
 * @azure/cosmos sends for `contentResponseOnWriteEnabled: false`, which it allows on batch and
 * bulk requests only (dist/esm/request/request.js). The service then answers "only the headers
 * and status code ... for write item operations like Create, Upsert, Patch and Replace"
 * (EnableContentResponseOnWrite, learn.microsoft.com, Microsoft.Azure.Cosmos); reads keep theirs.
 */
const WRITES = new Set(['Create', 'Upsert', 'Replace', 'Patch'])

function mergeBatch(
  operations: BatchOperationInput[],
  admissions: Admission[],
  status: number,
  answer: Buffer,
  record: ThroughputRecordFields,
  minimal: boolean
): MeteredAnswer {
  const results = parseResults(answer)
  if (results === undefined) return { status, body: answer, charge: status === 429 ? 0 : 1 }
  let next = 0
  let charge = 0
  let throttled = 0
  const merged = operations.map((operation, i): BatchResult => {
    const admission = admissions[i]!
    if (!admission.admitted) {
      throttled += 1
      return {
        statusCode: 429,
        subStatusCode: admission.substatus,
        requestCharge: 0,
        retryAfterMilliseconds: admission.retryAfterMs
      }
    }
    const { resourceBody, ...result } = results[next++] ?? { statusCode: 500 }
    const cost = batchOperationCharge(operation, result.statusCode ?? 500)
    admission.settle(cost)
    charge += cost
    const leftOut = minimal && WRITES.has(operation.operationType ?? '')
    return { ...result, ...(leftOut ? {} : { resourceBody }), requestCharge: cost }
  })
  record.throttledOperations = throttled
  const round = Math.round(charge * 100) / 100
  return {
    status: throttled > 0 ? 207 : status,
    body: Buffer.from(JSON.stringify(merged)),
    charge: round
  }
}

function parseResults(answer: Buffer): BatchResult[] | undefined {
  try {
    const parsed: unknown = JSON.parse(answer.toString('utf8'))
    return Array.isArray(parsed) ? (parsed as BatchResult[]) : undefined
  } catch {
    return undefined
  }
}

function isUpsert(headers: IncomingHttpHeaders): boolean {
  return header(headers, 'x-ms-documentdb-is-upsert')?.toLowerCase() === 'true'
}

function writeKindOf(input: MeterInput): WriteKind {
  if (input.method === 'DELETE') return 'delete'
  return input.method === 'POST' ? 'create' : 'replace'
}

/** The charge a request is admitted with, before its answer says what it really cost. */
function estimate(kind: ChargeKind, write: WriteKind, body: Buffer): number {
  switch (kind) {
    case 'read':
    case 'feed':
    case 'metadata':
      return readCharge(0)
    case 'query':
      return queryCharge(0, 0)
    default:
      return writeCharge(write, body.length, parse(body))
  }
}

/** An upsert is admitted as a create; it is settled as a replace when it replaced. */
function estimateOperation(operation: BatchOperationInput): number {
  return batchOperationCharge(operation, operation.operationType === 'Upsert' ? 201 : 200)
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}
