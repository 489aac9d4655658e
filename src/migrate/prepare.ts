import { ActionError } from '../errors.js'
import { Problems } from '../problems.js'
import { parseDeclarative } from './declarative.js'
import { discoverMigrations, ledgerKey, type MigrationFile } from './files.js'
import {
  containersOf,
  isDestructive,
  refusalOf,
  type DeclarativeOperation
} from './operations/index.js'
import { loadScript, type ScriptMigration } from './script.js'

/** A migration read, parsed and checked: ready to plan and run. */
export interface PreparedMigration {
  readonly file: MigrationFile
  readonly key: string
  readonly operations: readonly DeclarativeOperation[] | undefined
  readonly script: ScriptMigration | undefined
  /** Containers it touches; undefined when it may touch any (a script that does not say). */
  readonly containers: readonly string[] | undefined
  /** Shown to reviewers in the plan. */
  readonly destructive: boolean
  /** Why it may only run with allow-destructive, if it may not run otherwise. */
  readonly refusal: string | undefined
  /**
   * Runs in parts when a matrix shards the work: declarative operations always (their helpers
   * change each document on its own), a script when it says so.
   */
  readonly shardable: boolean
}

/**
 * Reads every migration in the directory and checks it: names, versions, JSON/YAML, operations,
 * script exports. Every problem fails here, naming file and line, before anything runs.
 */
export async function prepareMigrations(
  directory: string,
  workspace?: string
): Promise<PreparedMigration[]> {
  const files = await discoverMigrations(directory, workspace)
  if (files.length === 0)
    throw new ActionError(`'migrations' is '${directory}': it holds no migration file.`)
  const problems = new Problems()
  const prepared: PreparedMigration[] = []
  for (const file of files) {
    const migration = await problems.check(() => prepareMigration(file))
    if (migration !== undefined) prepared.push(migration)
  }
  problems.throwIfAny()
  return prepared
}

/** One migration, parsed (declarative) or loaded (script), with what the plan shows of it. */
async function prepareMigration(file: MigrationFile): Promise<PreparedMigration> {
  if (file.kind === 'declarative') {
    const operations = parseDeclarative(file)
    // The first operation that needs permission is named: one is enough to refuse the file.
    const refused = operations.find((operation) => refusalOf(operation) !== undefined)
    return {
      file,
      key: ledgerKey(file),
      operations,
      script: undefined,
      containers: [...new Set(operations.flatMap(containersOf))],
      destructive: operations.some(isDestructive),
      refusal: refused ? `${file.path}:${refused.line}: ${refusalOf(refused) ?? ''}` : undefined,
      shardable: true
    }
  }
  const script = await loadScript(file)
  return {
    file,
    key: ledgerKey(file),
    operations: undefined,
    script,
    containers: script.containers,
    destructive: script.destructive,
    refusal: script.destructive
      ? `${file.path}: the migration declares itself destructive`
      : undefined,
    shardable: script.shardable
  }
}
