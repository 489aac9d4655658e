import { authorize, enforceRoleCheck } from './authorization/index.js'
import type { TokenCredential } from '@azure/identity'
import { hostname } from 'node:os'
import { createContainerThroughArm, deleteContainerThroughArm } from './cosmos/arm.js'
import { ActionError, describeError } from './errors.js'
import { MigrationRunError, runMigrations, type RunBy } from './migrate/index.js'
import { migrationsSummary } from './report/migrations.js'
import { missingIdTokenPermission } from './identity/index.js'
import { parseInputs, readOnMissingOidc, type ActionInputs } from './inputs.js'
import { login, type Session } from './login.js'
import { planWork, type WorkPlan } from './plan.js'
import { authorizationSummary } from './report/authorization.js'
import { seedSummary } from './report/seed.js'
import {
  firstLine,
  newRunRecord,
  runSummary,
  type RunRecord,
  type StepRecord
} from './report/run.js'
import { smokeSummary } from './report/smoke.js'
import { skippedSummary } from './report/summary.js'
import { actionsRuntime, type Runtime } from './runtime.js'
import { seedContainers } from './seed/index.js'
import { runSmokeChecks, smokeFailure } from './smoke/index.js'

export interface RunOptions {
  /**
   * A developer's own Azure sign-in instead of the job's GitHub token (the admin CLI's `run`):
   * the same steps and checks, no token exchange.
   */
  readonly developerCredential?: TokenCredential
}

/**
 * The action: validate inputs and plan, log in, check roles, run the steps, report. Fails once,
 * at the top, with an explanation that names what to change; the summary keeps what was done.
 */
export async function run(
  runtime: Runtime = actionsRuntime(),
  options: RunOptions = {}
): Promise<void> {
  // Mask the runner's request token before anything can print it.
  const requestToken = runtime.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  if (requestToken) runtime.setSecret(requestToken)
  const record = newRunRecord()
  try {
    const missing = options.developerCredential ? undefined : missingIdTokenPermission(runtime.env)
    if (missing && readOnMissingOidc(runtime.getInput) === 'skip') {
      const reason = `Skipped: this run has no GitHub OIDC token (fork pull requests and Dependabot never get one; other jobs need 'permissions: id-token: write'). Nothing was done.`
      runtime.log.notice(reason)
      runtime.setOutput('skipped', 'true')
      await runtime.writeSummary(skippedSummary(reason))
      return
    }
    const inputs = parseInputs(runtime.getInput, { developer: !!options.developerCredential })
    runtime.setOutput('skipped', 'false')
    if (missing) throw missing

    const plan = await planWork(inputs)
    const session = await step(record, runtime, undefined, 'login', async () => {
      const session = await runtime.log.group('Log in to Cosmos DB', () =>
        login(inputs, runtime, options.developerCredential)
      )
      return {
        result: session,
        detail: `as ${session.report.principalId ?? '?'}`,
        requestCharge: session.requestCharge()
      }
    })
    const { report } = session
    record.login = report
    runtime.setOutput('principal-id', report.principalId ?? '')
    runtime.setOutput('tenant-id', report.tenantId ?? '')
    runtime.setOutput('subject', report.subject ?? '')
    runtime.setOutput('token-expires-on', report.accessTokenExpiresOn?.toISOString() ?? '')

    try {
      await runSteps(inputs, plan, session, runtime, record)
    } finally {
      // Token figures as they stand at the end: long jobs renew tokens after login.
      record.login = { ...report, ...session.tokens() }
      runtime.setOutput('request-charge', String(round(session.requestCharge())))
    }
    await runtime.writeSummary(runSummary(record, undefined))
  } catch (error) {
    const message = describeError(error)
    const details = debugDetails(error)
    if (details !== '') runtime.log.debug(details)
    await runtime.writeSummary(runSummary(record, message)).catch(() => undefined)
    runtime.fail(
      `cosmos-oidc-action: ${message}`,
      error instanceof ActionError ? error.location : undefined
    )
  }
}

/** Migrations deleting more documents than this are destructive. */
const MAX_DELETES = 1000

