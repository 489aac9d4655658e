import {
  isScalar,
  LineCounter,
  parseDocument,
  Scalar,
  visit,
  type Document,
  type Node as YamlNode
} from 'yaml'
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

/**
 * The first `<<` merge key in a document, if any. YAML 1.2, which files are read as, has no
 * merge keys: a plain `<<` is an ordinary key there, so a reader that wants to refuse what the
 * writer surely meant as a merge looks for it here. A quoted `'<<'` is a key like any other.
 */
export function firstMergeKey(document: Document): YamlNode | undefined {
  let found: YamlNode | undefined
  visit(document, {
    Pair: (_, pair) => {
      const key = pair.key
      if (!isScalar(key) || key.value !== '<<' || key.type !== Scalar.PLAIN) return undefined
      found = key
      return visit.BREAK
    }
  })
  return found
}
