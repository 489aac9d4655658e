import { isMap, isScalar, type Document, type Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { isWrongFormOption } from './issue-messages.js'
import type { SmokeKind } from './kinds/index.js'

/** The line of the value (or, for an unknown key, of the key) an issue is about. */
export function issueLine(
  document: Document,
  path: Array<string | number>,
  issue: z.core.$ZodIssue,
  lineOf: (node: YamlNode | null | undefined) => number
): number | undefined {
  const node = document.getIn(path, true) as YamlNode | undefined
  if (issue.code === 'unrecognized_keys' && isMap(node)) {
    const key = node.items.find(
      (pair) => isScalar(pair.key) && issue.keys.includes(String(pair.key.value))
    )?.key
    if (key) return lineOf(key as YamlNode)
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const found = document.getIn(path.slice(0, depth), true) as YamlNode | undefined
    if (found?.range) return lineOf(found)
  }
  return undefined
}

/**
 * The issue a union's failure comes down to. When all of a union's forms but one fail because
 * the value is not of their form at all, the value was meant to take that one: its problem,
 * deeper in, is the one to report (a hierarchical partition key of four levels is a list too
 * long, not "none of the forms").
 */
export function innermostIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue
  const meant = issue.errors.filter((option) => !isWrongFormOption(option))
  const inner = meant.length === 1 ? meant[0]?.[0] : undefined
  if (inner === undefined) return issue
  return innermostIssue({ ...inner, path: [...issue.path, ...inner.path] })
}

/**
 * An issue in words: which key, what is wrong, what is allowed. `path` starts at the file
 * (`checks`, the check's index, then the key in the check).
 */
export function describeIssue(
  kind: Pick<SmokeKind<string, never, unknown>, 'name' | 'schema'>,
  path: Array<string | number>,
  issue: z.core.$ZodIssue
): string {
  const inCheck = path.slice(2)
  const where = inCheck
    .map((part, at) => (typeof part === 'number' ? `[${part}]` : at === 0 ? part : `.${part}`))
    .join('')
  const at = where === '' ? `a ${kind.name} check` : `'${where}' in a ${kind.name} check`
  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeysAt(kind.schema, inCheck)?.join(', ')
    return `unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')} in ${where === '' ? `a ${kind.name} check` : `'${where}'`}${allowed ? `: expected ${allowed}` : ''}.`
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${at} is required.`
  const message =
    issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message
  // A message may end with a dot of its own ("and not . or ..").
  return `${at}: ${message}${message.endsWith('.') ? '' : '.'}`
}

/** The parts of a schema's definition that lead to an object and its keys. */
interface SchemaDefinition {
  readonly type: string
  readonly innerType?: z.core.$ZodType
  readonly options?: readonly z.core.$ZodType[]
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>
}

/**
 * The keys of the object a schema expects at `path`, in the schema's order: what an unknown
 * key message offers instead. Read from the kind's own schema, so a new kind's messages need
 * no table.
 */
function objectKeysAt(
  schema: z.core.$ZodType,
  path: ReadonlyArray<string | number>
): string[] | undefined {
  const definition = schema._zod.def as SchemaDefinition
  if (definition.innerType !== undefined) return objectKeysAt(definition.innerType, path)
  if (definition.type === 'union') {
    for (const option of definition.options ?? []) {
      const keys = objectKeysAt(option, path)
      if (keys !== undefined) return keys
    }
    return undefined
  }
  if (definition.type !== 'object' || definition.shape === undefined) return undefined
  const [first, ...rest] = path
  if (first === undefined) return Object.keys(definition.shape)
  const child = typeof first === 'string' ? definition.shape[first] : undefined
  return child === undefined ? undefined : objectKeysAt(child, rest)
}
