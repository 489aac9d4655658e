import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ActionError } from '../errors.js'

/** A seed file and the container its name maps it to (`<container>.json`, `.ndjson`, `.jsonl`). */
export interface SeedFile {
  readonly path: string
  readonly container: string
  readonly format: 'json' | 'ndjson' | 'csv'
}

/** A document read from a seed file, with where it came from. */
export interface SeedDocument {
  readonly body: Record<string, unknown>
  readonly line: number
}

const SEED_NAME = /^([^/\\#?]+)\.(json|ndjson|jsonl|csv)$/i

/** Finds the seed files in a directory; each names the container it fills. */
export async function discoverSeedFiles(directory: string): Promise<SeedFile[]> {
  const info = await stat(directory).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ActionError(
      `'seed' is '${directory}': it is not a directory. Give the directory that holds <container>.json, .ndjson or .csv files.`
    )
  }
  const files = (await readdir(directory)).sort().flatMap((name): SeedFile[] => {
    const match = SEED_NAME.exec(name)
    if (!match) return []
    const extension = match[2]?.toLowerCase()
    const format = extension === 'json' ? 'json' : extension === 'csv' ? 'csv' : 'ndjson'
    return [{ path: join(directory, name), container: match[1] as string, format }]
  })
  if (files.length === 0) {
    throw new ActionError(
      `'seed' is '${directory}': it holds no <container>.json, .ndjson, .jsonl or .csv file.`
    )
  }
  return files
}

/** Checks a document's id; errors name the file and the line. */
export function checkId(file: SeedFile, document: SeedDocument): string {
  const id = document.body['id']
  if (typeof id !== 'string' || id === '')
    throw seedError(file, document.line, "has no string 'id'")
  if (/[/\\?#]/.test(id) || id.length > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${id.slice(0, 80)}': ids hold at most 1023 characters and no / \\ ? #`
    )
  }
  return id
}

/** An error that names the seed file and line, and says nothing was written. */
export function seedError(file: SeedFile, line: number, problem: string): ActionError {
  return new ActionError(`${file.path}:${line}: the document ${problem}. Nothing was written.`, {
    location: { file: file.path, line }
  })
}
