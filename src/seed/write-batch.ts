import type { Container, OperationInput, PartitionKey } from '@azure/cosmos'
import { isDeepStrictEqual } from 'node:util'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { withoutSystemProperties } from '../cosmos/transient.js'
import type { Logger } from '../runtime.js'
import { executeWithRetries, type WriteContext } from './bulk-write.js'
import type { SeedCounts } from './counts.js'
import { keyOf } from './keys.js'
import { storedDocuments, type Charge } from './lookups.js'

/** What writing one batch into one container needs. */
export interface BatchTarget extends WriteContext {
  readonly log: Logger
  /** The container, for reads. */
  readonly container: Container
  /** The same container through the client that writes (without the SDK's throttling retries). */
  readonly writeContainer: Container
  /** The container's partition key paths. */
  readonly paths: readonly string[]
  readonly mode: 'upsert' | 'insert'
  readonly dryRun: boolean
  /** The container was empty when its first file started: there is nothing to compare with. */
  readonly startedEmpty: boolean
  readonly count: SeedCounts
  readonly charge: Charge
}

/** Reads the batch's existing documents, then writes only what the mode and the data call for. */
export async function writeBatch(
  target: BatchTarget,
  batch: readonly Record<string, unknown>[]
): Promise<void> {
  const before = target.charge.total
  const existing = target.startedEmpty
    ? new Map<string, Record<string, unknown>>()
    : await storedDocuments(target, target.container, target.paths, batch, target.charge)
  // Reads spend the same throughput as writes: the pace makes up for them.
  target.governor.charge(target.charge.total - before)
  const writes = plannedWrites(target, batch, existing)
  if (!target.dryRun && writes.length > 0)
    await executeWithRetries(target, target.writeContainer, writes, target.count, target.charge)
}

/**
 * The writes a batch calls for, counted: what is stored and equal (or, inserting, stored at
 * all) is left alone; the rest is created or replaced. System properties are left out on both
 * sides: a document exported from Cosmos DB carries the `_rid`, `_etag` and `_ts` of the copy it
 * was read from, which the service replaces on every write, so they would never compare equal.
 */
function plannedWrites(
  target: BatchTarget,
  batch: readonly Record<string, unknown>[],
  existing: ReadonlyMap<string, Record<string, unknown>>
): OperationInput[] {
  const { count, mode, paths } = target
  const writes: OperationInput[] = []
  for (const document of batch.map(withoutSystemProperties)) {
    const stored = existing.get(keyOf(document, paths))
    if (
      stored !== undefined &&
      (mode === 'insert' || isDeepStrictEqual(withoutSystemProperties(stored), document))
    ) {
      count.unchanged++
      continue
    }
    if (stored === undefined) count.created++
    else count.updated++
    const partitionKey = partitionKeyOf(document, paths) as PartitionKey
    writes.push(
      mode === 'insert'
        ? { operationType: 'Create', resourceBody: document as never, partitionKey }
        : { operationType: 'Upsert', resourceBody: document as never, partitionKey }
    )
  }
  return writes
}
