import type { PartitionKey } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import type { HelperScope } from './scope.js'

/** Where a document is: its id and partition key value. */
interface DocumentKey {
  readonly id: string
  readonly partitionKey: PartitionKey
}

/**
 * `ctx.deleteWhere`: deletes every document matching `where`. Without a condition, or past
 * `maxDeletes` documents in the migration, it is refused unless the migration is declared
 * destructive and the run allows it.
 */
export async function deleteWhere(
  scope: HelperScope,
  container: string,
  where: string | undefined
): Promise<number> {
  if (where === undefined) scope.requireDestructive(`Deleting every document of '${container}'`)
  const target = scope.container(container)
  const paths = await scope.partitionKeyPaths(container)
  const remove = async (key: DocumentKey): Promise<boolean> => {
    if (scope.parameters.dryRun) return true
    scope.parameters.assertHeld()
    try {
      const response = await scope.writing(container, () =>
        target.item(key.id, key.partitionKey).delete()
      )
      scope.stats.requestCharge += response.requestCharge ?? 0
    } catch (error) {
      if ((error as { code?: unknown }).code !== 404) throw error
    }
    return true
  }
  const keyOf = (document: Record<string, unknown>): DocumentKey => ({
    id: String(document['id']),
    partitionKey: partitionKeyOf(document, paths) as PartitionKey
  })
  const { declaredDestructive, allowDestructive } = scope.parameters
  if (declaredDestructive && allowDestructive)
    return scope.forEachMatching(
      container,
      where,
      (document) => remove(keyOf(document)),
      undefined,
      true
    )
  // The limit weighs the whole match, in every part alike: each part deletes its own documents.
  const keys = await keysWithinLimit(scope, container, where, keyOf)
  scope.deleted += keys.length
  return scope.forEachOf(
    keys.filter((key) => scope.part.ownsKey(key.partitionKey, key.id)),
    remove
  )
}

/**
 * The documents to delete, listed first so that exactly those are deleted: documents written
 * meanwhile cannot take a migration past its limit. Refused once there are more than it allows.
 */
async function keysWithinLimit(
  scope: HelperScope,
  container: string,
  where: string | undefined,
  keyOf: (document: Record<string, unknown>) => DocumentKey
): Promise<DocumentKey[]> {
  const budget = scope.parameters.maxDeletes - scope.deleted
  const keys: DocumentKey[] = []
  for await (const document of scope.query<Record<string, unknown>>(
    container,
    `SELECT * FROM c${where ? ` WHERE ${where}` : ''}`
  )) {
    if (keys.length === budget) {
      // One past the limit is enough to refuse; the message says how many match in all.
      const matching = await scope.count(container, where)
      scope.requireDestructive(
        `Deleting ${scope.deleted + Math.max(matching, budget + 1)} documents in one migration (more than ${scope.parameters.maxDeletes})`
      )
    }
    keys.push(keyOf(document))
  }
  return keys
}
