import { deleteAt, setAt, valueAt } from '../../documents/property-path.js'
import type { OperationKind } from './operation.js'

/** Moves a property to another path on every matching document that has it. */
export interface RenamePropertyOp {
  readonly op: 'renameProperty'
  readonly container: string
  readonly where: string | undefined
  readonly from: string
  readonly to: string
  readonly line: number
}

/** `renameProperty`: keeps the value, so it is not destructive. */
export const renameProperty: OperationKind<RenamePropertyOp> = {
  name: 'renameProperty',
  keys: ['container', 'where', 'from', 'to'],
  required: ['container', 'from', 'to'],
  parse(body) {
    const from = body.property('from')
    const to = body.property('to')
    // Moving a path into itself (or out of itself) would lose what it holds.
    if (from === to || to.startsWith(`${from}.`) || from.startsWith(`${to}.`)) {
      body.fail(
        body.at('to'),
        `'renameProperty' cannot move '${from}' to '${to}': one contains the other.`
      )
    }
    const { container, where, line } = body
    return { op: 'renameProperty', container, where, from, to, line }
  },
  isDestructive: () => false,
  containers: (operation) => [operation.container],
  apply: (ctx, operation) =>
    ctx.updateWhere(operation.container, operation.where, (document) => {
      const value = valueAt(document, operation.from)
      if (value === undefined) return undefined
      setAt(document, operation.to, value, { replaceArrays: true })
      deleteAt(document, operation.from)
      return document
    })
}
