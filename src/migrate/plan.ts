import { ActionError } from '../errors.js'
import type { LedgerEntry } from './ledger.js'
import { untouched, type MigrationOutcome } from './outcome.js'
import type { PreparedMigration } from './prepare.js'

/** Every migration's outcome before the run, and those that are to run, in order. */
export interface Plan {
  readonly outcomes: MigrationOutcome[]
  readonly pending: PreparedMigration[]
}

/** Compares the files with the ledger: what is pending, up to date, drifted or missing. */
export function plan(
  migrations: readonly PreparedMigration[],
  entries: ReadonlyMap<string, LedgerEntry>
): Plan {
  const outcomes: MigrationOutcome[] = []
  const pending: PreparedMigration[] = []
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
      outcomes.push({ ...untouched(migration), status: 'up to date', note: undefined })
    } else if (entry?.status === 'applied' && changed && !migration.file.repeatable) {
      outcomes.push({
        ...untouched(migration),
        status: 'drifted',
        note: `checksum in the ledger ${entry.checksum}, file ${migration.file.checksum}`
      })
    } else {
      pending.push(migration)
      outcomes.push(pendingOutcome(migration, entry, highestApplied))
    }
  }
  const known = new Set(migrations.map((m) => m.key))
  for (const entry of entries.values()) {
    if (!known.has(entry.key)) outcomes.push(missingFile(entry))
  }
  return { outcomes, pending }
}

/** A migration to run: first, again (a changed repeatable one), or after a failed run. */
function pendingOutcome(
  migration: PreparedMigration,
  entry: LedgerEntry | undefined,
  highestApplied: number
): MigrationOutcome {
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
  return { ...untouched(migration), status: again ? 'would re-run' : 'would apply', note }
}

/** A migration the ledger knows whose file is gone. */
function missingFile(entry: LedgerEntry): MigrationOutcome {
  return {
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
  }
}

/** Applied migrations whose files changed: the run stops before anything is applied. */
export function driftError(drifted: readonly MigrationOutcome[]): ActionError {
  return new ActionError(
    `Applied migrations changed since they were applied:\n${drifted.map((d) => `  - ${d.file}: ${d.note ?? ''}`).join('\n')}\nA migration that ran must not change: restore the file, and put the change in a new migration.`
  )
}
