import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AccessTokenClaims } from '../entra/access-token.js'
import type { EntraStandIn } from '../entra/server.js'
import { bearerToken, sendJson } from '../http/server.js'
import type { CosmosGateway } from '../cosmos/gateway.js'

/** An ARM failure: the HTTP status and the `{ error: { code, message } }` body. */
export interface ArmError {
  status: number
  code: string
  message: string
}

const armAudiences = ['https://management.azure.com', 'https://management.core.windows.net']

/** Narrows an authentication (or any) outcome to the failure. */
export const isArmError = (value: object): value is ArmError =>
  'status' in value && typeof value.status === 'number' && 'code' in value

/** Answers with ARM's error envelope. */
export const sendArmError = (res: ServerResponse, error: ArmError): void =>
  sendJson(res, error.status, { error: { code: error.code, message: error.message } })

/** ARM's 403 for a principal without the control-plane action on the scope. */
export function authorizationFailed(oid: string, action: string, scope: string): ArmError {
  return {
    status: 403,
    code: 'AuthorizationFailed',
    message: `The client '${oid}' with object id '${oid}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
  }
}

/** Validates the bearer token as ARM does: signature, management audience, tenant, expiry. */
export async function authenticateArm(
  req: IncomingMessage,
  entra: EntraStandIn,
  tenantId: string
): Promise<AccessTokenClaims | ArmError> {
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
  if (claims.tid !== tenantId) {
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

/** Control-plane grants on the account, by object id: write implies read, as Contributor does. */
export class ControlPlaneGrants {
  private readonly readers = new Set<string>()
  private readonly writers = new Set<string>()

  grant(principalId: string, level: 'read' | 'write'): void {
    ;(level === 'read' ? this.readers : this.writers).add(principalId.toLowerCase())
  }

  revoke(principalId: string, level: 'read' | 'write'): void {
    ;(level === 'read' ? this.readers : this.writers).delete(principalId.toLowerCase())
  }

  canRead(principalId: string): boolean {
    return this.readers.has(principalId.toLowerCase()) || this.canWrite(principalId)
  }

  canWrite(principalId: string): boolean {
    return this.writers.has(principalId.toLowerCase())
  }
}

/** ARM names are case-insensitive; the first segment that does not exist names the 404. */
export function missingResource(
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
