import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { isResourceId } from '../cosmos/resource-id.js'
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
  /**
   * Declared shardable (`export const shardable = true`): its `up` may run once in each job of a
   * matrix (`shard`), each one's helpers changing the documents of its part. Otherwise one job
   * runs it, under the migration lock.
   */
  readonly shardable: boolean
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
    const line = lineOf(error, file.path)
    throw new ActionError(
      `${file.path}:${line}: the migration does not load: ${describeError(error).split('\n')[0]}`,
      { cause: error, location: { file: file.path, line } }
    )
  }
  const up = module['up']
  if (typeof up !== 'function') {
    throw new ActionError(
      `${file.path}:1: a script migration exports 'async function up(ctx)'; this one does not.`,
      { location: { file: file.path, line: 1 } }
    )
  }
  const containers = module['containers']
  if (
    containers !== undefined &&
    (!Array.isArray(containers) ||
      containers.some((c) => typeof c !== 'string' || c === '' || !isResourceId(c)))
  ) {
    throw new ActionError(
      `${file.path}:1: 'export const containers' must be a list of container names (without / \\ # ? or control characters, and not . or ..).`,
      { location: { file: file.path, line: 1 } }
    )
  }
  return {
    up: up as ScriptMigration['up'],
    containers: containers as string[] | undefined,
    destructive: module['destructive'] === true,
    shardable: module['shardable'] === true
  }
}

/**
 * The line of the failure in the migration itself. Node's ESM loader does not put it in the
 * error, so a syntax error is located by `node --check`, which prints `<file>:<line>` first.
 */
function lineOf(error: unknown, path: string): number {
  const fromStack = new RegExp(`${escape(path)}:(\\d+)`).exec(
    error instanceof Error ? (error.stack ?? '') : ''
  )
  if (fromStack) return Number(fromStack[1])
  const check = spawnSync(process.execPath, ['--check', path], {
    encoding: 'utf8',
    timeout: 10_000
  })
  const fromCheck = new RegExp(`${escape(path)}:(\\d+)`).exec(check.stderr ?? '')
  return fromCheck ? Number(fromCheck[1]) : 1
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
