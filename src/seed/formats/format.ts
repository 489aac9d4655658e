import type { SeedDocument } from '../document.js'
import type { SeedFile } from '../seed-file.js'

/**
 * One kind of seed file. Discovery, manifests and their messages read everything they say about
 * formats from these declarations, so a new format is one new file in this folder.
 */
export interface SeedFormat {
  /** The `format` of a SeedFile of this kind. */
  readonly name: string
  /**
   * File name endings, lower case, without the dot. Messages list the first as the format's own
   * where they name one extension per format (`.json, .ndjson or .csv`), and all of them elsewhere.
   */
  readonly extensions: readonly string[]
  /** What messages call it (`'columns' (CSV only)`). */
  readonly label: string
  /** Whether a manifest may declare its columns' types (`columns:`). */
  readonly hasColumns: boolean
  /** Streams its documents with their line numbers, one in memory at a time. */
  readonly read: (file: SeedFile) => AsyncIterable<SeedDocument>
}