/** A ledger key as the output shows it: the version as a number, a repeatable one by name. */
function versionOrName(key: string): number | string {
  return /^\d+$/.test(key) ? Number(key) : key
}

/** Who runs the job, from its OIDC claims: recorded in the ledger and the lock. */
function runBy(session: Session, runtime: Runtime): RunBy & { runner: string } {
  const claims = session.claims
  const server = runtime.env['GITHUB_SERVER_URL'] ?? 'https://github.com'
  return {
    repository: claims?.repository,
    ref: claims?.ref,
    sha: claims?.sha,
    actor: claims?.actor,
    workflowRunUrl:
      claims?.repository && claims.run_id
        ? `${server}/${claims.repository}/actions/runs/${claims.run_id}${claims.run_attempt ? `/attempts/${claims.run_attempt}` : ''}`
        : undefined,
    runner: `${hostname()} pid ${process.pid}`
  }
}

/** The stack and cause chain of a failure, for debug logs (messages never hold tokens). */
function debugDetails(error: unknown): string {
  const lines: string[] = []
  // An explained failure's own stack adds nothing to its message; what caused it might.
  let current: unknown = error instanceof ActionError ? error.cause : error
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth++) {
    lines.push(
      current instanceof Error ? (current.stack ?? current.message) : describeError(current)
    )
    current = (current as { cause?: unknown }).cause
  }
  return lines.join('\ncaused by: ')
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * Runs one step and records it for the summary's steps table: status, what it did, its time and
 * the request units it spent (counted by the session's client). A failed step is recorded, then
 * its failure goes on up.
 */
async function step<T>(
  record: RunRecord,
  runtime: Runtime,
  session: Session | undefined,
  name: string,
  work: () => Promise<{
    result: T
    detail: string
    status?: StepRecord['status'] | undefined
    requestCharge?: number
  }>
): Promise<T> {
  const started = runtime.now()
  const chargeBefore = session?.requestCharge() ?? 0
  const charge = (): number | undefined =>
    session === undefined ? undefined : session.requestCharge() - chargeBefore
  try {
    const { result, detail, status, requestCharge } = await work()
    record.steps.push({
      step: name,
      status: status ?? 'passed',
      detail,
      elapsedMs: runtime.now() - started,
      requestCharge: requestCharge ?? charge()
    })
    return result
  } catch (error) {
    record.steps.push({
      step: name,
      status: 'failed',
      detail: firstLine(describeError(error)),
      elapsedMs: runtime.now() - started,
      requestCharge: charge()
    })
    throw error
  }
}

/** Role check, then the steps, each adding its section to the summary as it completes. */
async function runSteps(
  inputs: ActionInputs,
  plan: WorkPlan,
  session: Session,
  runtime: Runtime,
  record: RunRecord
): Promise<void> {
  const { sections } = record
  const dryRun = inputs.dryRun ? 'dry run' : undefined
  const principalId = session.report.principalId ?? ''
  const errorContext = {
    endpoint: inputs.endpoint,
    database: inputs.database,
    accountName: inputs.accountName,
    resourceGroup: inputs.resourceGroup,
    principalId
  }
  const location =
    inputs.subscriptionId !== undefined && inputs.resourceGroup !== undefined
      ? {
          armEndpoint: inputs.armEndpoint,
          armResource: inputs.cloud.armResource,
          subscriptionId: inputs.subscriptionId,
          resourceGroup: inputs.resourceGroup,
          accountName: inputs.accountName
        }
      : undefined
  await step(record, runtime, session, 'role check', async () => {
    const authorization = await runtime.log.group('Check data-plane roles', () =>
      authorize({
        mode: inputs.roleCheck,
        database: inputs.database,
        uses: plan.uses,
        principalId,
        accountName: inputs.accountName,
        resourceGroup: inputs.resourceGroup,
        client: session.client,
        credential: session.credential,
        location,
        log: runtime.log
      })
    )
    runtime.setOutput('roles', JSON.stringify(authorization.roles))
    sections.push(authorizationSummary(authorization))
    enforceRoleCheck(authorization)
    const missing = authorization.verdicts.filter((verdict) => verdict.held === 'no').length
    return {
      result: authorization,
      detail:
        authorization.mode === 'off'
          ? 'skipped (role-check: off)'
          : `${authorization.verdicts.length - missing} of ${authorization.verdicts.length} actions held (${authorization.source})`
    }
  })

  if (plan.migrations.length > 0) {
    const createContainer = (id: string, paths: readonly string[]): Promise<void> =>
      createContainerThroughArm(session.credential, location, inputs.database, id, paths)
    const dropContainer = (id: string): Promise<void> =>
      deleteContainerThroughArm(session.credential, location, inputs.database, id)
    await step(record, runtime, session, 'migrations', () =>
      runtime.log.group(inputs.dryRun ? 'Migrations (dry run)' : 'Migrations', async () => {
        try {
          const result = await runMigrations({
            database: session.client.database(inputs.database),
            ledgerContainer: inputs.ledgerContainer,
            migrations: plan.migrations,
            dryRun: inputs.dryRun,
            allowDestructive: inputs.allowDestructive,
            maxDeletes: MAX_DELETES,
            lockTimeoutMs: inputs.lockTimeoutMs,
            leaseMs: inputs.lockLeaseMs,
            runBy: runBy(session, runtime),
            log: runtime.log.info,
            warn: runtime.log.warning,
            now: runtime.now,
            sleep: runtime.sleep,
            createContainer,
            dropContainer
          })
          runtime.setOutput('migrations-applied', JSON.stringify(result.applied.map(versionOrName)))
          sections.push(migrationsSummary(result.outcomes, result.dryRun))
          const pending = result.outcomes.filter((outcome) => outcome.status.startsWith('would'))
          return {
            result,
            status: dryRun,
            detail: inputs.dryRun
              ? `${pending.length} would apply`
              : `${result.applied.length} applied, ${result.outcomes.length - result.applied.length} up to date`
          }
        } catch (error) {
          if (error instanceof MigrationRunError) {
            runtime.setOutput(
              'migrations-applied',
              JSON.stringify(error.applied.map(versionOrName))
            )
            sections.push(migrationsSummary(error.outcomes, inputs.dryRun))
            throw error.cause
          }
          throw error
        }
      })
    )
  }

  if (plan.seedFiles.length > 0) {
    await step(record, runtime, session, 'seeding', async () => {
      // Grouped per file inside: the log shows each container's progress on its own.
      const seeded = await seedContainers({
        client: session.client,
        database: inputs.database,
        files: plan.seedFiles,
        mode: inputs.seedMode,
        ruPerSecond: inputs.seedRuPerSecond,
        dryRun: inputs.dryRun,
        sleep: runtime.sleep,
        log: runtime.log,
        errorContext
      })
      runtime.setOutput('seeded', JSON.stringify(seeded.counts))
      runtime.setOutput('seed-request-charge', String(round(seeded.requestCharge)))
      sections.push(seedSummary(seeded, inputs.dryRun))
      const total = (key: 'created' | 'updated' | 'unchanged'): number =>
        Object.values(seeded.counts).reduce((sum, counts) => sum + counts[key], 0)
      return {
        result: seeded,
        status: dryRun,
        detail: `${total('created')} created, ${total('updated')} updated, ${total('unchanged')} unchanged`
      }
    })
  }

  if (plan.smokeChecks.length > 0) {
    const smoke = await step(record, runtime, session, 'smoke checks', async () => {
      const result = await runtime.log.group('Smoke checks', () =>
        runSmokeChecks({
          client: session.client,
          database: inputs.database,
          checks: plan.smokeChecks,
          dryRun: inputs.dryRun,
          log: runtime.log,
          errorContext,
          sleep: runtime.sleep
        })
      )
      runtime.setOutput('smoke-passed', String(result.passed))
      sections.push(smokeSummary(result))
      for (const check of result.checks.filter((check) => check.status === 'failed'))
        runtime.log.error(`Smoke check '${check.name}' failed.`, {
          file: check.file,
          line: check.line
        })
      const passed = result.checks.filter((check) => check.status === 'passed').length
      return {
        result,
        status: result.passed ? dryRun : 'failed',
        detail: `${passed} of ${result.checks.length} checks passed`
      }
    })
    if (!smoke.passed) throw new ActionError(smokeFailure(smoke))
  }
}
