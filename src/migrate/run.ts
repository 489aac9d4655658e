import type { Database } from '@azure/cosmos'
import { retryTransient } from '../cosmos/transient.js'
import { ActionError, describeError } from '../errors.js'
import { MigrationContext } from './context.js'
import { Ledger, ledgerId, type LedgerEntry, type RunBy } from './ledger.js'
import { MigrationLock } from './lock.js'
import { runOperation } from './operations/index.js'
import type { PreparedMigration } from './prepare.js'

/** What happened, or would happen, to one migration. */
export interface MigrationOutcome {
  readonly key: string
  readonly version: number | undefined
  readonly name: string
  readonly file: string
  readonly status:
    | 'applied'
    | 'failed'
    | 'up to date'
    | 'would apply'
    | 'would re-run'
    | 'drifted'
    | 'file missing'
  readonly destructive: boolean
  readonly durationMs: number
  readonly documentsTouched: number
  readonly requestCharge: number
  readonly note: string | undefined
}

export interface MigrationRunResult {
  readonly outcomes: readonly MigrationOutcome[]
  /** Keys applied by this run, in order. */
  readonly applied: readonly string[]
  readonly dryRun: boolean
}

export interface MigrationRunParameters {
  readonly database: Database
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
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** Creates a container through ARM; fails with what to provision when it cannot. */
  readonly createContainer: (id: string, partitionKeyPaths: readonly string[]) => Promise<void>
  readonly dropContainer: (id: string) => Promise<void>
}

/**
 * Runs the pending migrations under the lock, recording each in the ledger, or in a dry run
 * reports the plan and writes nothing. Drift (an applied migration whose file changed) fails the
 * run before anything is applied; a failed migration is recorded and re-run next time.
 */
export async function runMigrations(
  parameters: MigrationRunParameters
): Promise<MigrationRunResult> {
  const { log } = parameters
  const ledger = await openLedger(parameters)
  if (parameters.dryRun) {
    const entries = ledger ? await ledger.entries() : new Map<string, LedgerEntry>()
    const planned = plan(parameters.migrations, entries)
    const outcomes = await preview(planned, parameters)
    for (const outcome of outcomes) {
      log(
        `${outcome.status}: ${outcome.file}${outcome.destructive ? ' (destructive)' : ''}${outcome.note ? ` (${outcome.note})` : ''}`
      )
    }
    // A preview that hides drift would approve a release that is going to fail.
    const drifted = outcomes.filter((outcome) => outcome.status === 'drifted')
    if (drifted.length > 0) throw Object.assign(driftError(drifted), { outcomes, applied: [] })
    return { outcomes, applied: [], dryRun: true }
  }
  if (ledger === undefined) throw new Error('unreachable: the ledger exists outside a dry run')

  const lock = await MigrationLock.acquire({
    ledger,
    holder: parameters.runBy,
    leaseMs: parameters.leaseMs,
    timeoutMs: parameters.lockTimeoutMs,
    now: monotonicNow,
    sleep: parameters.sleep,
    log,
    warn: parameters.warn
  })
  const outcomes: MigrationOutcome[] = []
  const applied: string[] = []
  try {
    // Read under the lock: another run may have applied migrations while this one waited.
    const planned = plan(parameters.migrations, await ledger.entries())
    const drifted = planned.outcomes.filter((outcome) => outcome.status === 'drifted')
    if (drifted.length > 0) {
      outcomes.push(...planned.outcomes)
      throw driftError(drifted)
    }
    // Only what is about to run needs permission: applied destructive migrations are history.
    const refused = planned.pending.filter((migration) => migration.refusal !== undefined)
    if (refused.length > 0 && !parameters.allowDestructive) {
      outcomes.push(...planned.outcomes)
      throw new ActionError(
        `Destructive migrations are refused unless 'allow-destructive' is 'true':\n${refused.map((m) => `  - ${m.refusal}`).join('\n')}`
      )
    }
    for (const outcome of planned.outcomes) {
      if (outcome.note?.includes('out of order'))
        parameters.warn(`${outcome.file}: ${outcome.note}.`)
      if (outcome.status === 'file missing')
        parameters.warn(
          `Migration ${outcome.key} is in the ledger but its file is gone (${outcome.file}).`
        )
    }
    outcomes.push(
      ...planned.outcomes.filter((o) => o.status === 'up to date' || o.status === 'file missing')
    )
    for (const migration of planned.pending) {
      lock.assertHeld()
      const outcome = await apply(migration, ledger, parameters, () => lock.assertHeld())
      outcomes.push(outcome)
      if (outcome.status === 'failed') {
        throw new ActionError(`Migration ${migration.file.path} failed: ${outcome.note ?? ''}`)
      }
      applied.push(migration.key)
    }
    return { outcomes, applied, dryRun: false }
  } catch (error) {
    // Whatever was applied before the failure stays applied, and is reported.
    throw Object.assign(
      error instanceof ActionError
        ? error
        : new ActionError(describeError(error), { cause: error }),
      {
        outcomes,
        applied
      }
    )
  } finally {
    await lock.release()
  }
}

