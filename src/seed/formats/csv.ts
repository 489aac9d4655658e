import { parse as parseCsv } from 'csv-parse'
import { createReadStream } from 'node:fs'
import { FORBIDDEN_SEGMENTS, setAt } from '../../documents/property-path.js'
import { ActionError } from '../../errors.js'
import { sizedDocument, type SeedDocument } from '../document.js'
import { seedError, type SeedFile } from '../seed-file.js'
import type { SeedFormat } from './format.js'

/**
 * A header row, then a document a row. Values become numbers, booleans or null where they read as
 * such, or what a manifest declares for their column; a column `a.b` builds nested objects.
 */
export const csv = {
  name: 'csv',
  extensions: ['csv'],
  label: 'CSV',
  hasColumns: true,
  read: csvRows
} as const satisfies SeedFormat

interface CsvRecord {
  record: Record<string, string>
  info: { lines: number }
}

/** CSV with a header row, each row a document with its line. */
async function* csvRows(file: SeedFile): AsyncGenerator<SeedDocument> {
  const parser = createReadStream(file.path).pipe(
    parseCsv({
      columns: uniqueColumns,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false
    })
  )
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
  for (const [key, value] of Object.entries(record)) {
    // Ids are strings in Cosmos DB, however numeric they look.
    const declared = file.columns?.[key]
    setColumn(
      body,
      key,
      key === 'id'
        ? value
        : declared
          ? declaredValue(file, info.lines, key, declared, value)
          : typed(value)
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

/** A value typed by what it looks like (`"007"` stays a string: a leading zero is an identifier). */
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
