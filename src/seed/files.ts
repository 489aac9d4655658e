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
    const position = /position (\d+)/.exec((error as Error).message)
    const line = position ? lineAt(text, Number(position[1])) : 1
    throw seedError(file, line, `is not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(value)) throw seedError(file, 1, 'is not a JSON array of documents')
  // Line of each element: where its opening brace stands (documents are objects).
  const starts = elementLines(text)
  return value.map((element, index) => {
    const line = starts[index] ?? 1
    return { body: asDocument(file, line, element), line }
  })
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

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

/** The line where each top-level array element starts. */
function elementLines(text: string): number[] {
  const lines: number[] = []
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
      if (depth === 1) lines.push(line)
      depth++
    } else if (char === ']' || char === '}') depth--
  }
  return lines
}
