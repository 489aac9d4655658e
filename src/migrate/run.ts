import type { Database } from '@azure/cosmos'
import { CancelledError, type Cancellation } from '../cancellation/index.js'
import { ActionError } from '../errors.js'
import { applyMigration } from './apply.js'
import { MigrationRunError } from './errors.js'
import { Ledger, type RunBy } from './ledger.js'
import { MigrationLock } from './lock.js'
import type { MigrationOutcome } from './outcome.js'
import { driftError, plan } from './plan.js'
import type { PreparedMigration } from './prepare.js'
import type { WorkDatabases } from './scope.js'
import { previewRun } from './preview.js'
import type { TimeBudget } from '../time-budget.js'
import { untouched } from './outcome.js'
import type { Shard } from '../shard/index.js'
import { runSharded } from './sharded.js'

export type { MigrationOutcome } from './outcome.js'

export interface MigrationRunResult {
  readonly outcomes: readonly MigrationOutcome[]
  /** Keys applied by this run, in order. */
  readonly applied: readonly string[]
  readonly dryRun: boolean
  /** False when the time budget stopped the run before every pending migration was applied. */
  readonly complete: boolean
}

export interface MigrationRunParameters {
  /** The ledger's and the lock's database: their requests keep high priority. */
  readonly database: Database
  /** The database for the migrations' own data work; `database` when absent. */
  readonly work?: WorkDatabases
  /** The RU/s a container is provisioned with, where it can be known: the helpers pace to it. */
  readonly provisioned?: ((container: string) => Promise<number | undefined>) | undefined
  readonly ledgerContainer: string
  readonly migrations: readonly PreparedMigration[]
  readonly dryRun: boolean
  readonly allowDestructive: boolean
  readonly maxDeletes: number
  readonly lockTimeoutMs: number
  readonly leaseMs: number
  readonly runBy: RunBy & { readonly runner: string }
  readonly log: (message: string) => void
  readonly warn: (message: string) => void
  /** The wall clock, for the ledger's times. */
  readonly now: () => number
  /**
   * Milliseconds on a clock that never jumps, for the lock: it compares durations, never wall
   * times. `performance.now()` when absent.
   */
  readonly monotonicNow?: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** Creates a container through ARM; fails with what to provision when it cannot. */
  readonly createContainer: (id: string, partitionKeyPaths: readonly string[]) => Promise<void>
  readonly dropContainer: (id: string) => Promise<void>
  /** The job's cancellation: no migration starts after it, the one running stops at a write. */
  readonly cancellation: Cancellation
  /**
   * Told the lock's holder id once it is taken, and when it is released: a run that dies
   * holding it leaves the id to the post step, which releases the lock.
   */
  readonly onLock?: (holderId: string | undefined) => void
  /**
   * This job's part when a matrix shards the migrations (sharded.ts): shardable migrations run in
   * parts, the others once, under the lock. The whole work when absent.
   */
  readonly shard?: Shard | undefined
  /**
   * The run's time budget (max-run-minutes): no migration starts once it is spent, and the one
   * running stops between pages, recorded `paused`, to continue next run.
   */
  readonly budget?: TimeBudget
}

/**
 * Runs the pending migrations under the lock, recording each in the ledger, or in a dry run
 * reports the plan and writes nothing. Drift (an applied migration whose file changed) fails the
 * run before anything is applied; a failed migration is recorded and re-run next time. A failure
 * once the lock is held is a MigrationRunError, with what the run had done by then.
 */
export async function runMigrations(
  parameters: MigrationRunParameters
): Promise<MigrationRunResult> {
  const ledger = await openLedger(parameters)
  if (parameters.dryRun) return previewRun(ledger, parameters)
  if (ledger === undefined) throw new Error('unreachable: the ledger exists outside a dry run')
  if ((parameters.shard?.count ?? 1) > 1) return runSharded(ledger, parameters)

  const { lock, release } = await takeLock(ledger, parameters)
  const progress: Progress = { outcomes: [], applied: [] }
  try {
    const complete = await applyPending(ledger, parameters, progress, (migration) => {
      lock.assertHeld()
      return applyMigration(migration, ledger, parameters, lock)
    })
    return { outcomes: progress.outcomes, applied: progress.applied, dryRun: false, complete }
  } catch (error) {
    // Whatever was applied before the failure stays applied, and is reported.
    throw new MigrationRunError(error, progress)
  } finally {
    await release()
  }
}

/**
 * Takes the migration lock, waiting while another run holds it; `release` gives it back (also
 * when the job is abandoned at cancellation) and tells `onLock`.
 */
