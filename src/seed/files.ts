import { glob, readFile, readdir, realpath, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path'
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { isResourceId, shown } from '../cosmos/resource-id.js'
import { ActionError } from '../errors.js'

/** A seed file and the container its name maps it to (`<container>.json`, `.ndjson`, `.jsonl`). */
export interface SeedFile {
  readonly path: string
  readonly container: string
  readonly format: 'json' | 'ndjson' | 'csv'
  /** The mode a manifest sets for this file; the `seed-mode` input otherwise. */
  readonly mode?: 'upsert' | 'insert'
  /** For CSV: the declared type of columns (others are typed by what they look like). */
  readonly columns?: Readonly<Record<string, ColumnType>>
}

/** How a CSV column's text becomes a value. */
export type ColumnType = 'string' | 'number' | 'boolean' | 'json'
const COLUMN_TYPES: readonly string[] = ['string', 'number', 'boolean', 'json']

/** A document read from a seed file, with where it came from. */
export interface SeedDocument {
  readonly body: Record<string, unknown>
  readonly line: number
  /** Its size as Cosmos DB counts it: compact JSON, in UTF-8 bytes. */
  readonly bytes: number
}

const SEED_NAME = /^(.+)\.(json|ndjson|jsonl|csv)$/i

/** True when a name can be a container's: the file it came from would otherwise write elsewhere. */
function isContainerName(name: string): boolean {
  return name.length <= 255 && isResourceId(name)
}

/** A seed file whose name cannot be a container's fails, rather than being skipped or followed. */
function misnamed(path: string, container: string, where: string): ActionError {
  return new ActionError(
    `${path}: a seed file is named after its container, <container>.json, .ndjson, .jsonl or .csv; '${shown(container)}' cannot be a container name (no / \\ # ?, control characters, . or ..). Rename it, or move it out of '${where}'.`
  )
}

/**
 * Finds the seed files in a directory: those a manifest (`seed.yml`) lists, or else every
 * `<container>.<format>` file, each filling the container it is named after.
 */
export async function discoverSeedFiles(directory: string): Promise<SeedFile[]> {
  if (/[*?[]/.test(directory)) return matchSeedFiles(directory)
  const info = await stat(directory).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ActionError(
      `'seed' is '${directory}': it is not a directory. Give the directory that holds <container>.json, .ndjson or .csv files.`
    )
  }
  const manifest = await readManifest(directory)
  if (manifest !== undefined) return manifest
  const files = (await readdir(directory)).sort().flatMap((name): SeedFile[] => {
    const match = SEED_NAME.exec(name)
    if (!match) return []
    if (!isContainerName(match[1] as string))
      throw misnamed(join(directory, name), match[1] as string, directory)
    const extension = match[2]?.toLowerCase()
    const format = extension === 'json' ? 'json' : extension === 'csv' ? 'csv' : 'ndjson'
    return [{ path: join(directory, name), container: match[1] as string, format }]
  })
  if (files.length === 0) {
    throw new ActionError(
      `'seed' is '${directory}': it holds no <container>.json, .ndjson, .jsonl or .csv file.`
    )
  }
  return files
}

/** Checks a document's id; errors name the file and the line. */
export function checkId(file: SeedFile, document: Pick<SeedDocument, 'body' | 'line'>): string {
  const id = document.body['id']
  if (typeof id !== 'string' || id === '')
    throw seedError(file, document.line, "has no string 'id'")
  if (!isResourceId(id) || id.length > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${shown(id)}': ids hold at most 1023 characters, no / \\ ? # or control characters, and are not . or ..`
    )
  }
  // Cosmos DB counts an id's length in bytes: 400 CJK characters are 1,200 bytes, too long.
  const bytes = Buffer.byteLength(id, 'utf8')
  if (bytes > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${shown(id, 40)}': it is ${bytes} bytes in UTF-8, and Cosmos DB stores ids of at most 1023 bytes`
    )
  }
  return id
}

/** An error that names the seed file and line, and says nothing was written. */
export function seedError(file: SeedFile, line: number, problem: string): ActionError {
  return new ActionError(`${file.path}:${line}: the document ${problem}. Nothing was written.`, {
    location: { file: file.path, line }
  })
}

