import type { Logger } from '../runtime.js'
import type { HeldRole } from './assignments.js'
import { armContradicted, type Verdict } from './decide.js'

/**
 * Warns of what the check could not see: no usable assignment, roles held through a group,
 * containers that do not exist yet.
 */
export function warnOfGaps(
  parameters: { readonly log: Logger; readonly principalId: string; readonly database: string },
  found: {
    readonly armRoles: readonly HeldRole[] | undefined
    readonly verdicts: readonly Verdict[]
    readonly missingContainers: readonly string[]
  }
): void {
  const { log, principalId } = parameters
  if (found.armRoles !== undefined && found.armRoles.length === 0) {
    log.warning(
      `No usable role assignment on this account names principal ${principalId}. Roles assigned to a group the identity belongs to are invisible to this check, so reads were probed and writes are unknown.`
    )
  }
  if (armContradicted(found.verdicts)) {
    log.warning(
      `Requests succeeded that no role assignment of principal ${principalId} grants: the identity holds roles through a group, which this check cannot list. What no request proved is reported as unknown, not missing.`
    )
  }
  if (found.missingContainers.length > 0) {
    // A migration may create them; a step that needs them says so when it gets there.
    log.warning(
      `Container(s) ${found.missingContainers.map((c) => `'${c}'`).join(', ')} do not exist in database '${parameters.database}' yet.`
    )
  }
}

/** Warns of needed actions neither ARM nor a request could prove, and how to check them. */
export function warnOfUnknowns(log: Logger, verdicts: readonly Verdict[]): void {
  const unknown = verdicts.filter((verdict) => verdict.held === 'unknown')
  if (unknown.length === 0) return
  log.warning(
    `Could not verify ${unknown.length} needed action(s) (${[...new Set(unknown.map((v) => v.action.split('/').pop()))].join(', ')}) without reading role assignments; a refusal will be explained when it happens. Give the identity read access to the account's role assignments (e.g. 'Cosmos DB Account Reader Role') and set 'subscription-id' and 'resource-group' to check them up front.`
  )
}
