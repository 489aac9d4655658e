import { hash } from 'node:crypto'
import { partitionKeyOf } from '../cosmos/partition-key.js'

/** What is stored for a document, by id and partition key. */
export function keyOf(document: Record<string, unknown>, paths: readonly string[]): string {
  return JSON.stringify([document['id'], partitionKeyOf(document, paths)])
}

/**
 * A document's id and partition key in one container, hashed (SHA-1): the first 12 bytes as a
 * short string (V8 stores it flat) name it in maps, the rest place it in a KeyFilter.
 */
export interface KeyHash {
  readonly name: string
  readonly digest: Buffer
}

export function keyHash(
  container: string,
  document: Record<string, unknown>,
  paths: readonly string[]
): KeyHash {
  // One-shot: a Hash object a document would leave native memory behind until V8 collects it.
  const bytes = hash('sha1', `${container}\0${keyOf(document, paths)}`, 'buffer')
  return { name: bytes.toString('latin1', 0, 12), digest: bytes }
}

/** Bits of a KeyFilter: 16 MiB, which pages in as it fills (a few documents touch a few pages). */
export const FILTER_BITS = 2 ** 27
/** Bits set per key: the fewest false candidates for 10 to 20 bits a key. */
const PROBES = 7

/**
 * The keys seen so far, in fixed memory (a Bloom filter): `add` answers whether the key may have
 * been seen. Never a false "no"; a false "maybe" (a candidate) is rare while the filter is
 * sparse: with 16 MiB, about one in a billion keys at 1,000,000 documents, one in 500 at
 * 10,000,000. A map of every key would grow with the files (about 60 bytes a document).
 */
export class KeyFilter {
  private readonly bits: Uint8Array
  private readonly mask: number

  /** `size`: bits, a power of two. */
  constructor(size = FILTER_BITS) {
    this.bits = new Uint8Array(size / 8)
    this.mask = size - 1
  }

  /** Adds a key; true when it may have been added before. */
  add(key: KeyHash): boolean {
    // Double hashing: two 32-bit words of the digest make every probe.
    const first = key.digest.readUInt32LE(12)
    const step = key.digest.readUInt32LE(16) | 1
    let seen = true
    for (let probe = 0; probe < PROBES; probe++) {
      const bit = (first + Math.imul(probe, step)) & this.mask
      const byte = bit >>> 3
      const flag = 1 << (bit & 7)
      if (((this.bits[byte] as number) & flag) === 0) {
        seen = false
        this.bits[byte] = (this.bits[byte] as number) | flag
      }
    }
    return seen
  }
}
