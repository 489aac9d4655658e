import type { TokenCredential } from '@azure/identity'
import { accountResourceId, armClient, type AccountLocation } from '../cosmos/arm.js'
import { ActionError, describeError } from '../errors.js'
import type { RoleAssignmentRecord, RoleDefinitionRecord } from './assignments.js'

/** What ARM listed for the account. */
export interface AccountRoles {
  readonly accountResourceId: string
  readonly assignments: readonly RoleAssignmentRecord[]
  readonly definitions: readonly RoleDefinitionRecord[]
}

/** ARM refused to list role assignments (401: token not accepted; 403: no control-plane read). */
export class ArmAccessDenied extends ActionError {
  constructor(
    message: string,
    readonly status: 401 | 403,
    options: { cause: unknown }
  ) {
    super(message, options)
  }
}

/** ARM knows no such account: subscription, resource group or account name is wrong. */
export class AccountNotFound extends ActionError {}

/**
 * Lists the account's data-plane role assignments and definitions through ARM with the job's own
 * identity. Neither list can be filtered by principal: the caller filters. Transient failures are
 * retried by the SDK's pipeline; 401 and 403 become ArmAccessDenied, so the caller can probe.
 */
export async function listAccountRoles(
  credential: TokenCredential,
  location: AccountLocation
): Promise<AccountRoles> {
  const client = await armClient(credential, location)
  const id = accountResourceId(location)
  try {
    const assignments: RoleAssignmentRecord[] = []
    for await (const assignment of client.sqlResources.listSqlRoleAssignments(
      location.resourceGroup,
      location.accountName
    )) {
      assignments.push(assignment)
    }
    const definitions: RoleDefinitionRecord[] = []
    for await (const definition of client.sqlResources.listSqlRoleDefinitions(
      location.resourceGroup,
      location.accountName
    )) {
      definitions.push({
        id: definition.id,
        roleName: definition.roleName,
        dataActions: (definition.permissions ?? []).flatMap(
          (permission) => permission.dataActions ?? []
        )
      })
    }
    return { accountResourceId: id, assignments, definitions }
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode
    if (status === 401 || status === 403) {
      throw new ArmAccessDenied(
        `Azure Resource Manager refused to list the role assignments of ${id} (${armAnswer(error)}).`,
        status,
        { cause: error }
      )
    }
    if (status === 404) {
      throw new AccountNotFound(
        `Azure Resource Manager has no Cosmos DB account '${location.accountName}' in resource group '${location.resourceGroup}' of subscription ${location.subscriptionId}. Check 'subscription-id', 'resource-group' and 'account-name'.`,
        { cause: error }
      )
    }
    throw new ActionError(
      `Could not list the role assignments of ${id}: ${oneLine(describeError(error))}`,
      { cause: error }
    )
  }
}

/** ARM's status and error code; the SDK's own paging message says nothing more. */
function armAnswer(error: unknown): string {
  const { statusCode, code, message } = error as {
    statusCode?: unknown
    code?: unknown
    message?: unknown
  }
  const parts = [String(statusCode), typeof code === 'string' ? code : undefined]
  if (typeof message === 'string' && !message.startsWith('Pagination failed'))
    parts.push(oneLine(message))
  return parts.filter(Boolean).join(' ')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
