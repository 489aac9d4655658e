import { CancelledError } from '../cancellation/index.js'
import { describeError } from '../errors.js'
import { firstLine, type RunRecord } from '../report/run.js'
import type { Runtime } from '../runtime.js'
import { PartialStepError, type StepResult } from './step.js'

/** Where steps are recorded, and how to read the request units spent so far (if anything). */
export interface StepLedger {
  readonly record: RunRecord
  readonly runtime: Runtime
  readonly charge?: () => number
}

/**
 * Runs one step and records it for the summary's steps table: its status, what it did, its time
 * and the request units it spent (counted by the session's client, when there is one). Its
 * outputs are set and its section added even when it failed part-way; a failure goes on up as
 * the user should read it. Returns what the step returned.
 */
export async function recordStep<R extends StepResult & { readonly requestCharge?: number }>(
  name: string,
  work: () => Promise<R>,
  on: StepLedger
): Promise<R> {
  const started = on.runtime.now()
  const chargeBefore = on.charge?.() ?? 0
  const spent = (): number | undefined =>
    on.charge === undefined ? undefined : on.charge() - chargeBefore
  let result
  try {
    result = await work()
  } catch (thrown) {
    const error = thrown instanceof PartialStepError ? keep(thrown, on) : thrown
    on.record.steps.push({
      step: name,
      status: error instanceof CancelledError ? 'cancelled' : 'failed',
      detail: firstLine(describeError(error)),
      elapsedMs: on.runtime.now() - started,
      requestCharge: spent()
    })
    throw error
  }
  keep(result, on)
  on.record.steps.push({
    step: name,
    status: result.status ?? 'passed',
    detail: result.detail,
    elapsedMs: on.runtime.now() - started,
    requestCharge: result.requestCharge ?? spent()
  })
  if (result.failure !== undefined) throw result.failure
  return result
}

/** Sets a step's outputs and adds its section; returns what a partial failure failed with. */
function keep(done: StepResult | PartialStepError, on: StepLedger): unknown {
  for (const [name, value] of done.outputs ?? []) on.runtime.setOutput(name, value)
  if (done.section !== undefined) on.record.sections.push(done.section)
  return done instanceof PartialStepError ? done.cause : undefined
}
