import type { Node as YamlNode, YAMLMap } from 'yaml'
import { isResourceId } from '../../cosmos/resource-id.js'
import { SYSTEM_PROPERTIES } from '../../cosmos/transient.js'
import { hasForbiddenSegment } from '../../documents/property-path.js'
import type { YamlFile } from '../../yaml/index.js'

/**
 * The body of one operation as its kind reads it: the checks every operation shares are done
 * (keys, container, `where`), and problems found in the rest are reported at their line.
 */
export interface OperationBody {
  /** The operation's name, as messages quote it. */
  readonly op: string
  readonly container: string
  readonly where: string | undefined
  /** The line the operation starts on. */
  readonly line: number
  /** The body as plain data. */
  readonly value: Readonly<Record<string, unknown>>
  /** The body's node: problems of the body as a whole are reported there. */
  readonly node: YamlNode
  /** The node of a key's value, or the body's when the key is absent. */
  at(key: string): YamlNode
  /** Throws `path:line: problem` for a node of the file. */
  fail(at: YamlNode | null | undefined, problem: string): never
  /** A key's value, which must be a non-empty string. */
  text(key: string): string
  /** A key's value, which must be a property path the migration may change. */
  property(key: string): string
}

/** A property path such as `a.b.c` (no leading slash); used by patch, rename and remove. */
const PROPERTY = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/
/** The id and what Cosmos DB adds to every document are never migrated this way. */
const RESERVED = new Set(['id', ...SYSTEM_PROPERTIES])

/** Why a property path cannot be migrated, or undefined when it can. */
export function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || !PROPERTY.test(path))
    return "is not a property path such as 'a.b'"
  if (hasForbiddenSegment(path)) return 'names __proto__, constructor or prototype'
  if (RESERVED.has(path.split('.')[0] as string)) return 'is the id or a system property'
  return undefined
}

/**
 * Reads the parts of a body every operation shares; `container` and `where` are checked here,
 * in that order, before the operation's own keys.
 */
export function readBody(file: YamlFile, op: string, body: YAMLMap, line: number): OperationBody {
  const value = body.toJSON() as Record<string, unknown>
  const at = (key: string): YamlNode => (body.get(key, true) as YamlNode | undefined) ?? body
  const text = (key: string): string => {
    const v = value[key]
    if (typeof v !== 'string' || v.trim() === '')
      file.fail(at(key), `'${key}' in '${op}' must be a non-empty string.`)
    return v as string
  }
  const property = (key: string): string => {
    const v = text(key)
    const problem = pathProblem(v)
    if (problem) file.fail(at(key), `'${key}' in '${op}' is '${v}', which ${problem}.`)
    return v
  }
  const container = text('container')
  if (container.length > 255 || !isResourceId(container))
    file.fail(
      at('container'),
      `'container' in '${op}' must be a container name without / \\ # ? or control characters, and not . or ...`
    )
  const where = value['where'] === undefined ? undefined : text('where')
  return { op, container, where, line, value, node: body, at, fail: file.fail, text, property }
}
