import type { SeedDocument } from './document.js'
import { withinHeapCeiling } from './heap.js'

/**
 * Documents per bulk call, and their size, and calls in flight at once. The SDK's bulk call looks
 * for its last results once a second, so every call takes a second at least, and it starts at one
 * request in flight per partition, adding one a second (bulk/CongestionAlgorithm.js): a call of a
 * few thousand documents ends before it gets far. So several calls of 2,500 run at once, which
 * the SDK's state for each operation (more than the document itself) bounds: 15,000 operations in
 * flight. Measured (bench/seed.ts, 100,000 documents of 1 KB): three calls of 5,000 seeded at
 * 0.77 of one raw bulk call, six of 5,000 at 0.9 but 152 MiB at 500,000 small documents
 * (bench/memory.ts), six of 2,500 at 0.96 and 94 MiB. Measured again once the client's own work
 * had shrunk (the SDK's per-operation state, and collecting it, is now most of it), in the same
 * runs against the raw call: six of 2,500 at 0.85, four of 4,000 at 0.77, four of 5,000 at 0.83
 * and 0.90 (9.3 to 9.8 s against 10.1 to 10.9 s for six of 2,500), with 98 to 106 MiB at
 * 100,000 to 1,000,000 small documents; two of 10,000 at 0.81, twelve of 1,000 at 0.75.
 * What bounds it: a call ends a second after its last operation is added (BulkHelper's
 * intervalForPartialBatchInMs) and holds every operation's state until then, so the rate is at
 * most the operations in flight over a little more than a second, and memory grows with them.
 * Measured later, on a quieter machine: 20,000 in flight at 0.67 to 0.80 of the raw call, 30,000
 * at 0.89 to 0.99 but 137 to 160 MiB at 500,000 small documents, over the goal of 150.
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
