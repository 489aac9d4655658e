import type { LatencyBudget } from './check-schema.js'
import { checkLatency, percentiles, type Expectation, type LatencyFigures } from './expect.js'
import type { CheckOutcome } from './kinds/kind.js'

/**
 * Runs an operation once and checks what it returned; with a latency budget, then repeats it
 * and adds one expectation per limit of the budget.
 */
export async function runOnceThenSample<T>(
  run: () => Promise<T>,
  check: (result: T) => Expectation[],
  budget: LatencyBudget | undefined,
  now: () => number
): Promise<CheckOutcome> {
  const expectations = check(await run())
  if (budget === undefined) return { expectations }
  const latency = await sample(run, budget, now)
  expectations.push(...checkLatency(latency, budget))
  return { expectations, latency }
}

/** Repeats an operation and measures each run, one at a time (concurrency would skew latency). */
export async function sample(
  run: () => Promise<unknown>,
  budget: LatencyBudget,
  now: () => number
): Promise<LatencyFigures> {
  const durations: number[] = []
  for (let index = 0; index < budget.samples; index++) {
    const started = now()
    await run()
    durations.push(now() - started)
  }
  return percentiles(durations)
}
