import { isDeepStrictEqual } from 'node:util'
import { withoutSystemProperties } from '../cosmos/transient.js'

/** One expectation of a check, met or not, with what was expected and what was found. */
export interface Expectation {
  readonly what: string
  readonly expected: string
  readonly actual: string
  readonly met: boolean
}

/** Expectations on a query's results (see docs/smoke.md for their meaning). */
export interface QueryExpect {
  readonly count?: number | undefined
  readonly min?: number | undefined
  readonly max?: number | undefined
  readonly equals?: unknown
  readonly contains?: unknown
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
 * The number `min` and `max` compare: the value itself when the query returns one number
 * (`SELECT VALUE COUNT(1) ...`), otherwise how many results it returned.
 */
function measured(results: readonly unknown[]): { value: number; label: string } {
  const [first] = results
  if (results.length === 1 && typeof first === 'number') return { value: first, label: 'value' }
  return { value: results.length, label: 'results' }
}

/** Checks query results against every expectation given; all are evaluated, not just the first. */
export function checkQuery(results: readonly unknown[], expect: QueryExpect): Expectation[] {
  const found: Expectation[] = []
  const cleaned = results.map(clean)
  if (expect.count !== undefined) {
    found.push({
      what: 'count',
      expected: `${expect.count} results`,
      actual: `${results.length} results`,
      met: results.length === expect.count
    })
  }
  if (expect.min !== undefined || expect.max !== undefined) {
    const { value, label } = measured(results)
    const actual = label === 'value' ? `value ${value}` : `${value} results`
    if (expect.min !== undefined)
      found.push({ what: 'min', expected: `≥ ${expect.min}`, actual, met: value >= expect.min })
    if (expect.max !== undefined)
      found.push({ what: 'max', expected: `≤ ${expect.max}`, actual, met: value <= expect.max })
  }
  if (expect.equals !== undefined) {
    // A list compares with the whole result list; anything else with the one result.
    const list = Array.isArray(expect.equals)
    const actual = list ? cleaned : cleaned.length === 1 ? cleaned[0] : cleaned
    found.push({
      what: 'equals',
      expected: show(expect.equals),
      actual: show(actual),
      met: isDeepStrictEqual(actual, expect.equals)
    })
  }
  if (expect.contains !== undefined) {
    const wanted = Array.isArray(expect.contains) ? expect.contains : [expect.contains]
    const missing = wanted.filter((item) => !cleaned.some((result) => isSubset(item, result)))
    found.push({
      what: 'contains',
      expected: show(expect.contains),
      actual:
        missing.length === 0
          ? `all ${wanted.length} found in ${results.length} results`
          : `no result matches ${show(missing[0])} (${results.length} results)`,
      met: missing.length === 0
    })
  }
  return found
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

/** The value at a dotted property path, undefined when any step is missing. */
export function valueAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' && Object.hasOwn(node, key)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      document
    )
}

/** Checks a point read: that the document exists (or not), and the fields it must hold. */
export function checkRead(
  document: Record<string, unknown> | undefined,
  expect: { exists: boolean; fields?: Record<string, unknown> | undefined }
): Expectation[] {
  const found: Expectation[] = [
    {
      what: 'exists',
      expected: expect.exists ? 'the document exists' : 'no such document',
      actual: document === undefined ? 'not found (404)' : 'found',
      met: (document !== undefined) === expect.exists
    }
  ]
  if (document === undefined) return found
  for (const [path, value] of Object.entries(expect.fields ?? {})) {
    const actual = valueAt(document, path)
    found.push({
      what: `field ${path}`,
      expected: show(value),
      actual: show(actual),
      met: isDeepStrictEqual(actual, value)
    })
  }
  return found
}

/** Latency figures over samples, by the nearest-rank method. */
export interface LatencyFigures {
  readonly samples: number
  readonly p50Ms: number
  readonly p95Ms: number
  readonly maxMs: number
}

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
