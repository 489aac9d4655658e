import { lstat, readlink, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ActionError } from './errors.js'

/** The job's workspace: where the checkout is, and what relative paths are read from. */
export function workspaceOf(env: NodeJS.ProcessEnv = process.env): string {
  return env['GITHUB_WORKSPACE'] || process.cwd()
}

/**
 * What a path input names, or an error when it names nothing: the path as the action resolved
 * it, and the usual cause (the step runs before actions/checkout, or the path is misspelt).
 */
export async function existingPath(
  input: string,
  path: string,
  workspace: string,
  holds: string
): Promise<'file' | 'directory' | 'other'> {
  const info = await stat(path).catch(() => undefined)
  if (info === undefined) {
    throw new ActionError(
      `'${input}' is '${path}': it does not exist (looked for ${resolve(path)}; the workspace is ${workspace}). Did actions/checkout run before this step? Give the path of ${holds}, relative to the workspace.`
    )
  }
  return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other'
}

/** True when `path` is `home` or inside it (both absolute). */
export function isInside(home: string, path: string): boolean {
  const inside = relative(home, path)
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))
}

/**
 * Refuses a file that a symbolic link leads out of the workspace: a link checked in (or made by
 * an earlier step) could otherwise have the action read a runner's file or a credential and
 * write it to the database. A link is looked for from `root` (the directory or the glob's base
 * the input names) down, or from the workspace when `root` lies in it; a root outside the
 * workspace that the input names itself is the input's business, not a link's.
 */
export async function refuseLinkOut(
  path: string,
  root: string,
  workspace: string,
  what: string
): Promise<void> {
  const home = await realpath(workspace).catch(() => resolve(workspace))
  const real = await realpath(path).catch(() => undefined)
  if (real !== undefined && isInside(home, real)) return
  const base = isInside(resolve(workspace), resolve(root)) ? resolve(workspace) : resolve(root)
  const link = await firstLink(base, resolve(path))
  if (link === undefined) return
  const target = await readlink(link).catch(() => '?')
  const where =
    real === undefined ? 'which does not exist' : `which leads outside the workspace (to ${real})`
  throw new ActionError(
    `${path}: ${link === resolve(path) ? 'it' : link} is a symbolic link to ${target}, ${where}. ${what} are read from the workspace only: copy the file into the repository instead of linking to it. Nothing was written.`
  )
}

/** The first symbolic link on the way from `base` down to `path`, if any. */
async function firstLink(base: string, path: string): Promise<string | undefined> {
  let at = base
  const steps = isInside(base, path) ? relative(base, path).split(sep).filter(Boolean) : []
  for (const step of steps) {
    at = join(at, step)
    const info = await lstat(at).catch(() => undefined)
    if (info?.isSymbolicLink()) return at
  }
  return undefined
}
