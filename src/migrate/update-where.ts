import { isDeepStrictEqual } from 'node:util'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { withoutSystemProperties } from '../cosmos/transient.js'
import { REREADS, type HelperScope } from './scope.js'

/**
 * `ctx.updateWhere`: rewrites every document matching `where` with `change`, skipping those it
 * leaves as they are, with If-Match: a document changed meanwhile is read again and the change
 * applied again (it is replayable). Returns how many were (or would be) written.
 */
export async function updateWhere(
  scope: HelperScope,
  container: string,
  where: string | undefined,
  change: (document: Record<string, unknown>) => Record<string, unknown> | undefined
): Promise<number> {
  const target = scope.container(container)
  const paths = await scope.partitionKeyPaths(container)
  // The change is code: its text tells a run's call from another.
  const call = { helper: 'updateWhere', args: { change: change.toString() } }
  return scope.forEachMatching(
    container,
    where,
    async (document) => {
      let current = document
      for (let attempt = 0; ; attempt++) {
        const next = change(structuredClone(current))
        if (
          next === undefined ||
          isDeepStrictEqual(withoutSystemProperties(next), withoutSystemProperties(current))
        )
          return false
        if (scope.parameters.dryRun) return true
        scope.parameters.assertHeld()
        const item = target.item(String(current['id']), partitionKeyOf(current, paths) as string)
        try {
          const response = await scope.writing(container, () =>
            item.replace(withoutSystemProperties(next), {
              accessCondition: { type: 'IfMatch', condition: String(current['_etag']) }
            })
          )
          scope.stats.requestCharge += response.requestCharge ?? 0
          return true
        } catch (error) {
          // Changed since it was read: read it again and re-apply (the change is replayable).
          if ((error as { code?: unknown }).code !== 412 || attempt >= REREADS) throw error
          const reread = await item.read()
          if (reread.resource === undefined) return false
          current = reread.resource as Record<string, unknown>
        }
      }
    },
    call
  )
}
