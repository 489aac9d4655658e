/**
 * Faster answers from the emulator (@vercel/cosmosdb-server) for the query shapes that the action
 * and the benchmarks send to large containers, with the same results, page boundaries and
 * continuation tokens as its general path.
 *
 * Why: the emulator answers every query and every read-feed page by running @zeit/cosmosdb-query
 * over all of the container's documents, and the code it generates gathers the documents with
 * `reduce(($, c) => [...$, { c }], [])`, which copies the array once per document: quadratic. At
 * 20,000 documents one query or one page takes about 3.5 s on a 2-core machine, at 50,000 about
 * 18 s, at 100,000 over a minute, whatever the page size or the filter.
 *
 * What is answered here, recognised from the emulator's own parse of the query (so whitespace,
 * keyword case and comments do not matter); everything else goes the general way:
 *  - `SELECT * FROM c` and `SELECT c.a, c.b AS x FROM c` (top-level properties of the alias),
 *    optionally `TOP n` with a number, and optionally `WHERE ARRAY_CONTAINS(@param, c.field)`
 *    whose parameter is an array of strings (the seed's existence check);
 *  - the read feed (GET .../docs), which is `SELECT * FROM c` paged;
 *  - `SELECT VALUE COUNT(1) FROM c` without a filter (see COUNT_ALL).
 * The general path sorts the documents by _rid and pages with the library's paginate helper; so
 * do the shortcuts, calling the same helpers (sort, paginate, and paginate's stripUndefined) on
 * the same pairs the generated code builds, so that pages, next tokens and odd inputs come out
 * the same. What makes them fast:
 *  - a container's documents in _rid order are kept between requests, with the container's write
 *    version (bumped by the only two methods that change its documents, _set and delete): reused
 *    as they are while nothing was written; after writes that kept the same _rids (replace,
 *    patch) the order is reused with the current documents; otherwise sorted again;
 *  - ARRAY_CONTAINS finds its documents through an index of the field's string values, built
 *    once per kept array;
 *  - paginate gets only the part of the list its page depends on (see pageWindow), so a page of
 *    a 100,000-document container costs the page, not the container.
 * A shortcut that throws (a malformed continuation token) hands the request to the general path,
 * which answers or fails as it always did.
 *
 * The patch is applied to the emulator's Documents class in this process, once, by
 * `installQueryShortcuts()` (the backend calls it before it starts).
 */
import documentsModule from '@vercel/cosmosdb-server/lib/account/documents.js'
import { decode as decodeToken } from '@zeit/cosmosdb-query/lib/continuation-token.js'
import * as helpers from '@zeit/cosmosdb-query/lib/helpers.js'

type Document = Record<string, unknown>

interface Continuation {
  token: string
}

/** A page as the emulator's Items.query and Items.read return it. */
export interface QueryPage {
  result: unknown[]
  continuation: (Continuation & { range: { min: string; max: string } }) | null
}

export interface PageOptions {
  maxItemCount?: number | null | undefined
  continuation?: Continuation | null | undefined
}

export interface QueryParameters {
  query: string
  parameters?: Array<{ name: string; value: unknown }> | undefined
}

/** The parts of the emulator's Items (a container's documents) that the shortcuts use. */
export interface EmulatorDocuments {
  _parent: { read(): unknown }
  _data: Map<string, { read(): Document | undefined }>
  _getQuery(sql: string): { ast: unknown }
  _set(data: Document): Document
  delete(idOrRid: string, partition: unknown): void
  query(params: QueryParameters, options: PageOptions): QueryPage | null
  read(options?: PageOptions): QueryPage | null
}

/** A recognised query. */
export interface QueryShape {
  /** The name the FROM clause gives each document. */
  alias: string
  /** Output property name and document property, in order; undefined for `SELECT *`. */
  projection: Array<[output: string, field: string]> | undefined
  top: number | undefined
  /** ARRAY_CONTAINS(@param, c.field) with an array of strings. */
  filter: { field: string; values: ReadonlySet<string> } | undefined
}

type Node = Record<string, unknown>

/** The emulator's Documents class, whose methods the shortcuts (and partition-scope.ts) wrap. */
export const documentsPrototype = (
  documentsModule as unknown as { default: { prototype: EmulatorDocuments } }
).default.prototype
const general = {
  query: documentsPrototype.query,
  read: documentsPrototype.read,
  set: documentsPrototype._set,
  delete: documentsPrototype.delete
}

let installed = false
let enabled = true
const counts = { query: 0, read: 0 }

