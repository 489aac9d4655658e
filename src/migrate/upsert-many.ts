import type { BulkOperationResult } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { isTransientCosmosError, RETRY_POLICIES } from '../cosmos/transient.js'
import { ActionError } from '../errors.js'
import { runBulk } from '../throughput/index.js'
import type { HelperScope } from './scope.js'

/**
 * `ctx.upsertMany`: writes the documents, whole (a few one by one, more in bulk calls, paced by
 * the throughput governor). Returns how many were (or would be) written.
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
  await runBulk(
    {
      container: scope.writeContainer(container),
      governor: await scope.governorOf(container),
      sleep: scope.parameters.sleep,
      policy: RETRY_POLICIES.migrationHelpers,
      explain: (error) => error as Error,
      throwIfCancelled: scope.parameters.assertHeld
    },
    operations,
    (result) => settle(scope, result)
  )
  return documents.length
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
