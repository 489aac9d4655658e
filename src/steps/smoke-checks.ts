import { ActionError } from '../errors.js'
import { smokeSummary } from '../report/smoke.js'
import type { Step, StepResult } from './step.js'

/**
 * The plan's smoke checks, each run whatever the others did. Failed checks are annotated on
 * their lines of the smoke file; the run fails after the step's row is recorded.
 */
export const smokeChecksStep: Step = {
  name: 'smoke checks',
  wanted: ({ plan }) => plan.smokeChecks.length > 0,
  run: async ({ inputs, plan, session, runtime, errorContext }): Promise<StepResult> => {
    // Loaded by the jobs that check: a job that only logs in starts without it.
    const { runSmokeChecks, smokeFailure } = await import('../smoke/index.js')
    const result = await runtime.log.group('Smoke checks', () =>
      runSmokeChecks({
        client: session.client,
        database: inputs.database,
        checks: plan.smokeChecks,
        dryRun: inputs.dryRun,
        log: runtime.log,
        errorContext,
        sleep: runtime.sleep
      })
    )
    for (const check of result.checks.filter((check) => check.status === 'failed'))
      runtime.log.error(`Smoke check '${check.name}' failed.`, {
        file: check.file,
        line: check.line
      })
    const passed = result.checks.filter((check) => check.status === 'passed').length
    return {
      outputs: [['smoke-passed', String(result.passed)]],
      section: smokeSummary(result),
      status: !result.passed ? 'failed' : inputs.dryRun ? 'dry run' : 'passed',
      detail: `${passed} of ${result.checks.length} checks passed`,
      failure: result.passed ? undefined : new ActionError(smokeFailure(result))
    }
  }
}
