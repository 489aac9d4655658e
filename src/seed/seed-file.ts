import { isResourceId } from '../cosmos/resource-id.js'
import { ActionError } from '../errors.js'
import type { SeedFormatName } from './formats/index.js'

/** A seed file and the container its name maps it to (`<container>.<extension of its format>`). */
export interface SeedFile {
  readonly path: string
  readonly container: string
  /** The format its extension (or its manifest entry's file name) names, from formats/. */
  readonly format: SeedFormatName
  /** The mode a manifest sets for this file; the `seed-mode` input otherwise. */
  readonly mode?: 'upsert' | 'insert'
  /** For formats with columns (CSV): the declared type of columns; others are typed by looks. */
  readonly columns?: Readonly<Record<string, ColumnType>>
}

/** How a CSV column's text becomes a value. */
export type ColumnType = 'string' | 'number' | 'boolean' | 'json'

/** The column types a manifest may declare, in the order its messages list them. */
export const COLUMN_TYPES: readonly string[] = ['string', 'number', 'boolean', 'json']

/** An error that names the seed file and line, and says nothing was written. */
export function seedError(
  file: Pick<SeedFile, 'path'>,
  line: number,
  problem: string
): ActionError {
  return new ActionError(`${file.path}:${line}: the document ${problem}. Nothing was written.`, {
    location: { file: file.path, line }
  })
}

/** An error about a seed file as a whole (or a line of it), not one of its documents. */
export function seedFileError(
  file: Pick<SeedFile, 'path'>,
  line: number,
  problem: string
): ActionError {
  return new ActionError(`${file.path}:${line}: ${problem}. Nothing was written.`, {
    location: { file: file.path, line }
  })
}

/**
 * The error for a file without a single document: an export that failed part way leaves one, so
 * silence would hide it. `none` says how the format writes "no documents" on purpose.
 */
export function emptySeedFile(file: Pick<SeedFile, 'path'>, none: string): ActionError {
  return seedFileError(
    file,
    1,
    `the file holds no document (it is empty, or holds only blank lines or a byte order mark), as an export that failed part way leaves it; ${none}`
  )
}

/** True when a name can be a container's: the file it came from would otherwise write elsewhere. */
export function isContainerName(name: string): boolean {
  return name.length <= 255 && isResourceId(name)
}
