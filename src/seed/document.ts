import { seedError, type SeedFile } from './seed-file.js'

/** A document read from a seed file, with where it came from. */
export interface SeedDocument {
  readonly body: Record<string, unknown>
  readonly line: number
  /** Its size as Cosmos DB counts it: compact JSON, in UTF-8 bytes. */
  readonly bytes: number
}

/** Cosmos DB refuses items over 2 MB. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

/** One document's JSON text, which must be an object; errors name the file and the line. */
export function jsonDocument(
  file: Pick<SeedFile, 'path'>,
  line: number,
  text: string
): SeedDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw seedError(file, line, `is not JSON (${(error as Error).message})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw seedError(file, line, 'is not a JSON object')
  }
  return sizedDocument(file, line, value as Record<string, unknown>)
}

/** Cosmos DB stores items of at most 2 MB, measured as compact JSON (indentation does not count). */
export function sizedDocument(
  file: Pick<SeedFile, 'path'>,
  line: number,
  document: Record<string, unknown>
): SeedDocument {
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
