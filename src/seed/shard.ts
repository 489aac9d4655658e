import { ownsDocument, type Shard } from '../shard/index.js'
import type { SeedDocument } from './document.js'

/**
 * The documents of a file that are this shard's to write: each job of a matrix checks every file
 * (bad input anywhere fails every job before any write) and writes its own part.
 */
export async function* shardDocuments(
  documents: AsyncIterable<SeedDocument>,
  shard: Shard,
  paths: readonly string[]
): AsyncGenerator<SeedDocument> {
  if (shard.count <= 1) return yield* documents
  for await (const document of documents)
    if (ownsDocument(shard, document.body, paths)) yield document
}
