import type { AccountLocation } from '../cosmos/arm.js'
import type { CosmosErrorContext } from '../cosmos/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { WorkPlan } from '../plan.js'
import type { Runtime } from '../runtime.js'
import type { Session } from '../session/index.js'
import type { TimeBudget } from '../time-budget.js'

/**
 * One step of a run after login: the role check, migrations, seeding, smoke checks. A new step
 * is one new file implementing this, added to the list in `index.ts`.
 */
export interface Step {
  /** As the summary's steps table and the logs name it. */
  readonly name: string
  /** True when the inputs and the plan ask for this step (the role check always runs). */
  wanted(context: StepContext): boolean
  /** Runs against the logged-in session; what it returns is recorded, in order, by the run. */
  run(context: StepContext): Promise<StepResult>
}

/** What every step works with: the inputs, the plan, the session and the runner. */
export interface StepContext {
  readonly inputs: ActionInputs
  readonly plan: WorkPlan
  readonly session: Session
  readonly runtime: Runtime
  /** What explanations of Cosmos DB refusals name: the account, database and principal. */
  readonly errorContext: CosmosErrorContext
  /** The account's place in ARM when the inputs give it (role assignments, containers). */
  readonly location: AccountLocation | undefined
  /**
   * The RU/s a container is provisioned with, read through ARM once a run where the identity
   * may (provisionedThroughput); undefined without a location.
   */
  readonly provisioned: ((container: string) => Promise<number | undefined>) | undefined
  /** The run's time budget (max-run-minutes); never spent without one. */
  readonly budget: TimeBudget
}

/** What a step did: its row in the steps table, its outputs and its summary section. */
export interface StepResult {
  /** A few words for the steps table ("2 applied", "3 of 4 checks passed"). */
  readonly detail: string
  /**
   * `passed` unless said otherwise; `failed` goes with `failure`; `incomplete`: the time budget
   * stopped it with its progress recorded, and no step runs after it.
   */
  readonly status?: 'passed' | 'dry run' | 'failed' | 'incomplete'
  /** Outputs to set, in this order. */
  readonly outputs?: ReadonlyArray<readonly [string, string]>
  /** The step's section of the job summary. */
  readonly section?: string
  /** A step that ran to its end and found the database wanting fails the run after its row. */
  readonly failure?: Error | undefined
}

/**
 * A step that failed part-way, with what it had done: its outputs and summary section are
 * kept, then `cause` (the failure as the user should read it) fails the run.
 */
export class PartialStepError extends Error {
  readonly outputs: ReadonlyArray<readonly [string, string]>
  readonly section: string | undefined

  constructor(cause: unknown, done: Pick<StepResult, 'outputs' | 'section'>) {
    super('a step failed part-way', { cause })
    this.name = 'PartialStepError'
    this.outputs = done.outputs ?? []
    this.section = done.section
  }
}
