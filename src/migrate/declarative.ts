import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { isResourceId } from '../cosmos/resource-id.js'
import { SYSTEM_PROPERTIES } from '../cosmos/transient.js'
import { ActionError } from '../errors.js'
import type { MigrationFile } from './files.js'

/** One operation of a declarative migration. */
export type DeclarativeOperation =
  | {
      readonly op: 'patch'
      readonly container: string
      readonly where: string | undefined
      readonly set: Readonly<Record<string, unknown>>
      readonly remove: readonly string[]
      readonly increment: Readonly<Record<string, number>>
      readonly line: number
    }
  | {
      readonly op: 'renameProperty'
      readonly container: string
      readonly where: string | undefined
      readonly from: string
      readonly to: string
      readonly line: number
    }
  | {
      readonly op: 'removeProperty'
      readonly container: string
      readonly where: string | undefined
      readonly property: string
      readonly line: number
    }
  | {
      readonly op: 'delete'
      readonly container: string
      readonly where: string | undefined
      readonly line: number
    }
  | {
      readonly op: 'upsert'
      readonly container: string
      readonly documents: ReadonlyArray<Record<string, unknown>>
      readonly line: number
    }

/** The keys each operation takes; `required` must be present. */
const SHAPES: Readonly<
  Record<DeclarativeOperation['op'], { keys: readonly string[]; required: readonly string[] }>
> = {
  patch: { keys: ['container', 'where', 'set', 'remove', 'increment'], required: ['container'] },
  renameProperty: {
    keys: ['container', 'where', 'from', 'to'],
    required: ['container', 'from', 'to']
  },
  removeProperty: { keys: ['container', 'where', 'property'], required: ['container', 'property'] },
  delete: { keys: ['container', 'where'], required: ['container'] },
  upsert: { keys: ['container', 'documents'], required: ['container', 'documents'] }
}

/** A property path such as `a.b.c` (no leading slash); used by patch, rename and remove. */
const PROPERTY = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/
/** Segments that would reach the runner's own objects instead of the document's. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])
/** The id and what Cosmos DB adds to every document are never migrated this way. */
const RESERVED = new Set(['id', ...SYSTEM_PROPERTIES])

/** Why a property path cannot be migrated, or undefined when it can. */
function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || !PROPERTY.test(path))
    return "is not a property path such as 'a.b'"
  const segments = path.split('.')
  if (segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment)))
    return 'names __proto__, constructor or prototype'
  if (RESERVED.has(segments[0] as string)) return 'is the id or a system property'
  return undefined
}

/**
 * Parses a declarative migration (JSON or YAML; JSON is YAML) into operations, checking every
 * key and value. Errors name the file and the line, before anything runs.
 */
