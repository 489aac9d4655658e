import { pathToFileURL } from 'node:url'
import { ActionError, describeError } from '../errors.js'
import type { MigrationContext } from './context.js'
import type { MigrationFile } from './files.js'

/** What a script migration exports. */
export interface ScriptMigration {
  readonly up: (ctx: MigrationContext) => Promise<void> | void
  /** Containers the migration touches (for the role check); all of the database when absent. */
  readonly containers: readonly string[] | undefined
  /** Declared destructive (drops or mass deletes): shown in the plan, refused without allow-destructive. */
  readonly destructive: boolean
}

/** Loads a script migration and checks its exports. */
export async function loadScript(file: MigrationFile): Promise<ScriptMigration> {
  let module: Record<string, unknown>
  try {
    // Loaded from the repository at run time, never bundled.
    module = (await import(/* webpackIgnore: true */ pathToFileURL(file.path).href)) as Record<
      string,
      unknown
    >
  } catch (error) {
    throw new ActionError(
      `${file.path}:${lineOf(error)}: the migration does not load: ${describeError(error).split('\n')[0]}`,
      { cause: error }
    )
  }
  const up = module['up']
  if (typeof up !== 'function') {
    throw new ActionError(
      `${file.path}:1: a script migration exports 'async function up(ctx)'; this one does not.`
    )
  }
  const containers = module['containers']
  if (
    containers !== undefined &&
    (!Array.isArray(containers) || containers.some((c) => typeof c !== 'string'))
  ) {
    throw new ActionError(
      `${file.path}:1: 'export const containers' must be a list of container names.`
    )
  }
  return {
    up: up as ScriptMigration['up'],
    containers: containers as string[] | undefined,
    destructive: module['destructive'] === true
  }
}

/** The line of a syntax error in the migration itself, from the error's stack or message. */
function lineOf(error: unknown): number {
  const text = error instanceof Error ? `${error.stack ?? ''}` : ''
  const match =
    /:(\d+)(?::\d+)?\)?\s*$/m.exec(text.split('\n')[0] ?? '') ?? /\.m?js:(\d+)/.exec(text)
  return match ? Number(match[1]) : 1
}
