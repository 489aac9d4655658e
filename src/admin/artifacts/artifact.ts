import type { SetupPlan } from '../plan.js'

/** One file `setup` prints or writes: its name and how it is rendered from the plan. */
export interface Artifact {
  readonly fileName: string
  readonly render: (plan: SetupPlan) => string
}
