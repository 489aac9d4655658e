import type { ActionInputs } from '../inputs/index.js'
import type { WorkPlan } from '../plan.js'
import type { Runtime } from '../runtime.js'
import type { Session } from '../session/index.js'
import { provisionedThroughputOf } from '../throughput/provisioned.js'
import { TimeBudget } from '../time-budget.js'
import type { StepContext } from './step.js'

/** What the steps after login share: explanations name the account and the principal. */
export function stepContext(
  inputs: ActionInputs,
  plan: WorkPlan,
  session: Session,
  runtime: Runtime
): StepContext {
  const location =
    inputs.subscriptionId !== undefined && inputs.resourceGroup !== undefined
      ? {
          armEndpoint: inputs.armEndpoint,
          armResource: inputs.cloud.armResource,
          subscriptionId: inputs.subscriptionId,
          resourceGroup: inputs.resourceGroup,
          accountName: inputs.accountName
        }
      : undefined
  return {
    inputs,
    plan,
    session,
    runtime,
    errorContext: {
      endpoint: inputs.endpoint,
      database: inputs.database,
      accountName: inputs.accountName,
      resourceGroup: inputs.resourceGroup,
      principalId: session.report.principalId ?? ''
    },
    location,
    provisioned: location
      ? provisionedThroughputOf(session.credential, location, inputs.database)
      : undefined,
    // performance.now() counts from the process's start: the step's, as the runner started it.
    budget: new TimeBudget(inputs.maxRunMs)
  }
}
