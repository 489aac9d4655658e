import { BATCH, BATCHES_IN_FLIGHT } from './batches.js'

/*
 * Batches under `seed-ru-per-second`. The pace itself is the throughput governor's
 * (src/throughput/), which admits each send within a batch.
 */

/**
 * Documents per batch. Under a budget, smaller batches keep the pace even; not below 100
 * documents, a full bulk request (and a bulk call to several partition key ranges takes a second
 * at least).
 */
export function batchSizeFor(ruPerSecond: number): number {
  return ruPerSecond > 0 ? Math.min(BATCH, Math.max(100, Math.floor(ruPerSecond / 10))) : BATCH
}

/**
 * Batches in flight at once: a few, so that the next batch's reads overlap the last one's writes
 * (and a bulk call to several partition key ranges takes a second at least). Under a budget,
 * two: the governor paces their sends, and the second's reads overlap the first's writes.
 */
export function batchesInFlightFor(ruPerSecond: number): number {
  return ruPerSecond > 0 ? 2 : BATCHES_IN_FLIGHT
}
