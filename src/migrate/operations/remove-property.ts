import { deleteAt, valueAt } from '../../documents/property-path.js'
import type { OperationKind } from './operation.js'

/** Removes a property from every matching document that has it. */
export interface RemovePropertyOp {
  readonly op: 'removeProperty'
  readonly container: string
  readonly where: string | undefined
  readonly property: string
  readonly line: number
}

/** `removeProperty`: destructive, the value is gone. */
export const removeProperty: OperationKind<RemovePropertyOp> = {
  name: 'removeProperty',
  keys: ['container', 'where', 'property'],
  required: ['container', 'property'],
  parse(body) {
    const { container, where, line } = body
    return { op: 'removeProperty', container, where, property: body.property('property'), line }
  },
  isDestructive: () => true,
  containers: (operation) => [operation.container],
  apply: (ctx, operation) =>
    ctx.updateWhere(operation.container, operation.where, (document) => {
      if (valueAt(document, operation.property) === undefined) return undefined
      deleteAt(document, operation.property)
      return document
    })
}
