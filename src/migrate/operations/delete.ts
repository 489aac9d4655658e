import type { OperationKind } from './operation.js'

/** Deletes every matching document. */
export interface DeleteOp {
  readonly op: 'delete'
  readonly container: string
  readonly where: string | undefined
  readonly line: number
}

/** `delete`: destructive; without `where` it empties the container, so it needs permission. */
export const deleteDocuments: OperationKind<DeleteOp> = {
  name: 'delete',
  keys: ['container', 'where'],
  required: ['container'],
  parse({ container, where, line }) {
    return { op: 'delete', container, where, line }
  },
  isDestructive: () => true,
  containers: (operation) => [operation.container],
  refusal: (operation) =>
    operation.where === undefined
      ? `'delete' without 'where' deletes every document of '${operation.container}'`
      : undefined,
  apply: (ctx, operation) => ctx.deleteWhere(operation.container, operation.where)
}
