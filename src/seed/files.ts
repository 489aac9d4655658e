import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ActionError } from '../errors.js'

/** A seed file and the container its name maps it to (`<container>.json`, `.ndjson`, `.jsonl`). */
export interface SeedFile {
  readonly path: string
  readonly container: string
  readonly format: 'json' | 'ndjson'
}

/** A document read from a seed file, with where it came from. */
export interface SeedDocument {
  readonly body: Record<string, unknown>
  readonly line: number
}

const SEED_NAME = /^([^/\\#?]+)\.(json|ndjson|jsonl)$/i

/** Finds the seed files in a directory; each names the container it fills. */
export async function discoverSeedFiles(directory: string): Promise<SeedFile[]> {
  const info = await stat(directory).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ActionError(
      `'seed' is '${directory}': it is not a directory. Give the directory that holds <container>.json or .ndjson files.`
    )
  }
  const files = (await readdir(directory)).sort().flatMap((name): SeedFile[] => {
    const match = SEED_NAME.exec(name)
    if (!match) return []
    const format = match[2]?.toLowerCase() === 'json' ? 'json' : 'ndjson'
    return [{ path: join(directory, name), container: match[1] as string, format }]
  })
  if (files.length === 0) {
    throw new ActionError(
      `'seed' is '${directory}': it holds no <container>.json, .ndjson or .jsonl file.`
    )
  }
  return files
}

/** Reads and checks every document of a seed file; errors name the file and the line. */
export async function readSeedFile(file: SeedFile): Promise<SeedDocument[]> {
  const text = await readFile(file.path, 'utf8')
  const documents = file.format === 'json' ? parseJsonArray(file, text) : parseJsonLines(file, text)
  documents.forEach((document) => checkId(file, document))
  return documents
}

function parseJsonLines(file: SeedFile, text: string): SeedDocument[] {
  const documents: SeedDocument[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw seedError(file, index + 1, `is not JSON (${(error as Error).message})`)
    }
    documents.push({ body: asDocument(file, index + 1, value), line: index + 1 })
  })
  return documents
}

function parseJsonArray(file: SeedFile, text: string): SeedDocument[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    // V8 does not always say where: parse element by element to find the line.
    const broken = elementSpans(text).find((span) => !parses(text.slice(span.start, span.end)))
    throw seedError(file, broken?.line ?? 1, `is not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(value)) throw seedError(file, 1, 'is not a JSON array of documents')
  const spans = elementSpans(text)
  return value.map((element, index) => {
    const line = spans[index]?.line ?? 1
    return { body: asDocument(file, line, element), line }
  })
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

function asDocument(file: SeedFile, line: number, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw seedError(file, line, 'is not a JSON object')
  }
  return value as Record<string, unknown>
}

function checkId(file: SeedFile, document: SeedDocument): void {
  const id = document.body['id']
  if (typeof id !== 'string' || id === '')
    throw seedError(file, document.line, "has no string 'id'")
  if (/[/\\?#]/.test(id) || id.length > 1023) {
    throw seedError(
      file,
      document.line,
      `has an invalid id '${id.slice(0, 80)}': ids hold at most 1023 characters and no / \\ ? #`
    )
  }
}

/** An error that names the seed file and line, and says nothing was written. */
export function seedError(file: SeedFile, line: number, problem: string): ActionError {
  return new ActionError(`${file.path}:${line}: the document ${problem}. Nothing was written.`)
}

/** Where each object or array element of a top-level array starts and ends, and its line. */
function elementSpans(text: string): Array<{ start: number; end: number; line: number }> {
  const spans: Array<{ start: number; end: number; line: number }> = []
  let depth = 0
  let line = 1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') line++
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    else if (char === '[' || char === '{') {
      if (depth === 1) spans.push({ start: i, end: text.length, line })
      depth++
    } else if (char === ']' || char === '}') {
      depth--
      const open = spans[spans.length - 1]
      if (depth === 1 && open) open.end = i + 1
    }
  }
  return spans
}
