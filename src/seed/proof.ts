import { ChangeFeedStartFrom, StatusCodes, type Container } from '@azure/cosmos'
import { keyOf } from './keys.js'
import type { Charge } from './lookups.js'
import { retryingTransient, scopeOf, type RequestContext } from './requests.js'

/**
 * What proves a container unchanged since a point: its change feed in latest-version mode shows
 * every document created or updated since (each once, in its latest version), and its document
 * count catches deletes, which that mode does not show. Change feed pull model:
 * https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-pull-model; modes:
 * https://learn.microsoft.com/azure/cosmos-db/change-feed-modes. One request per feed range when
 * nothing changed: the SDK answers 304 once every range has said "not modified"
 * (@azure/cosmos ChangeFeed/ChangeFeedForEpkRange.js, readNext).
 */

/** The documents changed since a position, by key (keyOf), with their etags; and the new position. */
export interface Changes {
  readonly keys: Set<string>
  readonly etags: Map<string, string>
  readonly position: string
}

/** Changes past this many are not worth listing: the container is compared in full. */
export const MAX_LISTED_CHANGES = 10_000

/** The change feed position of now, as a continuation (one request per feed range). */
export async function positionNow(
  context: RequestContext,
  container: Container,
  charge: Charge
): Promise<string> {
  return retryingTransient(context, scopeOf(container), async () => {
    const feed = container.items.getChangeFeedIterator({
      changeFeedStartFrom: ChangeFeedStartFrom.Now()
    })
    const page = await feed.readNext()
    charge.total += page.requestCharge ?? 0
    return page.continuationToken
  })
}

/** What changed since a position; undefined when more than `limit` documents did. */
export async function changesSince(
  context: RequestContext,
  container: Container,
  position: string,
  paths: readonly string[],
  charge: Charge,
  limit = MAX_LISTED_CHANGES
): Promise<Changes | undefined> {
  return retryingTransient(context, scopeOf(container), async () => {
    const feed = container.items.getChangeFeedIterator<Record<string, unknown>>({
      changeFeedStartFrom: ChangeFeedStartFrom.Continuation(position),
      maxItemCount: 1000
    })
    const keys = new Set<string>()
    const etags = new Map<string, string>()
    for (;;) {
      const page = await feed.readNext()
      charge.total += page.requestCharge ?? 0
      for (const document of page.result ?? []) {
        const key = keyOf(document, paths)
        keys.add(key)
        etags.set(key, String(document['_etag']))
      }
      if (keys.size > limit) return undefined
      if (page.statusCode === StatusCodes.NotModified)
        return { keys, etags, position: page.continuationToken }
    }
  })
}

/** The number of documents in the container (one cheap aggregate query). */
export async function documentCount(
  context: RequestContext,
  container: Container,
  charge: Charge
): Promise<number> {
  return retryingTransient(context, scopeOf(container), async () => {
    const query = container.items.query<number>('SELECT VALUE COUNT(1) FROM c')
    let total = 0
    while (query.hasMoreResults()) {
      const page = await query.fetchNext()
      charge.total += page.requestCharge ?? 0
      for (const value of page.resources ?? []) total += value
    }
    return total
  })
}