export async function takeLock(
  ledger: Ledger,
  parameters: MigrationRunParameters
): Promise<{ lock: MigrationLock; release: () => Promise<void> }> {
  const lock = await MigrationLock.acquire({
    ledger,
    holder: parameters.runBy,
    leaseMs: parameters.leaseMs,
    timeoutMs: parameters.lockTimeoutMs,
    now: parameters.monotonicNow ?? (() => performance.now()),
    sleep: parameters.sleep,
    log: parameters.log,
    warn: parameters.warn,
    throwIfCancelled: () => parameters.cancellation.throwIfCancelled()
  })
  parameters.onLock?.(lock.holderId)
  const giveBack = async (): Promise<void> => {
    if (await lock.release()) parameters.onLock?.(undefined)
  }
  const forget = parameters.cancellation.onAbandon(giveBack)
  return {
    lock,
    release: async () => {
      forget()
      await giveBack()
    }
  }
}

/** What a run has done so far: kept up to date as it goes, so that a failure can report it. */
export interface Progress {
  readonly outcomes: MigrationOutcome[]
  readonly applied: string[]
}

/**
 * Plans again (another run may have applied migrations while this one waited for the lock),
 * refuses drift and unpermitted destructive migrations, then applies the pending ones in order
 * with `apply`. False when the time budget ended the run first.
 */
export async function applyPending(
  ledger: Ledger,
  parameters: MigrationRunParameters,
  progress: Progress,
  apply: (migration: PreparedMigration) => Promise<MigrationOutcome>
): Promise<boolean> {
  const planned = plan(parameters.migrations, await ledger.entries())
  const drifted = planned.outcomes.filter((outcome) => outcome.status === 'drifted')
  if (drifted.length > 0) {
    progress.outcomes.push(...planned.outcomes)
    throw driftError(drifted)
  }
  // Only what is about to run needs permission: applied destructive migrations are history.
  const refused = planned.pending.filter((migration) => migration.refusal !== undefined)
  if (refused.length > 0 && !parameters.allowDestructive) {
    progress.outcomes.push(...planned.outcomes)
    throw new ActionError(
      `Destructive migrations are refused unless 'allow-destructive' is 'true':\n${refused.map((m) => `  - ${m.refusal}`).join('\n')}`
    )
  }
  for (const outcome of planned.outcomes) {
    if (outcome.note?.includes('out of order')) parameters.warn(`${outcome.file}: ${outcome.note}.`)
    if (outcome.status === 'file missing')
      parameters.warn(
        `Migration ${outcome.key} is in the ledger but its file is gone (${outcome.file}).`
      )
  }
  progress.outcomes.push(
    ...planned.outcomes.filter((o) => o.status === 'up to date' || o.status === 'file missing')
  )
  for (const [index, migration] of planned.pending.entries()) {
    parameters.cancellation.throwIfCancelled()
    if (parameters.budget?.spent) {
      progress.outcomes.push(...planned.pending.slice(index).map(notStarted))
      return false
    }
    const outcome = await apply(migration)
    progress.outcomes.push(outcome)
    if (outcome.status === 'paused') {
      progress.outcomes.push(...planned.pending.slice(index + 1).map(notStarted))
      return false
    }
    if (outcome.status === 'interrupted') {
      const { signal } = parameters.cancellation.signal.reason as CancelledError
      throw new CancelledError(
        signal,
        `migration ${migration.file.path} stopped before its next write and is recorded as interrupted in the ledger; the next run applies it again (its helpers skip what is done). The migration lock is released`
      )
    }
    if (outcome.status !== 'applied' && outcome.status !== 'up to date') {
      throw new ActionError(`Migration ${migration.file.path} failed: ${outcome.note ?? ''}`)
    }
    if (outcome.status === 'applied') progress.applied.push(migration.key)
  }
  return true
}

/** A pending migration the time budget left for the next run. */
function notStarted(migration: PreparedMigration): MigrationOutcome {
  return {
    ...untouched(migration),
    status: 'paused',
    note: 'not started: the time budget (max-run-minutes) was spent'
  }
}

/** The ledger, created through ARM when missing (not in a dry run: undefined then). */
export async function openLedger(parameters: MigrationRunParameters): Promise<Ledger | undefined> {
  const container = parameters.database.container(parameters.ledgerContainer)
  try {
    return await Ledger.open(container)
  } catch (error) {
    if ((error as { code?: unknown }).code !== 404) throw error
  }
  if (parameters.dryRun) {
    parameters.log(
      `The ledger container '${parameters.ledgerContainer}' does not exist yet: every migration is pending.`
    )
    return undefined
  }
  parameters.log(
    `Creating the ledger container '${parameters.ledgerContainer}' (partition key /id) through ARM.`
  )
  await parameters.createContainer(parameters.ledgerContainer, ['/id'])
  return Ledger.open(container)
}
