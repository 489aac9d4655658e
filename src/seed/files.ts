import { glob, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { shown } from '../cosmos/resource-id.js'
import { ActionError } from '../errors.js'
import { extensionsInWords, formatOfExtension, seedExtensions } from './formats/index.js'
import { readManifest } from './manifest.js'
import { isContainerName, type SeedFile } from './seed-file.js'

/** `<container>.<extension>`, for every extension of every format. */
const SEED_NAME = new RegExp(
  `^(.+)\\.(${seedExtensions()
    .map((extension) => extension.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})$`,
  'i'
)

/** The file names of seed files in messages: `<container>.json, .ndjson, .jsonl or .csv`. */
const SEED_NAMES = `<container>${extensionsInWords()}`

/**
 * Finds the seed files in a directory: those a manifest (`seed.yml`) lists, or else every
 * `<container>.<format>` file, each filling the container it is named after.
 */
export async function discoverSeedFiles(directory: string): Promise<SeedFile[]> {
  if (/[*?[]/.test(directory)) return matchSeedFiles(directory)
  const info = await stat(directory).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ActionError(
      `'seed' is '${directory}': it is not a directory. Give the directory that holds <container>${extensionsInWords({ eachFormatOnce: true })} files.`
    )
  }
  const manifest = await readManifest(directory)
  if (manifest !== undefined) return manifest
  const files = (await readdir(directory))
    .sort()
    .flatMap((name) => seedFileNamed(join(directory, name), directory) ?? [])
  if (files.length === 0) {
    throw new ActionError(`'seed' is '${directory}': it holds no ${SEED_NAMES} file.`)
  }
  return files
}

/** The seed files a glob (`db/seed/*.ndjson`) matches, in name order; each named after its container. */
async function matchSeedFiles(pattern: string): Promise<SeedFile[]> {
  const files: SeedFile[] = []
  for await (const path of glob(pattern)) {
    const file = seedFileNamed(path, pattern)
    if (file !== undefined) files.push(file)
  }
  if (files.length === 0) {
    throw new ActionError(`'seed' is '${pattern}': it matches no ${SEED_NAMES} file.`)
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/**
 * The seed file a path names, or undefined when its name is not a seed file's. A name that
 * cannot be a container's fails, rather than being skipped or followed.
 */
function seedFileNamed(path: string, where: string): SeedFile | undefined {
  const match = SEED_NAME.exec(basename(path))
  if (!match) return undefined
  const container = match[1] as string
  if (!isContainerName(container)) {
    throw new ActionError(
      `${path}: a seed file is named after its container, ${SEED_NAMES}; '${shown(container)}' cannot be a container name (no / \\ # ?, control characters, . or ..). Rename it, or move it out of '${where}'.`
    )
  }
  const format = formatOfExtension(match[2] as string)
  return format === undefined ? undefined : { path, container, format: format.name }
}
