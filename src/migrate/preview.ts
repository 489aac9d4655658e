import type { Database } from '@azure/cosmos'
import { MigrationContext } from './context.js'
import type { Ledger, LedgerEntry } from './ledger.js'
import type { MigrationOutcome } from './outcome.js'
import { runOperation } from './operations/index.js'
import { driftError, plan, type Plan } from './plan.js'
import { MigrationRunError } from './errors.js'
import type { MigrationRunParameters, MigrationRunResult } from './run.js'

/**
 * A dry run: the plan, with what pending declarative migrations would change, logged one line
 * a migration. Nothing is written; drift fails it as it would fail the real run.
 */
export async function previewRun(
  ledger: Ledger | undefined,
  parameters: MigrationRunParameters
): Promise<MigrationRunResult> {
  const entries = ledger ? await ledger.entries() : new Map<string, LedgerEntry>()
  const planned = plan(parameters.migrations, entries)
  const outcomes = await withCounts(planned, parameters)
  for (const outcome of outcomes) {
    parameters.log(
      `${outcome.status}: ${outcome.file}${outcome.destructive ? ' (destructive)' : ''}${outcome.note ? ` (${outcome.note})` : ''}`
    )
  }
  // A preview that hides drift would approve a release that is going to fail.
  const drifted = outcomes.filter((outcome) => outcome.status === 'drifted')
  if (drifted.length > 0)
    throw new MigrationRunError(driftError(drifted), { outcomes, applied: [] })
  return { outcomes, applied: [], dryRun: true, complete: true }
}

/**
 * Counts what pending declarative migrations would change, with helpers that never write in a
 * dry run. Scripts are not run: they may write through the SDK directly.
 */
async function withCounts(
  planned: Plan,
  parameters: MigrationRunParameters
): Promise<MigrationOutcome[]> {
  const counts = new Map<string, MigrationOutcome>()
  for (const migration of planned.pending) {
    if (migration.operations === undefined) continue
    const ctx = dryRunContext(parameters.database, parameters.sleep)
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

/** A context that only counts: no limits, since nothing it does is written. */
function dryRunContext(database: Database, sleep: (ms: number) => Promise<void>): MigrationContext {
  return new MigrationContext({
    database,
    dryRun: true,
    allowDestructive: true,
    maxDeletes: Number.POSITIVE_INFINITY,
    log: () => undefined,
    sleep,
    createContainer: async () => undefined,
    dropContainer: async () => undefined,
    assertHeld: () => undefined,
    declaredDestructive: true
  })
}
