import { glob, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { shown } from '../cosmos/resource-id.js'
import { ActionError } from '../errors.js'
import { Problems } from '../problems.js'
import { existingPath, refuseLinkOut, workspaceOf } from '../workspace.js'
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

/** What the `seed` input may name, in messages. */
const SEED_INPUT = `a directory of <container>${extensionsInWords({ eachFormatOnce: true })} files, one such file, or a glob`

/**
 * Finds the seed files the `seed` input names: a directory's (those its manifest, `seed.yml`,
 * lists, or else every `<container>.<format>` file), a glob's, or one file; each fills the
 * container it is named after. Every problem found (names, links out of the workspace) is
 * reported, not only the first.
 */
export async function discoverSeedFiles(
  path: string,
  workspace: string = workspaceOf()
): Promise<SeedFile[]> {
  const problems = new Problems()
  const { files, root } = await seedFilesAt(path, workspace, problems)
  for (const file of files)
    await problems.check(() => refuseLinkOut(file.path, root, workspace, 'Seed files'))
  problems.throwIfAny()
  return files
}

/** The seed files of each layout, and the directory links are looked for below. */
async function seedFilesAt(
  path: string,
  workspace: string,
  problems: Problems
): Promise<{ files: SeedFile[]; root: string }> {
  if (/[*?[]/.test(path))
    return { files: await matchSeedFiles(path, problems), root: globBase(path) }
  const kind = await existingPath('seed', path, workspace, SEED_INPUT)
  if (kind === 'file') {
    const file = seedFilesNamed([path], dirname(path), problems)[0]
    if (file === undefined && !problems.any)
      throw new ActionError(
        `'seed' is '${path}': it is not a ${SEED_NAMES} file. Give ${SEED_INPUT}.`
      )
    return { files: file === undefined ? [] : [file], root: dirname(path) }
  }
  if (kind !== 'directory')
    throw new ActionError(
      `'seed' is '${path}': it is neither a file nor a directory. Give ${SEED_INPUT}.`
    )
  const manifest = await readManifest(path)
  if (manifest !== undefined) return { files: manifest, root: path }
  const names = (await readdir(path)).sort()
  const files = seedFilesNamed(
    names.map((name) => join(path, name)),
    path,
    problems
  )
  if (files.length === 0 && !problems.any) {
    throw new ActionError(`'seed' is '${path}': it holds no ${SEED_NAMES} file.`)
  }
  return { files, root: path }
}

/** The seed files a glob (`db/seed/*.ndjson`) matches, in name order; each named after its container. */
async function matchSeedFiles(pattern: string, problems: Problems): Promise<SeedFile[]> {
  const paths: string[] = []
  for await (const path of glob(pattern)) paths.push(path)
  const files = seedFilesNamed(paths, pattern, problems)
  if (files.length === 0 && !problems.any) {
    throw new ActionError(`'seed' is '${pattern}': it matches no ${SEED_NAMES} file.`)
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** The directory a glob starts in: its path up to the first segment with a wildcard. */
function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/)
  const fixed = segments.slice(
    0,
    segments.findIndex((segment) => /[*?[{]/.test(segment))
  )
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

/**
 * The seed files among paths; other names are skipped. Names that cannot be a container's are
 * problems, rather than being skipped or followed.
 */
function seedFilesNamed(paths: readonly string[], where: string, problems: Problems): SeedFile[] {
  const files: SeedFile[] = []
  for (const path of paths) {
    try {
      const file = seedFileNamed(path, where)
      if (file !== undefined) files.push(file)
    } catch (error) {
      if (!(error instanceof ActionError)) throw error
      problems.add(error)
    }
  }
  return files
}

/** The seed file a path names, or undefined when its name is not a seed file's. */
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
