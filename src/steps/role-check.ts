import { authorize, enforceRoleCheck } from '../authorization/index.js'
import { authorizationSummary } from '../report/authorization.js'
import { PartialStepError, type Step, type StepContext, type StepResult } from './step.js'

/**
 * What the planned work needs against what the identity holds, before any write. Its section
 * and the `roles` output stand even when a strict check then fails the run.
 */
export const roleCheckStep: Step = {
  name: 'role check',
  wanted: () => true,
  run: async ({ inputs, plan, session, runtime, location }: StepContext): Promise<StepResult> => {
    const authorization = await runtime.log.group('Check data-plane roles', () =>
      authorize({
        mode: inputs.roleCheck,
        database: inputs.database,
        uses: plan.uses,
        principalId: session.report.principalId ?? '',
        accountName: inputs.accountName,
        resourceGroup: inputs.resourceGroup,
        client: session.client,
        credential: session.credential,
        location,
        log: runtime.log
      })
    )
    const done = {
      outputs: [['roles', JSON.stringify(authorization.roles)]] as const,
      section: authorizationSummary(authorization)
    }
    try {
      enforceRoleCheck(authorization)
    } catch (error) {
      throw new PartialStepError(error, done)
    }
    const missing = authorization.verdicts.filter((verdict) => verdict.held === 'no').length
    return {
      ...done,
      detail:
        authorization.mode === 'off'
          ? 'skipped (role-check: off)'
          : `${authorization.verdicts.length - missing} of ${authorization.verdicts.length} actions held (${authorization.source})`
    }
  }
}
