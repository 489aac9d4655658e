import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import { ActionError } from '../errors.js'

/**
 * A YAML (or JSON: JSON is YAML) file of the user's, parsed keeping line numbers so that every
 * problem found in it is reported on its line. Seed manifests, smoke files and declarative
 * migrations all read through this, so their errors look alike.
 */
export interface YamlFile {
  readonly path: string
  readonly document: Document.Parsed
  /** The line a node starts on; 1 for a missing node (the problem is then the whole file). */
  lineOf(node: YamlNode | null | undefined): number
  /** Throws `path:line: problem`, located for an annotation; `at` is a node or a line. */
  fail(at: YamlNode | number | null | undefined, problem: string): never
}

/**
 * Parses `text`, refusing duplicate keys; a syntax error throws at once, naming the line and
 * the parser's first line of explanation ("not valid YAML: …", or `what` instead of YAML).
 */
export function parseYamlFile(path: string, text: string, what = 'YAML'): YamlFile {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const lineOf = (node: YamlNode | null | undefined): number =>
    lines.linePos(node?.range?.[0] ?? 0).line
  const fail = (at: YamlNode | number | null | undefined, problem: string): never => {
    const line = typeof at === 'number' ? at : lineOf(at)
    throw new ActionError(`${path}:${line}: ${problem}`, { location: { file: path, line } })
  }
  const syntax = document.errors[0]
  if (syntax)
    fail(syntax.linePos?.[0]?.line ?? 1, `not valid ${what}: ${syntax.message.split('\n')[0]}`)
  return { path, document, lineOf, fail }
}
