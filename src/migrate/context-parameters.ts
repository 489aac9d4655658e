import type { Database } from '@azure/cosmos'
import type { Shard } from '../shard/index.js'
import type { ProgressStore, ScanStop } from './progress/index.js'

/** What a migration changed, for the ledger and the summary. */
export interface MigrationStats {
  documentsTouched: number
  requestCharge: number
}

export interface MigrationContextParameters {
  readonly database: Database
  /** The database through the job's work clients (priority, bucket); `database` when absent. */
  readonly work?: WorkDatabases | undefined
  /** The RU/s a container is provisioned with, where it can be known (provisionedThroughput). */
  readonly provisioned?: ((container: string) => Promise<number | undefined>) | undefined
  readonly dryRun: boolean
  readonly allowDestructive: boolean
  /** Deleting more documents than this in one migration is destructive. */
  readonly maxDeletes: number
  readonly log: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
  /** Creates a container through ARM (Cosmos DB refuses DDL with Entra tokens). */
  readonly createContainer: (id: string, partitionKeyPaths: readonly string[]) => Promise<void>
  /** Deletes a container through ARM. */
  readonly dropContainer: (id: string) => Promise<void>
  /**
   * Throws when the migration lock is no longer safely held, or the job is cancelled: checked
   * before every write and every page read.
   */
  readonly assertHeld: () => void
  /** The migration declared itself destructive (`export const destructive = true`). */
  readonly declaredDestructive: boolean
  /** Where the helpers record how far they got, so that a run that stopped resumes; none: none. */
  readonly progress?: ProgressStore | undefined
  /** Ends a helper's pass between pages (the run's time budget). */
  readonly stop?: ScanStop | undefined
  /**
   * The part of a sharded migration this context runs (shard/): the helpers change only the
   * documents of the part, by a hash of partition key and id. The whole when absent.
   */
  readonly part?: Shard | undefined
}

/** A helper call, as its progress record knows it: a run's call with the same is the same call. */
export interface HelperCall {
  readonly helper: string
  readonly args: unknown
}

/** The database as the job's data work reaches it (WorkClients in src/session/). */
export interface WorkDatabases {
  /** Reads and point writes. */
  readonly reads: Database
  /** Bulk writes, whose throttles the throughput governor paces. */
  readonly writes: Database
}
