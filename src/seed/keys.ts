import { partitionKeyOf } from '../cosmos/partition-key.js'

/** What is stored for a document, by id and partition key. */
export function keyOf(document: Record<string, unknown>, paths: readonly string[]): string {
  return JSON.stringify([document['id'], partitionKeyOf(document, paths)])
}

/**
 * A document's id and partition key in one container (`text`, exact), and two 32-bit hashes of
 * it that place it in a KeyFilter. The hashes need to spread keys, not to resist anyone: a seed
 * file is the user's own, and every suspected repeat is confirmed on `text` (duplicates.ts).
 * Hashed in JavaScript: SHA-1 of each key was a third of the first pass (130 ms a 100,000).
 */
export interface KeyHash {
  readonly text: string
  readonly first: number
  readonly second: number
}

/** A document's id and partition key in one container, as one string. */
export function keyText(
  container: string,
  document: Record<string, unknown>,
  paths: readonly string[]
): string {
  return `${container}\0${keyOf(document, paths)}`
}

export function keyHash(
  container: string,
  document: Record<string, unknown>,
  paths: readonly string[]
): KeyHash {
  const text = keyText(container, document, paths)
  // Two multiply-xor passes with different odd multipliers and seeds, each finished by an
  // avalanche, so that every bit of either word depends on every character.
  let first = 0x811c9dc5 ^ text.length
  let second = 0x9e3779b9
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x5bd1e995)
  }
  return { text, first: avalanche(first), second: avalanche(second ^ (second >>> 15)) }
}

/** Spreads each input bit over the whole word (the finalizer of MurmurHash3). */
function avalanche(word: number): number {
  let mixed = Math.imul(word ^ (word >>> 16), 0x85ebca6b)
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35)
  return (mixed ^ (mixed >>> 16)) >>> 0
}

/** Bits of a KeyFilter: 16 MiB, which pages in as it fills (a few documents touch a few pages). */
export const FILTER_BITS = 2 ** 27
/** Bits set per key: the fewest false candidates for 10 to 20 bits a key. */
const PROBES = 7
/** A key's bits all fall in one block of this many bits: one cache line (64 bytes). */
const BLOCK_BITS = 512

/**
 * The keys seen so far, in fixed memory (a blocked Bloom filter): `add` answers whether the key
 * may have been seen. Never a false "no"; a false "maybe" (a candidate) is rare while the filter
 * is sparse: with 16 MiB, about one in 60 million keys at 1,000,000 documents, one in 400 at
 * 10,000,000. A map of every key would grow with the files (about 60 bytes a document).
 * All of a key's bits in one cache line: seven bits anywhere in 16 MiB were seven cache misses,
 * a quarter of the first pass.
 */
export class KeyFilter {
  private readonly bits: Uint8Array
  private readonly blocks: number
  private readonly block: number
  /** How far a probe's 32 bits shift right to leave a bit of the block. */
  private readonly shift: number

  /**
   * `size`: bits, a power of two (any other size would put bits past the end: missed keys), and
   * a byte at least.
   */
  constructor(size = FILTER_BITS) {
    if (!Number.isInteger(Math.log2(size)) || size < 8)
      throw new RangeError(`${size} bits is not a power of two of 8 or more`)
    this.bits = new Uint8Array(size / 8)
    this.block = Math.min(size, BLOCK_BITS)
    this.blocks = size / this.block
    this.shift = 32 - Math.log2(this.block)
  }

  /** Adds a key; true when it may have been added before. */
  add(key: KeyHash): boolean {
    // The first word picks the block. The second seeds a sequence (a linear congruential
    // generator, whose high bits are its best) whose high bits place each probe in the block:
    // two keys of one block share their bits only if their second words are equal. Positions
    // made from a few bits only (double hashing on 9 bits) let keys share them 1,000 times as
    // often.
    const base = (key.first % this.blocks) * this.block
    let state = key.second
    let seen = true
    for (let probe = 0; probe < PROBES; probe++) {
      state = (Math.imul(state, 0x2c1b3c6d) + 0x297a2d39) | 0
      const bit = base + (state >>> this.shift)
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
