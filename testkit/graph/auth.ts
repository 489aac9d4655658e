import type { IncomingMessage } from 'node:http'
import type { AccessTokenClaims } from '../entra/access-token.js'
import type { EntraStandIn } from '../entra/server.js'
import { bearerToken } from '../http/server.js'
import { graphErrors, type GraphError } from './errors.js'

/** The resource (token audience) of Microsoft Graph. */
export const graphResource = 'https://graph.microsoft.com'
/** Graph's well-known application id, which Entra may also put in `aud`. */
const graphAppId = '00000003-0000-0000-c000-000000000000'

/** Validates the bearer token as Graph does: signature, Graph audience, expiry. */
export async function authenticateGraph(
  req: IncomingMessage,
  entra: EntraStandIn
): Promise<AccessTokenClaims | GraphError> {
  const token = bearerToken(req)
  if (!token) return graphErrors.invalidToken('Access token is empty.')
  let claims: AccessTokenClaims
  try {
    claims = await entra.verifyAccessToken(token)
  } catch {
    return graphErrors.invalidToken('Access token validation failure.')
  }
  const audience = claims.aud.replace(/\/+$/, '')
  if (audience !== graphResource && audience !== graphAppId) {
    return graphErrors.invalidToken('Access token validation failure. Invalid audience.')
  }
  if (claims.exp <= Math.floor(Date.now() / 1000)) {
    return graphErrors.invalidToken('Lifetime validation failed, the token is expired.')
  }
  return claims
}

/**
 * Application permissions granted to callers, by object id: Application.Read.All and
 * Application.ReadWrite.All (which implies read).
 */
export class GraphGrants {
  private readonly readers = new Set<string>()
  private readonly writers = new Set<string>()

  grant(principalId: string, level: 'read' | 'write'): void {
    ;(level === 'read' ? this.readers : this.writers).add(principalId.toLowerCase())
  }

  allows(principalId: string, level: 'read' | 'write'): boolean {
    const id = principalId.toLowerCase()
    return this.writers.has(id) || (level === 'read' && this.readers.has(id))
  }
}
