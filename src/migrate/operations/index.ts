/**
 * The declarative operations, one file each. A new operation is a new file declaring an
 * `OperationKind`, added to the list below: messages list the operations in this order.
 */
import type { MigrationContext } from '../context.js'
import { deleteDocuments } from './delete.js'
import type { OperationKind } from './operation.js'
import { patch } from './patch.js'
import { removeProperty } from './remove-property.js'
import { renameProperty } from './rename-property.js'
import { upsert } from './upsert.js'

const KINDS = [patch, renameProperty, removeProperty, deleteDocuments, upsert] as const

/** One operation of a declarative migration, as parsed: any of the kinds listed here. */
export type DeclarativeOperation = ReturnType<(typeof KINDS)[number]['parse']>

/** Every operation kind, in the order messages name them. */
export const OPERATIONS: readonly OperationKind<DeclarativeOperation>[] = KINDS

export type { OperationKind, ParsedOperation } from './operation.js'

/** The kind of a parsed operation. */
function kindOf(operation: DeclarativeOperation): OperationKind<DeclarativeOperation> {
  const kind = OPERATIONS.find((candidate) => candidate.name === operation.op)
  if (kind === undefined) throw new Error(`unreachable: no operation kind '${operation.op}'`)
  return kind
}

/** True for operations that delete data: a reviewer should see them in the plan. */
export function isDestructive(operation: DeclarativeOperation): boolean {
  return kindOf(operation).isDestructive(operation)
}

/** The containers an operation reads and writes. */
export function containersOf(operation: DeclarativeOperation): readonly string[] {
  return kindOf(operation).containers(operation)
}

/** Why an operation may only run with allow-destructive, or undefined when it may run anyway. */
export function refusalOf(operation: DeclarativeOperation): string | undefined {
  return kindOf(operation).refusal?.(operation)
}

/** Runs one declarative operation through the context's idempotent helpers. */
export function runOperation(
  ctx: MigrationContext,
  operation: DeclarativeOperation
): Promise<number> {
  return kindOf(operation).apply(ctx, operation)
}
