import { seedError, type SeedFile } from './seed-file.js'

/** A document read from a seed file, with where it came from. */
export interface SeedDocument {
  readonly body: Record<string, unknown>
  readonly line: number
  /**
   * Its size in UTF-8 bytes: of compact JSON (as Cosmos DB counts it), or of the text it was read
   * from, which batches are closed by (batches.ts) and which is never far from it.
   */
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
  return sizedText(file, line, value as Record<string, unknown>, Buffer.byteLength(text))
}

/**
 * Compact JSON is at most this many times the text it was parsed from: taking out whitespace and
 * escapes only shortens it, and a number can grow at most from `1e20,` (5 bytes with the comma or
 * bracket that ends it) to `100000000000000000000,` (22 bytes).
 */
const MOST_GROWTH = 5

/**
 * A parsed document sized by its text: one whose text is small enough to be under 2 MB however
 * it grows is not written out again (which doubled the garbage of a seed); a larger one is.
 */
function sizedText(
  file: Pick<SeedFile, 'path'>,
  line: number,
  document: Record<string, unknown>,
  textBytes: number
): SeedDocument {
  if (textBytes * MOST_GROWTH <= MAX_DOCUMENT_BYTES)
    return { body: document, line, bytes: textBytes }
  return sizedDocument(file, line, document)
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
