import type { Item, PatchOperation } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError } from '../errors.js'
import { REREADS, type HelperScope } from './scope.js'

/** The most operations one patch request may carry. */
const PATCH_LIMIT = 10

/** One document being patched: its operations in requests of at most PATCH_LIMIT. */
interface PatchTarget {
  readonly container: string
  readonly id: string
  readonly item: Item
  readonly groups: readonly PatchOperation[][]
  /** The service's `FROM c WHERE ...` test, sent with the first request only. */
  readonly condition: string | undefined
}

/** Where a document's patch stands between its requests. */
interface PatchState {
  /** The version the next request is held to. */
  etag: string
  /** A request was sent again after a lost answer: it may have been applied the first time. */
  lost: boolean
}

/**
 * `ctx.patchWhere`: patch operations on every matching document, with If-Match; more than ten
 * go in several requests, each held to the version the previous one wrote. A dry run counts
 * every matching document: the condition is the service's to check.
 */
export async function patchWhere(
  scope: HelperScope,
  container: string,
  where: string | undefined,
  operations: PatchOperation[],
  condition: string | undefined
): Promise<number> {
  const target = scope.container(container)
  const paths = await scope.partitionKeyPaths(container)
  const groups: PatchOperation[][] = []
  for (let i = 0; i < operations.length; i += PATCH_LIMIT)
    groups.push(operations.slice(i, i + PATCH_LIMIT))
  const call = { helper: 'patchWhere', args: { operations, condition } }
  return scope.forEachMatching(
    container,
    where,
    async (document) => {
      if (scope.parameters.dryRun) return true
      const id = String(document['id'])
      const item = target.item(id, partitionKeyOf(document, paths) as string)
      const patched: PatchTarget = { container, id, item, groups, condition }
      const state: PatchState = { etag: String(document['_etag']), lost: false }
      for (const index of groups.keys()) {
        if (!(await patchGroup(scope, patched, index, state))) return false
      }
      return true
    },
    call,
    // A patch needs the document's key and version only: the service checks the rest.
    true
  )
}

/**
 * Sends one request of a document's patch, reading the document again when it changed
 * meanwhile. False when the document is gone or does not meet the condition: it is left alone.
 */
async function patchGroup(
  scope: HelperScope,
  target: PatchTarget,
  index: number,
  state: PatchState
): Promise<boolean> {
  const group = target.groups[index] as PatchOperation[]
  // A later request must not ask again: the first one may have changed what it tests.
  const condition = index === 0 ? target.condition : undefined
  const body = condition === undefined ? group : { operations: group, condition }
  for (let attempt = 0; ; attempt++) {
    scope.parameters.assertHeld()
    try {
      let sent = 0
      const response = await scope.writing(target.container, () => {
        if (++sent > 1) state.lost = true
        return target.item.patch(body, {
          accessCondition: { type: 'IfMatch', condition: state.etag }
        })
      })
      scope.stats.requestCharge += response.requestCharge ?? 0
      state.etag = String(response.resource?._etag ?? state.etag)
      return true
    } catch (error) {
      const status = (error as { code?: unknown }).code
      if (status === 404) return false
      if (status !== 412 || attempt >= REREADS) throw error
      const reread = await target.item.read()
      if (reread.resource === undefined) return false
      const current = String(reread.resource._etag)
      // The service answers 412 to a condition not met as to a changed ETag: when the
      // document is as it was, its ETag matched, so the condition was not met.
      if (condition !== undefined && current === state.etag) {
        if (state.lost && target.groups.length > 1) {
          throw new ActionError(
            `patchWhere on '${target.container}': the answer to the first patch of document '${target.id}' was lost and the document no longer meets the condition, so its first ${PATCH_LIMIT} operations may have been applied without the rest. Check the document, then run the migration again.`
          )
        }
        return false
      }
      state.etag = current
    }
  }
}