/** Sends the emulator's container queries and read-feed pages through the shortcuts. */
export function installQueryShortcuts(): void {
  if (installed) return
  installed = true
  const written = (documents: EmulatorDocuments): void => {
    versions.set(documents, (versions.get(documents) ?? 0) + 1)
  }
  documentsPrototype._set = function set(this: EmulatorDocuments, data: Document): Document {
    try {
      return general.set.call(this, data)
    } finally {
      written(this)
    }
  }
  documentsPrototype.delete = function remove(
    this: EmulatorDocuments,
    idOrRid: string,
    partition: unknown
  ): void {
    try {
      general.delete.call(this, idOrRid, partition)
    } finally {
      written(this)
    }
  }
  documentsPrototype.query = function query(
    this: EmulatorDocuments,
    params: QueryParameters,
    options: PageOptions
  ): QueryPage | null {
    if (enabled && this._parent.read()) {
      const page = shortcutQuery(this, params, options)
      if (page !== undefined) {
        counts.query++
        return page
      }
    }
    return general.query.call(this, params, options)
  }
  documentsPrototype.read = function read(
    this: EmulatorDocuments,
    options: PageOptions = {}
  ): QueryPage | null {
    if (enabled && this._parent.read()) {
      const page = attempt(() => answer(this, readFeedShape, options))
      if (page !== undefined) {
        counts.read++
        return page
      }
    }
    return general.read.call(this, options)
  }
}

/** Turns the shortcuts off (true) or on again; for comparisons with the general path. */
export function setQueryShortcuts(on: boolean): void {
  enabled = on
}

/** How many queries and read-feed pages the shortcuts answered so far. */
export function queryShortcutCounts(): { query: number; read: number } {
  return { ...counts }
}

/** The emulator's own answer, whether or not the shortcuts are installed. */
export function generalQuery(
  documents: EmulatorDocuments,
  params: QueryParameters,
  options: PageOptions
): QueryPage | null {
  return general.query.call(documents, params, options)
}

/** The emulator's own read-feed page, whether or not the shortcuts are installed. */
export function generalRead(documents: EmulatorDocuments, options: PageOptions): QueryPage | null {
  return general.read.call(documents, options)
}

/** The shortcut's answer to a query, or undefined when it does not recognise it. */
export function shortcutQuery(
  documents: EmulatorDocuments,
  params: QueryParameters,
  options: PageOptions
): QueryPage | undefined {
  return attempt(() => {
    if (COUNT_ALL.test(params.query) && (params.parameters ?? []).length === 0)
      return { result: [countOf(documents)], continuation: null }
    const ast = documents._getQuery(params.query).ast
    const shape = recognise(ast, bindParameters(params.parameters))
    return shape && answer(documents, shape, options)
  })
}

/**
 * `SELECT VALUE COUNT(1) FROM c` over a whole container (a partition-scoped one arrives with a
 * WHERE, partition-scope.ts): its count of documents, in one page, as the general path answers
 * it. Cosmos DB answers it from its index; the general path scans quadratically (3.5 s at 20,000
 * documents), which the seed's record, counting a container twice a seed, would pay.
 */
const COUNT_ALL = /^\s*SELECT\s+VALUE\s+COUNT\s*\(\s*1\s*\)\s+FROM\s+[A-Za-z_]\w*\s*$/i

function countOf(documents: EmulatorDocuments): number {
  let count = 0
  for (const item of documents._data.values()) if (item.read() !== undefined) count++
  return count
}

function attempt(work: () => QueryPage | undefined): QueryPage | undefined {
  try {
    return work()
  } catch {
    // The general path throws (or answers) as it always did.
    return undefined
  }
}

const readFeedShape: QueryShape = {
  alias: 'c',
  projection: undefined,
  top: undefined,
  filter: undefined
}

/**
 * Parameters bound as the emulator binds them (it throws on the same malformed input): by name
 * without its first character, the last one of a name winning.
 */
export function bindParameters(parameters: QueryParameters['parameters']): Record<string, unknown> {
  const bound: Record<string, unknown> = {}
  ;(parameters || []).forEach(({ name, value }) => {
    bound[name.slice(1)] = value
  })
  return bound
}

