import type { Container, CosmosClient, PartitionKey, SqlParameter } from '@azure/cosmos'
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { explainCosmosError, type CosmosErrorContext } from '../cosmos/errors.js'
import { retryTransient } from '../cosmos/transient.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError, describeError } from '../errors.js'
import type { Logger } from '../runtime.js'
import {
  checkLatency,
  checkQuery,
  checkRead,
  clean,
  percentiles,
  show,
  type Expectation,
  type LatencyFigures
} from './expect.js'
import type { LatencyBudget, QueryCheckSpec, ReadCheckSpec, SmokeCheck } from './spec.js'

/** A query returning more results than this fails: a smoke check asks a pointed question. */
const MAX_RESULTS = 10_000
/** Canary documents carry this prefix, so a stray one (a killed run) is easy to find. */
export const CANARY_PREFIX = 'cosmos-oidc-canary-'

export interface CheckResult {
  readonly name: string
  readonly kind: SmokeCheck['kind']
  readonly container: string
  readonly file: string
  readonly line: number
  readonly status: 'passed' | 'failed' | 'skipped'
  readonly expectations: readonly Expectation[]
  readonly latency: LatencyFigures | undefined
  /** Why the check could not run, when it could not. */
  readonly error: string | undefined
  readonly requestCharge: number
  readonly durationMs: number
}

export interface SmokeResult {
  readonly checks: readonly CheckResult[]
  readonly passed: boolean
  readonly requestCharge: number
}

export interface SmokeParameters {
  readonly client: CosmosClient
  readonly database: string
  readonly checks: readonly SmokeCheck[]
  /** Canaries write, so a dry run skips them; reads still run. */
  readonly dryRun: boolean
  readonly log: Logger
  readonly errorContext: CosmosErrorContext
  readonly sleep: (ms: number) => Promise<void>
}

/** Runs one idempotent request again after a throttle, a 5xx, a 408 or a reset. */
type Retry = <T>(work: () => Promise<T>) => Promise<T>

/** Runs every check in order, each whatever the others did, and reports them all. */
export async function runSmokeChecks(parameters: SmokeParameters): Promise<SmokeResult> {
  const database = parameters.client.database(parameters.database)
  // Past the SDK's own retries: a smoke check must not fail on a fault the service recovers from.
  const retry: Retry = (work) =>
    retryTransient(work, { sleep: parameters.sleep, retries: 6, baseMs: 100 })
  const keyPaths = new Map<string, Promise<string[]>>()
  const pathsOf = (container: string): Promise<string[]> => {
    let paths = keyPaths.get(container)
    if (paths === undefined) {
      const missing = (): ActionError =>
        new ActionError(
          `container '${container}' does not exist in database '${parameters.database}'; create it (a migration's ctx.createContainer, Bicep, Terraform) or fix the check's 'container'.`
        )
      paths = retry(() => database.container(container).read()).then(
        (response) => {
          if (response.resource === undefined) throw missing()
          return response.resource.partitionKey?.paths ?? ['/id']
        },
        (error: unknown) => {
          throw (error as { code?: unknown }).code === 404 ? missing() : error
        }
      )
      keyPaths.set(container, paths)
    }
    return paths
  }

  const results: CheckResult[] = []
  for (const check of parameters.checks) {
    const started = performance.now()
    const meter = { requestCharge: 0 }
    const container = database.container(check.spec.container)
    let expectations: Expectation[] = []
    let latency: LatencyFigures | undefined
    let error: string | undefined
    let skipped = false
    try {
      // Reading the container first tells a missing container from a missing database.
      const paths = await pathsOf(check.spec.container)
      if (check.kind === 'query') {
        const run = (): Promise<unknown[]> => retry(() => runQuery(container, check.spec, meter))
        expectations = checkQuery(await run(), check.spec.expect ?? {})
        if (check.spec.latency) {
          latency = await sample(run, check.spec.latency)
          expectations.push(...checkLatency(latency, check.spec.latency))
        }
      } else if (check.kind === 'read') {
        const key = readKey(check.spec, paths)
        const run = (): Promise<Record<string, unknown> | undefined> =>
          retry(() => pointRead(container, check.spec.read.id, key, meter))
        expectations = checkRead(await run(), check.spec.expect ?? { exists: true })
        if (check.spec.latency) {
          latency = await sample(run, check.spec.latency)
          expectations.push(...checkLatency(latency, check.spec.latency))
        }
      } else if (parameters.dryRun) {
        skipped = true
      } else {
        expectations = await canary(container, retry, paths, check.spec, meter)
      }
    } catch (caught) {
      error =
        caught instanceof ActionError
          ? caught.message
          : describeError(
              explainCosmosError(
                caught,
                parameters.errorContext,
                `/dbs/${parameters.database}/colls/${check.spec.container}`
              )
            )
    }
    const status = skipped
      ? 'skipped'
      : error === undefined && expectations.every((expectation) => expectation.met)
        ? 'passed'
        : 'failed'
    const result: CheckResult = {
      name: check.spec.name,
      kind: check.kind,
      container: check.spec.container,
      file: check.file,
      line: check.line,
      status,
      expectations,
      latency,
      error,
      requestCharge: meter.requestCharge,
      durationMs: Math.round(performance.now() - started)
    }
    results.push(result)
    logResult(result, parameters.log)
  }
  return {
    checks: results,
    passed: results.every((result) => result.status !== 'failed'),
    requestCharge: results.reduce((sum, result) => sum + result.requestCharge, 0)
  }
}

