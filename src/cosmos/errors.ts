import { smallestBuiltInRoleFor } from '../authorization/roles.js'
import { CosmosAccessError, describeError } from '../errors.js'

/** What the explanation may name: the account and the identity, never a token. */
export interface CosmosErrorContext {
  readonly endpoint: string
  readonly database: string
  readonly accountName: string
  readonly resourceGroup: string | undefined
  readonly principalId: string | undefined
}

const RBAC_DENIAL = /principal \[([^\]]*)\].*?action \[([^\]]*)\].*?resource \[([^\]]*)\]/is

/**
 * Turns an error from @azure/cosmos into a CosmosAccessError that says which role to grant at
 * which scope, or what else to change. Errors it does not recognise keep Cosmos's own text.
 */
export function explainCosmosError(error: unknown, context: CosmosErrorContext): CosmosAccessError {
  const record = (error ?? {}) as Record<string, unknown>
  const status = typeof record['code'] === 'number' ? record['code'] : undefined
  const substatusValue = Number(record['substatus'])
  const substatus = Number.isFinite(substatusValue) ? substatusValue : undefined
  const said = cosmosText(error)
  const lines = [...explain(status, substatus, said, context), `Cosmos DB said: ${said}`]
  return new CosmosAccessError(lines.join('\n'), { status, substatus, cause: error })
}

function explain(
  status: number | undefined,
  substatus: number | undefined,
  said: string,
  context: CosmosErrorContext
): string[] {
  const where = `account ${context.endpoint}`
  if (status === 403 && substatus === 5301) {
    const [, principal = context.principalId ?? '<principal-id>', action = '?', resource = '/'] =
      RBAC_DENIAL.exec(said) ?? []
    // Role assignments stop at containers: an item path in the message maps to its container.
    const scope = (resource.startsWith('/') ? resource : `/${resource}`).replace(
      /^(\/dbs\/[^/]+\/colls\/[^/]+)\/.*$/,
      '$1'
    )
    const role = smallestBuiltInRoleFor(action)
    return [
      `Cosmos DB refused the request: principal ${principal} has no role that grants '${action}' at scope '${scope}'.`,
      role
        ? `Grant it '${role.name}' (${role.id}) at '${scope}' or a scope above it:`
        : 'Grant it a role that includes this data action:',
      `  az cosmosdb sql role assignment create --account-name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --scope "${scope}" --principal-id ${principal} --role-definition-id ${role?.id ?? '<role-definition-id>'}`,
      'The principal id is the object id (oid) of the service principal or managed identity, not its client id.'
    ]
  }
  if (status === 403 && substatus === 5300) {
    return [
      'Cosmos DB refuses database and container create, replace and delete with Entra tokens on the data plane.',
      'Provision databases and containers through Azure Resource Manager instead (Bicep, Terraform, az cosmosdb sql container create).'
    ]
  }
  if (status === 401 && substatus === 5008) {
    return [
      `The ${where} refused the token's audience.`,
      "Check 'cloud' and 'endpoint': tokens must be issued for the account's own URI or the cloud's Cosmos DB resource."
    ]
  }
  if (status === 401 && substatus === 5007) {
    return [
      `The ${where} does not trust tokens from the identity's tenant.`,
      "Use an identity in the account's own tenant, and check 'tenant-id'."
    ]
  }
  if (status === 401 && /expired/i.test(said)) {
    return [
      `The ${where} says the access token had expired.`,
      'Check the runner clock: tokens are renewed before expiry, so an expired token points at clock skew.'
    ]
  }
  if (status === 401) {
    return [`The ${where} refused the access token.`]
  }
  if (status === 404) {
    return [
      `Database '${context.database}' was not found in ${where}.`,
      'Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql database create): Cosmos DB refuses database creation with Entra tokens.'
    ]
  }
  return [
    `Cosmos DB request to ${where} failed${status === undefined ? '' : ` with status ${status}`}.`
  ]
}

/** Cosmos's message, taken from its JSON body when there is one, on one line. */
function cosmosText(error: unknown): string {
  const body = (error as { body?: { message?: unknown } } | undefined)?.body
  const text = typeof body?.message === 'string' ? body.message : describeError(error)
  return text.replace(/\s+/g, ' ').trim()
}
