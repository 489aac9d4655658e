import { describeError } from '../errors.js'

/** What Cosmos DB adds to every document; user properties may start with `_` too. */
export const SYSTEM_PROPERTIES: ReadonlySet<string> = new Set([
  '_rid',
  '_self',
  '_etag',
  '_attachments',
  '_ts',
  '_lsn'
])

/** A document without the system properties Cosmos DB adds (to compare, or to write back). */
export function withoutSystemProperties(
  document: Record<string, unknown>
): Record<string, unknown> {
  // Seed files rarely carry them: a copy of every document would only make garbage.
  if (!Object.keys(document).some((key) => SYSTEM_PROPERTIES.has(key))) return document
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(document)) {
    if (!SYSTEM_PROPERTIES.has(key)) copy[key] = value
  }
  return copy
}

/** Statuses worth another try: timeout, throttling, retry-with, unavailable. */
const TRANSIENT_STATUSES = new Set([408, 429, 449, 503])

/**
 * 410 Gone sub-statuses for a partition key range that split, merged or moved, or a stale name
 * cache (1000, 1002, 1007, 1008): the SDK's bulk retries take these as passing
 * (bulkExecutionRetryPolicy.js), and a later try finds the range's successor.
 */
const MOVING_RANGE_SUBSTATUSES = new Set([1000, 1002, 1007, 1008])

/** True for failures the SDK gave up on that a later try may get through: throttling, resets. */
export function isTransientCosmosError(error: unknown): boolean {
  const { code, substatus } = (error ?? {}) as { code?: unknown; substatus?: unknown }
  return (
    TRANSIENT_STATUSES.has(Number(code)) ||
    (Number(code) === 410 && MOVING_RANGE_SUBSTATUSES.has(Number(substatus))) ||
    code === 'TimeoutError' || // the SDK's own request timeout
    /ECONNRESET|socket hang up|ETIMEDOUT/.test(describeError(error))
  )
}

/** The wait before attempt `attempt + 1`: exponential from `baseMs`, at most 10 s. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(10_000, baseMs * 2 ** attempt)
}

/** How many more tries, and the first backoff, for one kind of work past the SDK's own retries. */
export interface RetryPolicy {
  readonly retries: number
  readonly baseMs: number
}

/**
 * The retry policies, named by the work they serve, in one place so that they can be compared.
 * Each is on top of the SDK's own retries (nine throttles, 30 s), for faults that outlast them.
 */
export const RETRY_POLICIES = {
  /** Seeding: bulk rounds re-send what was throttled; losing a round would stop the seed. */
  seeding: { retries: 8, baseMs: 200 },
  /** Migration helpers: each request is idempotent, so a passing fault must not fail a migration. */
  migrationHelpers: { retries: 5, baseMs: 250 },
  /** Ledger writes ride out throttling: losing one after a long migration would re-run it. */
  ledger: { retries: 8, baseMs: 500 },
  /** Smoke checks: short waits, so that a check's latency figures stay about the check. */
  smoke: { retries: 6, baseMs: 100 }
} as const satisfies Record<string, RetryPolicy>

/**
 * Runs `work` again on transient failures, waiting the service's retry-after when it gave one,
 * else an exponential backoff from `baseMs` (at most 10 s); other failures are thrown at once.
 */
export async function retryTransient<T>(
  work: () => Promise<T>,
  options: RetryPolicy & { readonly sleep: (ms: number) => Promise<void> }
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (!isTransientCosmosError(error)) throw error
      if (attempt >= options.retries) throw stillFailing(error, attempt + 1)
      const retryAfter = (error as { retryAfterInMs?: unknown }).retryAfterInMs
      await options.sleep(
        typeof retryAfter === 'number' && retryAfter > 0
          ? retryAfter
          : backoffMs(attempt, options.baseMs)
      )
    }
  }
}

/**
 * The last transient failure, saying that it went on: a reset or a 503 on its own reads like a
 * blip, not like an account that kept failing. Keeps the status and substatus for explanations.
 */
function stillFailing(error: unknown, attempts: number): Error {
  const wrapped = new Error(`${describeError(error)} (still failing after ${attempts} attempts)`, {
    cause: error
  }) as Error & Record<string, unknown>
  for (const key of ['code', 'substatus', 'statusCode', 'headers', 'retryAfterInMs']) {
    const value = (error as Record<string, unknown> | null)?.[key]
    if (value !== undefined) wrapped[key] = value
  }
  return wrapped
}
