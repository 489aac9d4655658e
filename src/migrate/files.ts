import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ActionError } from '../errors.js'
import { Problems } from '../problems.js'
import { existingPath, refuseLinkOut, workspaceOf } from '../workspace.js'

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
 * name. Files that look like migrations but are misnamed, two files with one version, and links
 * out of the workspace fail here, all of them together, before anything runs.
 */
export async function discoverMigrations(
  directory: string,
  workspace: string = workspaceOf()
): Promise<MigrationFile[]> {
  const kind = await existingPath(
    'migrations',
    directory,
    workspace,
    'the directory that holds the migration files'
  )
  if (kind !== 'directory') {
    throw new ActionError(
      `'migrations' is '${directory}': it is not a directory. Give the directory that holds the migration files.`
    )
  }
  const problems = new Problems()
  const files: MigrationFile[] = []
  for (const fileName of (await readdir(directory)).sort()) {
    if (!MIGRATION_LIKE.test(fileName)) continue
    const file = await problems.check(() => migrationFile(directory, fileName, workspace))
    if (file !== undefined) files.push(file)
  }
  for (const problem of [...sameVersion(files), ...sameName(files)]) problems.add(problem)
  problems.throwIfAny()
  return [
    ...files.filter((f) => !f.repeatable).sort((a, b) => (a.version ?? 0) - (b.version ?? 0)),
    ...files.filter((f) => f.repeatable).sort((a, b) => a.description.localeCompare(b.description))
  ]
}

/** One file of the directory, read: its name checked, its bytes read from the workspace only. */
async function migrationFile(
  directory: string,
  fileName: string,
  workspace: string
): Promise<MigrationFile> {
  const versioned = VERSIONED.exec(fileName)
  const repeatable = versioned ? null : REPEATABLE.exec(fileName)
  const path = join(directory, fileName)
  if (!versioned && !repeatable) {
    throw new ActionError(
      `${path}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${directory}'.`
    )
  }
  if (versioned && !Number.isSafeInteger(Number(versioned[1]))) {
    throw new ActionError(
      `${path}: version ${versioned[1]} is too large to be read exactly (at most ${Number.MAX_SAFE_INTEGER}). Give it a smaller version.`
    )
  }
  await refuseLinkOut(path, directory, workspace, 'Migrations')
  const bytes = await readFile(path)
  const extension = (versioned?.[3] ?? repeatable?.[2] ?? '').toLowerCase()
  return {
    path,
    fileName,
    version: versioned ? Number(versioned[1]) : undefined,
    description: (versioned?.[2] ?? repeatable?.[1]) as string,
    kind: extension === 'mjs' || extension === 'js' ? 'script' : 'declarative',
    repeatable: repeatable !== null,
    checksum: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8')
  }
}

/** Versioned migrations that share a version with an earlier file. */
function sameVersion(files: readonly MigrationFile[]): ActionError[] {
  const byVersion = new Map<number, MigrationFile>()
  const problems: ActionError[] = []
  for (const file of files) {
    if (file.version === undefined) continue
    const other = byVersion.get(file.version)
    if (other) {
      problems.push(
        new ActionError(
          `${file.path}: version ${file.version} is also the version of ${other.path}. Give each migration its own version.`
        )
      )
    } else byVersion.set(file.version, file)
  }
  return problems
}

/** Repeatable migrations that share a name with an earlier file. */
function sameName(files: readonly MigrationFile[]): ActionError[] {
  const byName = new Map<string, MigrationFile>()
  const problems: ActionError[] = []
  for (const file of files.filter((f) => f.repeatable)) {
    const other = byName.get(file.description)
    if (other) {
      problems.push(
        new ActionError(
          `${file.path}: repeatable migration '${file.description}' is also ${other.path}.`
        )
      )
    } else byName.set(file.description, file)
  }
  return problems
}
