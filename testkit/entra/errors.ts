import { randomUUID } from 'node:crypto'

/** An Entra failure before it is rendered: the AADSTS number, the OAuth error and the text. */
export interface EntraFailure {
  status: number
  error: string
  code: number
  text: string
}

/** Entra's JSON error body. */
export interface EntraErrorBody {
  error: string
  error_description: string
  error_codes: number[]
  timestamp: string
  trace_id: string
  correlation_id: string
  error_uri: string
}

/** Entra writes timestamps like `2024-05-01 10:11:12Z` in the body. */
function entraTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`
}

/** Entra writes instants in its messages with seven fractional digits. */
export function entraInstant(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString()
  return `${iso.slice(0, -1)}0000Z`
}

/** Renders a failure in Entra's shape, reusing the caller's client-request-id as correlation id. */
export function renderEntraError(failure: EntraFailure, correlationId?: string): EntraErrorBody {
  const now = new Date()
  const traceId = randomUUID()
  const correlation = correlationId ?? randomUUID()
  const timestamp = entraTimestamp(now)
  return {
    error: failure.error,
    error_description:
      `AADSTS${failure.code}: ${failure.text} Trace ID: ${traceId} ` +
      `Correlation ID: ${correlation} Timestamp: ${timestamp}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${failure.code}`
  }
}

const ficDocs = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation'
const checkFic =
  'Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.'

/** The failures this stand-in produces, with Entra's texts. */
export const entraFailures = {
  tenantNotFound: (tenant: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 90002,
    text:
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are ` +
      'signing into the correct cloud. Check with your subscription administrator, this may ' +
      'happen if there are no active subscriptions for the tenant.'
  }),
  unsupportedGrant: (grant: string): EntraFailure => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    text: `The app requested an unsupported grant type '${grant}'.`
  }),
  applicationNotFound: (clientId: string, tenant: string): EntraFailure => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    text:
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. ` +
      'This can happen if the application has not been installed by the administrator of the ' +
      'tenant or consented to by any user in the tenant. You may have sent your authentication ' +
      'request to the wrong tenant.'
  }),
  malformedAssertion: (): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 50027,
    text: 'JWT token is invalid or malformed.'
  }),
  /** The text Entra answered in Azure/azure-workload-identity#642; it does not name the issuer. */
  issuerUnreachable: (): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 50166,
    text: 'Request to External OIDC endpoint failed.'
  }),
  badSignature: (): EntraFailure => ({
    status: 401,
    error: 'invalid_client',
    code: 700027,
    text: 'Client assertion failed signature validation.'
  }),
  outsideValidTime: (now: number, validFrom: number, expiry: number): EntraFailure => ({
    status: 401,
    error: 'invalid_client',
    code: 700024,
    text:
      `Client assertion is not within its valid time range. Current time: ${entraInstant(now)}, ` +
      `assertion valid from ${entraInstant(validFrom)}, expiry time of assertion ` +
      `${entraInstant(expiry)}. Review the documentation at ` +
      'https://learn.microsoft.com/entra/identity-platform/certificate-credentials .'
  }),
  noFederatedCredentials: (iss: string, sub: string, aud: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 70021,
    text:
      'No matching federated identity record found for presented assertion. ' +
      `Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${aud}'. ${ficDocs}`
  }),
  issuerMismatch: (iss: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 700211,
    text: `No matching federated identity record found for presented assertion issuer '${iss}'. ${checkFic} ${ficDocs}`
  }),
  audienceMismatch: (aud: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 700212,
    text: `No matching federated identity record found for presented assertion audience '${aud}'. ${checkFic} ${ficDocs}`
  }),
  subjectMismatch: (sub: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 700213,
    text: `No matching federated identity record found for presented assertion subject '${sub}'. ${checkFic} ${ficDocs}`
  }),
  subjectCaseMismatch: (sub: string, configured: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 7002138,
    text:
      `No matching federated identity record found for presented assertion subject '${sub}'. ` +
      `The federated identity credential subject '${configured}' matches it only when ignoring ` +
      `case; subjects are compared case-sensitively. ${checkFic} ${ficDocs}`
  }),
  /** The text is this stand-in's own: only the number 7002131 is documented. */
  expressionMismatch: (sub: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 7002131,
    text: `No matching federated identity record found for presented assertion subject '${sub}'. No claims matching expression of a flexible federated identity credential matched the presented assertion's claims. ${checkFic} ${ficDocs}`
  }),
  scopeWithoutDefault: (scope: string): EntraFailure => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    text:
      `The provided value for scope ${scope} is not valid. Client credential flows must have a ` +
      'scope value with /.default suffixed to the resource identifier (application ID URI).'
  }),
  resourceNotFound: (resource: string, tenant: string): EntraFailure => ({
    status: 400,
    error: 'invalid_resource',
    code: 500011,
    text:
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. ` +
      'This can happen if the application has not been installed by the administrator of the ' +
      'tenant or consented to by any user in the tenant. You might have sent your ' +
      'authentication request to the wrong tenant.'
  }),
  /**
   * A refusal that quotes the request's client assertion back, as services in front of Entra
   * (a proxy, a gateway logging the form) sometimes do: what the action writes must redact it.
   */
  echoedAssertion: (assertion: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 50027,
    text: `JWT token is invalid or malformed: client_assertion=${assertion}`
  }),
  temporarilyUnavailable: (status: number): EntraFailure => ({
    status,
    error: 'temporarily_unavailable',
    code: 90033,
    text: 'A transient error has occurred. Please try again.'
  })
}