/** Runs a query to its last page, counting request units. */
async function runQuery(
  container: Container,
  spec: QueryCheckSpec,
  meter: { requestCharge: number }
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

/** The partition key of a point read: given, or the id when the container is keyed on /id. */
function readKey(spec: ReadCheckSpec, paths: readonly string[]): PartitionKey {
  if (spec.read.partitionKey !== undefined) return spec.read.partitionKey as PartitionKey
  if (paths.length === 1 && paths[0] === '/id') return spec.read.id
  throw new ActionError(
    `container '${spec.container}' is partitioned by ${paths.join(', ')}: give 'read.partitionKey' for id '${spec.read.id}'.`
  )
}

/** A point read; undefined for a 404. */
async function pointRead(
  container: Container,
  id: string,
  partitionKey: PartitionKey,
  meter: { requestCharge: number }
): Promise<Record<string, unknown> | undefined> {
  const response = await container.item(id, partitionKey).read<Record<string, unknown>>()
  meter.requestCharge += response.requestCharge ?? 0
  return response.statusCode === 404 ? undefined : response.resource
}

/** Repeats an operation and measures each run, one at a time (concurrency would skew latency). */
async function sample(run: () => Promise<unknown>, budget: LatencyBudget): Promise<LatencyFigures> {
  const durations: number[] = []
  for (let index = 0; index < budget.samples; index++) {
    const started = performance.now()
    await run()
    durations.push(performance.now() - started)
  }
  return percentiles(durations)
}

/** Creates a canary document, reads it back, deletes it and checks it is gone. */
async function canary(
  container: Container,
  retry: Retry,
  paths: readonly string[],
  spec: { name: string; partitionKey: unknown },
  meter: { requestCharge: number }
): Promise<Expectation[]> {
  const id = `${CANARY_PREFIX}${randomUUID()}`
  const document: Record<string, unknown> = {
    id,
    check: spec.name,
    createdAt: new Date().toISOString(),
    // Removed by Cosmos DB after an hour should the delete never run (when the container has TTL on).
    ttl: 3600
  }
  const given = spec.partitionKey
  paths.forEach((path, level) => {
    const value = given === undefined ? id : Array.isArray(given) ? given[level] : given
    setAtPath(document, path, value)
  })
  const partitionKey = partitionKeyOf(document, paths) as PartitionKey
  // A retried write may find its first attempt done: 409 after a create, 404 after a delete.
  let attempts = 0
  await retry(async () => {
    attempts++
    try {
      const created = await container.items.create(document)
      meter.requestCharge += created.requestCharge ?? 0
    } catch (error) {
      if (attempts === 1 || (error as { code?: unknown }).code !== 409) throw error
    }
  })
  const expectations: Expectation[] = [
    { what: 'create', expected: 'created (201)', actual: 'created', met: true }
  ]
  try {
    const read = await retry(() => pointRead(container, id, partitionKey, meter))
    const same = read !== undefined && isDeepStrictEqual(clean(read), document)
    expectations.push({
      what: 'read back',
      expected: 'the document as written',
      actual: read === undefined ? 'not found (404)' : same ? 'the same' : show(clean(read)),
      met: same
    })
  } finally {
    attempts = 0
    await retry(async () => {
      attempts++
      try {
        const deleted = await container.item(id, partitionKey).delete()
        meter.requestCharge += deleted.requestCharge ?? 0
      } catch (error) {
        if (attempts === 1 || (error as { code?: unknown }).code !== 404) throw error
      }
    })
  }
  const after = await retry(() => pointRead(container, id, partitionKey, meter))
  expectations.push({
    what: 'delete',
    expected: 'gone (404)',
    actual: after === undefined ? 'gone (404)' : 'still there',
    met: after === undefined
  })
  return expectations
}

function setAtPath(document: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('/').filter(Boolean)
  let node = document
  keys.slice(0, -1).forEach((key) => {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  })
  const last = keys[keys.length - 1]
  // The id path keeps the id: a canary's key value defaults to it anyway.
  if (last !== undefined && !(keys.length === 1 && last === 'id')) node[last] = value
}

function logResult(result: CheckResult, log: Logger): void {
  const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '-' : '✗'
  const figures = result.latency
    ? `, p50 ${result.latency.p50Ms} ms, p95 ${result.latency.p95Ms} ms, max ${result.latency.maxMs} ms`
    : ''
  log.info(
    `${mark} ${result.name} (${result.kind} on ${result.container}): ${result.status}${result.status === 'skipped' ? ' (dry run: a canary writes)' : ''}, ${result.durationMs} ms, ${round(result.requestCharge)} RU${figures}`
  )
  for (const expectation of result.expectations.filter((expectation) => !expectation.met))
    log.info(
      `    ${expectation.what}: expected ${expectation.expected}, actual ${expectation.actual}`
    )
  if (result.error !== undefined) log.info(`    could not run: ${result.error}`)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** The failure message when checks failed: each failed check with expected against actual. */
export function smokeFailure(result: SmokeResult): string {
  const failed = result.checks.filter((check) => check.status === 'failed')
  const lines = failed.map((check) => {
    const reasons =
      check.error !== undefined
        ? [`could not run: ${check.error}`]
        : check.expectations
            .filter((expectation) => !expectation.met)
            .map(
              (expectation) =>
                `${expectation.what}: expected ${expectation.expected}, actual ${expectation.actual}`
            )
    return `  - '${check.name}' (${check.file}:${check.line}): ${reasons.join('; ')}`
  })
  return `${failed.length} of ${result.checks.length} smoke checks failed:\n${lines.join('\n')}`
}