/** The query's shape when the shortcuts answer it the way the general path does. */
export function recognise(
  ast: unknown,
  parameters: Record<string, unknown>
): QueryShape | undefined {
  if (!isNode(ast) || !hasOnly(ast, ['type', 'body']) || ast.type !== 'sql') return undefined
  const body = ast.body
  if (!isNode(body) || body.type !== 'select_query') return undefined
  if (!hasOnly(body, ['type', 'top', 'select', 'from', 'where', 'orderBy'])) return undefined
  if (body.orderBy !== null) return undefined

  const alias = fromAlias(body.from)
  if (alias === undefined) return undefined

  let top: number | undefined
  if (body.top !== null) {
    const value = isNode(body.top) && body.top.type === 'top_specification' ? body.top.value : null
    if (!isNode(value) || value.type !== 'number_constant' || typeof value.value !== 'number')
      return undefined
    top = value.value
  }

  const select = body.select
  if (!isNode(select) || select.type !== 'select_specification') return undefined
  let projection: QueryShape['projection']
  if (hasOnly(select, ['type', '*']) && select['*'] === true) projection = undefined
  else if (hasOnly(select, ['type', 'properties'])) {
    const list = select.properties
    if (!isNode(list) || list.type !== 'object_property_list' || !Array.isArray(list.properties))
      return undefined
    projection = []
    for (const entry of list.properties as unknown[]) {
      if (!isNode(entry) || !hasOnly(entry, ['property', 'alias'])) return undefined
      const field = memberOf(entry.property, alias)
      if (field === undefined) return undefined
      let output = field
      if (entry.alias !== null) {
        if (!isNode(entry.alias) || entry.alias.type !== 'identifier') return undefined
        output = entry.alias.name as string
      }
      if (!isPlainName(output)) return undefined
      projection.push([output, field])
    }
    if (projection.length === 0) return undefined
  } else return undefined

  let filter: QueryShape['filter']
  if (body.where !== null) {
    filter = arrayContains(body.where, alias, parameters)
    if (filter === undefined) return undefined
  }
  return { alias, projection, top, filter }
}

/** `FROM c` or `FROM root r`, no joins: the alias. */
function fromAlias(from: unknown): string | undefined {
  if (!isNode(from) || !hasOnly(from, ['type', 'source', 'joins'])) return undefined
  if (from.type !== 'from_specification') return undefined
  if (!Array.isArray(from.joins) || from.joins.length > 0) return undefined
  const source = from.source
  if (!isNode(source) || !hasOnly(source, ['type', 'expression', 'alias'])) return undefined
  if (source.type !== 'from_source') return undefined
  const collection = source.expression
  if (!isNode(collection) || !hasOnly(collection, ['type', 'expression'])) return undefined
  if (collection.type !== 'collection_expression') return undefined
  const name = identifier(collection.expression)
  if (name === undefined) return undefined
  const alias = source.alias === null ? name : identifier(source.alias)
  return alias !== undefined && isPlainName(alias) ? alias : undefined
}

/** `c.field` (not computed) on the alias: the field. */
function memberOf(node: unknown, alias: string): string | undefined {
  if (!isNode(node) || !hasOnly(node, ['type', 'object', 'property', 'computed'])) return undefined
  if (node.type !== 'scalar_member_expression' || node.computed !== false) return undefined
  if (identifier(node.object) !== alias) return undefined
  const field = identifier(node.property)
  return field !== undefined && isPlainName(field) ? field : undefined
}

/** `WHERE ARRAY_CONTAINS(@param, c.field)` with the parameter an array of strings. */
function arrayContains(
  where: unknown,
  alias: string,
  parameters: Record<string, unknown>
): QueryShape['filter'] {
  if (!isNode(where) || !hasOnly(where, ['type', 'condition'])) return undefined
  if (where.type !== 'filter_condition') return undefined
  const call = where.condition
  if (!isNode(call) || call.type !== 'scalar_function_expression') return undefined
  if (!hasOnly(call, ['type', 'name', 'arguments']) || call.udf) return undefined
  const name = identifier(call.name)
  if (name?.toUpperCase() !== 'ARRAY_CONTAINS') return undefined
  const args = call.arguments
  if (!Array.isArray(args) || args.length !== 2) return undefined
  const [list, member] = args as unknown[]
  if (!isNode(list) || !hasOnly(list, ['type', 'name']) || list.type !== 'parameter_name')
    return undefined
  if (typeof list.name !== 'string') return undefined
  const field = memberOf(member, alias)
  if (field === undefined) return undefined
  const values = parameters[list.name.slice(1)]
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string'))
    return undefined
  return { field, values: new Set(values as string[]) }
}

/** Answers a recognised query exactly as the generated code would. */
function answer(documents: EmulatorDocuments, shape: QueryShape, options: PageOptions): QueryPage {
  let selected = inRidOrder(documents)
  const filter = shape.filter
  if (filter) {
    // ARRAY_CONTAINS over strings is strict equality with one of them: the documents whose
    // field is one of the strings, in _rid order.
    const index = fieldIndex(selected, filter.field)
    const positions: number[] = []
    for (const value of filter.values) {
      for (const position of index.get(value) ?? []) positions.push(position)
    }
    positions.sort((a, b) => a - b)
    const all = selected
    selected = positions.map((position) => all[position] as Document)
  }
  if (shape.top !== undefined) selected = selected.slice(0, shape.top)
  const alias = shape.alias
  const projection = shape.projection
  const pairs = pageWindow(selected, options).map((c): [Document, Document] => {
    if (projection === undefined) return [c, { [alias]: c }]
    const row: Document = {}
    for (const [output, field] of projection) row[output] = c[field]
    return [row, { [alias]: c }]
  })
  const paginate = helpers.paginate as unknown as (
    pairs: Array<[Document, Document]>,
    maxItemCount: number | null | undefined,
    continuation: Continuation | null | undefined,
    getRid: (row: Document) => unknown
  ) => QueryPage
  return paginate(
    pairs,
    options.maxItemCount,
    options.continuation,
    (row) => (row[alias] as Document)._rid
  )
}

