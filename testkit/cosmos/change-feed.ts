import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import { batchOperations } from './operations.js'
import type { MeteredRequest } from './metering.js'
/**
 * The change feed of each container, in latest-version mode, as Cosmos DB answers the pull model.
 * The emulator behind the gateway fakes it (any `A-IM` request with `If-None-Match` gets 304 and
 * every etag is "1"), which would let any proof built on the feed pass wrongly; so the gateway
 * keeps this log of every successful write it forwards and answers change feed reads from it.
 *
 * What Cosmos DB does, and this log with it:
 * - Latest-version mode shows each changed item once, in its latest version, in the order of its
 *   last change (its `_lsn`); deletes are not shown ("Change feed in latest version mode",
 *   https://learn.microsoft.com/azure/cosmos-db/change-feed-modes#latest-version-change-feed-mode).
 * - The pull model (https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-pull-model)
 *   sends `GET .../docs` with `A-IM: Incremental feed`; no `If-None-Match` starts at the
 *   beginning, `If-None-Match: *` starts now, `If-Modified-Since` at a time, and an etag of an
 *   earlier answer continues after it. @azure/cosmos 4.x: ChangeFeed/changeFeedUtils.js
 *   (buildFeedOptions), request/request.js (A-IM), ChangeFeedForEpkRange.js (the answer's `etag`
 *   becomes the range's continuation; 304 means nothing new).
 * - An answer with changes is 200 with `{ Documents, _count }` and `etag` the LSN to continue
 *   from; with none, 304 and the same (or, from now, the current) LSN.
 */
export class ChangeFeedLog {
  private readonly feeds = new Map<string, ContainerFeed>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Notes a successful write the gateway forwarded: `scope` is `/dbs/<db>/colls/<c>`. */
  observeWrite(write: ObservedWrite): void {
    if (write.status >= 300) return
    if (write.kind === 'batch') return this.observeBatch(write)
    const body = parseJson(write.responseBody)
    if (write.method === 'DELETE') {
      const id = decodeSegment(write.path.split('/').at(-1) ?? '')
      return this.feed(write.scope).remove(id, write.partitionKey)
    }
    if (isDocument(body)) this.feed(write.scope).put(body, write.partitionKey, this.now())
  }

  /** Notes documents written around the gateway (its own test helper), each with its key. */
  observeDocuments(scope: string, documents: readonly StoredDocument[]): void {
    for (const { document, partitionKey } of documents)
      this.feed(scope).put(document, partitionKey, this.now())
  }

  /** Drops a container's feed (the container was deleted or created anew). */
  forget(scope: string): void {
    this.feeds.delete(scope)
  }

  /** The answer to a change feed read, or undefined when the request is not one. */
  answer(scope: string, method: string, headers: IncomingHttpHeaders): FeedAnswer | undefined {
    if (method !== 'GET' || headerOf(headers, 'a-im') === undefined) return undefined
    if (headerOf(headers, 'a-im')?.toLowerCase() !== 'incremental feed') {
      // All versions and deletes mode needs continuous backup; the local cloud has none.
      return failure(400, 'Only the latest-version change feed is supported by the local cloud.')
    }
    if (headerOf(headers, 'x-ms-start-epk') !== undefined) {
      // The emulator has one partition key range, so the SDK never asks for part of one.
      return failure(400, 'Feed ranges narrower than a partition key range are not supported.')
    }
    return this.feed(scope).read(readOptions(headers))
  }

  private observeBatch(write: ObservedWrite): void {
    const operations = batchOperations(write.requestBody) as BatchOperation[]
    const results = parseJson(write.responseBody)
    if (!Array.isArray(results)) return
    const feed = this.feed(write.scope)
    operations.forEach((operation, index) => {
      const result = results[index] as { statusCode?: number; resourceBody?: unknown } | undefined
      if (result?.statusCode === undefined || result.statusCode >= 300) return
      const partitionKey = normalizeKey(operation.partitionKey)
      if (operation.operationType === 'Delete' && operation.id !== undefined)
        feed.remove(operation.id, partitionKey)
      else if (operation.operationType !== 'Read' && isDocument(result.resourceBody))
        feed.put(result.resourceBody, partitionKey, this.now())
    })
  }

  private feed(scope: string): ContainerFeed {
    let feed = this.feeds.get(scope)
    if (feed === undefined) this.feeds.set(scope, (feed = new ContainerFeed()))
    return feed
  }
}

/** A write the gateway forwarded and the emulator answered. */
export interface ObservedWrite {
  readonly scope: string
  readonly kind: 'single' | 'batch'
  readonly method: string
  readonly path: string
  /** The request's partition key header, as sent (JSON). */
  readonly partitionKey: string | undefined
  readonly status: number
  readonly requestBody: Buffer
  readonly responseBody: Buffer
}

export interface StoredDocument {
  readonly document: Record<string, unknown>
  /** JSON, as the partition key header carries it: `["p1"]`. */
  readonly partitionKey: string
}

export interface FeedAnswer {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: Buffer
}

interface BatchOperation {
  operationType?: string
  id?: string
  partitionKey?: string
}

interface ReadOptions {
  /** The LSN to continue after; undefined for `*` (now). */
  readonly after: number | undefined
  readonly since: number | undefined
  readonly partitionKey: string | undefined
  readonly maxItems: number
}

