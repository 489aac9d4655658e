import type { BulkOperationResult, OperationInput } from '@azure/cosmos'
import { createHash } from 'node:crypto'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { isTransientCosmosError, RETRY_POLICIES } from '../cosmos/transient.js'
import { ActionError } from '../errors.js'
import { runBulk } from '../throughput/index.js'
import type { ProgressStore, ScanProgress } from './progress/index.js'
import type { HelperScope } from './scope.js'

/** Documents a resumable upsertMany writes between two progress records; shorter lists keep none. */
const CHUNK = 2500

/**
 * `ctx.upsertMany`: writes the documents, whole (a few one by one, more in bulk calls, paced by
 * the throughput governor). Returns how many were (or would be) written. In a migration run it
 * records, chunk by chunk, how many of the list are written: a run that stopped goes on from
 * there (the chunk in flight is written again, the same documents).
 */
export async function upsertMany(
  scope: HelperScope,
  container: string,
  documents: ReadonlyArray<Record<string, unknown>>
): Promise<number> {
  if (scope.parameters.dryRun || documents.length === 0) {
    scope.stats.documentsTouched += documents.length
    return documents.length
  }
  const paths = await scope.partitionKeyPaths(container)
  scope.parameters.assertHeld()
  const operations = documents.map((document, index) => {
    // The SDK would make up a random id (and write it into the caller's document): a re-run
    // would then add a copy instead of writing the same document again.
    if (typeof document['id'] !== 'string' || document['id'] === '') {
      throw new ActionError(
        `upsert into '${container}': document ${index + 1} of ${documents.length} has no id (a non-empty string). Give every document its id, so that a re-run writes the same documents again.`
      )
    }
    const partitionKey = partitionKeyOf(document, paths)
    if (partitionKey === undefined) {
      throw new ActionError(
        `upsert into '${container}': document '${String(document['id'])}' has no value for the partition key ${paths.join(', ')}.`
      )
    }
    return {
      operationType: 'Upsert' as const,
      resourceBody: document as never,
      partitionKey: partitionKey as never
    }
  })
  // In a part of a sharded migration, the part's documents: the others are other parts' to write.
  const owned = operations.filter((operation) =>
    scope.part.ownsKey(operation.partitionKey, String(operation.resourceBody['id']))
  )
  const write = async (chunk: OperationInput[]): Promise<void> =>
    runBulk(
      {
        container: scope.writeContainer(container),
        governor: await scope.governorOf(container),
        sleep: scope.parameters.sleep,
        policy: RETRY_POLICIES.migrationHelpers,
        explain: (error) => error as Error,
        throwIfCancelled: scope.parameters.assertHeld
      },
      chunk,
      (result) => settle(scope, result)
    )
  const { progress } = scope.parameters
  // A list of one chunk or less is written again whole, as cheaply as its record would be kept.
  if (progress === undefined || owned.length <= CHUNK) await write(owned)
  else await writeResumably({ scope, progress, container, write }, documents, owned)
  return owned.length
}

interface ChunkWriter {
  readonly scope: HelperScope
  readonly progress: ProgressStore
  readonly container: string
  readonly write: (chunk: OperationInput[]) => Promise<void>
}

/**
 * Writes the operations chunk by chunk, recording before each chunk how many are written, and
 * starting where an earlier run of the same call (the same documents) stopped.
 */
async function writeResumably(
  { scope, progress, container, write }: ChunkWriter,
  documents: ReadonlyArray<Record<string, unknown>>,
  operations: OperationInput[]
): Promise<void> {
  let record: ScanProgress = await progress.open('upsertMany', container, digest(documents))
  if (record.status === 'done') {
    scope.parameters.log(`upsertMany on '${container}': done by an earlier run, skipped.`)
    return
  }
  if (record.seen > 0)
    scope.parameters.log(`upsertMany on '${container}': resuming after ${record.seen} document(s).`)
  for (let start = record.seen; start < operations.length; start += CHUNK) {
    // The documents before `start` are written: a run stopped from here on starts here.
    record = await progress.save({ ...record, seen: start, total: operations.length })
    scope.parameters.stop?.check(
      () => `upsertMany on '${container}' stopped after ${start} document(s)`
    )
    await write(operations.slice(start, start + CHUNK))
  }
  await progress.save({ ...record, seen: operations.length, status: 'done', exhausted: true })
}

/** What identifies the documents of a call without holding them twice: count and hash. */
function digest(documents: ReadonlyArray<Record<string, unknown>>): unknown {
  const hash = createHash('sha256')
  for (const document of documents) hash.update(JSON.stringify(document)).update('\n')
  return { count: documents.length, sha256: hash.digest('hex') }
}

/**
 * Counts one upsert the bulk call did; true when it failed in passing (throttles are the
 * governor's) and goes again; any other failure is thrown.
 */
function settle(scope: HelperScope, result: BulkOperationResult): boolean {
  if (result.error === undefined) {
    scope.stats.requestCharge += result.response?.requestCharge ?? 0
    scope.stats.documentsTouched++
    return false
  }
  if (isTransientCosmosError(result.error)) return true
  throw result.error
}
