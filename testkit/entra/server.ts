import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  readBody,
  requestUrl,
  sendJson,
  startHttpsServer,
  type LocalHttpsServer
} from '../http/server.js'
import { loadTlsMaterial } from '../tls.js'
import { IssuerKeyCache } from './assertion.js'
import { verifyAccessToken, type AccessTokenClaims } from './access-token.js'
import {
  Directory,
  type ApplicationOptions,
  type FederatedCredential,
  type Tenant
} from './directory.js'
import { entraFailures, renderEntraError, type EntraFailure } from './errors.js'
import { instanceDiscovery } from './instance-discovery.js'
import { exchangeAssertion } from './token-endpoint.js'

/** One token request as the stand-in saw it. */
export interface EntraRequestRecord {
  tenant: string
  clientId: string
  scope: string
  outcome: 'issued' | `AADSTS${number}`
}

/** What registerApplication returns. */
export interface RegisteredApplication {
  clientId: string
  objectId: string
  /** Absent for managed identities, which have no application object. */
  applicationObjectId?: string
}

/** The Microsoft Entra ID stand-in. */
export interface EntraStandIn {
  /** `https://localhost:PORT`: pass it as `authorityHost`. */
  authorityHost: string
  defaultTenantId: string
  /** Leeway for the assertion time window (default 0, so short test lifetimes mean something). */
  assertionLeewaySeconds: number
  addTenant(options?: { tenantId?: string; domains?: string[] }): string
  /** The GUID of a tenant given by GUID or domain, or undefined when it does not exist. */
  tenantIdOf(idOrDomain: string): string | undefined
  /**
   * Registers an app (or managed identity) with its service principal. `objectId` is the
   * service principal's (the `oid` in tokens); `applicationObjectId` is the application object's,
   * for apps only.
   */
  registerApplication(options: ApplicationOptions): RegisteredApplication
  /**
   * Adds a federated credential, visible at once (a credential that existed before the test);
   * throws when it breaks Entra's rules (credential-rules.ts).
   */
  addFederatedCredential(clientId: string, credential: FederatedCredential): void
  /**
   * How long credentials written through Graph or ARM take to reach the token service (default
   * 0; real Entra takes from tens of seconds to minutes). Until then exchanges fail with 70021,
   * 700213 or 7002131, as if the credential did not exist.
   */
  setCredentialPropagation(ms: number): void
  /** Ends every pending propagation: all credentials are visible from now on. */
  propagateCredentialsNow(): void
  /** Tenants, apps and their credentials, for the services built on Entra (Graph, ARM). */
  directory: Directory
  registerResource(uri: string): void
  /** Forgets a resource: tokens for it are then refused with AADSTS500011. */
  unregisterResource(uri: string): void
  /** Lifetime of access tokens for apps without their own (default 3600). <= 0 issues expired tokens. */
  setAccessTokenLifetime(seconds: number): void
  /** Puts Entra's clock `seconds` ahead of the machine's (negative: behind) for the tokens it issues. */
  setClockOffset(seconds: number): void
  /** Issues tokens for `resource` with `aud` set to `audience` instead (undefined: undo). */
  setAudienceOverride(resource: string, audience: string | undefined): void
  /** Checks the signature of an access token issued here and returns its claims. */
  verifyAccessToken(token: string): Promise<AccessTokenClaims>
  issuedTokens(): string[]
  requests(): EntraRequestRecord[]
  /** The next `count` token requests answer `temporarily_unavailable` with `status` (default 503). */
  failNext(count: number, status?: number): void
  /** An outage: every token request fails with `status` (default 503) for the next `ms`. */
  failFor(ms: number, status?: number): void
  /** The next `count` token requests are refused with their client assertion quoted back. */
  echoAssertionNext(count: number): void
  close(): Promise<void>
}

// ARM answers to both: https://management.core.windows.net/ is the resource the az CLI asks for
// (AzureCloud's activeDirectoryResourceId in azure-cli's cloud.py).
const defaultResources = [
  'https://cosmos.azure.com',
  'https://management.azure.com',
  'https://management.core.windows.net'
]