export function parseDeclarative(file: MigrationFile): DeclarativeOperation[] {
  const lines = new LineCounter()
  const document = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true })
  const fail = (node: YamlNode | null | undefined, problem: string): never => {
    const line = lines.linePos(node?.range?.[0] ?? 0).line
    throw new ActionError(`${file.path}:${line}: ${problem}`, {
      location: { file: file.path, line }
    })
  }
  const firstError = document.errors[0]
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? 1
    throw new ActionError(
      `${file.path}:${line}: not valid ${file.fileName.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`,
      { location: { file: file.path, line } }
    )
  }
  const root = document.contents
  if (!isMap(root))
    return fail(root, 'a declarative migration is an object with an `operations` list.')
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown }).value)
    if (key !== 'operations' && key !== 'description')
      fail(
        pair.key as YamlNode,
        `unknown key '${key}': expected 'operations' (and optionally 'description').`
      )
  }
  const list = root.get('operations', true)
  if (!isSeq(list) || list.items.length === 0)
    return fail(list ?? root, '`operations` must be a non-empty list.')

  return list.items.map((item) => {
    const node = item as YamlNode
    if (!isMap(node) || node.items.length !== 1) {
      return fail(
        node,
        `each operation is a single key naming it: one of ${Object.keys(SHAPES).join(', ')}.`
      )
    }
    const pair = node.items[0]!
    const op = String((pair.key as { value?: unknown }).value) as DeclarativeOperation['op']
    const shape = SHAPES[op]
    if (!shape)
      return fail(
        pair.key as YamlNode,
        `unknown operation '${op}': expected one of ${Object.keys(SHAPES).join(', ')}.`
      )
    const body = pair.value as YamlNode
    if (!isMap(body))
      return fail(body ?? node, `'${op}' takes an object with ${shape.keys.join(', ')}.`)
    for (const entry of body.items) {
      const key = String((entry.key as { value?: unknown }).value)
      if (!shape.keys.includes(key))
        fail(
          entry.key as YamlNode,
          `unknown key '${key}' in '${op}': expected ${shape.keys.join(', ')}.`
        )
    }
    const value = body.toJSON() as Record<string, unknown>
    for (const key of shape.required) {
      if (value[key] === undefined) fail(body, `'${op}' needs '${key}'.`)
    }
    const line = lines.linePos(node.range?.[0] ?? 0).line
    const at = (key: string): YamlNode => (body.get(key, true) as YamlNode | undefined) ?? body
    const text = (key: string): string => {
      const v = value[key]
      if (typeof v !== 'string' || v.trim() === '')
        fail(at(key), `'${key}' in '${op}' must be a non-empty string.`)
      return v as string
    }
    const optionalText = (key: string): string | undefined =>
      value[key] === undefined ? undefined : text(key)
    const property = (key: string): string => {
      const v = text(key)
      const problem = pathProblem(v)
      if (problem) fail(at(key), `'${key}' in '${op}' is '${v}', which ${problem}.`)
      return v
    }
    const container = text('container')
    if (container.length > 255 || !isResourceId(container))
      fail(
        at('container'),
        `'container' in '${op}' must be a container name without / \\ # ? or control characters, and not . or ...`
      )
    const where = optionalText('where')
    switch (op) {
      case 'patch': {
        const set = (value['set'] ?? {}) as Record<string, unknown>
        const remove = (value['remove'] ?? []) as unknown
        const increment = (value['increment'] ?? {}) as Record<string, unknown>
        if (typeof set !== 'object' || Array.isArray(set))
          fail(at('set'), "'set' in 'patch' must be an object of property paths and values.")
        if (!Array.isArray(remove) || remove.some((p) => pathProblem(p) !== undefined))
          fail(
            at('remove'),
            "'remove' in 'patch' must be a list of property paths (not the id or system properties)."
          )
        if (
          typeof increment !== 'object' ||
          Array.isArray(increment) ||
          Object.values(increment).some((n) => typeof n !== 'number')
        )
          fail(at('increment'), "'increment' in 'patch' must map property paths to numbers.")
        for (const path of [...Object.keys(set), ...Object.keys(increment)]) {
          const problem = pathProblem(path)
          if (problem) fail(body, `'${path}' in 'patch' ${problem}.`)
        }
        if (
          Object.keys(set).length + (remove as string[]).length + Object.keys(increment).length ===
          0
        )
          fail(body, "'patch' changes nothing: give 'set', 'remove' or 'increment'.")
        return {
          op,
          container,
          where,
          set,
          remove: remove as string[],
          increment: increment as Record<string, number>,
          line
        }
      }
      case 'renameProperty': {
        const from = property('from')
        const to = property('to')
        if (from === to || to.startsWith(`${from}.`) || from.startsWith(`${to}.`)) {
          fail(
            at('to'),
            `'renameProperty' cannot move '${from}' to '${to}': one contains the other.`
          )
        }
        return { op, container, where, from, to, line }
      }
      case 'removeProperty':
        return { op, container, where, property: property('property'), line }
      case 'delete':
        return { op, container, where, line }
      case 'upsert': {
        const documents = value['documents']
        if (!Array.isArray(documents) || documents.length === 0)
          return fail(at('documents'), "'documents' in 'upsert' must be a non-empty list.")
        documents.forEach((doc: unknown, index) => {
          const node = (at('documents') as { items?: YamlNode[] }).items?.[index]
          if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
            fail(node, 'each document must be an object.')
          const id = (doc as Record<string, unknown>)['id']
          if (typeof id !== 'string' || id === '' || id.length > 1023 || !isResourceId(id))
            fail(node, "each document needs a string 'id' without / \\ ? # or control characters.")
        })
        return { op, container, documents: documents as Array<Record<string, unknown>>, line }
      }
    }
  })
}

/** True for operations that delete data: a reviewer should see them in the plan. */
export function isDestructive(operation: DeclarativeOperation): boolean {
  return (
    operation.op === 'delete' ||
    operation.op === 'removeProperty' ||
    (operation.op === 'patch' && operation.remove.length > 0)
  )
}
