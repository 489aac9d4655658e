import type { CosmosClient, Database } from '@azure/cosmos'
import { explainCosmosError, type CosmosErrorContext } from '../cosmos/errors.js'
import { RETRY_POLICIES, retryTransient } from '../cosmos/transient.js'
import { ActionError, describeError } from '../errors.js'
import type { Logger } from '../runtime.js'
import { containerKeyPaths } from './container-keys.js'
import type { Expectation, LatencyFigures } from './expect.js'
import { kindOf, type CheckOutcome, type Retry, type SmokeCheck } from './kinds/index.js'
import { logResult } from './result-lines.js'

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
  /** Kinds that write (canaries) are skipped by a dry run; reads still run. */
  readonly dryRun: boolean
  readonly log: Logger
  readonly errorContext: CosmosErrorContext
  readonly sleep: (ms: number) => Promise<void>
  /** A monotonic clock in milliseconds for durations and latencies; `performance.now` by default. */
  readonly now?: () => number
}

/** What every check of a run shares. */
interface RunContext {
  readonly parameters: SmokeParameters
  readonly database: Database
  readonly keyPaths: (container: string) => Promise<string[]>
  readonly retry: Retry
  readonly now: () => number
}

/** Runs every check in order, each whatever the others did, and reports them all. */
export async function runSmokeChecks(parameters: SmokeParameters): Promise<SmokeResult> {
  const database = parameters.client.database(parameters.database)
  // Past the SDK's own retries: a smoke check must not fail on a fault the service recovers from.
  const retry: Retry = (work) =>
    retryTransient(work, { ...RETRY_POLICIES.smoke, sleep: parameters.sleep })
  const run: RunContext = {
    parameters,
    database,
    keyPaths: containerKeyPaths(database, retry),
    retry,
    now: parameters.now ?? (() => performance.now())
  }
  const results: CheckResult[] = []
  for (const check of parameters.checks) {
    const result = await runCheck(check, run)
    results.push(result)
    logResult(result, parameters.log)
  }
  return {
    checks: results,
    passed: results.every((result) => result.status !== 'failed'),
    requestCharge: results.reduce((sum, result) => sum + result.requestCharge, 0)
  }
}

/** Runs one check by its kind; a failure to run becomes the check's error, not the run's. */
async function runCheck(check: SmokeCheck, run: RunContext): Promise<CheckResult> {
  const started = run.now()
  const meter = { requestCharge: 0 }
  const container = run.database.container(check.spec.container)
  const kind = kindOf(check)
  let outcome: CheckOutcome = { expectations: [] }
  let error: string | undefined
  let skipped = false
  try {
    // Reading the container first tells a missing container from a missing database.
    const paths = await run.keyPaths(check.spec.container)
    if (kind.writes && run.parameters.dryRun) skipped = true
    else
      outcome = await kind.run(check.spec, {
        container,
        paths,
        retry: run.retry,
        meter,
        now: run.now
      })
  } catch (caught) {
    error = describeFailure(caught, run.parameters, check.spec.container)
  }
  const status = skipped
    ? 'skipped'
    : error === undefined && outcome.expectations.every((expectation) => expectation.met)
      ? 'passed'
      : 'failed'
  return {
    name: check.spec.name,
    kind: check.kind,
    container: check.spec.container,
    file: check.file,
    line: check.line,
    status,
    expectations: outcome.expectations,
    latency: outcome.latency,
    error,
    requestCharge: meter.requestCharge,
    durationMs: Math.round(run.now() - started)
  }
}

/** Why a check could not run: the action's own message, or Cosmos DB's explained. */
function describeFailure(caught: unknown, parameters: SmokeParameters, container: string): string {
  return caught instanceof ActionError
    ? caught.message
    : describeError(
        explainCosmosError(
          caught,
          parameters.errorContext,
          `/dbs/${parameters.database}/colls/${container}`
        )
      )
}
