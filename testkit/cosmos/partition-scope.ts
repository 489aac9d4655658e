/**
 * Partition-scoped queries, as Cosmos DB runs them. A query sent with a partition key
 * (`x-ms-documentdb-partitionkey`, the SDK's `partitionKey` feed option) reads that logical
 * partition only: `SELECT VALUE COUNT(1) FROM c` counts its documents, not the container's
 * (learn.microsoft.com, "Query an Azure Cosmos DB container": in-partition queries). The emulator
 * behind the gateway ignores the header and runs every query over the whole container, so the
 * gateway hands the key to it as a query parameter of its own, and the emulator's query method,
 * patched here, runs such a query over the partition's documents only.
 */
import {
  documentsPrototype,
  generalQuery,
  type EmulatorDocuments,
  type QueryParameters
} from './query-shortcuts.js'

/** The parameter that carries the partition key from the gateway to the emulator. */
const SCOPE_PARAMETER = '@__localCloudPartitionKey'

type Document = Record<string, unknown>

/** The query body with the partition key added; the body unchanged when it is not a query. */
export function scopeQueryBody(body: Buffer, partitionKeyHeader: string): Buffer {
  let query: QueryParameters
  let key: unknown
  try {
    query = JSON.parse(body.toString('utf8')) as QueryParameters
    key = JSON.parse(partitionKeyHeader)
  } catch {
    return body
  }
  if (typeof query !== 'object' || query === null || !Array.isArray(key)) return body
  const parameters = [...(query.parameters ?? []), { name: SCOPE_PARAMETER, value: key }]
  return Buffer.from(JSON.stringify({ ...query, parameters }))
}

let installed = false

/** Makes the emulator's container queries honour a partition key the gateway passed on. */
export function installPartitionScope(): void {
  if (installed) return
  installed = true
  const query = documentsPrototype.query
  documentsPrototype.query = function scopedQuery(this: EmulatorDocuments, params, options) {
    const key = params.parameters?.find((parameter) => parameter.name === SCOPE_PARAMETER)
    if (key === undefined) return query.call(this, params, options)
    const rest = params.parameters?.filter((parameter) => parameter !== key)
    const unscoped = { ...params, parameters: rest }
    const container = this._parent.read() as { partitionKey?: { paths?: string[] } } | undefined
    const paths = container?.partitionKey?.paths ?? []
    // A view of the container holding the partition's documents only; everything else (the
    // query cache, user-defined functions, the container itself) is the container's own.
    const view = Object.create(this) as EmulatorDocuments
    view._data = new Map(
      [...this._data].filter(([, item]) => inPartition(item.read(), paths, key.value as unknown[]))
    )
    return generalQuery(view, unscoped, options)
  }
}

/**
 * Whether a document is in the partition `key` names: one value per path, `{}` for a document
 * without the path (the SDK's PartitionKey.None); fewer values than paths is a prefix of a
 * hierarchical key, which matches every partition under it.
 */
function inPartition(document: Document | undefined, paths: readonly string[], key: unknown[]) {
  if (document === undefined) return false
  return key.every((expected, index) => {
    const path = paths[index]
    if (path === undefined) return false
    const actual = valueAt(document, path)
    return JSON.stringify(actual === undefined ? {} : actual) === JSON.stringify(expected)
  })
}

function valueAt(document: Document, path: string): unknown {
  let current: unknown = document
  for (const segment of path.slice(1).split('/')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Document)[segment]
  }
  return current
}
