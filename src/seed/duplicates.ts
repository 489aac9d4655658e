import type { ActionError } from '../errors.js'
import { keyText } from './keys.js'
import { readDocuments } from './read.js'
import { seedError, type SeedFile } from './seed-file.js'

/** Lines a seed file may have, for packing a file's index and a line into one number. */
const LINES = 2 ** 32

/** What the first pass found in one file. */
export interface FileCheck {
  readonly file: SeedFile
  /** Its container's partition key paths; undefined when the container could not be read. */
  paths?: readonly string[]
  /** Documents checked and added to the key filter: the file's first ones, in order. */
  checked: number
  /** Its first problem that is not a repeated key (a repeat confirmed here may come before it). */
  problem?: ActionError
  /** Whether the key filter took one of its documents for a repeat. */
  suspect: boolean
}

/**
 * The exact check behind the key filter: streams the files again, up to where each one's first
 * pass ended, remembering where each suspected key (`candidates`, by KeyHash text) was first
 * seen. The first document of a file to repeat one becomes the file's problem, naming both lines,
 * and ends the file as the first pass would have; a candidate seen once was a false alarm and is
 * not reported. Memory: a map entry per candidate, not per document.
 */
export async function confirmRepeats(
  checks: readonly FileCheck[],
  candidates: ReadonlySet<string>
): Promise<void> {
  const last = checks.findLastIndex((check) => check.suspect)
  const firstLines = new Map<string, number>()
  for (const [index, check] of checks.slice(0, last + 1).entries()) {
    const { file, paths } = check
    if (paths === undefined || check.checked === 0) continue
    let read = 0
    for await (const document of readDocuments(file)) {
      const key = keyText(file.container, document.body, paths)
      const first = candidates.has(key) ? firstLines.get(key) : undefined
      if (first !== undefined) {
        const firstFile = checks[Math.floor(first / LINES)]?.file.path
        check.problem = seedError(
          file,
          document.line,
          `repeats id '${String(document.body['id'])}' with the same partition key (first at ${firstFile}:${first % LINES})`
        )
        break
      }
      if (candidates.has(key)) firstLines.set(key, index * LINES + document.line)
      if (++read >= check.checked) break
    }
  }
}
