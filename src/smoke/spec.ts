import { readFile, stat } from 'node:fs/promises'
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode
} from 'yaml'
import { z } from 'zod'
import { CONTROL_CHARACTERS, isResourceId } from '../cosmos/resource-id.js'
import { ActionError } from '../errors.js'

/** A smoke file larger than this is refused: checks are a page of YAML, not a data set. */
const MAX_FILE_BYTES = 1024 * 1024

const NAME = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not hold control characters')
/** A name Cosmos DB can put in a request path. */
const resourceName = (max: number, what: string): z.ZodString =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(
      isResourceId,
      `must be a ${what} without / \\ # ? or control characters, and not . or ..`
    )
const CONTAINER = resourceName(255, 'container name')
const ID = resourceName(1023, 'document id')
const KEY_PART = z.union([z.string(), z.number(), z.boolean(), z.null()])
/** One value, or one per level of a hierarchical key. */
const PARTITION_KEY = z.union([KEY_PART, z.array(KEY_PART).min(1).max(3)])
const MILLISECONDS = z.number().positive().max(600_000)

const LATENCY = z
  .strictObject({
    samples: z.int().min(1).max(1000).default(20),
    p50Ms: MILLISECONDS.optional(),
    p95Ms: MILLISECONDS.optional(),
    maxMs: MILLISECONDS.optional()
  })
  .refine(
    (budget) =>
      budget.p50Ms !== undefined || budget.p95Ms !== undefined || budget.maxMs !== undefined,
    'needs at least one budget: p50Ms, p95Ms or maxMs'
  )

const QUERY_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  query: z.string().min(1).max(262_144),
  /** Query parameters by name, with or without the leading @. */
  parameters: z
    .record(z.string().regex(/^@?[A-Za-z_]\w*$/, 'is not a parameter name'), z.json())
    .optional(),
  /** Keeps the query in one logical partition. */
  partitionKey: PARTITION_KEY.optional(),
  expect: z
    .strictObject({
      count: z.int().min(0).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      equals: z.json().optional(),
      contains: z.json().optional()
    })
    .optional(),
  latency: LATENCY.optional()
})

const READ_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  read: z.strictObject({ id: ID, partitionKey: PARTITION_KEY.optional() }),
  expect: z
    .strictObject({
      exists: z.boolean().default(true),
      /** Property paths (`a.b`) and the values they must hold. */
      fields: z
        .record(z.string().regex(/^[^.]+(\.[^.]+)*$/, 'is not a property path'), z.json())
        .optional()
    })
    .optional(),
  latency: LATENCY.optional()
})

const CANARY_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  canary: z.union(
    [
      z.literal(true),
      z.strictObject({
        /** The canary's partition key value; its own id when omitted. */
        partitionKey: PARTITION_KEY.optional()
      })
    ],
    { error: 'must be true, or an object with an optional partitionKey' }
  )
})

export type QueryCheckSpec = z.infer<typeof QUERY_CHECK>
export type ReadCheckSpec = z.infer<typeof READ_CHECK>
export type LatencyBudget = z.infer<typeof LATENCY>

/** One check of a smoke file, with where it was written. */
export type SmokeCheck = { readonly file: string; readonly line: number } & (
  | { readonly kind: 'query'; readonly spec: QueryCheckSpec }
  | { readonly kind: 'read'; readonly spec: ReadCheckSpec }
  | {
      readonly kind: 'canary'
      readonly spec: { name: string; container: string; partitionKey: unknown }
    }
)

const KINDS = { query: QUERY_CHECK, read: READ_CHECK, canary: CANARY_CHECK } as const
type Kind = keyof typeof KINDS

/** The schema of a whole smoke file, published for editors as smoke.schema.json. */
export const SMOKE_FILE_SCHEMA = z.strictObject({
  checks: z
    .array(z.union([QUERY_CHECK, READ_CHECK, CANARY_CHECK]))
    .min(1)
    .max(500)
})

/** The smoke file's schema as JSON Schema (draft 2020-12), for editors. */
export function smokeJsonSchema(): Record<string, unknown> {
  return {
    title: 'cosmos-oidc-action smoke checks',
    ...z.toJSONSchema(SMOKE_FILE_SCHEMA, { io: 'input', unrepresentable: 'any' })
  }
}

/**
 * Reads and validates a smoke file before anything runs. Every problem is found by the schema
 * and reported with the file and the line of the offending key or value.
 */
export async function readSmokeFile(path: string): Promise<SmokeCheck[]> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile())
      throw new ActionError(
        `'smoke' is '${path}': it is not a file. Give the path of a YAML file of checks, relative to the workspace.`
      )
    size = info.size
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError(
      `'smoke' is '${path}': no such file. Give the path of a YAML file of checks, relative to the workspace.`
    )
  }
  if (size > MAX_FILE_BYTES) {
    throw new ActionError(
      `${path}: ${size} bytes; a smoke file holds at most ${MAX_FILE_BYTES} bytes of checks.`,
      { location: { file: path, line: 1 } }
    )
  }
  return parseSmokeChecks(path, await readFile(path, 'utf8'))
}

