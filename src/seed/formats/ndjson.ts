import { jsonDocument, type SeedDocument } from '../document.js'
import { emptySeedFile, seedFileError, type SeedFile } from '../seed-file.js'
import { utf8Text } from '../text.js'
import type { SeedFormat } from './format.js'

/** One JSON document a line (`.ndjson`, or `.jsonl` as some tools name it); blank lines are skipped. */
export const ndjson = {
  name: 'ndjson',
  extensions: ['ndjson', 'jsonl'],
  label: 'NDJSON',
  hasColumns: false,
  read: jsonLines
} as const satisfies SeedFormat

async function* jsonLines(file: SeedFile): AsyncGenerator<SeedDocument> {
  // Lines end at \n, \r\n or \r only. readline also ends one at U+2028 and U+2029, which JSON
  // strings may hold unescaped (JSON.stringify writes them as they are).
  let number = 0
  let documents = 0
  let rest = ''
  const documentAt = (raw: string): SeedDocument | undefined => {
    number++
    const document = lineDocument(file, number, raw)
    if (document) documents++
    return document
  }
  for await (const chunk of utf8Text(file)) {
    const text = rest + chunk
    // A \r at the end may be the first half of a \r\n: it waits for the next chunk.
    const end = text.endsWith('\r') ? text.length - 1 : text.length
    const lines = text.slice(0, end).split(/\r\n|\r|\n/)
    rest = (lines.pop() as string) + text.slice(end)
    for (const raw of lines) {
      const document = documentAt(raw)
      if (document) yield document
    }
  }
  const last = rest === '' ? undefined : documentAt(rest)
  if (last) yield last
  if (documents === 0) throw emptySeedFile(file, 'remove the file to seed no document')
}

/** Names for the characters trim() would take for spaces that most often stand around a line. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u000b': 'vertical tab',
  '\u000c': 'form feed',
  '\u00a0': 'no-break space',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u3000': 'ideographic space',
  '\ufeff': 'byte order mark'
}

/** Any character JavaScript counts as white space (all of them are one UTF-16 unit). */
const SPACE = /^\s$/u

/** The line without the spaces and tabs around it; the same string when it has none. */
function withoutSpacesAround(raw: string): string {
  let start = 0
  let end = raw.length
  while (start < end && isBlank(raw, start)) start++
  while (end > start && isBlank(raw, end - 1)) end--
  return start === 0 && end === raw.length ? raw : raw.slice(start, end)
}

/** A space or a tab. (A function of its own: a closure made for every line is garbage.) */
function isBlank(text: string, at: number): boolean {
  return text[at] === ' ' || text[at] === '\t'
}

/**
 * The document on one line, or undefined for a blank line. Around the document only JSON's own
 * whitespace is allowed (spaces and tabs; the line's end is \n, \r\n or \r), as the JSON reader
 * allows: trim() would also take U+00A0, U+2028, U+3000 or a byte order mark from a file joined
 * with `cat`, which JSON.parse refuses everywhere else.
 */
function lineDocument(file: SeedFile, line: number, raw: string): SeedDocument | undefined {
  const text = withoutSpacesAround(raw)
  if (text === '') return undefined
  // Only the first and the last character are looked at: a pattern anchored at the end would
  // scan every line whole.
  const first = text[0] as string
  const last = text[text.length - 1] as string
  const stray = SPACE.test(first) ? first : SPACE.test(last) ? last : undefined
  if (stray !== undefined) {
    const code = `U+${(stray.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
    const name = CHARACTER_NAMES[stray]
    throw seedFileError(
      file,
      line,
      `${code}${name === undefined ? '' : ` (${name})`} stands ${text.startsWith(stray) ? 'before' : 'after'} the document: only spaces and tabs may surround a document on its line, as in JSON. Remove it${stray === '\ufeff' ? ' (a byte order mark belongs at the start of the file only: files joined with cat keep each one)' : ''}`
    )
  }
  return jsonDocument(file, line, text)
}