/**
 * Counts what pending declarative migrations would change, with helpers that never write in a
 * dry run. Scripts are not run: they may write through the SDK directly.
 */
async function preview(
  planned: Plan,
  parameters: MigrationRunParameters
): Promise<MigrationOutcome[]> {
  const counts = new Map<string, MigrationOutcome>()
  for (const migration of planned.pending) {
    if (migration.operations === undefined) continue
    const ctx = new MigrationContext({
      database: parameters.database,
      dryRun: true,
      allowDestructive: true,
      maxDeletes: Number.POSITIVE_INFINITY,
      log: () => undefined,
      sleep: parameters.sleep,
      createContainer: async () => undefined,
      dropContainer: async () => undefined,
      assertHeld: () => undefined,
      declaredDestructive: true
    })
    try {
      for (const operation of migration.operations) await runOperation(ctx, operation)
    } catch {
      continue // e.g. a container an earlier migration creates: the count stays unknown
    }
    const outcome = planned.outcomes.find((o) => o.key === migration.key)
    if (outcome) {
      counts.set(migration.key, {
        ...outcome,
        documentsTouched: ctx.stats.documentsTouched,
        note: [outcome.note, `would change ${ctx.stats.documentsTouched} document(s)`]
          .filter(Boolean)
          .join('; ')
      })
    }
  }
  return planned.outcomes.map((outcome) => counts.get(outcome.key) ?? outcome)
}

function driftError(drifted: readonly MigrationOutcome[]): ActionError {
  return new ActionError(
    `Applied migrations changed since they were applied:\n${drifted.map((d) => `  - ${d.file}: ${d.note ?? ''}`).join('\n')}\nA migration that ran must not change: restore the file, and put the change in a new migration.`
  )
}

