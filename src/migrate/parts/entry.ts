import { ActionError } from '../../errors.js'
import { round2 } from '../../round.js'
import { runningEntry } from '../apply.js'
import type { LedgerEntry } from '../ledger.js'
import type { PartsRun } from './run.js'

/**
 * The ledger entry of a migration applied in parts. Every job of the matrix may write it, so
 * each write is held to the entry as that job read it (If-Match, or create-if-absent): an entry
 * once `applied` is never written again, and exactly one job records it applied.
 */

/** Marks the migration running in `count` parts, unless a job of the matrix already did. */
export async function startEntry(run: PartsRun, started: number): Promise<void> {
  const { ledger, migration, parameters, shard } = run
  const entry = await ledger.entry(migration.key)
  const same = entry?.checksum === migration.file.checksum
  if (same && entry?.status === 'applied') return
  const parts = entry?.['parts']
  if (same && typeof parts === 'number' && parts !== shard.count)
    throw new ActionError(
      `Migration ${migration.file.path} was started in ${parts} parts and is not finished; this job has shard ${shard.index}/${shard.count}. Run every job of the matrix with the count ${parts} ('shard: <index>/${parts}') until the migration is applied.`
    )
  if (same && entry?.status === 'running') return
  await ledger.recordIf(
    { ...runningEntry(migration, parameters, started), parts: shard.count },
    entry?._etag
  )
}

/**
 * The entry as another job left it, when that settles the migration for this one: true when it
 * is applied; a failure recorded since this job started fails it too.
 */
export async function settledByOthers(run: PartsRun): Promise<boolean> {
  const { ledger, migration } = run
  const entry = await ledger.entry(migration.key)
  if (entry?.checksum !== migration.file.checksum) return false
  if (entry.status === 'failed')
    throw new ActionError(
      `Migration ${migration.file.path} failed in another job of the matrix: ${entry.error ?? 'no reason recorded'}`
    )
  return entry.status === 'applied'
}

/** What the parts of a migration did, added up from their leases once every part is done. */
export interface PartsTally {
  readonly documentsTouched: number
  readonly requestCharge: number
}

/**
 * Records the migration applied, once: false when another job recorded it first. The entry keeps
 * when the first part started and adds up what every part did.
 */
export function recordApplied(
  run: PartsRun,
  finished: number,
  tally: PartsTally
): Promise<boolean> {
  return settleEntry(run, finished, {
    status: 'applied',
    requestCharge: round2(tally.requestCharge),
    documentsTouched: tally.documentsTouched,
    error: null,
    parts: run.shard.count
  })
}

/** Records the migration failed (a part failed), unless another job recorded it applied. */
export async function recordFailed(
  run: PartsRun,
  finished: number,
  message: string
): Promise<void> {
  await settleEntry(run, finished, { status: 'failed', error: message })
}

/**
 * Writes how the migration ended over its entry as read, again until no other job wrote it in
 * between; false when it was (or became) applied by another job.
 */
async function settleEntry(
  run: PartsRun,
  finished: number,
  ending: Partial<LedgerEntry>
): Promise<boolean> {
  const { ledger, migration, parameters } = run
  for (;;) {
    const entry = await ledger.entry(migration.key)
    if (entry?.checksum === migration.file.checksum && entry.status === 'applied') return false
    const { _etag: etag, ...base } = entry ?? runningEntry(migration, parameters, finished)
    const settled: LedgerEntry = {
      ...base,
      checksum: migration.file.checksum,
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - Date.parse(base.startedAt),
      ...ending
    } as LedgerEntry
    if (await ledger.recordIf(settled, etag as string | undefined)) return true
  }
}
