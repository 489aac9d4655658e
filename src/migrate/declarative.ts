import { isMap, isSeq, type Node as YamlNode, type YAMLSeq } from 'yaml'
import { parseYamlFile, type YamlFile } from '../yaml/index.js'
import type { MigrationFile } from './files.js'
import { readBody } from './operations/body.js'
import {
  OPERATIONS,
  type DeclarativeOperation,
  type OperationKind,
  type ParsedOperation
} from './operations/index.js'

export { isDestructive, type DeclarativeOperation } from './operations/index.js'

/**
 * Parses a declarative migration (JSON or YAML; JSON is YAML) into operations, checking every
 * key and value. Errors name the file and the line, before anything runs.
 */
export function parseDeclarative(file: MigrationFile): DeclarativeOperation[] {
  return readOperations(file, OPERATIONS)
}

/**
 * Reads a migration's operations with the given kinds: the file's shape and each operation's
 * name and keys are checked here, the rest of each body by its kind.
 */
export function readOperations<Operation extends ParsedOperation>(
  file: MigrationFile,
  kinds: readonly OperationKind<Operation>[]
): Operation[] {
  const yaml = parseYamlFile(
    file.path,
    file.text,
    file.fileName.endsWith('.json') ? 'JSON' : 'YAML'
  )
  return operationList(yaml).items.map((item) => readOperation(yaml, item as YamlNode, kinds))
}

/** The `operations` list of a migration, whose only other key may be `description`. */
function operationList(yaml: YamlFile): YAMLSeq {
  const root = yaml.document.contents
  if (!isMap(root))
    return yaml.fail(root, 'a declarative migration is an object with an `operations` list.')
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown }).value)
    if (key !== 'operations' && key !== 'description')
      yaml.fail(
        pair.key as YamlNode,
        `unknown key '${key}': expected 'operations' (and optionally 'description').`
      )
  }
  const list = root.get('operations', true)
  if (!isSeq(list) || list.items.length === 0)
    return yaml.fail(list ?? root, '`operations` must be a non-empty list.')
  return list
}

/** One operation: a single key naming its kind, over a body with that kind's keys. */
function readOperation<Operation extends ParsedOperation>(
  yaml: YamlFile,
  node: YamlNode,
  kinds: readonly OperationKind<Operation>[]
): Operation {
  const names = kinds.map((kind) => kind.name).join(', ')
  if (!isMap(node) || node.items.length !== 1)
    return yaml.fail(node, `each operation is a single key naming it: one of ${names}.`)
  const pair = node.items[0]!
  const op = String((pair.key as { value?: unknown }).value)
  const kind = kinds.find((candidate) => candidate.name === op)
  if (kind === undefined)
    return yaml.fail(pair.key as YamlNode, `unknown operation '${op}': expected one of ${names}.`)
  const body = pair.value as YamlNode
  if (!isMap(body))
    return yaml.fail(body ?? node, `'${op}' takes an object with ${kind.keys.join(', ')}.`)
  for (const entry of body.items) {
    const key = String((entry.key as { value?: unknown }).value)
    if (!kind.keys.includes(key))
      yaml.fail(
        entry.key as YamlNode,
        `unknown key '${key}' in '${op}': expected ${kind.keys.join(', ')}.`
      )
  }
  const value = body.toJSON() as Record<string, unknown>
  for (const key of kind.required) {
    if (value[key] === undefined) yaml.fail(body, `'${op}' needs '${key}'.`)
  }
  return kind.parse(readBody(yaml, op, body, yaml.lineOf(node)))
}
