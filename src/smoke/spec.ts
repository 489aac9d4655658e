import { readFile, stat } from 'node:fs/promises'
import { isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml'
import { z } from 'zod'
import { ActionError } from '../errors.js'
import { firstMergeKey, parseYamlFile, type YamlFile } from '../yaml/index.js'
import { issueMessage } from './issue-messages.js'
import { describeIssue, innermostIssue, issueLine } from './issues.js'
import { SMOKE_KINDS, type SmokeCheck } from './kinds/index.js'

export type { SmokeCheck } from './kinds/index.js'

/** A smoke file larger than this is refused: checks are a page of YAML, not a data set. */
const MAX_FILE_BYTES = 1024 * 1024
const MAX_CHECKS = 500

type AnyKind = (typeof SMOKE_KINDS)[number]

/** The schema of a whole smoke file, published for editors as smoke.schema.json. */
export const SMOKE_FILE_SCHEMA = z.strictObject({
  checks: z
    .array(z.union(SMOKE_KINDS.map((kind) => kind.schema) as [z.ZodType, ...z.ZodType[]]))
    .min(1)
    .max(MAX_CHECKS)
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
  const yaml = parseYamlFile(file, text)
  refuseMergeKeys(yaml)
  const root = yaml.document.contents
  if (!isMap(root)) return yaml.fail(root, 'a smoke file is an object with a `checks` list.')
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (key !== 'checks')
      yaml.fail(pair.key as YamlNode, `unknown key '${key}': a smoke file has only 'checks'.`)
  }
  const list = root.get('checks', true)
  if (!isSeq(list) || list.items.length === 0)
    return yaml.fail(list ?? root, '`checks` must be a non-empty list of checks.')
  if (list.items.length > MAX_CHECKS)
    yaml.fail(list, `${list.items.length} checks; at most ${MAX_CHECKS}.`)
  const names = new Map<string, number>()
  return list.items.map((item, index) => readCheck(yaml, item as YamlNode, index, names))
}

/** One check of the list: its kind, validated by the kind's schema, under a name not yet used. */
function readCheck(
  yaml: YamlFile,
  node: YamlNode,
  index: number,
  names: Map<string, number>
): SmokeCheck {
  const line = yaml.lineOf(node)
  if (!isMap(node)) return yaml.fail(line, 'each check is an object with a name and a container.')
  const kind = kindOfNode(node, (problem) => yaml.fail(line, problem))
  refuseProtoKey(yaml, node)
  let value: unknown
  try {
    value = node.toJS(yaml.document)
  } catch (error) {
    // yaml refuses aliases that expand past its limit (a "billion laughs" file).
    return yaml.fail(line, `the check cannot be read: ${(error as Error).message}.`)
  }
  // reportInput keeps what was given on each issue: a missing key is then told from a wrong value.
  const parsed = kind.schema.safeParse(value, { reportInput: true, error: issueMessage })
  if (!parsed.success) {
    const issue = innermostIssue(parsed.error.issues[0] as z.core.$ZodIssue)
    const path = ['checks', index, ...issue.path] as Array<string | number>
    yaml.fail(
      issueLine(yaml.document, path, issue, yaml.lineOf) ?? line,
      describeIssue(kind, path, issue)
    )
  }
  const { name } = parsed.data as { name: string }
  const earlier = names.get(name)
  if (earlier !== undefined)
    yaml.fail(line, `a check named '${name}' is already on line ${earlier}; names are unique.`)
  names.set(name, line)
  const spec = (kind as SmokeKindOfAnySpec).specOf(parsed.data, (problem) =>
    yaml.fail(line, problem)
  )
  return { file: yaml.path, line, kind: kind.name, spec } as SmokeCheck
}

/** A kind seen without its own spec type: the parser hands each kind what its schema read. */
type SmokeKindOfAnySpec = { specOf(written: unknown, fail: (problem: string) => never): unknown }

/** The one kind whose key a check has. */
function kindOfNode(
  node: { has(key: unknown): boolean },
  fail: (problem: string) => never
): AnyKind {
  const kinds = SMOKE_KINDS.filter((kind) => node.has(kind.name))
  if (kinds.length === 0)
    fail(
      `a check needs one of ${alternatives(SMOKE_KINDS.map((kind) => kind.name))} to say what it does.`
    )
  if (kinds.length > 1)
    fail(
      `a check does one thing; this one has ${kinds.map((kind) => `\`${kind.name}\``).join(' and ')}.`
    )
  return kinds[0] as AnyKind
}

/** `a`, `b` or `c`. */
function alternatives(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``)
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/**
 * Merge keys are refused rather than applied: YAML 1.2 has none (an editor, and the schema, see
 * a key named `<<`), and a value merged in from elsewhere has no line of its own in its check
 * for a message to point at.
 */
function refuseMergeKeys(yaml: YamlFile): void {
  const merge = firstMergeKey(yaml.document)
  if (merge)
    yaml.fail(
      merge,
      "merge keys ('<<: *anchor') are not supported in a smoke file: write each check's keys out in full. An alias can still repeat a whole value (`partitionKey: *tenant`); a property named << is written quoted ('<<')."
    )
}

/** Zod drops a '__proto__' key from what it reads: an expectation would silently lose it. */
function refuseProtoKey(yaml: YamlFile, node: YamlNode): void {
  let proto: YamlNode | undefined
  visit(node, {
    Pair: (_, pair) => {
      if (!isScalar(pair.key) || pair.key.value !== '__proto__') return undefined
      proto = pair.key
      return visit.BREAK
    }
  })
  if (proto)
    yaml.fail(
      proto,
      "a key named '__proto__' cannot be part of a check: it would be lost as the check is read."
    )
}
