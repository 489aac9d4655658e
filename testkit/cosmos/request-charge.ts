/**
 * Request charges as Azure Cosmos DB computes them, closely enough for RU budgets to mean
 * something. The emulator answers a constant 1, which would make RU-based logic (budgets,
 * throughput estimates, throttling) untestable.
 *
 * Sources: learn.microsoft.com "Understand request unit consumption" (by document size: a 1 KB
 * write 4.95 RU, a 1 KB read 1.00, the table below; writes grow with the number of indexed
 * properties under the default index-everything policy) and "Request units": a point read of a
 * 1 KB item is 1 RU; queries are charged by the items they load and return.
 */
import type { ChargeKind } from './operations.js'

/** What a write does to the stored document, which sets its price. */
export type WriteKind = 'create' | 'replace' | 'delete'

/** [KB, read RU, write RU] from "Understand request unit consumption" (session consistency). */
const bySize: readonly (readonly [number, number, number])[] = [
  [1, 1.0, 4.95],
  [2, 1.04, 6.29],
  [4, 1.14, 6.67],
  [8, 1.33, 7.04],
  [16, 1.67, 9.52],
  [32, 2.19, 11.23],
  [64, 4.76, 22.67],
  [128, 9.95, 48.19],
  [256, 20.28, 98.29],
  [512, 40.95, 184.57],
  [1024, 145.9, 625],
  [2048, 291.8, 1250]
]

/**
 * RU per indexed term written. With the default policy every leaf path of a document is indexed;
 * about 0.2 RU each reproduces the published figures (a 1 KB create 5-6 RU with a few
 * properties, a replace changing two terms about 10.8 RU).
 */
export const RU_PER_INDEXED_TERM = 0.2

/** A query's fixed cost (parsing, plan, index lookups) before it loads anything. */
const QUERY_BASE_RU = 2.5
/** Per item a query loads and returns, on top of the bytes it reads. */
const QUERY_RU_PER_ITEM = 0.1

/** Cosmos DB shows charges to two decimals. */
const round = (value: number): number => Math.round(value * 100) / 100

/** Linear interpolation in the size table; sizes under 1 KB cost what 1 KB costs. */
function bySizeRu(bytes: number, column: 1 | 2): number {
  const kb = Math.max(1, bytes / 1024)
  let previous = bySize[0]!
  for (const row of bySize) {
    if (kb <= row[0]) {
      if (row === previous) return row[column]
      const share = (kb - previous[0]) / (row[0] - previous[0])
      return previous[column] + share * (row[column] - previous[column])
    }
    previous = row
  }
  return (previous[column] * kb) / previous[0]
}

/** Point read (or a page of a feed) of `bytes`: 1 RU per KB at 1 KB, less per KB above. */
export const readCharge = (bytes: number): number => round(bySizeRu(bytes, 1))

/**
 * The terms the default indexing policy writes for a document: one per leaf value (every
 * scalar, every array element), system properties (`_rid`, `_ts`, ...) left out.
 */
export function indexedTerms(value: unknown, top = true): number {
  if (Array.isArray(value))
    return value.reduce<number>((n, item) => n + indexedTerms(item, false), 0)
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).reduce(
      (n, [key, item]) => (top && key.startsWith('_') ? n : n + indexedTerms(item, false)),
      0
    )
  }
  return 1
}

/**
 * A write of `document` (its JSON `bytes` long). A create stores and indexes the document. A
 * replace also removes the old version: Cosmos re-indexes only the terms that changed, but the
 * old version is not at hand here (reading it would cost a backend round trip per write), so a
 * replace is charged as removing a version of the same size plus the create: always more than
 * the create, about 10.5-11 RU for 1 KB with a few properties. A delete removes one version.
 */
export function writeCharge(kind: WriteKind, bytes: number, document: unknown): number {
  const store = bySizeRu(bytes, 2)
  const index = RU_PER_INDEXED_TERM * indexedTerms(document)
  switch (kind) {
    case 'create':
      return round(store + index)
    case 'replace':
      return round(2 * store + index)
    case 'delete':
      return round(store)
  }
}

/** A query page: a fixed cost, plus per item returned and per KB read. */
export function queryCharge(itemsReturned: number, responseBytes: number): number {
  return round(QUERY_BASE_RU + QUERY_RU_PER_ITEM * itemsReturned + responseBytes / 1024)
}

/**
 * The charge of a whole request that is not a batch, from what it sent and got back. Refused
 * requests cost 1 RU (Cosmos charges for the work done before refusing), throttled ones nothing.
 */
export function requestCharge(
  kind: Exclude<ChargeKind, 'batch'>,
  write: WriteKind,
  status: number,
  requestBody: Buffer,
  responseBody: Buffer
): number {
  if (status === 429) return 0
  if (status >= 400) return 1
  switch (kind) {
    case 'metadata':
      return 1
    case 'read':
    case 'feed':
      return readCharge(responseBody.length)
    case 'query':
      return queryCharge(countOf(responseBody), responseBody.length)
    case 'write': {
      // A patch sends operations, not the document: price what it stored (the response).
      const stored = write === 'delete' ? requestBody : pickDocument(requestBody, responseBody)
      return writeCharge(write, stored.length, parseJson(stored))
    }
  }
}

/** The charge of one operation of a batch, from its type, input and result status. */
export function batchOperationCharge(operation: BatchOperationInput, status: number): number {
  if (status === 429 || status === 424) return 0
  if (status >= 400) return 1
  const body = operation.resourceBody
  const bytes = body === undefined ? 0 : Buffer.byteLength(JSON.stringify(body))
  switch (operation.operationType) {
    case 'Read':
      return readCharge(bytes)
    case 'Delete':
      return writeCharge('delete', bytes, body)
    case 'Create':
      return writeCharge('create', bytes, body)
    case 'Upsert':
      // The emulator answers 200 when an upsert replaced a document, 201 when it created one.
      return writeCharge(status === 200 ? 'replace' : 'create', bytes, body)
    default:
      return writeCharge('replace', bytes, body)
  }
}

/** One operation of a batch or bulk body as the SDK sends it (utils/batch.js). */
export interface BatchOperationInput {
  operationType?: string
  partitionKey?: string
  id?: string
  resourceBody?: unknown
}

function pickDocument(requestBody: Buffer, responseBody: Buffer): Buffer {
  const request = parseJson(requestBody)
  return Array.isArray(request) || request === undefined ? responseBody : requestBody
}

function countOf(responseBody: Buffer): number {
  const page = parseJson(responseBody) as { _count?: unknown } | undefined
  return typeof page?._count === 'number' ? page._count : 0
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}
