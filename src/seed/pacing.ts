import { BATCH, BATCHES_IN_FLIGHT } from './batches.js'

/**
 * Pacing under `seed-ru-per-second`: spending request units no faster than the budget, on
 * average over the whole seeding, so production traffic keeps its share of the throughput.
 */
export interface Budget {
  /** Request units per second to stay under, on average (0: no limit). */
  readonly ruPerSecond: number
  /** When the writing began, in the clock's milliseconds. */
  readonly startedAt: number
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * Documents per batch. Under a budget, smaller batches keep the pace even; not below 100
 * documents, since every bulk call takes a second at least.
 */
export function batchSizeFor(ruPerSecond: number): number {
  return ruPerSecond > 0 ? Math.min(BATCH, Math.max(100, Math.floor(ruPerSecond / 10))) : BATCH
}

/**
 * Batches in flight at once: a few, as each bulk call takes a second at least and the next
 * batch's reads overlap the last one's writes. Under a budget, one at a time.
 */
export function batchesInFlightFor(ruPerSecond: number): number {
  return ruPerSecond > 0 ? 1 : BATCHES_IN_FLIGHT
}

/** Waits, under a budget, until the request units spent so far fit the time so far. */
export async function keepToBudget(budget: Budget, spent: number): Promise<void> {
  if (budget.ruPerSecond <= 0) return
  const due = (spent / budget.ruPerSecond) * 1000 - (budget.now() - budget.startedAt)
  if (due > 0) await budget.sleep(due)
}
