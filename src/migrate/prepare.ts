import { ActionError } from '../errors.js'
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
}

/**
 * Reads every migration in the directory and checks it: names, versions, JSON/YAML, operations,
 * script exports. Any problem fails here, naming file and line, before anything runs.
 */
export async function prepareMigrations(directory: string): Promise<PreparedMigration[]> {
  const files = await discoverMigrations(directory)
  if (files.length === 0)
    throw new ActionError(`'migrations' is '${directory}': it holds no migration file.`)
  const prepared: PreparedMigration[] = []
  for (const file of files) {
    if (file.kind === 'declarative') {
      const operations = parseDeclarative(file)
      // The first operation that needs permission is named: one is enough to refuse the file.
      const refused = operations.find((operation) => refusalOf(operation) !== undefined)
      prepared.push({
        file,
        key: ledgerKey(file),
        operations,
        script: undefined,
        containers: [...new Set(operations.flatMap(containersOf))],
        destructive: operations.some(isDestructive),
        refusal: refused ? `${file.path}:${refused.line}: ${refusalOf(refused) ?? ''}` : undefined
      })
    } else {
      const script = await loadScript(file)
      prepared.push({
        file,
        key: ledgerKey(file),
        operations: undefined,
        script,
        containers: script.containers,
        destructive: script.destructive,
        refusal: script.destructive
          ? `${file.path}: the migration declares itself destructive`
          : undefined
      })
    }
  }
  return prepared
}
