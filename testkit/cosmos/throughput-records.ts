/**
 * Throughput read from the gateway's request log, for tests and the bench: RU spent over a
 * sliding window and the share of work throttled. Cosmos DB's metrics look at the same things
 * (Normalized RU Consumption, Total Requests by status code 429).
 */

/** The fields of a request record these measures read. */
export interface MeteredRecord {
  /** Epoch milliseconds when the request arrived. */
  at: number
  status: number
  requestCharge: number
  operations?: number
  throttledOperations?: number
}

/** The most RU spent by requests arriving within any `windowMs` (e.g. 5,000 for 5 seconds). */
export function maxRuOverWindow(records: readonly MeteredRecord[], windowMs: number): number {
  const sorted = [...records].sort((a, b) => a.at - b.at)
  let best = 0
  let sum = 0
  let start = 0
  for (const record of sorted) {
    sum += record.requestCharge
    while (record.at - sorted[start]!.at >= windowMs) {
      sum -= sorted[start]!.requestCharge
      start += 1
    }
    best = Math.max(best, sum)
  }
  return Math.round(best * 100) / 100
}

/**
 * Operations throttled and attempted: a request answered 429 counts all its operations (one
 * unless it was a batch), a bulk request answered 207 those it throttled.
 */
export function throttledOperations(records: readonly MeteredRecord[]): {
  throttled: number
  attempted: number
} {
  let throttled = 0
  let attempted = 0
  for (const record of records) {
    const operations = record.operations ?? 1
    attempted += operations
    throttled += record.status === 429 ? operations : (record.throttledOperations ?? 0)
  }
  return { throttled, attempted }
}

/** The share (0..1) of attempted operations that were throttled. */
export function throttledShare(records: readonly MeteredRecord[]): number {
  const { throttled, attempted } = throttledOperations(records)
  return attempted === 0 ? 0 : throttled / attempted
}