const MANIFEST_NAMES = ['seed.yml', 'seed.yaml']
const FORMATS: Record<string, SeedFile['format']> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv'
}

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
async function readManifest(directory: string): Promise<SeedFile[] | undefined> {
  for (const name of MANIFEST_NAMES) {
    const path = join(directory, name)
    const text = await readFile(path, 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const lines = new LineCounter()
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
    const fail = (node: YamlNode | null | undefined, problem: string, at?: number): never => {
      const line = at ?? lines.linePos(node?.range?.[0] ?? 0).line
      throw new ActionError(`${path}:${line}: ${problem}`, { location: { file: path, line } })
    }
    const syntax = document.errors[0]
    if (syntax)
      fail(
        undefined,
        `not valid YAML: ${syntax.message.split('\n')[0]}`,
        syntax.linePos?.[0]?.line ?? 1
      )
    const root = document.contents
    if (!isMap(root)) return fail(root, 'the seed manifest is an object with a `files` list.')
    const list = root.get('files', true)
    if (!isSeq(list) || list.items.length === 0)
      return fail(list ?? root, '`files` must be a non-empty list.')
    const home = await realpath(directory)
    const files: SeedFile[] = []
    for (const item of list.items) {
      const node = item as YamlNode
      if (!isMap(node))
        return fail(node, 'each entry has `file`, `container` and optionally `mode`.')
      const entry = node.toJSON() as Record<string, unknown>
      for (const key of Object.keys(entry)) {
        if (!['file', 'container', 'mode', 'columns'].includes(key))
          fail(node, `unknown key '${key}': expected file, container, mode, columns.`)
      }
      const file = entry['file']
      const container = entry['container']
      const mode = entry['mode']
      if (typeof file !== 'string' || file.includes('..') || isAbsolute(file)) {
        fail(node, "'file' must be a path inside the seed directory.")
      }
      const format =
        FORMATS[
          extname(file as string)
            .slice(1)
            .toLowerCase()
        ]
      if (format === undefined)
        fail(node, `'${String(file)}' is not .json, .ndjson, .jsonl or .csv.`)
      if (typeof container !== 'string' || container === '' || !isContainerName(container)) {
        fail(node, "'container' must be a container name without / \\ # ? or control characters.")
      }
      // Without a mode, the file follows the seed-mode input.
      if (mode !== undefined && mode !== 'upsert' && mode !== 'insert')
        fail(node, "'mode' must be 'upsert' or 'insert'.")
      const columns = entry['columns']
      if (columns !== undefined) {
        const valid =
          columns !== null &&
          typeof columns === 'object' &&
          !Array.isArray(columns) &&
          Object.values(columns).every((type) => COLUMN_TYPES.includes(String(type)))
        if (!valid || format !== 'csv') {
          fail(node, `'columns' (CSV only) maps column names to ${COLUMN_TYPES.join(', ')}.`)
        }
      }
      // The file as the file system resolves it: a symbolic link may lead out of the directory.
      const real = await realpath(join(directory, file as string)).catch(() => undefined)
      if (real === undefined) fail(node, `'${String(file)}' is not in the seed directory.`)
      const inside = relative(home, real as string)
      if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
        fail(node, `'${String(file)}' leads outside the seed directory (a symbolic link).`)
      files.push({
        path: join(directory, file as string),
        container: container as string,
        format: format as SeedFile['format'],
        ...(mode === undefined ? {} : { mode: mode as 'upsert' | 'insert' }),
        ...(columns === undefined ? {} : { columns: columns as Record<string, ColumnType> })
      })
    }
    return files
  }
  return undefined
}

/** The seed files a glob (`db/seed/*.ndjson`) matches, in name order; each named after its container. */
async function matchSeedFiles(pattern: string): Promise<SeedFile[]> {
  const files: SeedFile[] = []
  for await (const path of glob(pattern)) {
    const match = SEED_NAME.exec(basename(path))
    if (!match) continue
    if (!isContainerName(match[1] as string)) throw misnamed(path, match[1] as string, pattern)
    const format = FORMATS[(match[2] ?? '').toLowerCase()] ?? 'ndjson'
    files.push({ path, container: match[1] as string, format })
  }
  if (files.length === 0) {
    throw new ActionError(
      `'seed' is '${pattern}': it matches no <container>.json, .ndjson, .jsonl or .csv file.`
    )
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}
