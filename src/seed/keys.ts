import { partitionKeyOf } from '../cosmos/partition-key.js'

/** What is stored for a document, by id and partition key. */
export function keyOf(document: Record<string, unknown>, paths: readonly string[]): string {
  return JSON.stringify([document['id'], partitionKeyOf(document, paths)])
}

/**
 * Hashed keys to packed lines, past the most one Map holds (2^24 entries, a few GB of seed
 * data): 256 maps, chosen by the key's first character (a hash byte, so evenly).
 */
export class KeyedLines {
  private readonly shards = Array.from({ length: 256 }, () => new Map<string, number>())

  get(key: string): number | undefined {
    return this.shards[key.charCodeAt(0)]?.get(key)
  }

  set(key: string, line: number): void {
    this.shards[key.charCodeAt(0)]?.set(key, line)
  }
}
