import type { Container } from '@azure/cosmos'
import { lookupChunks } from './batches.js'
import { keyOf } from './keys.js'
import { retryingTransient, scopeOf, type RequestContext } from './requests.js'

/** Request units spent so far, added to by every call. */
export interface Charge {
  total: number
}

/**
 * Whether a container holds any document (a cheap query). A cross-partition query may answer
 * with empty pages before the partition that holds one: only the last page says "none".
 */
export async function hasDocuments(
  context: RequestContext,
  container: Container,
  charge: Charge
): Promise<boolean> {
  return retryingTransient(context, scopeOf(container), async () => {
    const query = container.items.query('SELECT TOP 1 c.id FROM c', { maxItemCount: 1 })
    while (query.hasMoreResults()) {
      const page = await query.fetchNext()
      charge.total += page.requestCharge ?? 0
      if ((page.resources ?? []).length > 0) return true
    }
    return false
  })
}

/** The stored documents with a batch's ids, by id and partition key (keyOf). */
export async function storedDocuments(
  context: RequestContext,
  container: Container,
  paths: readonly string[],
  batch: readonly Record<string, unknown>[],
  charge: Charge
): Promise<Map<string, Record<string, unknown>>> {
  const existing = new Map<string, Record<string, unknown>>()
  const ids = [...new Set(batch.map((document) => document['id'] as string))]
  const lookups = lookupChunks(ids).map((chunk) =>
    retryingTransient(context, scopeOf(container), async () => {
      // A query that fails part way starts again: its pages are not resumable after an error.
      const found: Record<string, unknown>[] = []
      const query = container.items.query<Record<string, unknown>>({
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
        parameters: [{ name: '@ids', value: chunk }]
      })
      while (query.hasMoreResults()) {
        const page = await query.fetchNext()
        charge.total += page.requestCharge ?? 0
        found.push(...(page.resources ?? []))
      }
      return found
    })
  )
  for (const found of await Promise.all(lookups))
    for (const stored of found) existing.set(keyOf(stored, paths), stored)
  return existing
}
