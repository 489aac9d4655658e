import { ActionError } from '../errors.js'
import type { SeedFile } from './seed-file.js'

/** How an encoding is named to iconv, and in messages. */
interface Encoding {
  readonly words: string
  readonly iconv: string
}

const WINDOWS_1252: Encoding = { words: 'Windows-1252/Latin-1', iconv: 'WINDOWS-1252' }
const UTF_16: Encoding = { words: 'UTF-16', iconv: 'UTF-16' }

/**
 * The error for bytes that are not UTF-8: the file, the line and the byte offset of the first
 * bad byte, the encoding the file most likely is, and the command that converts it.
 * `bytes` are the ones being decoded, starting at `at` in the file.
 */
export function notUtf8(
  file: Pick<SeedFile, 'path'>,
  bytes: Buffer,
  at: { readonly offset: number; readonly line: number }
): ActionError {
  const index = firstBadByte(bytes)
  const offset = at.offset + index
  let line = at.line
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++
  const byte = bytes[index] ?? 0
  const encoding = likelyEncoding(bytes, at.offset)
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
  const reads =
    encoding === WINDOWS_1252
      ? ` (${JSON.stringify(new TextDecoder('windows-1252').decode(Buffer.of(byte)))} in Windows-1252)`
      : ''
  return new ActionError(
    `${file.path}:${line}: byte ${hex}${reads} at byte offset ${offset} is not UTF-8, and seed files are read as UTF-8. The file looks like ${encoding.words}: convert it with \`iconv -f ${encoding.iconv} -t UTF-8\` (or save it as UTF-8 from the tool that exported it). Nothing was written.`,
    { location: { file: file.path, line } }
  )
}

/**
 * Where in `bytes` the first byte that is not UTF-8 is. The WHATWG decoder replaces each bad
 * sequence with one U+FFFD; the first U+FFFD whose bytes are not EF BF BD (a real U+FFFD) is it.
 */
function firstBadByte(bytes: Buffer): number {
  let index = 0
  for (const char of new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) {
    const code = char.codePointAt(0) as number
    const real = bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd
    if (code === 0xfffd && !real) return index
    index += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return Math.min(index, bytes.length - 1)
}

/** UTF-16 when the file starts with its byte order mark; else the usual culprit, Windows-1252. */
function likelyEncoding(bytes: Buffer, offset: number): Encoding {
  const first = offset === 0 && bytes.length >= 2 ? bytes.readUInt16BE(0) : undefined
  return first === 0xfffe || first === 0xfeff ? UTF_16 : WINDOWS_1252
}