/** The ledger, created through ARM when missing (not in a dry run: undefined then). */
async function openLedger(parameters: MigrationRunParameters): Promise<Ledger | undefined> {
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

interface Plan {
  readonly outcomes: MigrationOutcome[]
  readonly pending: PreparedMigration[]
}

/** Compares the files with the ledger: what is pending, up to date, drifted or missing. */
function plan(
  migrations: readonly PreparedMigration[],
  entries: ReadonlyMap<string, LedgerEntry>
): Plan {
  const outcomes: MigrationOutcome[] = []
  const pending: PreparedMigration[] = []
  const base = (m: PreparedMigration) => ({
    key: m.key,
    version: m.file.version,
    name: m.file.description,
    file: m.file.path,
    destructive: m.destructive,
    durationMs: 0,
    documentsTouched: 0,
    requestCharge: 0
  })
  const highestApplied = Math.max(
    0,
    ...[...entries.values()]
      .filter((e) => e.status === 'applied' && e.version !== null)
      .map((e) => e.version as number)
  )
  for (const migration of migrations) {
    const entry = entries.get(migration.key)
    const changed = entry !== undefined && entry.checksum !== migration.file.checksum
    if (entry?.status === 'applied' && !changed) {
      outcomes.push({ ...base(migration), status: 'up to date', note: undefined })
    } else if (entry?.status === 'applied' && changed && !migration.file.repeatable) {
      outcomes.push({
        ...base(migration),
        status: 'drifted',
        note: `checksum in the ledger ${entry.checksum}, file ${migration.file.checksum}`
      })
    } else {
      pending.push(migration)
      const again = migration.file.repeatable && entry !== undefined
      // A version below one already applied was probably merged late: it runs, but say so.
      const late =
        migration.file.version !== undefined && migration.file.version < highestApplied
          ? `out of order: version ${highestApplied} is applied already`
          : undefined
      const note =
        [
          entry && entry.status !== 'applied'
            ? `last run ${entry.status} at ${entry.startedAt}`
            : undefined,
          again ? 'checksum changed' : undefined,
          late
        ]
          .filter(Boolean)
          .join('; ') || undefined
      outcomes.push({ ...base(migration), status: again ? 'would re-run' : 'would apply', note })
    }
  }
  const known = new Set(migrations.map((m) => m.key))
  for (const entry of entries.values()) {
    if (known.has(entry.key)) continue
    outcomes.push({
      key: entry.key,
      version: entry.version ?? undefined,
      name: entry.name,
      file: entry.file,
      status: 'file missing',
      destructive: false,
      durationMs: 0,
      documentsTouched: 0,
      requestCharge: 0,
      note: undefined
    })
  }
  return { outcomes, pending }
}

/** Applies one migration: ledger `running`, run it, ledger `applied` or `failed`. */
async function apply(
  migration: PreparedMigration,
  ledger: Ledger,
  parameters: MigrationRunParameters,
  assertHeld: () => void
): Promise<MigrationOutcome> {
  const started = parameters.now()
  const entry: LedgerEntry = {
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
  assertHeld()
  await retrying(() => ledger.record(entry), parameters.sleep)
  parameters.log(`Applying ${migration.file.fileName}...`)
  const ctx = new MigrationContext({
    database: parameters.database,
    dryRun: false,
    allowDestructive: parameters.allowDestructive,
    maxDeletes: parameters.maxDeletes,
    log: (message) => parameters.log(`  [${migration.file.fileName}] ${message}`),
    sleep: parameters.sleep,
    createContainer: parameters.createContainer,
    dropContainer: parameters.dropContainer,
    assertHeld,
    declaredDestructive: migration.destructive
  })
  let error: unknown
  try {
    if (migration.script) await migration.script.up(ctx)
    for (const operation of migration.operations ?? []) await runOperation(ctx, operation)
  } catch (caught) {
    error = caught
  }
  const finished = parameters.now()
  const status = error === undefined ? 'applied' : 'failed'
  const message = error === undefined ? null : describeError(error).replace(/\s+/g, ' ')
  // Recording the outcome needs the lock too: a run that lost it must not mark anything.
  assertHeld()
  await retrying(
    () =>
      ledger.record({
        ...entry,
        status,
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        requestCharge: Math.round(ctx.stats.requestCharge * 100) / 100,
        documentsTouched: ctx.stats.documentsTouched,
        error: message
      }),
    parameters.sleep
  )
  parameters.log(
    `${status === 'applied' ? 'Applied' : 'Failed'} ${migration.file.fileName} in ${finished - started} ms: ${ctx.stats.documentsTouched} document(s), ${Math.round(ctx.stats.requestCharge)} RU.`
  )
  return {
    key: migration.key,
    version: migration.file.version,
    name: migration.file.description,
    file: migration.file.path,
    status,
    destructive: migration.destructive,
    durationMs: finished - started,
    documentsTouched: ctx.stats.documentsTouched,
    requestCharge: ctx.stats.requestCharge,
    note: message ?? undefined
  }
}

/** Ledger writes ride out throttling: losing one after a long migration would re-run it. */
function retrying<T>(work: () => Promise<T>, sleep: (ms: number) => Promise<void>): Promise<T> {
  return retryTransient(work, { sleep, retries: 8, baseMs: 500 })
}

/** Milliseconds on a clock that never jumps: the lock compares durations, never wall times. */
function monotonicNow(): number {
  return performance.now()
}
