import type { TokenCredential } from '@azure/identity'
import { ActionError, InputError, describeError } from './errors.js'
import { skipReason, tokenAbsence } from './identity/index.js'
import { readInputs } from './inputs/index.js'
import { unknownInputWarnings } from './inputs/unknown.js'
import { planWork } from './plan.js'
import { newRunRecord, runSummary, type RunRecord } from './report/run.js'
import { skippedSummary } from './report/summary.js'
import { round2 } from './round.js'
import { redacting } from './redact.js'
import { actionsRuntime, type Runtime } from './runtime.js'
import {
  STEPS,
  loginStep,
  recordStep,
  stepContext,
  type StepContext,
  type StepLedger
} from './steps/index.js'

export interface RunOptions {
  /**
   * A developer's own Azure sign-in instead of the job's GitHub token (the admin CLI's `run`):
   * the same steps and checks, no token exchange.
   */
  readonly developerCredential?: TokenCredential
}

/**
 * The action: validate inputs and plan, log in, run the steps, report. Fails once, at the top,
 * with an explanation that names what to change; the summary keeps what was done.
 */
export async function run(
  runner: Runtime = actionsRuntime(),
  options: RunOptions = {}
): Promise<void> {
  // What the action writes never carries a token, whatever a service quoted back.
  const runtime = redacting(runner)
  // Mask the runner's request token before anything can print it.
  const requestToken = runtime.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  if (requestToken) runtime.setSecret(requestToken)
  const record = newRunRecord()
  try {
    const developer = options.developerCredential
    if (!developer)
      for (const warning of unknownInputWarnings(runtime.env)) runtime.log.warning(warning)
    const absence = developer ? undefined : tokenAbsence(runtime.env)
    const read = readInputs(runtime.getInput, { developer: developer !== undefined })
    if (absence && read.onMissingOidc instanceof InputError) throw read.onMissingOidc
    // Skipped only where GitHub never gives a token, and only with every given input valid.
    if (absence && absence.kind !== 'permission' && read.onMissingOidc === 'skip') {
      read.checkGiven()
      return await skip(runtime, skipReason(absence))
    }
    const inputs = read.complete()
    runtime.setOutput('skipped', 'false')
    if (absence) throw absence.error

    const plan = await planWork(inputs)
    if (inputs.migrations === undefined && inputs.seed === undefined && inputs.smoke === undefined)
      runtime.log.notice(NOTHING_REQUESTED)
    // An abandoned run (still busy at the runner's SIGTERM) reports what it had done.
    runtime.cancellation.onAbandon(() => fail(runtime, record, new ActionError(ABANDONED_MESSAGE)))
    const session = await loginStep(inputs, { record, runtime }, developer)
    const context = stepContext(inputs, plan, session, runtime)
    const on = { record, runtime, charge: session.requestCharge }
    try {
      runtime.setOutput('complete', String(await runSteps(context, on)))
    } finally {
      // Token figures as they stand at the end: long jobs renew tokens after login.
      record.login = { ...session.report, ...session.tokens() }
      runtime.setOutput('request-charge', String(round2(session.requestCharge())))
    }
    await runtime.writeSummary(runSummary(record, undefined))
  } catch (error) {
    await fail(runtime, record, error)
  }
}

/**
 * Runs the wanted steps in order; false when the time budget stopped the work first (a step
 * left its progress recorded, or the budget was spent before a step could start).
 */
async function runSteps(context: StepContext, on: StepLedger): Promise<boolean> {
  for (const step of STEPS.filter((wanted) => wanted.wanted(context))) {
    context.runtime.cancellation.throwIfCancelled()
    if (context.budget.spent) {
      context.runtime.log.notice(
        `The time budget (max-run-minutes) was spent before '${step.name}': it and the steps after it are left for the next run.`
      )
      return false
    }
    const result = await recordStep(step.name, () => step.run(context), on)
    if (result.status === 'incomplete') return false
  }
  return true
}

const ABANDONED_MESSAGE =
  'Cancelled: the work in flight did not stop in time and was abandoned. A migration it was running is recorded as interrupted and runs again next time; the migration lock is released (or, if that failed, by the post step).'

const NOTHING_REQUESTED =
  "No steps requested ('migrations', 'seed' and 'smoke' are not set): logged in and checked roles only."

/** A run GitHub gave no token that was told to skip: it says why, and does nothing. */
async function skip(runtime: Runtime, reason: string): Promise<void> {
  runtime.log.notice(reason)
  runtime.setOutput('skipped', 'true')
  await runtime.writeSummary(skippedSummary(reason))
}

/** The one failure of a run: in the summary with what was done, then on the step. */
async function fail(runtime: Runtime, record: RunRecord, error: unknown): Promise<void> {
  const message = describeError(error)
  const details = debugDetails(error)
  if (details !== '') runtime.log.debug(details)
  await runtime.writeSummary(runSummary(record, message)).catch(() => undefined)
  runtime.fail(
    `cosmos-oidc-action: ${message}`,
    error instanceof ActionError ? error.location : undefined
  )
}

/** The stack and cause chain of a failure, for debug logs (messages never hold tokens). */
function debugDetails(error: unknown): string {
  const lines: string[] = []
  // An explained failure's own stack adds nothing to its message; what caused it might.
  let current: unknown = error instanceof ActionError ? error.cause : error
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth++) {
    lines.push(
      current instanceof Error ? (current.stack ?? current.message) : describeError(current)
    )
    current = (current as { cause?: unknown }).cause
  }
  return lines.join('\ncaused by: ')
}
