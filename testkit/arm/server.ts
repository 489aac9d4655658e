import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AccessTokenClaims } from '../entra/access-token.js'
import type { EntraStandIn } from '../entra/server.js'
import {
  bearerToken,
  requestUrl,
  sendJson,
  startHttpsServer,
  watchResponseHead
} from '../http/server.js'
import type { CosmosGateway } from '../cosmos/gateway.js'
import type { RoleAssignment, RoleDefinition } from '../cosmos/rbac.js'

/** One ARM request as the stand-in saw it. */
export interface ArmRequestRecord {
  at: number
  method: string
  path: string
  /** The control-plane action the request needed, when it named one. */
  action?: string
  principalId?: string
  status: number
}

/** The Azure Resource Manager stand-in: read-only Cosmos DB SQL role definitions and assignments. */
export interface ArmStandIn {
  /** `https://localhost:PORT` */
  endpoint: string
  /** Lets this principal (object id) read role definitions and assignments of the account. */
  grantControlPlaneRead(principalId: string): void
  revokeControlPlaneRead(principalId: string): void
  requests(): ArmRequestRecord[]
  clearRequests(): void
  close(): Promise<void>
}

const armAudiences = ['https://management.azure.com', 'https://management.core.windows.net']
const route =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)\/(sqlRoleAssignments|sqlRoleDefinitions)(?:\/([^/]+))?\/?$/i

type ArmError = { status: number; code: string; message: string }
const isArmError = (value: AccessTokenClaims | ArmError): value is ArmError =>
  typeof value.status === 'number' && typeof value.code === 'string'
const armError = (res: ServerResponse, error: ArmError) =>
  sendJson(res, error.status, { error: { code: error.code, message: error.message } })

/** Starts ARM for the gateway's account, trusting tokens of the account's tenant. */
export async function startArm(
  entra: EntraStandIn,
  cosmos: CosmosGateway,
  log: (line: string) => void
): Promise<ArmStandIn> {
  const readers = new Set<string>()
  let records: ArmRequestRecord[] = []

  const authenticateArm = async (req: IncomingMessage): Promise<AccessTokenClaims | ArmError> => {
    const token = bearerToken(req)
    const invalid = (message: string): ArmError => ({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message
    })
    if (!token) {
      return {
        status: 401,
        code: 'AuthenticationFailed',
        message: "Authentication failed. The 'Authorization' header is missing."
      }
    }
    let claims: AccessTokenClaims
    try {
      claims = await entra.verifyAccessToken(token)
    } catch {
      return invalid('The access token is invalid.')
    }
    if (!armAudiences.includes(claims.aud.replace(/\/+$/, ''))) {
      return invalid(
        `The access token has an invalid audience '${claims.aud}'. Expected 'https://management.azure.com/'.`
      )
    }
    if (claims.tid !== cosmos.tenantId) {
      return invalid(
        `The access token is from the wrong issuer 'https://sts.windows.net/${claims.tid}/'. It must match the tenant associated with this subscription.`
      )
    }
    const now = Math.floor(Date.now() / 1000)
    if (claims.exp <= now) {
      const expiry = new Date(claims.exp * 1000).toISOString()
      return {
        status: 401,
        code: 'ExpiredAuthenticationToken',
        message: `The access token expiry UTC time '${expiry}' is earlier than current UTC time '${new Date().toISOString()}'.`
      }
    }
    return claims
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req)
    const record: ArmRequestRecord = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      status: 0
    }
    records.push(record)
    watchResponseHead(res, () => (record.status = res.statusCode))

    const match = route.exec(url.pathname)
    const [, subscription = '', group = '', account = '', collection = '', name] = match ?? []
    const isAssignments = collection.toLowerCase() === 'sqlroleassignments'
    if (match) {
      record.action = `Microsoft.DocumentDB/databaseAccounts/${isAssignments ? 'sqlRoleAssignments' : 'sqlRoleDefinitions'}/read`
    }
    if (!url.searchParams.get('api-version')) {
      return armError(res, {
        status: 400,
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.'
      })
    }
    const claims = await authenticateArm(req)
    if (isArmError(claims)) return armError(res, claims)
    record.principalId = claims.oid
    if (!match || req.method !== 'GET') {
      return armError(res, {
        status: 404,
        code: 'NotFound',
        message: `No route for ${req.method} ${url.pathname}.`
      })
    }
    const scope = `/subscriptions/${subscription}/resourceGroups/${group}/providers/Microsoft.DocumentDB/databaseAccounts/${account}`
    if (!readers.has(claims.oid.toLowerCase())) {
      return armError(res, {
        status: 403,
        code: 'AuthorizationFailed',
        message: `The client '${claims.oid}' with object id '${claims.oid}' does not have authorization to perform action '${record.action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
      })
    }
    const missing = missingResource(cosmos, subscription, group, account)
    if (missing) return armError(res, missing)

    const items = isAssignments
      ? cosmos.roleAssignments().map(assignmentResource)
      : cosmos.roleDefinitions().map(definitionResource)
    if (name === undefined) return sendJson(res, 200, { value: items })
    const item = items.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
    if (item) return sendJson(res, 200, item)
    const kind = isAssignments ? 'Role assignment' : 'Role definition'
    log(`[arm] ${kind} ${name} not found`)
    armError(res, {
      status: 404,
      code: 'NotFound',
      message: `${kind} with id [${name}] does not exist.`
    })
  }

  const server = await startHttpsServer('arm', handler, log)
  return {
    endpoint: server.origin,
    grantControlPlaneRead: (principalId) => void readers.add(principalId.toLowerCase()),
    revokeControlPlaneRead: (principalId) => void readers.delete(principalId.toLowerCase()),
    requests: () => records.map((record) => ({ ...record })),
    clearRequests() {
      records = []
    },
    close: () => server.close()
  }
}

/** ARM names are case-insensitive; the first segment that does not exist names the 404. */
function missingResource(
  cosmos: CosmosGateway,
  subscription: string,
  group: string,
  account: string
): ArmError | undefined {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  if (!same(subscription, cosmos.subscriptionId)) {
    return {
      status: 404,
      code: 'SubscriptionNotFound',
      message: `The subscription '${subscription}' could not be found.`
    }
  }
  if (!same(group, cosmos.resourceGroup)) {
    return {
      status: 404,
      code: 'ResourceGroupNotFound',
      message: `Resource group '${group}' could not be found.`
    }
  }
  if (!same(account, cosmos.accountName)) {
    return {
      status: 404,
      code: 'ResourceNotFound',
      message: `The Resource 'Microsoft.DocumentDB/databaseAccounts/${account}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
    }
  }
  return undefined
}

function assignmentResource(assignment: RoleAssignment) {
  return {
    id: assignment.id,
    name: assignment.name,
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
    properties: {
      roleDefinitionId: assignment.roleDefinitionId,
      scope: assignment.scope,
      principalId: assignment.principalId
    }
  }
}

function definitionResource(definition: RoleDefinition) {
  return {
    id: definition.id,
    name: definition.name,
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions',
    properties: {
      roleName: definition.roleName,
      type: definition.type,
      assignableScopes: definition.assignableScopes,
      permissions: [{ dataActions: definition.dataActions, notDataActions: [] }]
    }
  }
}
