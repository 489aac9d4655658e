import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Whether dist/ must be rebuilt before the demo or the local cloud's commands run it. Building
 * takes most of a minute, so it happens only when a source is newer than a bundle: a re-run
 * with nothing changed starts at once.
 */

/** The bundles `npm run build` writes: the step, the admin CLI and the post step. */
export const BUNDLES = ['dist/index.js', 'dist/cli/index.js', 'dist/post/index.js'] as const

/** What the bundles are built from: every file under src/, the lock file and the compiler's settings. */
export const SOURCES = ['src', 'package-lock.json', 'tsconfig.json'] as const

/** A file and when it was last written (undefined: it does not exist). */
export interface FileTime {
  readonly path: string
  readonly mtimeMs: number | undefined
}

/**
 * Why the bundles are stale, in a few words ("no dist/cli/index.js yet", "src/seed/x.ts
 * changed"), or undefined when every bundle is newer than every source.
 */
export function staleness(
  sources: readonly FileTime[],
  bundles: readonly FileTime[]
): string | undefined {
  const missing = bundles.find((bundle) => bundle.mtimeMs === undefined)
  if (missing !== undefined) return `no ${missing.path} yet`
  const oldest = Math.min(...bundles.map((bundle) => bundle.mtimeMs as number))
  const changed = sources
    .filter((source) => source.mtimeMs !== undefined && source.mtimeMs > oldest)
    .sort((a, b) => (b.mtimeMs as number) - (a.mtimeMs as number))
  if (changed.length === 0) return undefined
  const newest = changed[0] as FileTime
  return changed.length === 1
    ? `${newest.path} changed`
    : `${newest.path} and ${changed.length - 1} more changed`
}

/** The modification times of the sources (files under each directory) and of the bundles. */
export function fileTimes(root: string): { sources: FileTime[]; bundles: FileTime[] } {
  const time = (path: string): FileTime => ({
    path: relative(root, path),
    mtimeMs: statSync(path, { throwIfNoEntry: false })?.mtimeMs
  })
  const walk = (path: string): string[] => {
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat === undefined) return []
    if (!stat.isDirectory()) return [path]
    return readdirSync(path).flatMap((name) => walk(join(path, name)))
  }
  return {
    sources: SOURCES.flatMap((source) => walk(join(root, source))).map(time),
    bundles: BUNDLES.map((bundle) => time(join(root, bundle)))
  }
}
