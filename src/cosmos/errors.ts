import { smallestBuiltInRoleFor } from './roles.js'
import { CosmosAccessError, describeError } from '../errors.js'
import { parseRbacDenial } from './rbac-denial.js'

/** What the explanation may name: the account and the identity, never a token. */
export interface CosmosErrorContext {
  readonly endpoint: string
  readonly database: string
  readonly accountName: string
  readonly resourceGroup: string | undefined
  readonly principalId: string | undefined
}

/** A failure to reach the service at all: no status, a Node network code. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate is not trusted",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host"
}

/**
 * Turns an error from @azure/cosmos into a CosmosAccessError that says which role to grant at
 * which scope, or what else to change. `requestScope` is the resource the failed request was for
 * (`/dbs/<db>/colls/<container>`), used when Cosmos's own message does not name a usable scope.
 * Errors it does not recognise keep Cosmos's own text.
 */
export function explainCosmosError(
  error: unknown,
  context: CosmosErrorContext,
  requestScope?: string
): CosmosAccessError {
  const record = (error ?? {}) as Record<string, unknown>
  const status = typeof record['code'] === 'number' ? record['code'] : undefined
  const network = typeof record['code'] === 'string' ? NETWORK_CODES[record['code']] : undefined
  if (status === undefined && network !== undefined)
    return unreachable(error, context, network, record['code'] as string)
  const substatusValue = Number(record['substatus'])
  const substatus = Number.isFinite(substatusValue) ? substatusValue : undefined
  const said = cosmosText(error)
  const lines = [
    ...explain(status, substatus, said, context, requestScope ?? `/dbs/${context.database}`),
    `Cosmos DB said: ${said}`
  ]
  return new CosmosAccessError(lines.join('\n'), { status, substatus, cause: error })
}

/** No answer from Cosmos DB at all: name the host and what to check, not "Cosmos DB said". */
function unreachable(
  error: unknown,
  context: CosmosErrorContext,
  what: string,
  code: string
): CosmosAccessError {
  const host = new URL(context.endpoint).host
  const lines = [
    `Could not reach Cosmos DB at ${host}: ${what} (${code}). No request reached the account.`,
    "Check 'endpoint': it is the account's URI from the portal (Overview, URI), https://<account>.documents.azure.com:443/.",
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'A name that does not resolve means a misspelled or deleted account, or an account reachable only through a private endpoint whose DNS zone this runner cannot see.'
      : 'Check that the runner can reach the host: a proxy, a firewall in front of a self-hosted runner, or an account reachable only through a private endpoint.',
    `Underlying error: ${describeError(error).replace(/\s+/g, ' ')}`
  ]
  return new CosmosAccessError(lines.join('\n'), {
    status: undefined,
    substatus: undefined,
    cause: error
  })
}

function explain(
  status: number | undefined,
  substatus: number | undefined,
  said: string,
  context: CosmosErrorContext,
  requestScope: string
): string[] {
  const where = `account ${context.endpoint}`
  if (status === 403 && substatus === 5301) return missingRole(said, context, requestScope)
  if (status === 403 && /Request originated from/i.test(said)) return firewall(said, context)
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

/** 403/5301: the role, the scope and the command that grants it, whatever shape the message has. */
function missingRole(said: string, context: CosmosErrorContext, requestScope: string): string[] {
  const denial = parseRbacDenial(said)
  const principal = denial.principalId ?? context.principalId ?? '<principal-id>'
  const action = denial.action ?? '?'
  const scope = denial.resource.kind === 'path' ? denial.resource.scope : requestScope
  const role = smallestBuiltInRoleFor(action)
  const named =
    denial.resource.kind === 'internalId'
      ? [
          `Cosmos DB named the resource by its internal id (${denial.resource.id}); the refused request was for '${scope}'.`
        ]
      : denial.resource.kind === 'anyScope'
        ? [
            `Cosmos DB says the principal holds '${action}' at no scope at all; the refused request was for '${scope}'.`
          ]
        : []
  return [
    `Cosmos DB refused the request: principal ${principal} has no role that grants '${action}' at scope '${scope}'.`,
    ...named,
    role
      ? `Grant it '${role.name}' (${role.id}) at '${scope}' or a scope above it:`
      : 'Grant it a role that includes this data action:',
    `  az cosmosdb sql role assignment create --account-name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --scope "${scope}" --principal-id ${principal} --role-definition-id ${role?.id ?? '<role-definition-id>'}`,
    'The principal id is the object id (oid) of the service principal or managed identity, not its client id.'
  ]
}

/**
 * 403 from the account's network rules. GitHub-hosted runners reach Cosmos DB from the public
 * internet with an address that changes from job to job (api.github.com/meta lists thousands of
 * ranges), so an account with IP rules or private endpoints only refuses them.
 */
function firewall(said: string, context: CosmosErrorContext): string[] {
  const ip = /originated from (?:client )?IP ([0-9A-Fa-f.:]+)/i.exec(said)?.[1]
  const viaVnet = /originated from (?:client )?VNET through (service|private) endpoint/i.exec(said)
  if (viaVnet) {
    return [
      `The account's network rules refused this runner: it came from a virtual network through a ${viaVnet[1]} endpoint that account ${context.accountName} does not allow.`,
      `Add the runner's subnet to the account's virtual network rules (az cosmosdb network-rule add --name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --subnet <subnet-id>), or approve the private endpoint connection.`
    ]
  }
  return [
    `The account's firewall refused this runner${ip ? `, which came from ${ip}` : ''} through the public internet: account ${context.accountName} allows only some IP addresses or only private endpoints.`,
    'GitHub-hosted runners get a different public address for each job, so a fixed IP rule does not cover them. The options:',
    '  - run the job on a self-hosted runner (or a GitHub-hosted runner with Azure private networking) in a virtual network that reaches the account through a private endpoint or service endpoint;',
    `  - allow the runner's address for the run: az cosmosdb update --name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --ip-range-filter <existing rules>,<runner ip>. Each change is an account update that takes minutes, and must be undone after the job;`,
    "  - allow public access from all networks, if the account's data may be reached that way.",
    'See docs/troubleshooting.md, "Firewall and private endpoints".'
  ]
}

/** Cosmos's message, taken from its JSON body when there is one, on one line. */
function cosmosText(error: unknown): string {
  const body = (error as { body?: { message?: unknown } } | undefined)?.body
  const text = typeof body?.message === 'string' ? body.message : describeError(error)
  return text.replace(/\s+/g, ' ').trim()
}
