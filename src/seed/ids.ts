import { isResourceId, shown } from '../cosmos/resource-id.js'
import type { SeedDocument } from './document.js'
import { seedError, type SeedFile } from './seed-file.js'

/** Checks a document's id; errors name the file and the line. */
export function checkId(file: SeedFile, document: Pick<SeedDocument, 'body' | 'line'>): string {
  const id = document.body['id']
  if (typeof id !== 'string' || id === '')
    throw seedError(file, document.line, "has no string 'id'")
  if (!isResourceId(id) || id.length > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${shown(id)}': ids hold at most 1023 characters, no / \\ ? # or control characters, and are not . or ..`
    )
  }
  // Cosmos DB counts an id's length in bytes: 400 CJK characters are 1,200 bytes, too long.
  const bytes = Buffer.byteLength(id, 'utf8')
  if (bytes > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${shown(id, 40)}': it is ${bytes} bytes in UTF-8, and Cosmos DB stores ids of at most 1023 bytes`
    )
  }
  return id
}
