import type { Container, PartitionKey, SqlParameter } from '@azure/cosmos'
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import { ActionError } from '../../errors.js'
import { CONTAINER, LATENCY, NAME, PARTITION_KEY } from '../check-schema.js'
import { clean, isSubset, show, type Expectation } from '../expect.js'
import { runOnceThenSample } from '../latency.js'
import { defineKind, type Meter } from './kind.js'

/** A query returning more results than this fails: a smoke check asks a pointed question. */
const MAX_RESULTS = 10_000

const QUERY_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  query: z.string().min(1).max(262_144).describe('a NoSQL query'),
  /** Query parameters by name, with or without the leading @. */
  parameters: z
    .record(z.string().regex(/^@?[A-Za-z_]\w*$/, 'is not a parameter name'), z.json())
    .optional(),
  /** Keeps the query in one logical partition. */
  partitionKey: PARTITION_KEY.optional(),
  expect: z
    .strictObject({
      count: z.int().min(0).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      equals: z.json().optional(),
      contains: z.json().optional()
    })
    .optional(),
  latency: LATENCY.optional()
})

export type QueryCheckSpec = z.infer<typeof QUERY_CHECK>

/** `query`: runs a query to its last page and checks its results. */
export const QUERY = defineKind({
  name: 'query',
  schema: QUERY_CHECK,
  writes: false,
  // The SDK reads the change feed to page through a query's results.
  actions: ['readMetadata', 'executeQuery', 'readChangeFeed'],
  specOf(written: QueryCheckSpec, fail): QueryCheckSpec {
    queryParameterProblems(written, fail)
    return written
  },
  run(spec, { container, retry, meter, now }) {
    return runOnceThenSample(
      () => retry(() => runQuery(container, spec, meter)),
      (results) => checkQuery(results, spec.expect ?? {}),
      spec.latency,
      now
    )
  }
})

/** Parameters the query uses but the check does not give, or gives but the query never uses. */
function queryParameterProblems(spec: QueryCheckSpec, fail: (problem: string) => never): void {
  const given = new Set(
    Object.keys(spec.parameters ?? {}).map((name) => (name.startsWith('@') ? name : `@${name}`))
  )
  // Parameters are @names outside string literals.
  const used = new Set(
    spec.query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').match(/@[A-Za-z_]\w*/g) ?? []
  )
  const missing = [...used].filter((name) => !given.has(name))
  if (missing.length > 0)
    fail(
      `the query uses ${missing.join(', ')}; give ${missing.length === 1 ? 'it' : 'them'} under \`parameters\`.`
    )
  const unused = [...given].filter((name) => !used.has(name))
  if (unused.length > 0)
    fail(`\`parameters\` gives ${unused.join(', ')}, which the query never uses.`)
}

/** Runs a query to its last page, counting request units. */
async function runQuery(
  container: Container,
  spec: QueryCheckSpec,
  meter: Meter
): Promise<unknown[]> {
  const parameters: SqlParameter[] = Object.entries(spec.parameters ?? {}).map(([name, value]) => ({
    name: name.startsWith('@') ? name : `@${name}`,
    value: value as SqlParameter['value']
  }))
  const iterator = container.items.query(
    { query: spec.query, parameters },
    spec.partitionKey === undefined ? {} : { partitionKey: spec.partitionKey as PartitionKey }
  )
  const results: unknown[] = []
  while (iterator.hasMoreResults()) {
    const page = await iterator.fetchNext()
    meter.requestCharge += page.requestCharge ?? 0
    results.push(...page.resources)
    if (results.length > MAX_RESULTS) {
      throw new ActionError(
        `the query returned more than ${MAX_RESULTS} results; narrow it (a WHERE clause, TOP, or SELECT VALUE COUNT(1)).`
      )
    }
  }
  return results
}

/** Expectations on a query's results (see docs/smoke.md for their meaning). */
export interface QueryExpect {
  readonly count?: number | undefined
  readonly min?: number | undefined
  readonly max?: number | undefined
  readonly equals?: unknown
  readonly contains?: unknown
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
