import type { SeedDocument } from './document.js'
import { withinHeapCeiling } from './heap.js'

/**
 * Documents per batch, and their size, and batches in flight at once. A batch goes to the
 * service in requests of 100 operations, four at a time (throughput/bulk-calls.ts): the client
 * holds 20,000 operations at most, 1,600 of them at the service at once, and their documents
 * bound the memory (heap.ts has the figures). Measured (bench/seed.ts, 100,000 documents of
 * 1 KB): 1.23 and 1.25 of one raw bulk call in two full bench runs.
 * Through executeBulkOperations, which ends each call a second after its last operation is
 * added (BulkHelper's intervalForPartialBatchInMs) and holds every operation's state until then,
 * the same 20,000 in flight seeded at 0.67 to 0.80 of the raw call, and 30,000 at 0.89 to 0.99
 * but with 137 to 160 MiB at 500,000 small documents: so that way remains only for containers
 * of several partition key ranges, where it groups operations by range.
 */
export const BATCH = 5000
export const BATCH_BYTES = 8 * 1024 * 1024
/**
 * Memory: a batch closes at 8 MB, so at most 32 MB of documents (20 MB of 1 KB documents), and as
 * much again of the stored copies they are compared with.
 */
export const BATCHES_IN_FLIGHT = 4
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
