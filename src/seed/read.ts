import type { SeedDocument } from './document.js'
import { formatNamed } from './formats/index.js'
import type { SeedFile } from './seed-file.js'

export { MAX_DOCUMENT_BYTES } from './document.js'

/**
 * Streams the documents of a seed file with their line numbers: one document in memory at a
 * time, whatever the file's size, read as its format (formats/) reads. Errors name the file and
 * the line.
 */
export async function* readDocuments(file: SeedFile): AsyncGenerator<SeedDocument> {
  yield* formatNamed(file.format).read(file)
}
