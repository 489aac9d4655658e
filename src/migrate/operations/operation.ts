import type { MigrationContext } from '../context.js'
import type { OperationBody } from './body.js'

/** What every parsed declarative operation carries. */
export interface ParsedOperation {
  readonly op: string
  readonly container: string
  /** The line the operation starts on, for messages about it. */
  readonly line: number
}

/**
 * One kind of declarative operation, declared in one file of this folder and listed in
 * `index.ts`: how its body is read and checked, what it touches, and how it runs through the
 * migration context's idempotent helpers. The reader (`declarative.ts`) and the runner know
 * operations only through this, so a new operation is a file here and a line in `index.ts`
 * (every operation names a `container`; `readBody` in `body.ts` reads it and `where`).
 */
export interface OperationKind<Operation extends ParsedOperation> {
  /** The key naming the operation in a migration file. */
  readonly name: Operation['op']
  /** The keys its body takes, in the order messages list them. */
  readonly keys: readonly string[]
  /** The keys its body must have. */
  readonly required: readonly string[]
  /**
   * Reads the body, whose keys, container and `where` are already checked; refuses anything
   * else wrong in it through `body.fail`, naming the line.
   */
  parse(body: OperationBody): Operation
  /** True when it deletes data: a reviewer should see it in the plan. */
  isDestructive(operation: Operation): boolean
  /** The containers it reads and writes, for the role check. */
  containers(operation: Operation): readonly string[]
  /** Why it may only run with allow-destructive; undefined (or absent) when it may run anyway. */
  refusal?(operation: Operation): string | undefined
  /** Runs it; returns how many documents it changed (or, in a dry run, would change). */
  apply(ctx: MigrationContext, operation: Operation): Promise<number>
}
