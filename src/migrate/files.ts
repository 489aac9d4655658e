import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ActionError } from '../errors.js'

/** A migration file: versioned (`0001-add-index.mjs`) or repeatable (`R__refresh-views.yaml`). */
export interface MigrationFile {
  readonly path: string
  readonly fileName: string
  /** The leading version number; undefined for repeatable migrations. */
  readonly version: number | undefined
  readonly description: string
  readonly kind: 'script' | 'declarative'
  readonly repeatable: boolean
  /** sha256 of the file's bytes, hex. */
  readonly checksum: string
  readonly text: string
}

const VERSIONED = /^(\d+)-([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/
const REPEATABLE = /^R__([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/
const MIGRATION_LIKE = /\.(mjs|js|json|ya?ml)$/i

/** The key a migration has in the ledger: its version, or `R__<name>` when repeatable. */
export function ledgerKey(
  file: Pick<MigrationFile, 'version' | 'description' | 'repeatable'>
): string {
  return file.repeatable ? `R__${file.description}` : String(file.version)
}

/**
 * Finds the migrations in a directory: versioned ones in numeric order, then repeatable ones by
 * name. A file that looks like a migration but is misnamed, or two files with one version, fail
 * here, before anything runs.
 */
export async function discoverMigrations(directory: string): Promise<MigrationFile[]> {
  const info = await stat(directory).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ActionError(
      `'migrations' is '${directory}': it is not a directory. Give the directory that holds the migration files.`
    )
  }
  const files: MigrationFile[] = []
  for (const fileName of (await readdir(directory)).sort()) {
    if (!MIGRATION_LIKE.test(fileName)) continue
    const versioned = VERSIONED.exec(fileName)
    const repeatable = versioned ? null : REPEATABLE.exec(fileName)
    if (!versioned && !repeatable) {
      throw new ActionError(
        `${join(directory, fileName)}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${directory}'.`
      )
    }
    const path = join(directory, fileName)
    if (versioned && !Number.isSafeInteger(Number(versioned[1]))) {
      throw new ActionError(
        `${path}: version ${versioned[1]} is too large to be read exactly (at most ${Number.MAX_SAFE_INTEGER}). Give it a smaller version.`
      )
    }
    const bytes = await readFile(path)
    const extension = (versioned?.[3] ?? repeatable?.[2] ?? '').toLowerCase()
    files.push({
      path,
      fileName,
      version: versioned ? Number(versioned[1]) : undefined,
      description: (versioned?.[2] ?? repeatable?.[1]) as string,
      kind: extension === 'mjs' || extension === 'js' ? 'script' : 'declarative',
      repeatable: repeatable !== null,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      text: bytes.toString('utf8')
    })
  }
  const byVersion = new Map<number, MigrationFile>()
  for (const file of files) {
    if (file.version === undefined) continue
    const other = byVersion.get(file.version)
    if (other) {
      throw new ActionError(
        `${file.path}: version ${file.version} is also the version of ${other.path}. Give each migration its own version.`
      )
    }
    byVersion.set(file.version, file)
  }
  const repeatableNames = new Map<string, MigrationFile>()
  for (const file of files.filter((f) => f.repeatable)) {
    const other = repeatableNames.get(file.description)
    if (other)
      throw new ActionError(
        `${file.path}: repeatable migration '${file.description}' is also ${other.path}.`
      )
    repeatableNames.set(file.description, file)
  }
  return [
    ...files.filter((f) => !f.repeatable).sort((a, b) => (a.version ?? 0) - (b.version ?? 0)),
    ...files.filter((f) => f.repeatable).sort((a, b) => a.description.localeCompare(b.description))
  ]
}
