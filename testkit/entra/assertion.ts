import {
  compactVerify,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JSONWebKeySet,
  type JWTPayload
} from 'jose'
import { fetchJsonOverHttps } from '../http/client.js'
import { entraFailures, type EntraFailure } from './errors.js'

/** The claims of a client assertion (read, and after verifyAssertion also verified). */
export interface VerifiedAssertion {
  iss: string
  sub: string
  aud: string[]
  claims: JWTPayload
}

type KeyResolver = ReturnType<typeof createLocalJWKSet>

/**
 * Fetches an issuer's keys the way Entra does: `<iss>/.well-known/openid-configuration`, then its
 * `jwks_uri`, over HTTPS. Keys are cached per issuer and refetched once when a kid is unknown
 * (key rotation).
 */
export class IssuerKeyCache {
  private readonly cache = new Map<string, KeyResolver>()

  constructor(private readonly ca: string) {}

  async resolver(issuer: string, refresh = false): Promise<KeyResolver> {
    const cached = this.cache.get(issuer)
    if (cached && !refresh) return cached
    const discovery = await fetchJsonOverHttps(
      `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
      this.ca
    )
    const jwksUri = (discovery as { jwks_uri?: unknown }).jwks_uri
    if (typeof jwksUri !== 'string')
      throw new Error(`no jwks_uri in ${issuer}'s discovery document`)
    const jwks = (await fetchJsonOverHttps(jwksUri, this.ca)) as JSONWebKeySet
    const resolver = createLocalJWKSet(jwks)
    this.cache.set(issuer, resolver)
    return resolver
  }
}

export interface AssertionCheckOptions {
  keys: IssuerKeyCache
  leewaySeconds: number
}

/**
 * Reads a client assertion: a parsable RS256 JWT with an https issuer, a subject and an audience.
 * Nothing is verified yet: Entra looks for a credential with the assertion's issuer before it
 * fetches that issuer's keys (readAssertion, then federation's issuer check, then verifyAssertion).
 */
export function readAssertion(assertion: string | undefined): VerifiedAssertion | EntraFailure {
  if (!assertion) return entraFailures.malformedAssertion()
  let payload: JWTPayload
  try {
    const header = decodeProtectedHeader(assertion)
    payload = decodeJwt(assertion)
    if (header.alg !== 'RS256') return entraFailures.malformedAssertion()
  } catch {
    return entraFailures.malformedAssertion()
  }
  const { iss, sub } = payload
  const aud = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? [])
  if (!iss || !sub || aud.length === 0 || !iss.startsWith('https://')) {
    return entraFailures.malformedAssertion()
  }
  if (typeof payload.exp !== 'number') return entraFailures.malformedAssertion()
  return { iss, sub, aud, claims: payload }
}

/**
 * Checks what readAssertion read, in Entra's order: signature (keys fetched from its issuer,
 * AADSTS50166 when they cannot be), then the time window.
 */
export async function verifyAssertion(
  assertion: string,
  read: VerifiedAssertion,
  options: AssertionCheckOptions
): Promise<VerifiedAssertion | EntraFailure> {
  const signatureFailure = await checkSignature(assertion, read.iss, options.keys)
  if (signatureFailure) return signatureFailure

  const now = Math.floor(Date.now() / 1000)
  const leeway = options.leewaySeconds
  const { exp, nbf, iat } = read.claims
  const expiry = exp as number
  const validFrom = nbf ?? iat ?? 0
  const notYetValid =
    (nbf !== undefined && nbf > now + leeway) || (iat !== undefined && iat > now + leeway)
  if (expiry <= now - leeway || notYetValid) {
    return entraFailures.outsideValidTime(now, validFrom, expiry)
  }
  return read
}

async function checkSignature(
  assertion: string,
  issuer: string,
  keys: IssuerKeyCache
): Promise<EntraFailure | undefined> {
  let resolver: KeyResolver
  try {
    resolver = await keys.resolver(issuer)
  } catch {
    return entraFailures.issuerUnreachable()
  }
  try {
    await compactVerify(assertion, resolver, { algorithms: ['RS256'] })
    return undefined
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY') {
      return entraFailures.badSignature()
    }
  }
  // Unknown kid: the issuer may have rotated its keys since they were cached.
  try {
    await compactVerify(assertion, await keys.resolver(issuer, true), { algorithms: ['RS256'] })
    return undefined
  } catch {
    return entraFailures.badSignature()
  }
}

/** Narrows the result of verifyAssertion. */
export function isFailure(value: VerifiedAssertion | EntraFailure): value is EntraFailure {
  return 'code' in value && typeof value.code === 'number'
}