/** Parses the text of a smoke file (see readSmokeFile). */
export function parseSmokeChecks(file: string, text: string): SmokeCheck[] {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const lineOf = (node: YamlNode | null | undefined): number =>
    lines.linePos(node?.range?.[0] ?? 0).line
  const fail = (line: number, problem: string): never => {
    throw new ActionError(`${file}:${line}: ${problem}`, { location: { file, line } })
  }
  const syntax = document.errors[0]
  if (syntax)
    fail(syntax.linePos?.[0]?.line ?? 1, `not valid YAML: ${syntax.message.split('\n')[0]}`)

  const root = document.contents
  if (!isMap(root)) return fail(lineOf(root), 'a smoke file is an object with a `checks` list.')
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (key !== 'checks')
      fail(lineOf(pair.key as YamlNode), `unknown key '${key}': a smoke file has only 'checks'.`)
  }
  const list = root.get('checks', true)
  if (!isSeq(list) || list.items.length === 0)
    return fail(lineOf(list ?? root), '`checks` must be a non-empty list of checks.')
  if (list.items.length > 500) fail(lineOf(list), `${list.items.length} checks; at most 500.`)

  const names = new Map<string, number>()
  return list.items.map((item, index) => {
    const node = item as YamlNode
    const line = lineOf(node)
    if (!isMap(node)) return fail(line, 'each check is an object with a name and a container.')
    const kinds = (Object.keys(KINDS) as Kind[]).filter((kind) => node.has(kind))
    if (kinds.length !== 1) {
      fail(
        line,
        kinds.length === 0
          ? 'a check needs one of `query`, `read` or `canary` to say what it does.'
          : `a check does one thing; this one has ${kinds.map((kind) => `\`${kind}\``).join(' and ')}.`
      )
    }
    const kind = kinds[0] as Kind
    // Zod drops a '__proto__' key from what it reads: an expectation would silently lose it.
    let proto: YamlNode | undefined
    visit(node, {
      Pair: (_, pair) => {
        if (!isScalar(pair.key) || pair.key.value !== '__proto__') return undefined
        proto = pair.key
        return visit.BREAK
      }
    })
    if (proto)
      fail(
        lineOf(proto),
        "a key named '__proto__' cannot be part of a check: it would be lost as the check is read."
      )
    let value: unknown
    try {
      value = node.toJS(document)
    } catch (error) {
      // yaml refuses aliases that expand past its limit (a "billion laughs" file).
      return fail(line, `the check cannot be read: ${(error as Error).message}.`)
    }
    const parsed = KINDS[kind].safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0] as z.core.$ZodIssue
      const path = ['checks', index, ...issue.path] as Array<string | number>
      fail(issueLine(document, path, issue, lineOf) ?? line, describeIssue(kind, path, issue))
    }
    const spec = parsed.data as { name: string }
    const earlier = names.get(spec.name)
    if (earlier !== undefined)
      fail(line, `a check named '${spec.name}' is already on line ${earlier}; names are unique.`)
    names.set(spec.name, line)
    if (kind === 'query')
      queryParameterProblems(spec as QueryCheckSpec, (problem) => fail(line, problem))
    if (kind === 'canary') {
      const canary = spec as z.infer<typeof CANARY_CHECK>
      return {
        file,
        line,
        kind,
        spec: {
          name: canary.name,
          container: canary.container,
          partitionKey: canary.canary === true ? undefined : canary.canary.partitionKey
        }
      }
    }
    return { file, line, kind, spec } as SmokeCheck
  })
}

/** Parameters the query uses but the check does not give, or gives but the query never uses. */
function queryParameterProblems(spec: QueryCheckSpec, fail: (problem: string) => never): void {
  const given = new Set(
    Object.keys(spec.parameters ?? {}).map((name) => (name.startsWith('@') ? name : `@${name}`))
  )
  // Parameters are @names outside string literals.
  const used = new Set(
    spec.query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').match(/@[A-Za-z_]\w*/g) ?? []
  )
  const missing = [...used].filter((name) => !given.has(name))
  if (missing.length > 0)
    fail(
      `the query uses ${missing.join(', ')}; give ${missing.length === 1 ? 'it' : 'them'} under \`parameters\`.`
    )
  const unused = [...given].filter((name) => !used.has(name))
  if (unused.length > 0)
    fail(`\`parameters\` gives ${unused.join(', ')}, which the query never uses.`)
}

/** The line of the value (or, for an unknown key, of the key) an issue is about. */
function issueLine(
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

/** The keys each object of a check may have, by kind and where it is in the check. */
const KEYS: Record<string, string> = {
  query: 'name, container, query, parameters, partitionKey, expect, latency',
  read: 'name, container, read, expect, latency',
  canary: 'name, container, canary',
  'query expect': 'count, min, max, equals, contains',
  'read expect': 'exists, fields',
  'read read': 'id, partitionKey',
  'canary canary': 'partitionKey',
  latency: 'samples, p50Ms, p95Ms, maxMs'
}

/** An issue in words: which key, what is wrong, what is allowed. */
function describeIssue(kind: Kind, path: Array<string | number>, issue: z.core.$ZodIssue): string {
  const where = path
    .slice(2)
    .map((part) => (typeof part === 'number' ? `[${part}]` : part))
    .join('.')
  const at = where === '' ? `a ${kind} check` : `'${where}' in a ${kind} check`
  if (issue.code === 'unrecognized_keys') {
    const allowed = KEYS[where === '' ? kind : where === 'latency' ? where : `${kind} ${where}`]
    return `unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')} in ${where === '' ? `a ${kind} check` : `'${where}'`}${allowed ? `: expected ${allowed}` : ''}.`
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${at} is required.`
  if (issue.code === 'invalid_key') return `${at}: ${issue.issues[0]?.message ?? issue.message}.`
  return `${at}: ${issue.message}.`
}
