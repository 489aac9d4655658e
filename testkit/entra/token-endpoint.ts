import { isFailure, readAssertion, verifyAssertion, type IssuerKeyCache } from './assertion.js'
import { signAccessToken } from './access-token.js'
import type { Directory, Tenant } from './directory.js'
import { entraFailures, type EntraFailure } from './errors.js'
import { matchFederatedCredential, matchIssuer } from './federation.js'

/** A successful token response, as Entra sends it. */
export interface TokenResponse {
  token_type: 'Bearer'
  expires_in: number
  ext_expires_in: number
  access_token: string
}

export interface TokenExchangeSettings {
  directory: Directory
  keys: IssuerKeyCache
  assertionLeewaySeconds: number
  defaultAccessTokenLifetimeSeconds: number
  /** Entra's clock minus the machine's, in seconds (0: the same). */
  clockOffsetSeconds: number
  /** `aud` to put in tokens for a resource instead of the resource itself (a fault). */
  audienceOverrides: ReadonlyMap<string, string>
}

const jwtBearer = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** OIDC scopes some clients add to every request; they carry no resource. */
const oidcScopes = new Set(['openid', 'profile', 'offline_access', 'email'])

/**
 * Runs a client_credentials request with a federated client assertion through Entra's checks,
 * in Entra's order: client, assertion format, a credential of its issuer, signature (keys
 * fetched from the issuer), time, subject and audience, scope.
 */
export async function exchangeAssertion(
  tenant: Tenant,
  form: URLSearchParams,
  settings: TokenExchangeSettings
): Promise<TokenResponse | EntraFailure> {
  const grantType = form.get('grant_type') ?? ''
  if (grantType !== 'client_credentials') return entraFailures.unsupportedGrant(grantType)
  const clientId = form.get('client_id') ?? ''
  const application = settings.directory.findApplication(tenant.tenantId, clientId)
  if (!application) return entraFailures.applicationNotFound(clientId, tenant.tenantId)

  const assertionType = form.get('client_assertion_type')
  const assertion = assertionType === jwtBearer ? (form.get('client_assertion') ?? '') : ''
  const read = readAssertion(assertion)
  if (isFailure(read)) return read
  // Entra looks for a credential of the assertion's issuer before it fetches that issuer's keys:
  // an issuer no credential names is AADSTS700211 (or 70021 without any credential), never a
  // signature or key-fetch failure.
  const issuerFailure = matchIssuer(application, read)
  if (issuerFailure) return issuerFailure
  const verified = await verifyAssertion(assertion, read, {
    keys: settings.keys,
    leewaySeconds: settings.assertionLeewaySeconds
  })
  if (isFailure(verified)) return verified
  const federationFailure = matchFederatedCredential(
    application,
    verified,
    settings.directory.flexibleIssuers
  )
  if (federationFailure) return federationFailure

  const scopes = (form.get('scope') ?? '').split(/\s+/).filter((s) => s && !oidcScopes.has(s))
  const scope = scopes[0] ?? ''
  if (scopes.length !== 1 || !scope.endsWith('/.default')) {
    return entraFailures.scopeWithoutDefault(scopes.join(' '))
  }
  const requested = scope.slice(0, -'/.default'.length)
  const resource = settings.directory.findResource(requested)
  if (!resource) {
    return entraFailures.resourceNotFound(requested, tenant.domains[0] ?? tenant.tenantId)
  }
  const lifetime =
    application.accessTokenLifetimeSeconds ?? settings.defaultAccessTokenLifetimeSeconds
  const audience = settings.audienceOverrides.get(resource)
  const accessToken = await signAccessToken(settings.directory, application, resource, lifetime, {
    clockOffsetSeconds: settings.clockOffsetSeconds,
    ...(audience === undefined ? {} : { audience })
  })
  return {
    token_type: 'Bearer',
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: accessToken
  }
}
