import { createReadStream } from 'node:fs'
import { jsonDocument, type SeedDocument } from '../document.js'
import type { SeedFile } from '../seed-file.js'
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
  let rest = ''
  const documentAt = (raw: string): SeedDocument | undefined => {
    number++
    const text = raw.trim()
    return text === '' ? undefined : jsonDocument(file, number, text)
  }
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8' })) {
    const text = rest + (chunk as string)
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
}
