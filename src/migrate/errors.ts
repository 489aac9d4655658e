import { ActionError, describeError } from '../errors.js'
import type { MigrationOutcome } from './outcome.js'

/**
 * A migration run that failed, with what it had done by then: the outcomes so far and the
 * migrations it applied, which stay applied. Its message and location are the failure's, and
 * `cause` is the failure itself, so that it can be reported as if nothing wrapped it.
 */
export class MigrationRunError extends ActionError {
  readonly outcomes: readonly MigrationOutcome[]
  /** Keys applied by the run before it failed, in order. */
  readonly applied: readonly string[]

  constructor(
    failure: unknown,
    progress: {
      readonly outcomes: readonly MigrationOutcome[]
      readonly applied: readonly string[]
    }
  ) {
    super(describeError(failure), {
      cause: failure,
      ...(failure instanceof ActionError && failure.location !== undefined
        ? { location: failure.location }
        : {})
    })
    this.outcomes = progress.outcomes
    this.applied = progress.applied
  }
}
