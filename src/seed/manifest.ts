import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { isMap, isSeq, type Node as YamlNode } from 'yaml'
import { parseYamlFile, type YamlFile } from '../yaml/index.js'
import { extensionsInWords, formatOfExtension, formatsWithColumnsInWords } from './formats/index.js'
import { COLUMN_TYPES, isContainerName, type ColumnType, type SeedFile } from './seed-file.js'

const MANIFEST_NAMES = ['seed.yml', 'seed.yaml']
const ENTRY_KEYS = ['file', 'container', 'mode', 'columns']

/**
 * Reads `seed.yml` when the directory has one:
 *
 *     files:
 *       - file: products-export.json   # relative to the directory
 *         container: products
 *         mode: insert                 # optional: upsert or insert (default: seed-mode)
 *
 * Errors name the manifest and the line.
 */
export async function readManifest(directory: string): Promise<SeedFile[] | undefined> {
  for (const name of MANIFEST_NAMES) {
    const path = join(directory, name)
    const text = await readFile(path, 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const manifest = parseYamlFile(path, text)
    const root = manifest.document.contents
    if (!isMap(root))
      return manifest.fail(root, 'the seed manifest is an object with a `files` list.')
    const list = root.get('files', true)
    if (!isSeq(list) || list.items.length === 0)
      return manifest.fail(list ?? root, '`files` must be a non-empty list.')
    const home = await realpath(directory)
    const files: SeedFile[] = []
    for (const item of list.items)
      files.push(await manifestEntry(manifest, directory, home, item as YamlNode))
    return files
  }
  return undefined
}

/** One entry of `files`, checked key by key, its file resolved inside the directory. */
async function manifestEntry(
  manifest: YamlFile,
  directory: string,
  home: string,
  node: YamlNode
): Promise<SeedFile> {
  const fail = (problem: string): never => manifest.fail(node, problem)
  if (!isMap(node)) return fail('each entry has `file`, `container` and optionally `mode`.')
  const entry = node.toJSON() as Record<string, unknown>
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.includes(key)) fail(`unknown key '${key}': expected ${ENTRY_KEYS.join(', ')}.`)
  }
  const { file, container, mode, columns } = entry
  if (typeof file !== 'string' || file.includes('..') || isAbsolute(file)) {
    return fail("'file' must be a path inside the seed directory.")
  }
  const format = formatOfExtension(extname(file).slice(1))
  if (format === undefined) return fail(`'${file}' is not ${extensionsInWords()}.`)
  if (typeof container !== 'string' || container === '' || !isContainerName(container)) {
    return fail("'container' must be a container name without / \\ # ? or control characters.")
  }
  // Without a mode, the file follows the seed-mode input.
  if (mode !== undefined && mode !== 'upsert' && mode !== 'insert')
    fail("'mode' must be 'upsert' or 'insert'.")
  if (columns !== undefined && !(format.hasColumns && areColumnTypes(columns))) {
    fail(
      `'columns' (${formatsWithColumnsInWords()} only) maps column names to ${COLUMN_TYPES.join(', ')}.`
    )
  }
  await checkInside(home, join(directory, file), fail, file)
  return {
    path: join(directory, file),
    container,
    format: format.name,
    ...(mode === undefined ? {} : { mode: mode as 'upsert' | 'insert' }),
    ...(columns === undefined ? {} : { columns: columns as Record<string, ColumnType> })
  }
}

function areColumnTypes(columns: unknown): boolean {
  return (
    columns !== null &&
    typeof columns === 'object' &&
    !Array.isArray(columns) &&
    Object.values(columns).every((type) => COLUMN_TYPES.includes(String(type)))
  )
}

/** The file as the file system resolves it: a symbolic link may lead out of the directory. */
async function checkInside(
  home: string,
  path: string,
  fail: (problem: string) => never,
  file: string
): Promise<void> {
  const real = await realpath(path).catch(() => undefined)
  if (real === undefined) return fail(`'${file}' is not in the seed directory.`)
  const inside = relative(home, real)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    fail(`'${file}' leads outside the seed directory (a symbolic link).`)
}
