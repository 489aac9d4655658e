import { hostname } from 'node:os'
import { createContainerThroughArm, deleteContainerThroughArm } from '../cosmos/arm.js'
import type { MigrationOutcome, RunBy } from '../migrate/index.js'
import { LOCK_STATE } from '../migrate/lock-state.js'
import { migrationsSummary } from '../report/migrations.js'
import { shareOfProvisioned } from '../shard/index.js'
import { PartialStepError, type Step, type StepContext, type StepResult } from './step.js'

/** Migrations deleting more documents than this are destructive. */
const MAX_DELETES = 1000

/**
 * The plan's migrations, in order, under the ledger's lock. A failure keeps what was applied
 * before it in the outputs and the summary.
 */
export const migrationsStep: Step = {
  name: 'migrations',
  wanted: ({ plan }) => plan.migrations.length > 0,
  run: (context) =>
    context.runtime.log.group(context.inputs.dryRun ? 'Migrations (dry run)' : 'Migrations', () =>
      migrate(context)
    )
}

async function migrate(context: StepContext): Promise<StepResult> {
  const { inputs, plan, session, runtime, location } = context
  const record = (outcomes: readonly MigrationOutcome[], applied: readonly string[]) => ({
    outputs: [['migrations-applied', JSON.stringify(applied.map(versionOrName))]] as const,
    section: migrationsSummary(outcomes, inputs.dryRun)
  })
  // Loaded by the jobs that migrate: a job that only logs in starts without it.
  const { MigrationRunError, runMigrations } = await import('../migrate/index.js')
  const work = session.workClients()
  let result
  try {
    result = await runMigrations({
      database: session.client.database(inputs.database),
      work: {
        reads: work.reads.database(inputs.database),
        writes: work.writes.database(inputs.database)
      },
      provisioned: shareOfProvisioned(context.provisioned, inputs.shard),
      shard: inputs.shard,
      ledgerContainer: inputs.ledgerContainer,
      migrations: plan.migrations,
      dryRun: inputs.dryRun,
      allowDestructive: inputs.allowDestructive,
      maxDeletes: MAX_DELETES,
      lockTimeoutMs: inputs.lockTimeoutMs,
      leaseMs: inputs.lockLeaseMs,
      runBy: runBy(context),
      log: runtime.log.info,
      warn: runtime.log.warning,
      now: runtime.now,
      sleep: runtime.sleep,
      createContainer: (id, paths) =>
        createContainerThroughArm(session.credential, location, inputs.database, id, paths),
      dropContainer: (id) =>
        deleteContainerThroughArm(session.credential, location, inputs.database, id),
      cancellation: runtime.cancellation,
      budget: context.budget,
      // Kept until the lock is released: the post step frees a lock a killed run still holds.
      onLock: (holderId) => runtime.saveState(LOCK_STATE, holderId ?? '')
    })
  } catch (error) {
    // What was applied before the failure stays in the outputs and the summary.
    if (error instanceof MigrationRunError)
      throw new PartialStepError(error.cause, record(error.outcomes, error.applied))
    throw error
  }
  const pending = result.outcomes.filter((outcome) => outcome.status.startsWith('would'))
  const paused = result.outcomes.filter((outcome) => outcome.status === 'paused').length
  return {
    ...record(result.outcomes, result.applied),
    status: inputs.dryRun ? 'dry run' : result.complete ? 'passed' : 'incomplete',
    detail: inputs.dryRun
      ? `${pending.length} would apply`
      : result.complete
        ? `${result.applied.length} applied, ${result.outcomes.length - result.applied.length} up to date`
        : `${result.applied.length} applied, ${paused} left for the next run (time budget spent)`
  }
}

/** A ledger key as the output shows it: the version as a number, a repeatable one by name. */
function versionOrName(key: string): number | string {
  return /^\d+$/.test(key) ? Number(key) : key
}

/** Who runs the job, from its OIDC claims: recorded in the ledger and the lock. */
function runBy({ session, runtime }: StepContext): RunBy & { runner: string } {
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
