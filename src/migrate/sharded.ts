import { describeShard, type Shard } from '../shard/index.js'
import { applyMigration } from './apply.js'
import { MigrationRunError } from './errors.js'
import type { Ledger } from './ledger.js'
import { untouched, type MigrationOutcome } from './outcome.js'
import { applyInParts } from './parts/index.js'
import type { PreparedMigration } from './prepare.js'
import {
  applyPending,
  takeLock,
  type MigrationRunParameters,
  type MigrationRunResult,
  type Progress
} from './run.js'

/**
 * One job of a matrix that shards the migrations (`shard: 2/4`). The migrations go in order in
 * every job: a shardable one in parts (parts/), the job moving on only once every part is done;
 * another one once, by whichever job takes the migration lock first (the others find it applied
 * when they get the lock). No job holds the lock while parts run.
 */
export async function runSharded(
  ledger: Ledger,
  parameters: MigrationRunParameters
): Promise<MigrationRunResult> {
  const shard = parameters.shard as Shard
  parameters.log(
    `Migrating as ${describeShard(shard)}: shardable migrations run in ${shard.count} parts, the others once under the lock.`
  )
  const progress: Progress = { outcomes: [], applied: [] }
  try {
    const complete = await applyPending(ledger, parameters, progress, (migration) =>
      migration.shardable
        ? applyInParts({ migration, ledger, parameters, shard })
        : applyOnce(migration, ledger, parameters)
    )
    return { outcomes: progress.outcomes, applied: progress.applied, dryRun: false, complete }
  } catch (error) {
    throw new MigrationRunError(error, progress)
  }
}

/** A migration that is not shardable: applied by the first job to take the lock. */
async function applyOnce(
  migration: PreparedMigration,
  ledger: Ledger,
  parameters: MigrationRunParameters
): Promise<MigrationOutcome> {
  const { lock, release } = await takeLock(ledger, parameters)
  try {
    const entry = await ledger.entry(migration.key)
    if (entry?.status === 'applied' && entry.checksum === migration.file.checksum)
      return {
        ...untouched(migration),
        status: 'up to date',
        note: 'applied by another job of the matrix'
      }
    return await applyMigration(migration, ledger, parameters, lock)
  } finally {
    await release()
  }
}
