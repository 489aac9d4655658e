import { parse as parseCsv } from 'csv-parse'
import { createReadStream } from 'node:fs'
import type { SeedDocument, SeedFile } from './files.js'
import { ActionError } from '../errors.js'
import { seedError } from './files.js'

/** Cosmos DB refuses items over 2 MB. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

/**
 * Streams the documents of a seed file with their line numbers: one document in memory at a
 * time, whatever the file's size. Errors name the file and the line.
 */
export async function* readDocuments(file: SeedFile): AsyncGenerator<SeedDocument> {
  const source =
    file.format === 'ndjson'
      ? jsonLines(file)
      : file.format === 'csv'
        ? csvRows(file)
        : jsonArray(file)
  for await (const document of source) yield document
}

async function* jsonLines(file: SeedFile): AsyncGenerator<SeedDocument> {
  // Lines end at \n, \r\n or \r only. readline also ends one at U+2028 and U+2029, which JSON
  // strings may hold unescaped (JSON.stringify writes them as they are).
  let number = 0
  let rest = ''
  const documentAt = (raw: string): SeedDocument | undefined => {
    number++
    const text = raw.trim()
    return text === '' ? undefined : parseDocument(file, number, text)
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
  /** A byte order mark is skipped as the file's very first character, nowhere else. */
  let first = true
  const unexpected = (what: string): never => {
    throw seedError(file, line, `is not JSON (${what})`)
  }
  for await (const chunk of createReadStream(file.path, {
    encoding: 'utf8',
    highWaterMark: 1 << 16
  })) {
    for (const char of chunk as string) {
      if (first) {
        first = false
        if (char === '\uFEFF') continue
      }
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
            yield parseDocument(file, elementLine, element)
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
  if (state === 'before') throw seedError(file, 1, 'is not a JSON array of documents')
  if (state !== 'after') throw seedError(file, line, 'is not JSON (the file ends inside the array)')
}

/**
 * CSV with a header row: values become numbers, booleans or null where they read as such
 * (`"007"` stays a string: a leading zero is an identifier, not a number).
 */
async function* csvRows(file: SeedFile): AsyncGenerator<SeedDocument> {
  const parser = createReadStream(file.path).pipe(
    parseCsv({
      // A column named twice would keep one of its values and silently drop the other.
      columns: (header: string[]) => {
        const repeated = header.find((name, index) => header.indexOf(name) !== index)
        if (repeated !== undefined)
          throw Object.assign(new Error(`the header names column '${repeated}' twice`), {
            lines: 1
          })
        return header
      },
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false
    })
  )
  try {
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>
      info: { lines: number }
    }>) {
      const body: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(record.record)) {
        // Ids are strings in Cosmos DB, however numeric they look.
        const declared = file.columns?.[key]
        const line = record.info.lines
        setPath(
          body,
          key,
          key === 'id'
            ? value
            : declared
              ? declaredValue(file, line, key, declared, value)
              : typed(value)
        )
      }
      yield sized(file, record.info.lines, body)
    }
  } catch (error) {
    if (error instanceof ActionError) throw error // a row of ours, explained with its line
    const line = (error as { lines?: unknown }).lines
    throw seedError(
      file,
      typeof line === 'number' ? line : 1,
      `is not valid CSV (${(error as Error).message})`
    )
  }
}

/** A value of a declared column type; text that is not of that type fails with its line. */
function declaredValue(
  file: SeedFile,
  line: number,
  column: string,
  type: string,
  value: string
): unknown {
  const bad = (): never => {
    throw seedError(
      file,
      line,
      `has '${value.slice(0, 40)}' in column '${column}', declared ${type}`
    )
  }
  switch (type) {
    case 'string':
      return value
    case 'number': {
      const number = Number(value)
      return value !== '' && Number.isFinite(number) ? number : bad()
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : bad()
    default:
      try {
        return JSON.parse(value) as unknown
      } catch {
        return bad()
      }
  }
}

function typed(value: string): unknown {
  if (value === '') return null
  if (value === 'true') return true
  if (value === 'false') return false
  if (value === 'null') return null
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) {
    // Only numbers that survive the round trip: 1e400 or 2^60 would be stored as something else.
    const number = Number(value)
    const exact = !Number.isInteger(number) || Number.isSafeInteger(number)
    if (Number.isFinite(number) && !Object.is(number, -0) && exact) return number
  }
  return value
}

/** `a.b` columns build nested objects, so nested partition keys can come from CSV. */
function setPath(document: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  if (keys.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype')) {
    throw new Error(`column '${path}' names __proto__, constructor or prototype`)
  }
  let node = document
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1] as string] = value
}

function parseDocument(file: SeedFile, line: number, text: string): SeedDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw seedError(file, line, `is not JSON (${(error as Error).message})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw seedError(file, line, 'is not a JSON object')
  }
  return sized(file, line, value as Record<string, unknown>)
}

/** Cosmos DB stores items of at most 2 MB, measured as compact JSON (indentation does not count). */
function sized(file: SeedFile, line: number, document: Record<string, unknown>): SeedDocument {
  const bytes = Buffer.byteLength(JSON.stringify(document))
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw seedError(
      file,
      line,
      `is over 2 MB (${bytes} bytes), the most Cosmos DB stores in one item`
    )
  }
  return { body: document, line, bytes }
}
