import { RETRY_POLICIES, retryTransient } from '../cosmos/transient.js'
import { describeError } from '../errors.js'
import { round2 } from '../round.js'
import { MigrationContext } from './context.js'
import { ledgerId, type Ledger, type LedgerEntry } from './ledger.js'
import type { MigrationLock } from './lock.js'
import type { MigrationOutcome } from './outcome.js'
import { runOperation } from './operations/index.js'
import { ProgressStore } from './progress/index.js'
import { isOutOfTime } from '../time-budget.js'
import type { Shard } from '../shard/index.js'
import type { PreparedMigration } from './prepare.js'
import type { MigrationRunParameters } from './run.js'

/**
 * Applies one migration: ledger `running`, run it, ledger `applied`, `failed` or, when the job
 * was cancelled meanwhile, `interrupted`. Every ledger write needs the lock: a run that lost it
 * must not mark anything. A cancelled job stops the migration at its next write (the helpers
 * check before each); an abandoned one still records the interruption before the lock goes.
 */
export async function applyMigration(
  migration: PreparedMigration,
  ledger: Ledger,
  parameters: MigrationRunParameters,
  lock: MigrationLock
): Promise<MigrationOutcome> {
  const started = parameters.now()
  const entry = { ...runningEntry(migration, parameters, started), lockId: lock.holderId }
  const record = (next: LedgerEntry): Promise<unknown> => {
    lock.assertHeld()
    return retryTransient(() => ledger.record(next), {
      ...RETRY_POLICIES.ledger,
      sleep: parameters.sleep
    })
  }
  await record(entry)
  const forget = parameters.cancellation.onAbandon(async () => {
    lock.assertHeld()
    await ledger.record(interruptedEntry(entry, parameters.now(), 'abandoned at cancellation'))
  })
  try {
    return await runAndRecord(migration, { parameters, ledger, lock, entry, record })
  } finally {
    forget()
  }
}

/** What running one migration works with. */
interface Application {
  readonly parameters: MigrationRunParameters
  readonly ledger: Ledger
  readonly lock: MigrationLock
  /** Its ledger entry as it started, and how to record the next one. */
  readonly entry: LedgerEntry
  readonly record: (next: LedgerEntry) => Promise<unknown>
}

/** Runs the migration under the lock, then records and reports how it ended. */
async function runAndRecord(
  migration: PreparedMigration,
  application: Application
): Promise<MigrationOutcome> {
  const { parameters, entry, record } = application
  const { fileName } = migration.file
  const started = Date.parse(entry.startedAt)
  parameters.log(`Applying ${fileName}...`)
  const { parameters: run, ledger, lock } = application
  const { ctx, progress } = contextFor(migration, run, ledger, {
    assertHeld: () => lock.assertHeld()
  })
  const error = await failureOf(migration, ctx)
  const finished = parameters.now()
  const status = statusAfter(error, parameters)
  const message = error === undefined ? null : describeError(error).replace(/\s+/g, ' ')
  // Applied, it has nothing left to resume: a later version of a repeatable file starts afresh.
  if (status === 'applied')
    await progress.clear().catch((failure: unknown) => {
      parameters.warn(
        `${fileName}: its progress records stay in the ledger container (${describeError(failure)}); they are ignored.`
      )
    })
  const { documentsTouched, requestCharge } = ctx.stats
  await record({
    ...entry,
    status,
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    requestCharge: round2(requestCharge),
    documentsTouched,
    error: message
  })
  parameters.log(
    `${STATUS_WORDS[status]} ${fileName} in ${finished - started} ms: ${documentsTouched} document(s), ${Math.round(requestCharge)} RU.`
  )
  return {
    key: migration.key,
    version: migration.file.version,
    name: migration.file.description,
    file: migration.file.path,
    status,
    destructive: migration.destructive,
    durationMs: finished - started,
    documentsTouched,
    requestCharge,
    note: message ?? undefined
  }
}

