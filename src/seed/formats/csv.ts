import { parse as parseCsv } from 'csv-parse'
import { Readable, pipeline } from 'node:stream'
import { FORBIDDEN_SEGMENTS, setAt } from '../../documents/property-path.js'
import { ActionError } from '../../errors.js'
import { sizedDocument, type SeedDocument } from '../document.js'
import { emptySeedFile, seedError, type SeedFile } from '../seed-file.js'
import { utf8Text } from '../text.js'
import type { SeedFormat } from './format.js'

/**
 * A header row, then a document a row. A quoted value is a string exactly as written; an
 * unquoted one becomes a number, boolean or null where it reads as such. A manifest's declared
 * column types win over both. A column `a.b` builds nested objects.
 */
export const csv = {
  name: 'csv',
  extensions: ['csv'],
  label: 'CSV',
  hasColumns: true,
  read: csvRows
} as const satisfies SeedFormat

/** A field as the parser hands it on: its text, and whether it was quoted (quoting means text). */
interface CsvField {
  readonly text: string
  readonly quoted: boolean
}

interface CsvRecord {
  record: Record<string, CsvField>
  info: { lines: number }
}

/** CSV with a header row, each row a document with its line. */
async function* csvRows(file: SeedFile): AsyncGenerator<SeedDocument> {
  let header = false
  const parser = parseCsv({
    columns: (names: string[]) => {
      header = true
      return uniqueColumns(names)
    },
    // Header names stay text; each value keeps whether it was quoted, for typing it.
    cast: (text, context) => (context.header ? text : ({ text, quoted: context.quoting } as never)),
    skip_empty_lines: true,
    trim: true,
    info: true,
    relax_column_count: false
  })
  // pipeline, not pipe: a file that is not UTF-8 must fail the parser, not leave it waiting.
  pipeline(Readable.from(utf8Text(file)), parser, () => undefined)
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) {
      yield sizedDocument(file, record.info.lines, rowDocument(file, record))
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
  if (!header)
    throw emptySeedFile(file, 'a header row alone seeds no document on purpose, or remove the file')
}

/** The header as it is; a column named twice would keep one of its values and drop the other. */
function uniqueColumns(header: string[]): string[] {
  const repeated = header.find((name, index) => header.indexOf(name) !== index)
  if (repeated !== undefined)
    throw Object.assign(new Error(`the header names column '${repeated}' twice`), { lines: 1 })
  return header
}

function rowDocument(file: SeedFile, { record, info }: CsvRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [key, { text, quoted }] of Object.entries(record)) {
    if (!quoted && text.includes('\uFEFF')) {
      throw seedError(
        file,
        info.lines,
        `has a byte order mark (U+FEFF) in column '${key}': one belongs at the start of the file only (files joined with cat keep each one). Remove it`
      )
    }
    // Ids are strings in Cosmos DB, however numeric they look.
    const declared = file.columns?.[key]
    setColumn(
      body,
      key,
      key === 'id' || (quoted && !declared)
        ? text
        : declared
          ? declaredValue(file, info.lines, key, declared, text)
          : typed(text)
    )
  }
  return body
}

/**
 * `a.b` columns build nested objects, so nested partition keys can come from CSV. A column is
 * always dotted (a leading `/` is part of its first property's name), so it goes in as segments.
 */
function setColumn(document: Record<string, unknown>, column: string, value: unknown): void {
  const segments = column.split('.')
  if (segments.some((key) => FORBIDDEN_SEGMENTS.has(key))) {
    throw new Error(`column '${column}' names __proto__, constructor or prototype`)
  }
  setAt(document, segments, value)
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

/**
 * An unquoted value typed by what it looks like: empty and `null` are null, `true` and `false`
 * booleans, numbers that survive the round trip numbers (`007` stays a string: a leading zero is
 * an identifier).
 */
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
