import { validateWorkflow } from '@action-validator/core'
import type { Problem, YamlFile } from './problem.js'

interface SchemaError {
  readonly path?: string
  readonly title: string
  readonly detail?: string
  readonly states?: readonly { errors: readonly SchemaError[] }[]
}

/**
 * A workflow checked against the workflow schema (SchemaStore's, as @action-validator/core
 * carries it): unknown keys, a step with both `uses` and `run`, a job without `runs-on`. Only
 * called on YAML that parses (YamlFile.syntaxProblems first).
 */
export function checkWorkflowSchema(file: YamlFile): Problem[] {
  const errors = quietly(() => validateWorkflow(file.text).errors) as readonly SchemaError[]
  return errors.flatMap((error) => leaves(error)).map((error) => toProblem(file, error))
}

/** The validator warns on the console that it cannot check `paths:` globs: not a problem. */
function quietly<T>(work: () => T): T {
  const warn = console.warn
  console.warn = () => undefined
  try {
    return work()
  } finally {
    console.warn = warn
  }
}

/**
 * The errors that say what is wrong. A "oneOf" failure lists an error state per alternative (a
 * job is a normal job or a call of a reusable workflow): the alternative with the fewest errors
 * is the one the author meant.
 */
function leaves(error: SchemaError): SchemaError[] {
  if (!error.states?.length) return [error]
  const closest = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0]
  const inner = closest?.errors.flatMap((each) => leaves(each)) ?? []
  return inner.length > 0 ? inner : [error]
}

function toProblem(file: YamlFile, error: SchemaError): Problem {
  const path = (error.path ?? '').split('/').filter(Boolean).map(decodePointer)
  const where = path.length > 0 ? `${path.join('.')}: ` : ''
  const message = `${where}${error.detail ?? error.title}`
  return { file: file.path, line: file.lineOf(path), message, rule: 'schema' }
}

/** A JSON pointer's segment: `~1` is `/`, `~0` is `~`; a number is an index. */
function decodePointer(segment: string): string | number {
  const text = segment.replaceAll('~1', '/').replaceAll('~0', '~')
  return /^\d+$/u.test(text) ? Number(text) : text
}
