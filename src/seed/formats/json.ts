import { jsonDocument, type SeedDocument } from '../document.js'
import { emptySeedFile, seedError, type SeedFile } from '../seed-file.js'
import { utf8Text } from '../text.js'
import type { SeedFormat } from './format.js'

/** A JSON array of documents, streamed element by element however large the file. */
export const json = {
  name: 'json',
  extensions: ['json'],
  label: 'JSON',
  hasColumns: false,
  read: jsonArray
} as const satisfies SeedFormat

/**
 * A top-level JSON array, element by element: a scanner follows strings and nesting across
 * chunks and hands each complete element to JSON.parse, with the line it starts on.
 */
async function* jsonArray(file: SeedFile): AsyncGenerator<SeedDocument> {
  let line = 1
  let inString = false
  let escaped = false
  /** Open brackets inside the current element; an element is complete when it empties. */
  const open: string[] = []
  let element = ''
  let elementLine = 1
  /** Where the scanner is in the top-level array. */
  let state: 'before' | 'value' | 'first-value' | 'comma' | 'after' = 'before'
  const unexpected = (what: string): never => {
    throw seedError(file, line, `is not JSON (${what})`)
  }
  // utf8Text drops a byte order mark at the very start; anywhere else it is refused below.
  for await (const chunk of utf8Text(file)) {
    for (const char of chunk) {
      if (char === '\n') line++
      if (open.length > 0) {
        element += char
        if (inString) {
          if (escaped) escaped = false
          else if (char === '\\') escaped = true
          else if (char === '"') inString = false
        } else if (char === '"') inString = true
        else if (char === '{' || char === '[') open.push(char)
        else if (char === '}' || char === ']') {
          if (open.pop() !== (char === '}' ? '{' : '['))
            unexpected(`'${char}' closes nothing it opened`)
          if (open.length === 0) {
            yield jsonDocument(file, elementLine, element)
            state = 'comma'
          }
        }
        continue
      }
      // JSON's whitespace only: /\s/ would also let U+00A0, U+2028 or a BOM between documents.
      if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue
      if (state === 'before') {
        if (char !== '[') throw seedError(file, line, 'is not a JSON array of documents')
        state = 'first-value'
      } else if (state === 'after') {
        unexpected('text after the closing ]')
      } else if (char === '{' && state !== 'comma') {
        open.push('{')
        element = '{'
        elementLine = line
      } else if (char === ',' && state === 'comma') {
        state = 'value'
      } else if (char === ']' && state !== 'value') {
        state = 'after'
      } else if (state === 'comma' || char === ',' || char === ']') {
        unexpected(`'${char}' where ${state === 'comma' ? "',' or ']'" : 'a document'} belongs`)
      } else {
        throw seedError(file, line, 'is not a JSON object')
      }
    }
  }
  if (state === 'before')
    throw emptySeedFile(file, 'write `[]` to seed no document on purpose, or remove the file')
  if (state !== 'after') throw seedError(file, line, 'is not JSON (the file ends inside the array)')
}
