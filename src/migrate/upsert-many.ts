import type { BulkOperationResult } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { isTransientCosmosError } from '../cosmos/transient.js'
import { ActionError } from '../errors.js'
import type { HelperScope } from './scope.js'

/** Fewer documents than this are upserted one by one rather than through the bulk path. */
const BULK_THRESHOLD = 100

/** `ctx.upsertMany`: writes the documents, whole. Returns how many were (or would be) written. */
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
  if (documents.length < BULK_THRESHOLD) {
    // The bulk path waits up to a second for a partial batch: point writes are quicker here.
    for (const document of documents) await upsertOne(scope, container, document)
    return documents.length
  }
  const operations = documents.map((document) => {
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
  const target = scope.container(container)
  // Upserts are idempotent: a bulk call that failed as a whole (a reset connection) goes again.
  const results = await scope.retrying(() => target.items.executeBulkOperations(operations))
  await countAndRetry(scope, container, documents, results)
  return documents.length
}

/**
 * Counts the documents the bulk call wrote, then writes again one by one those it gave up on
 * for a passing reason (throttled, timed out, cut off past the SDK's own retries); any other
 * failure is thrown.
 */
async function countAndRetry(
  scope: HelperScope,
  container: string,
  documents: ReadonlyArray<Record<string, unknown>>,
  results: readonly BulkOperationResult[]
): Promise<void> {
  // Written documents are counted first, so that a failure below leaves a true count.
  const failed: number[] = []
  for (const [index, result] of results.entries()) {
    if (result.error !== undefined) {
      failed.push(index)
      continue
    }
    scope.stats.requestCharge += result.response?.requestCharge ?? 0
    scope.stats.documentsTouched++
  }
  for (const index of failed) {
    const error = results[index]?.error
    if (!isTransientCosmosError(error)) throw error
    await upsertOne(scope, container, documents[index] as Record<string, unknown>)
  }
}

/** One point upsert, counted. */
async function upsertOne(
  scope: HelperScope,
  container: string,
  document: Record<string, unknown>
): Promise<void> {
  const target = scope.container(container)
  const response = await scope.retrying(() => target.items.upsert(document))
  scope.stats.requestCharge += response.requestCharge ?? 0
  scope.stats.documentsTouched++
}