interface Entry {
  lsn: number
  at: number
  partitionKey: string | undefined
  document: Record<string, unknown>
}

/** One container's latest version of each document, by the LSN of its last change. */
class ContainerFeed {
  private lsn = 0
  private readonly entries = new Map<string, Entry>()

  put(document: Record<string, unknown>, partitionKey: string | undefined, at: number): void {
    const key = entryKey(String(document['id']), partitionKey)
    // Deleting first moves the document to the end: Map keeps insertion order, i.e. LSN order.
    this.entries.delete(key)
    this.lsn++
    this.entries.set(key, { lsn: this.lsn, at, partitionKey, document })
  }

  remove(id: string, partitionKey: string | undefined): void {
    // A delete takes an LSN too, though latest-version mode never shows it.
    if (this.entries.delete(entryKey(id, normalizeKey(partitionKey)))) this.lsn++
  }

  read(options: ReadOptions): FeedAnswer {
    if (options.after === undefined && options.since === undefined) {
      return notModified(this.lsn)
    }
    const after = options.after ?? 0
    const page: Entry[] = []
    for (const entry of this.entries.values()) {
      if (page.length >= options.maxItems) break
      if (entry.lsn <= after) continue
      if (options.since !== undefined && entry.at < options.since) continue
      if (options.partitionKey !== undefined && entry.partitionKey !== options.partitionKey)
        continue
      page.push(entry)
    }
    // A page that is not full has seen everything: the reader continues from the latest LSN.
    if (page.length === 0) return notModified(this.lsn)
    const continuation = page.length < options.maxItems ? this.lsn : (page.at(-1)?.lsn ?? after)
    const documents = page.map((entry) => ({ ...entry.document, _lsn: entry.lsn }))
    const body = { _rid: '', Documents: documents, _count: documents.length }
    return {
      status: 200,
      headers: { ...feedHeaders(continuation), 'x-ms-item-count': String(documents.length) },
      body: Buffer.from(JSON.stringify(body))
    }
  }
}

function readOptions(headers: IncomingHttpHeaders): ReadOptions {
  const ifNoneMatch = headerOf(headers, 'if-none-match')
  const modifiedSince = headerOf(headers, 'if-modified-since')
  const since = modifiedSince === undefined ? undefined : Date.parse(modifiedSince)
  const requested = Number(headerOf(headers, 'x-ms-max-item-count') ?? '')
  return {
    after: startAfter(ifNoneMatch),
    since: since !== undefined && Number.isFinite(since) ? since : undefined,
    partitionKey: normalizeKey(headerOf(headers, 'x-ms-documentdb-partitionkey')),
    // -1 (or none) lets the service choose; 100 is what a query page holds by default.
    maxItems: Number.isInteger(requested) && requested > 0 ? requested : 100
  }
}

/** `*` starts now (undefined); an etag continues after its LSN; none starts at the beginning. */
function startAfter(ifNoneMatch: string | undefined): number | undefined {
  if (ifNoneMatch === '*') return undefined
  return ifNoneMatch === undefined ? 0 : Number(ifNoneMatch.replace(/"/g, '')) || 0
}

function feedHeaders(lsn: number): Record<string, string> {
  return { etag: `"${lsn}"`, lsn: String(lsn), 'content-type': 'application/json' }
}

function notModified(lsn: number): FeedAnswer {
  return { status: 304, headers: feedHeaders(lsn), body: Buffer.alloc(0) }
}

function failure(status: number, message: string): FeedAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ code: 'BadRequest', message }))
  }
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** `["p1"]` and `[ "p1" ]` are one key. */
function normalizeKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined
  try {
    return JSON.stringify(JSON.parse(key))
  } catch {
    return key
  }
}

function entryKey(id: string, partitionKey: string | undefined): string {
  return JSON.stringify([id, normalizeKey(partitionKey) ?? null])
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

function isDocument(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value
}

/**
 * The write a forwarded request made, for `observeWrite`; undefined when it wrote no document
 * (stored procedures, metadata). `charge` is the gateway's kind of request (operations.ts).
 */
export function observedWrite(
  request: { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer },
  charge: string,
  answer: { status: number; body: Buffer }
): ObservedWrite | undefined {
  if (charge !== 'write' && charge !== 'batch') return undefined
  const [, db, , container, kind] = request.path.split('/').filter(Boolean).map(decodeSegment)
  if (kind !== 'docs' || db === undefined || container === undefined) return undefined
  return {
    scope: `/dbs/${db}/colls/${container}`,
    kind: charge === 'batch' ? 'batch' : 'single',
    method: request.method,
    path: request.path,
    partitionKey: headerOf(request.headers, 'x-ms-documentdb-partitionkey'),
    status: answer.status,
    requestBody: request.body,
    responseBody: answer.body
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Answers a change feed read, priced as the gateway prices a feed page. */
export function sendFeedAnswer(
  res: ServerResponse,
  answer: FeedAnswer,
  metered: MeteredRequest
): void {
  const { charge } = metered.finish(answer.status, answer.body)
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
  res.setHeader('x-ms-request-charge', String(charge))
  res.setHeader('content-length', answer.body.length)
  res.writeHead(answer.status)
  res.end(answer.body)
}
