import { isDeepStrictEqual } from 'node:util'
import { withoutSystemProperties } from '../cosmos/transient.js'

/** One expectation of a check, met or not, with what was expected and what was found. */
export interface Expectation {
  readonly what: string
  readonly expected: string
  readonly actual: string
  readonly met: boolean
}

/** JSON text short enough for a table cell and a log line. */
export function show(value: unknown, limit = 200): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value)
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
}

/** Results without the properties Cosmos DB adds, so expectations compare what users wrote. */
export function clean(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? withoutSystemProperties(value as Record<string, unknown>)
    : value
}

/**
 * True when `actual` holds everything `expected` says: objects may have more properties, each
 * element of an expected array must match some element of the actual one, scalars are equal.
 */
export function isSubset(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.every((item) => actual.some((candidate) => isSubset(item, candidate)))
    )
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false
    return Object.entries(expected).every(([key, value]) =>
      isSubset(value, (actual as Record<string, unknown>)[key])
    )
  }
  return isDeepStrictEqual(expected, actual)
}

/** Latency figures over samples, by the nearest-rank method. */
export interface LatencyFigures {
  readonly samples: number
  readonly p50Ms: number
  readonly p95Ms: number
  readonly maxMs: number
}

/** The figures of a list of durations, to a tenth of a millisecond. */
export function percentiles(durations: readonly number[]): LatencyFigures {
  const sorted = [...durations].sort((a, b) => a - b)
  const rank = (p: number): number =>
    sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
  const round = (ms: number): number => Math.round(ms * 10) / 10
  return {
    samples: sorted.length,
    p50Ms: round(rank(50)),
    p95Ms: round(rank(95)),
    maxMs: round(sorted[sorted.length - 1] ?? 0)
  }
}

/** Compares latency figures with a budget: one expectation per budget given. */
export function checkLatency(
  figures: LatencyFigures,
  budget: { p50Ms?: number | undefined; p95Ms?: number | undefined; maxMs?: number | undefined }
): Expectation[] {
  const found: Expectation[] = []
  for (const key of ['p50Ms', 'p95Ms', 'maxMs'] as const) {
    const limit = budget[key]
    if (limit === undefined) continue
    const label = key.replace('Ms', '')
    found.push({
      what: `latency ${label}`,
      expected: `≤ ${limit} ms`,
      actual: `${figures[key]} ms over ${figures.samples} samples`,
      met: figures[key] <= limit
    })
  }
  return found
}
