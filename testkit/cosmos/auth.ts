import type { AccessTokenClaims } from '../entra/access-token.js'
import { cosmosFailures, type CosmosFailure } from './errors.js'

const aadPrefix = 'type=aad&ver=1.0&sig='

export interface GatewayAuthSettings {
  accountName: string
  tenantId: string
  acceptedAudiences: string[]
  verifyAccessToken(token: string): Promise<AccessTokenClaims>
}

/**
 * Checks a Cosmos DB `Authorization` header. The SDK sends `type=aad&ver=1.0&sig=<jwt>` without
 * URL-encoding it (key auth is encoded), so both forms are accepted. Key auth is refused: the
 * account has local authentication disabled.
 */
export async function authenticate(
  header: string | undefined,
  settings: GatewayAuthSettings
): Promise<AccessTokenClaims | CosmosFailure> {
  if (!header) return cosmosFailures.missingAuthorization()
  let decoded = header
  if (/%[0-9a-f]{2}/i.test(header)) {
    try {
      decoded = decodeURIComponent(header)
    } catch {
      return cosmosFailures.invalidToken(settings.accountName, 'undecodable header')
    }
  }
  if (/^type=(master|resource)&/i.test(decoded)) return cosmosFailures.localAuthDisabled()
  if (!decoded.startsWith(aadPrefix)) {
    return cosmosFailures.invalidToken(settings.accountName, 'unknown authorization type')
  }
  let claims: AccessTokenClaims
  try {
    claims = await settings.verifyAccessToken(decoded.slice(aadPrefix.length))
  } catch (error) {
    return cosmosFailures.invalidToken(settings.accountName, (error as Error).message)
  }
  if (!settings.acceptedAudiences.includes(claims.aud.replace(/\/+$/, ''))) {
    return cosmosFailures.wrongAudience(
      settings.accountName,
      claims.aud,
      settings.acceptedAudiences
    )
  }
  if (claims.tid !== settings.tenantId) {
    return cosmosFailures.untrustedTenant(settings.accountName, claims.tid)
  }
  const now = Math.floor(Date.now() / 1000)
  if (claims.exp <= now) return cosmosFailures.expiredToken(claims.exp, now)
  return claims
}

/**
 * Remembers the claims of tokens whose signature checked out, so that a token sent with every
 * request of a long run is verified once (a 2048-bit key import and an RSA verification per
 * request cost the stand-in several percent of a bulk run). The answer cannot change: a token is
 * immutable and the Entra stand-in never rotates or drops a tenant's signing key. Failures are
 * not remembered, and authenticate still checks audience, tenant and expiry on every request.
 */
export function rememberVerified(
  verify: (token: string) => Promise<AccessTokenClaims>,
  capacity = 1000
): (token: string) => Promise<AccessTokenClaims> {
  const verified = new Map<string, AccessTokenClaims>()
  return async (token) => {
    const known = verified.get(token)
    if (known !== undefined) return { ...known }
    const claims = await verify(token)
    if (verified.size >= capacity) verified.clear()
    verified.set(token, { ...claims })
    return claims
  }
}

/** Narrows the result of authenticate. */
export function isCosmosFailure(value: AccessTokenClaims | CosmosFailure): value is CosmosFailure {
  return 'status' in value && typeof value.status === 'number' && 'code' in value
}
