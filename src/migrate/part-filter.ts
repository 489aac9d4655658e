import { owns, ownsDocument, type Shard } from '../shard/index.js'
import type { Page } from './progress/index.js'

/**
 * Which documents a part of a sharded migration changes (by a hash of partition key and id,
 * shard/): the helpers pass every document they read through it. Without a part, all of them.
 */
export class PartFilter {
  constructor(private readonly part: Shard | undefined) {}

  /** True when the document of this partition key value and id is the part's to change. */
  ownsKey(partitionKey: unknown, id: string): boolean {
    return this.part === undefined || owns(this.part, partitionKey, id)
  }

  owns(document: Record<string, unknown>, paths: readonly string[]): boolean {
    return this.part === undefined || ownsDocument(this.part, document, paths)
  }

  /** About how many of `matching` documents the part holds: the hash spreads them evenly. */
  share(matching: number): number {
    return Math.ceil(matching / (this.part?.count ?? 1))
  }

  /** The part's documents of those given. */
  async *documents<T extends Record<string, unknown>>(
    documents: AsyncIterable<T>,
    paths: () => Promise<readonly string[]>
  ): AsyncGenerator<T> {
    if (this.part === undefined) return yield* documents
    const keyPaths = await paths()
    for await (const document of documents) if (this.owns(document, keyPaths)) yield document
  }

  /** Query pages with only the part's documents; where the next page starts is the query's. */
  async *pages<T extends Record<string, unknown>>(
    pages: AsyncIterable<Page<T>>,
    paths: readonly string[]
  ): AsyncGenerator<Page<T>> {
    for await (const page of pages)
      yield { ...page, documents: page.documents.filter((document) => this.owns(document, paths)) }
  }
}
