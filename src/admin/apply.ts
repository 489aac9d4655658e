import type { TokenCredential } from '@azure/identity'
import { armClient, type AccountLocation } from '../cosmos/arm.js'
import type { IdentityDirectory, StoredCredential } from './identities.js'
import {
  MAX_CREDENTIALS,
  accountResourceId,
  fullScope,
  type CredentialPlan,
  type SetupPlan
} from './plan.js'
import { describeTrigger } from './subjects.js'

/** What applying did, one line per credential and role. */
export interface ApplyReport {
  readonly principalId: string
  readonly clientId: string
  readonly lines: readonly string[]
}

/** True when a stored credential already does what the planned one would. */
function sameMatch(stored: StoredCredential, planned: CredentialPlan): boolean {
  return (
    stored.issuer === planned.issuer &&
    stored.audiences.includes(planned.audience) &&
    (planned.expression === undefined
      ? stored.subject === planned.subject
      : stored.expression === planned.expression)
  )
}

/**
 * Applies a setup plan with the admin's own sign-in: the credentials first (each checked against
 * what the identity holds, so applying twice creates nothing and a name taken by something else
 * stops the run before any write), then the role definition and assignment through ARM.
 */
export async function applySetup(
  plan: SetupPlan,
  directory: IdentityDirectory,
  credential: TokenCredential,
  location: AccountLocation,
  log: (line: string) => void
): Promise<ApplyReport> {
  const principalId = await directory.principalId()
  const clientId = await directory.clientId()
  const existing = await directory.listCredentials()
  const lines: string[] = []
  const toCreate: CredentialPlan[] = []
  for (const planned of plan.credentials) {
    const same = existing.find((stored) => sameMatch(stored, planned))
    if (same) {
      lines.push(`= credential '${same.name}' already matches ${describeTrigger(planned.trigger)}`)
      continue
    }
    const taken = existing.find((stored) => stored.name === planned.name)
    if (taken)
      throw new Error(
        `${directory.description} already has a credential named '${planned.name}' for ${taken.subject ?? taken.expression}, not ${planned.subject ?? planned.expression}. Remove or rename it, then run setup again. Nothing was written.`
      )
    toCreate.push(planned)
  }
  if (existing.length + toCreate.length > MAX_CREDENTIALS)
    throw new Error(
      `${directory.description} holds ${existing.length} federated credentials; ${toCreate.length} more would pass the limit of ${MAX_CREDENTIALS}. Remove unused ones or use patterns (one flexible credential covers many branches or tags). Nothing was written.`
    )
  // One at a time: managed identities refuse concurrent credential writes.
  for (const planned of toCreate) {
    await directory.createCredential(planned)
    const line = `+ credential '${planned.name}' for ${describeTrigger(planned.trigger)}: ${planned.subject ?? planned.expression}`
    lines.push(line)
    log(line)
  }

  const client = armClient(credential, location)
  const accountId = accountResourceId(plan.options.account)
  const definitionId = `${accountId}/sqlRoleDefinitions/${plan.role.definitionGuid}`
  if (plan.role.customActions !== undefined) {
    await client.sqlResources.createUpdateSqlRoleDefinition(
      location.resourceGroup,
      location.accountName,
      plan.role.definitionGuid,
      {
        roleName: plan.role.roleName,
        type: 'CustomRole',
        assignableScopes: [accountId],
        permissions: [{ dataActions: [...plan.role.customActions] }]
      }
    )
    const line = `+ role definition '${plan.role.roleName}' (${plan.role.definitionGuid}): ${plan.role.customActions.length} data actions`
    lines.push(line)
    log(line)
  }
  const scope = fullScope(plan.options.account, plan.role.scope)
  for await (const assignment of client.sqlResources.listSqlRoleAssignments(
    location.resourceGroup,
    location.accountName
  )) {
    if (
      assignment.principalId === principalId &&
      assignment.roleDefinitionId?.toLowerCase() === definitionId.toLowerCase() &&
      assignment.scope?.toLowerCase() === scope.toLowerCase()
    ) {
      lines.push(`= role '${plan.role.roleName}' at ${plan.role.scope} already assigned`)
      return { principalId, clientId, lines }
    }
  }
  await client.sqlResources.createUpdateSqlRoleAssignment(
    location.resourceGroup,
    location.accountName,
    plan.role.assignmentGuid(principalId),
    { roleDefinitionId: definitionId, scope, principalId }
  )
  const line = `+ role '${plan.role.roleName}' at ${plan.role.scope} for principal ${principalId}`
  lines.push(line)
  log(line)
  return { principalId, clientId, lines }
}