/** What a migration's context is held to, and which part of a sharded one it runs. */
export interface Holding {
  /** Throws when the lease the writes need (the lock, a part's) is no longer safely held. */
  readonly assertHeld: () => void
  readonly part?: Shard | undefined
}

/**
 * The context a migration runs with, and the store of its helpers' progress: every write checks
 * that the run is not cancelled and still holds its lease.
 */
export function contextFor(
  migration: PreparedMigration,
  parameters: MigrationRunParameters,
  ledger: Ledger,
  holding: Holding
): { ctx: MigrationContext; progress: ProgressStore } {
  const { fileName } = migration.file
  const { part } = holding
  const assertHeld = (): void => {
    parameters.cancellation.throwIfCancelled()
    holding.assertHeld()
  }
  const progress = new ProgressStore({
    ledger,
    migration: migration.key,
    checksum: migration.file.checksum,
    part: part === undefined ? undefined : `${part.index}-of-${part.count}`,
    assertHeld,
    now: parameters.now,
    sleep: parameters.sleep
  })
  const ctx = new MigrationContext({
    database: parameters.database,
    work: parameters.work,
    provisioned: parameters.provisioned,
    dryRun: false,
    allowDestructive: parameters.allowDestructive,
    maxDeletes: parameters.maxDeletes,
    log: (message) => parameters.log(`  [${fileName}] ${message}`),
    sleep: parameters.sleep,
    createContainer: parameters.createContainer,
    dropContainer: parameters.dropContainer,
    assertHeld,
    declaredDestructive: migration.destructive,
    progress,
    stop: parameters.budget,
    part
  })
  return { ctx, progress }
}

/** How a migration, or a part of one, can end. */
export type EndStatus = Exclude<LedgerEntry['status'], 'running'>

/** How a migration (or a part of one) ended, from what it threw. */
export function statusAfter(
  error: unknown,
  parameters: Pick<MigrationRunParameters, 'cancellation'>
): EndStatus {
  // Whatever a cancelled migration threw (the helpers' CancelledError, or the script's own
  // wrapping of it), it stopped because of the cancellation, and runs again next time.
  if (error === undefined) return 'applied'
  if (parameters.cancellation.signal.aborted) return 'interrupted'
  return isOutOfTime(error) ? 'paused' : 'failed'
}

export const STATUS_WORDS = {
  applied: 'Applied',
  failed: 'Failed',
  interrupted: 'Interrupted',
  paused: 'Paused (time budget spent)'
} as const

/** Runs the migration's script or operations; what it threw, or undefined when it succeeded. */
export async function failureOf(
  migration: PreparedMigration,
  ctx: MigrationContext
): Promise<unknown> {
  try {
    if (migration.script) await migration.script.up(ctx)
    for (const operation of migration.operations ?? []) await runOperation(ctx, operation)
    return undefined
  } catch (caught) {
    return caught
  }
}

/** The ledger entry of a migration the cancellation stopped, with why. */
export function interruptedEntry(entry: LedgerEntry, now: number, why: string): LedgerEntry {
  return {
    ...entry,
    status: 'interrupted',
    finishedAt: new Date(now).toISOString(),
    durationMs: now - Date.parse(entry.startedAt),
    error: `The job was cancelled: ${why}.`
  }
}

/** The ledger entry that says a migration is running, from when and by whom. */
export function runningEntry(
  migration: PreparedMigration,
  parameters: MigrationRunParameters,
  started: number
): LedgerEntry {
  return {
    id: ledgerId(migration.key),
    type: 'migration',
    key: migration.key,
    version: migration.file.version ?? null,
    name: migration.file.description,
    file: migration.file.fileName,
    checksum: migration.file.checksum,
    status: 'running',
    startedAt: new Date(started).toISOString(),
    finishedAt: null,
    durationMs: null,
    requestCharge: 0,
    documentsTouched: 0,
    error: null,
    runBy: parameters.runBy
  }
}