/**
 * The part of `selected` (in _rid order) that paginate's answer depends on: from the first
 * document at or after the token's _rid to two past the page, so that a page of a large
 * container costs its own size. paginate finds the same start in it (the first _rid at or
 * after the token's, one further when the token's SRC skips the document with that very _rid;
 * _rids are unique), makes the same page, and the same next token: its _rid, RT and TRC, and
 * SRC 0, since the document before the next one never shares its _rid. Anything unusual (no
 * page size, a token without a string _rid) gets everything, as the general path does.
 */
function pageWindow(selected: Document[], options: PageOptions): Document[] {
  const size = options.maxItemCount
  if (typeof size !== 'number' || !(size > 0) || !Number.isFinite(size)) return selected
  let start = 0
  if (options.continuation) {
    const token = options.continuation.token
    if (typeof token !== 'string') return selected
    const rid = decodeToken(token).RID as unknown
    if (typeof rid !== 'string') return selected
    // The first _rid not below the token's (string order, as the library compares strings).
    let high = selected.length
    while (start < high) {
      const middle = (start + high) >>> 1
      if ((selected[middle]?._rid as string) < rid) start = middle + 1
      else high = middle
    }
  }
  return selected.slice(start, start + Math.ceil(size) + 2)
}

/** Each container's documents in _rid order, with the write version they were taken at. */
const ridOrders = new WeakMap<
  EmulatorDocuments,
  { version: number; rids: string[]; documents: Document[] }
>()
/** Bumped by every write of a container (the emulator's Items change _data only in these two). */
const versions = new WeakMap<EmulatorDocuments, number>()

/**
 * Where each string value of a top-level field is, by position in a container's documents in
 * _rid order; built once for each such array (a new one comes with every write, see
 * inRidOrder). Writes replace a stored document, never change one in place.
 */
const fieldIndexes = new WeakMap<Document[], Map<string, Map<string, number[]>>>()

function fieldIndex(documents: Document[], field: string): Map<string, number[]> {
  let byField = fieldIndexes.get(documents)
  if (byField === undefined) fieldIndexes.set(documents, (byField = new Map()))
  let index = byField.get(field)
  if (index === undefined) {
    index = new Map()
    for (let position = 0; position < documents.length; position++) {
      const value = documents[position]?.[field]
      if (typeof value !== 'string') continue
      const positions = index.get(value)
      if (positions === undefined) index.set(value, [position])
      else positions.push(position)
    }
    byField.set(field, index)
  }
  return index
}

/** Every document of the container, in the order the general path sorts them (by _rid). */
function inRidOrder(documents: EmulatorDocuments): Document[] {
  const data = documents._data
  const version = versions.get(documents) ?? 0
  const kept = ridOrders.get(documents)
  if (kept !== undefined && kept.version === version) return kept.documents
  if (kept !== undefined && kept.rids.length === data.size) {
    // Written since: the same _rids (replaced or patched documents keep theirs) keep their order.
    const current: Document[] = []
    for (const rid of kept.rids) {
      const document = data.get(rid)?.read()
      if (document === undefined) break
      current.push(document)
    }
    if (current.length === kept.rids.length) {
      ridOrders.set(documents, { version, rids: kept.rids, documents: current })
      return current
    }
  }
  const all: Array<{ c: Document }> = []
  for (const item of data.values()) {
    const document = item.read()
    if (document !== undefined) all.push({ c: document })
  }
  const sorted = helpers.sort(all, (row: { c: Document }) => row.c._rid) as Array<{ c: Document }>
  const ordered = sorted.map((row) => row.c)
  ridOrders.set(documents, {
    version,
    rids: ordered.map((document) => document._rid as string),
    documents: ordered
  })
  return ordered
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every key of the node other than these is absent, null or undefined. */
function hasOnly(node: Node, keys: readonly string[]): boolean {
  return Object.keys(node).every((key) => keys.includes(key) || node[key] == null)
}

function identifier(node: unknown): string | undefined {
  return isNode(node) && node.type === 'identifier' && typeof node.name === 'string'
    ? node.name
    : undefined
}

/** A property name an object literal sets as it sets any other (`__proto__` it does not). */
function isPlainName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== '__proto__'
}
