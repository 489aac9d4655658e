import type { SeedDocument } from './document.js'
import { withinHeapCeiling } from './heap.js'

/**
 * Documents per bulk call, and their size. The SDK's bulk call looks for its last results once a
 * second, so every call takes a second at least: large calls, a few at a time, keep the writes
 * flowing (calls of 1,000 documents, four at a time, would seed at half the raw rate).
 */
export const BATCH = 5000
export const BATCH_BYTES = 8 * 1024 * 1024
/**
 * Bulk calls in flight at once. The SDK starts each call at one request in flight per partition
 * and adds one a second (bulk/CongestionAlgorithm.js), so a call of 5,000 documents ends before it
 * gets far: six calls make up for it (three seeded 100,000 documents at 0.77 of one raw call, six
 * at 0.9). Memory: a batch closes once it holds 8 MB, so at most 48 MB of documents (30 MB of
 * 1 KB documents), and as much again of the stored copies they are compared with.
 */
export const BATCHES_IN_FLIGHT = 6
/** Ids per lookup query, and their size: Cosmos DB takes requests of 2 MB at most. */
const LOOKUP_IDS = 1000
const LOOKUP_BYTES = 512 * 1024

/** Documents in batches of at most `count` documents, ending a batch once it holds `bytes`. */
export async function* inBatches(
  documents: AsyncIterable<SeedDocument>,
  count: number,
  bytes: number
): AsyncGenerator<Record<string, unknown>[]> {
  let batch: Record<string, unknown>[] = []
  let size = 0
  // The documents of finished bulk calls, and the SDK's state for them, die in the old
  // generation: collected as the batches go, not once V8's first limit is reached (heap.ts).
  for await (const document of withinHeapCeiling(documents)) {
    batch.push(document.body)
    size += document.bytes
    if (batch.length >= count || size >= bytes) {
      yield batch
      batch = []
      size = 0
    }
  }
  if (batch.length > 0) yield batch
}

/** Ids in groups small enough for one query each (count and bytes). */
export function lookupChunks(ids: readonly string[]): string[][] {
  const chunks: string[][] = []
  let chunk: string[] = []
  let bytes = 0
  for (const id of ids) {
    const size = Buffer.byteLength(JSON.stringify(id)) + 1 // and its comma
    if (chunk.length > 0 && (chunk.length >= LOOKUP_IDS || bytes + size > LOOKUP_BYTES)) {
      chunks.push(chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(id)
    bytes += size
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}
