import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { notUtf8 } from './encoding.js'
import type { SeedFile } from './seed-file.js'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** Where the bytes handed on so far end: what an error past them counts from. */
interface Position {
  /** Bytes of the file already decoded (the byte order mark included). */
  offset: number
  /** The line the next byte is on. */
  line: number
}

/**
 * Streams a seed file's text, checked as UTF-8 before it is decoded. Node's decoder would turn
 * a Latin-1 or Windows-1252 export's `é` into U+FFFD without a word and seed the damage; here the
 * first byte that is not UTF-8 fails the file with its line, its byte offset and the encoding to
 * convert from. A byte order mark is dropped at the very start of the file only: anywhere else it
 * is a character, which each format refuses where JSON would.
 */
export async function* utf8Text(file: Pick<SeedFile, 'path'>): AsyncGenerator<string> {
  const at: Position = { offset: 0, line: 1 }
  /** Bytes of a character cut by a chunk's end, waiting for the rest of it. */
  let pending = Buffer.alloc(0)
  let started = false
  for await (const chunk of createReadStream(file.path)) {
    let bytes = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer])
    if (!started) {
      // A mark cut by a chunk's end waits for its third byte.
      if (bytes.length < BOM.length && BOM.subarray(0, bytes.length).equals(bytes)) {
        pending = Buffer.from(bytes)
        continue
      }
      started = true
      if (bytes.subarray(0, BOM.length).equals(BOM)) {
        bytes = bytes.subarray(BOM.length)
        at.offset = BOM.length
      }
    }
    const end = completeLength(bytes)
    const text = decoded(file, bytes.subarray(0, end), at)
    pending = Buffer.from(bytes.subarray(end))
    if (text !== '') yield text
  }
  // A file that ends inside a character (or is a mark's first bytes only) is not UTF-8.
  if (pending.length > 0) {
    const text = decoded(file, pending, at)
    if (text !== '') yield text
  }
}

/** The bytes as text, moving the position past them; bytes that are not UTF-8 fail the file. */
function decoded(file: Pick<SeedFile, 'path'>, bytes: Buffer, at: Position): string {
  // A character cut off at the end of the file is caught here too: isUtf8 wants it whole.
  if (!isUtf8(bytes)) throw notUtf8(file, bytes, at)
  const text = bytes.toString('utf8')
  at.offset += bytes.length
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    at.line++
  return text
}

/** How many leading bytes hold whole characters: a chunk may end inside one. */
function completeLength(bytes: Buffer): number {
  for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 3); index--) {
    const byte = bytes[index] as number
    if ((byte & 0xc0) === 0x80) continue // a continuation byte: its lead is further back
    if (byte < 0xc0) return bytes.length
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return index + length > bytes.length ? index : bytes.length
  }
  return bytes.length
}
