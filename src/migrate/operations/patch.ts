import { setAt, deleteAt, valueAt } from '../../documents/property-path.js'
import { pathProblem, type OperationBody } from './body.js'
import type { OperationKind } from './operation.js'

/** Sets, removes and increments property paths on every matching document. */
export interface PatchOp {
  readonly op: 'patch'
  readonly container: string
  readonly where: string | undefined
  readonly set: Readonly<Record<string, unknown>>
  readonly remove: readonly string[]
  readonly increment: Readonly<Record<string, number>>
  readonly line: number
}

/** `patch`: destructive when it removes properties. */
export const patch: OperationKind<PatchOp> = {
  name: 'patch',
  keys: ['container', 'where', 'set', 'remove', 'increment'],
  required: ['container'],
  parse(body) {
    const { set, remove, increment } = changesOf(body)
    if (Object.keys(set).length + remove.length + Object.keys(increment).length === 0)
      body.fail(body.node, "'patch' changes nothing: give 'set', 'remove' or 'increment'.")
    const { container, where, line } = body
    return { op: 'patch', container, where, set, remove, increment, line }
  },
  isDestructive: (operation) => operation.remove.length > 0,
  containers: (operation) => [operation.container],
  apply: (ctx, operation) =>
    ctx.updateWhere(operation.container, operation.where, (document) => {
      for (const [path, value] of Object.entries(operation.set))
        setAt(document, path, value, { replaceArrays: true })
      for (const path of operation.remove) deleteAt(document, path)
      for (const [path, by] of Object.entries(operation.increment)) {
        const current = valueAt(document, path)
        setAt(document, path, (typeof current === 'number' ? current : 0) + by, {
          replaceArrays: true
        })
      }
      return document
    })
}

/** The three kinds of change, each checked: paths the migration may change, numbers to add. */
function changesOf(body: OperationBody): Pick<PatchOp, 'set' | 'remove' | 'increment'> {
  const set = (body.value['set'] ?? {}) as Record<string, unknown>
  const remove = (body.value['remove'] ?? []) as unknown
  const increment = (body.value['increment'] ?? {}) as Record<string, unknown>
  if (typeof set !== 'object' || Array.isArray(set))
    body.fail(body.at('set'), "'set' in 'patch' must be an object of property paths and values.")
  if (!Array.isArray(remove) || remove.some((p) => pathProblem(p) !== undefined))
    body.fail(
      body.at('remove'),
      "'remove' in 'patch' must be a list of property paths (not the id or system properties)."
    )
  if (
    typeof increment !== 'object' ||
    Array.isArray(increment) ||
    Object.values(increment).some((n) => typeof n !== 'number')
  )
    body.fail(body.at('increment'), "'increment' in 'patch' must map property paths to numbers.")
  for (const path of [...Object.keys(set), ...Object.keys(increment)]) {
    const problem = pathProblem(path)
    if (problem) body.fail(body.node, `'${path}' in 'patch' ${problem}.`)
  }
  return { set, remove: remove as string[], increment: increment as Record<string, number> }
}
