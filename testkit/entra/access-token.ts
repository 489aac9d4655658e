import { createPublicKey, randomBytes } from 'node:crypto'
import { SignJWT, compactVerify, decodeProtectedHeader, type JWTPayload } from 'jose'
import type { Application, Directory } from './directory.js'

/** The claims of an access token issued by the Entra stand-in. */
export interface AccessTokenClaims extends JWTPayload {
  aud: string
  iss: string
  iat: number
  nbf: number
  exp: number
  oid: string
  tid: string
  appid: string
  azp: string
  sub: string
  idtyp: 'app'
  ver: string
}

/** Entra backdates iat and nbf of the tokens it issues by five minutes. */
const BACKDATE_SECONDS = 300

/**
 * Signs an app-only access token for `resource` with the app's tenant key. `clockOffsetSeconds`
 * puts Entra's clock ahead (or behind) the machine's, as a runner with a wrong clock sees it;
 * `audience` replaces the resource in `aud` (a fault for tests).
 */
export async function signAccessToken(
  directory: Directory,
  application: Application,
  resource: string,
  lifetimeSeconds: number,
  options: { clockOffsetSeconds?: number; audience?: string } = {}
): Promise<string> {
  const tenant = directory.findTenant(application.tenantId)
  if (!tenant) throw new Error(`tenant ${application.tenantId} vanished`)
  const now = Math.floor(Date.now() / 1000) + (options.clockOffsetSeconds ?? 0)
  // v1-style tokens, as Entra issues for Cosmos DB and ARM (resources without a v2 manifest).
  const claims: Omit<AccessTokenClaims, 'iat' | 'nbf' | 'exp' | 'aud' | 'iss' | 'sub'> = {
    oid: application.objectId,
    tid: tenant.tenantId,
    appid: application.clientId,
    azp: application.clientId,
    appidacr: '2',
    idtyp: 'app',
    ver: '1.0',
    uti: randomBytes(16).toString('base64url')
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: tenant.kid })
    .setAudience(options.audience ?? resource)
    .setIssuer(`https://sts.windows.net/${tenant.tenantId}/`)
    .setSubject(application.objectId)
    .setIssuedAt(now - BACKDATE_SECONDS)
    .setNotBefore(now - BACKDATE_SECONDS)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(tenant.privateKey)
}

/**
 * Verifies the signature of an access token issued by this stand-in (any tenant) and returns
 * its claims. Time, audience and tenant are deliberately not checked: each resource answers
 * those failures in its own way.
 */
export async function verifyAccessToken(
  directory: Directory,
  token: string
): Promise<AccessTokenClaims> {
  let kid: string | undefined
  try {
    kid = decodeProtectedHeader(token).kid
  } catch {
    throw new Error('malformed token')
  }
  const tenant = kid === undefined ? undefined : directory.tenantByKid(kid)
  if (!tenant) throw new Error('token signed by an unknown key')
  const { payload } = await compactVerify(token, createPublicKey(tenant.privateKey), {
    algorithms: ['RS256']
  })
  const claims = JSON.parse(new TextDecoder().decode(payload)) as AccessTokenClaims
  if (typeof claims.oid !== 'string' || typeof claims.exp !== 'number') {
    throw new Error('token lacks oid or exp')
  }
  return claims
}