/** Starts the Entra stand-in with a default tenant (domain contoso.onmicrosoft.com). */
export async function startEntra(log: (line: string) => void): Promise<EntraStandIn> {
  const directory = new Directory()
  const defaultTenantId = directory.addTenant({ domains: ['contoso.onmicrosoft.com'] })
  defaultResources.forEach((uri) => directory.registerResource(uri))
  const keys = new IssuerKeyCache(loadTlsMaterial().ca)
  const issued: string[] = []
  const records: EntraRequestRecord[] = []
  const faults = { remaining: 0, status: 503, until: 0, outageStatus: 503, echo: 0 }
  let accessTokenLifetime = 3600
  let clockOffsetSeconds = 0
  const audienceOverrides = new Map<string, string>()
  let authorityHost = ''

  const sendFailure = (req: IncomingMessage, res: ServerResponse, failure: EntraFailure) => {
    const correlationId = req.headers['client-request-id']
    const body = renderEntraError(
      failure,
      typeof correlationId === 'string' ? correlationId : undefined
    )
    sendJson(res, failure.status, body)
  }

  const handleToken = async (req: IncomingMessage, res: ServerResponse, tenantName: string) => {
    const form = new URLSearchParams((await readBody(req)).toString('utf8'))
    const tenant = directory.findTenant(tenantName)
    const record: EntraRequestRecord = {
      tenant: tenant?.tenantId ?? tenantName,
      clientId: form.get('client_id') ?? '',
      scope: form.get('scope') ?? '',
      outcome: 'issued'
    }
    records.push(record)
    let result
    if (Date.now() < faults.until) {
      result = entraFailures.temporarilyUnavailable(faults.outageStatus)
    } else if (faults.echo > 0) {
      faults.echo -= 1
      result = entraFailures.echoedAssertion(form.get('client_assertion') ?? '')
    } else if (faults.remaining > 0) {
      faults.remaining -= 1
      result = entraFailures.temporarilyUnavailable(faults.status)
    } else if (!tenant) {
      result = entraFailures.tenantNotFound(tenantName)
    } else {
      result = await exchangeAssertion(tenant, form, {
        directory,
        keys,
        assertionLeewaySeconds: entra.assertionLeewaySeconds,
        defaultAccessTokenLifetimeSeconds: accessTokenLifetime,
        clockOffsetSeconds,
        audienceOverrides
      })
    }
    if ('access_token' in result) {
      issued.push(result.access_token)
      log(`[entra] issued a token to ${record.clientId} for ${record.scope}`)
      sendJson(res, 200, result, { 'cache-control': 'no-store' })
      return
    }
    record.outcome = `AADSTS${result.code}`
    log(`[entra] ${record.outcome} for client ${record.clientId} in ${tenantName}`)
    sendFailure(req, res, result)
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req)
    const [, tenantName = '', ...rest] = url.pathname.split('/')
    const route = `${req.method} /${rest.join('/')}`
    if (route === 'POST /oauth2/v2.0/token') return handleToken(req, res, tenantName)
    if (route === 'GET /discovery/instance' && tenantName === 'common') {
      const { status, body } = instanceDiscovery(url)
      return sendJson(res, status, body)
    }
    const known = [
      'GET /v2.0/.well-known/openid-configuration',
      'GET /.well-known/openid-configuration',
      'GET /discovery/v2.0/keys'
    ]
    if (!known.includes(route)) {
      sendJson(res, 404, { error: 'not_found', error_description: `No route ${route}` })
      return
    }
    const tenant = directory.findTenant(tenantName)
    if (!tenant) {
      sendFailure(req, res, entraFailures.tenantNotFound(tenantName))
    } else if (route.endsWith('/keys')) {
      sendJson(res, 200, { keys: [tenant.publicJwk] })
    } else {
      sendJson(res, 200, openIdConfiguration(authorityHost, tenant))
    }
  }

  const server: LocalHttpsServer = await startHttpsServer('entra', handler, log)
  authorityHost = server.origin

  const entra: EntraStandIn = {
    authorityHost,
    defaultTenantId,
    assertionLeewaySeconds: 0,
    addTenant: (options) => directory.addTenant(options),
    tenantIdOf: (idOrDomain) => directory.findTenant(idOrDomain)?.tenantId,
    registerApplication(options) {
      const { clientId, objectId, applicationObjectId } = directory.registerApplication(
        options,
        defaultTenantId
      )
      return { clientId, objectId, ...(applicationObjectId ? { applicationObjectId } : {}) }
    },
    addFederatedCredential(clientId, credential) {
      directory.addFederatedCredential(clientId, credential)
    },
    setCredentialPropagation(ms) {
      directory.credentialPropagationMs = ms
    },
    propagateCredentialsNow: () => directory.propagateCredentialsNow(),
    directory,
    registerResource: (uri) => directory.registerResource(uri),
    unregisterResource: (uri) => directory.unregisterResource(uri),
    setAccessTokenLifetime(seconds) {
      accessTokenLifetime = seconds
    },
    setClockOffset(seconds) {
      clockOffsetSeconds = seconds
    },
    setAudienceOverride(resource, audience) {
      const key = resource.replace(/\/+$/, '')
      if (audience === undefined) audienceOverrides.delete(key)
      else audienceOverrides.set(key, audience)
    },
    verifyAccessToken: (token) => verifyAccessToken(directory, token),
    issuedTokens: () => [...issued],
    requests: () => records.map((record) => ({ ...record })),
    failNext(count, status = 503) {
      faults.remaining = count
      faults.status = status
    },
    failFor(ms, status = 503) {
      faults.until = Date.now() + ms
      faults.outageStatus = status
    },
    echoAssertionNext(count) {
      faults.echo = count
    },
    close: () => server.close()
  }
  return entra
}

/**
 * The tenant's OpenID configuration. MSAL (msal-common 16) requires authorization_endpoint,
 * token_endpoint, issuer and jwks_uri, and accepts the issuer only when its scheme, host and port
 * equal the authority's: so the v2 issuer lives on this server, not on sts.windows.net.
 */
function openIdConfiguration(host: string, tenant: Tenant): Record<string, unknown> {
  const base = `${host}/${tenant.tenantId}`
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic'
    ],
    jwks_uri: `${host}/${tenant.tenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${host}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'oid', 'tid', 'ver'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'localhost',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com'
  }
}
