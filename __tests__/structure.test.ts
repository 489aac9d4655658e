import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/**
 * The shape of src/ that keeps it easy to change (see CONTRIBUTING.md): folders that import one
 * another one way only, files short enough to read, functions short enough to hold in one's head.
 */

const SRC = resolve('src')
const MAX_FILE_LINES = 300
const MAX_FUNCTION_LINES = 80

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const files = sourceFiles(SRC).map((path) => {
  const text = readFileSync(path, 'utf8')
  return { path, name: relative(SRC, path), text, tree: parse(path, text) }
})

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true)
}

/** A module's unit of layering: its folder under src/, or the file itself at the top. */
function unitOf(name: string): string {
  return name.includes('/') ? name.slice(0, name.indexOf('/')) : name
}

function importsOf(file: (typeof files)[number]): string[] {
  return file.tree.statements.flatMap((statement) => {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined
    if (specifier === undefined || !specifier.startsWith('.')) return []
    const target = resolve(dirname(file.path), specifier.replace(/\.js$/, '.ts'))
    return [relative(SRC, target)]
  })
}

/** Which units each unit imports (its own files left out). */
function unitEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const file of files) {
    const from = unitOf(file.name)
    for (const target of importsOf(file)) {
      const to = unitOf(target)
      if (to === from) continue
      const set = edges.get(from) ?? new Set<string>()
      set.add(to)
      edges.set(from, set)
    }
  }
  return edges
}

/** Every cycle of an import graph, as `a → b → a` strings. */
function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles = new Set<string>()
  const visit = (unit: string, path: string[]): void => {
    for (const next of edges.get(unit) ?? []) {
      const at = path.indexOf(next)
      if (at >= 0) cycles.add([...path.slice(at), next].join(' → '))
      else visit(next, [...path, next])
    }
  }
  for (const unit of edges.keys()) visit(unit, [unit])
  return [...cycles]
}

/** A long file is fine when its opening comment says why it is one piece. */
function explainsItsLength(text: string): boolean {
  const opening = /^(?:import[^\n]*\n|\s)*\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? ''
  return /one piece|in one file|kept together/i.test(opening)
}

function tooLong(file: (typeof files)[number]): boolean {
  return file.text.split('\n').length > MAX_FILE_LINES && !explainsItsLength(file.text)
}

function longFunctions(file: (typeof files)[number]): string[] {
  const found: string[] = []
  const lineOf = (position: number): number =>
    file.tree.getLineAndCharacterOfPosition(position).line + 1
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1
      if (lines > MAX_FUNCTION_LINES)
        found.push(`${file.name}:${lineOf(node.getStart())} (${lines} lines)`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file.tree)
  return found
}

describe('the shape of src/', () => {
  test('folders import one another one way only', () => {
    expect(cyclesOf(unitEdges())).toEqual([])
  })

  test(`no file is over ${MAX_FILE_LINES} lines unless its opening comment says why`, () => {
    const long = files
      .filter(tooLong)
      .map((file) => `${file.name} (${file.text.split('\n').length} lines)`)
    expect(long).toEqual([])
  })

  test(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([])
  })

  test('the checks find what they look for', () => {
    const sample = {
      path: join(SRC, 'sample.ts'),
      name: 'sample.ts',
      text: '',
      tree: parse('sample.ts', `function f() {\n${'  x()\n'.repeat(90)}}\n`)
    }
    expect(longFunctions(sample)).toEqual(['sample.ts:1 (92 lines)'])
    expect(explainsItsLength('/**\n * Kept together: one table.\n */\n')).toBe(true)
    expect(explainsItsLength('/** Reads files. */\n')).toBe(false)
    const graph = new Map([
      ['cosmos', new Set(['authorization'])],
      ['authorization', new Set(['cosmos'])]
    ])
    expect(cyclesOf(graph)).toContain('cosmos → authorization → cosmos')
  })
})
