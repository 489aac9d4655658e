import type { IncomingHttpHeaders } from 'node:http'
import { dataActions } from './rbac.js'

/** How a request is priced in request units. */
export type ChargeKind = 'metadata' | 'read' | 'write' | 'query' | 'feed' | 'batch'

/**
 * What a data-plane request needs: data actions on a scope, or nothing it can get (DDL).
 * `anyScope`: the account read every SDK client starts with is allowed to a principal holding
 * the action at any scope, so identities scoped to one database or container can connect.
 */
export type Operation =
  | { kind: 'data'; actions: string[]; scope: string; charge: ChargeKind; anyScope?: boolean }
  | { kind: 'ddl'; scope: string }
  | { kind: 'unsupported' }

/** `//dbs/x/` -> `/dbs/x` (the SDK sometimes sends a double slash). */
export function normalizePath(rawPath: string): string {
  const trimmed = rawPath.replace(/^\/+/, '').replace(/\/+$/, '')
  return `/${trimmed}`
}

function isTrue(value: string | string[] | undefined): boolean {
  const text = Array.isArray(value) ? value[0] : value
  return text?.toLowerCase() === 'true'
}

const batchActions: Record<string, string> = {
  Create: dataActions.itemsCreate,
  Upsert: dataActions.itemsUpsert,
  Read: dataActions.itemsRead,
  Replace: dataActions.itemsReplace,
  // Patch has no data action of its own: Cosmos documents it under replace.
  Patch: dataActions.itemsReplace,
  Delete: dataActions.itemsDelete
}

/** The operations of a batch or bulk body (empty when it is not a JSON array). */
export function batchOperations(body: Buffer): unknown[] {
  try {
    const operations: unknown = JSON.parse(body.toString('utf8'))
    return Array.isArray(operations) ? operations : []
  } catch {
    return []
  }
}

/** The data actions of every operation in a batch or bulk body (deduplicated, in order). */
function actionsOfBatch(body: Buffer): string[] {
  const operations = batchOperations(body)
  const actions = operations.map(
    (op) => batchActions[(op as { operationType?: string }).operationType ?? '']
  )
  return [...new Set(actions.filter((action): action is string => action !== undefined))]
}

const scriptKinds = new Set(['sprocs', 'udfs', 'triggers'])

/**
 * Maps a request to the data actions Cosmos DB checks and the scope it checks them on:
 * `/` for the account, `/dbs/<db>` for a database, `/dbs/<db>/colls/<c>` for a container and
 * its items. Database, container and script management is DDL, which Entra tokens cannot do.
 */
export function classify(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer
): Operation {
  const segments = path.split('/').filter(Boolean).map(decodeSegment)
  const [root, db, colls, container, kind, id, ...rest] = segments
  const isQuery =
    method === 'POST' &&
    (isTrue(headers['x-ms-documentdb-isquery']) ||
      (headers['content-type'] ?? '').startsWith('application/query+json'))
  const metadata = (scope: string, anyScope = false): Operation => ({
    kind: 'data',
    actions: [dataActions.readMetadata],
    scope,
    charge: 'metadata',
    anyScope
  })
  const readsOrDdl = (scope: string): Operation =>
    method === 'GET' || isQuery ? metadata(scope) : { kind: 'ddl', scope }

  if (root === undefined) {
    return method === 'GET' ? metadata('/', true) : { kind: 'unsupported' }
  }
  if (root === 'offers') return readsOrDdl('/')
  if (root !== 'dbs') return { kind: 'unsupported' }
  if (db === undefined) return readsOrDdl('/')
  const dbScope = `/dbs/${db}`
  if (colls === undefined) return readsOrDdl(dbScope)
  if (colls !== 'colls') return { kind: 'ddl', scope: dbScope } // users, permissions
  if (container === undefined) return readsOrDdl(dbScope)
  const scope = `${dbScope}/colls/${container}`
  if (kind === undefined) return readsOrDdl(scope)
  if (rest.length > 0) return { kind: 'unsupported' }
  const data = (actions: string[], charge: ChargeKind): Operation => ({
    kind: 'data',
    actions,
    scope,
    charge
  })

  if (kind === 'pkranges') return method === 'GET' ? metadata(scope) : { kind: 'unsupported' }
  if (kind === 'conflicts') return data([dataActions.manageConflicts], 'read')
  if (scriptKinds.has(kind)) {
    if (kind === 'sprocs' && id !== undefined && method === 'POST') {
      return data([dataActions.executeStoredProcedure], 'write')
    }
    return readsOrDdl(scope)
  }
  if (kind !== 'docs') return { kind: 'unsupported' }
  if (id === undefined) {
    if (method === 'GET') return data([dataActions.readChangeFeed], 'feed')
    if (method !== 'POST') return { kind: 'unsupported' }
    if (isQuery) return data([dataActions.executeQuery, dataActions.readChangeFeed], 'query')
    if (isTrue(headers['x-ms-cosmos-is-batch-request'])) return data(actionsOfBatch(body), 'batch')
    if (isTrue(headers['x-ms-documentdb-is-upsert']))
      return data([dataActions.itemsUpsert], 'write')
    return data([dataActions.itemsCreate], 'write')
  }
  switch (method) {
    case 'GET':
      return data([dataActions.itemsRead], 'read')
    case 'PUT':
    case 'PATCH':
      return data([dataActions.itemsReplace], 'write')
    case 'DELETE':
      return data([dataActions.itemsDelete], 'write')
    default:
      return { kind: 'unsupported' }
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
