import https from 'node:https'
import type { IncomingHttpHeaders } from 'node:http'
import { ClientAssertionCredential } from '@azure/identity'
import type { SimulatedJob } from './github/issuer.js'
import type { LocalCloud } from './index.js'
import { loadTlsMaterial } from './tls.js'
import { entraTokenExchangeAudience } from './scenario.js'

/** A fully read HTTPS response. */
export interface HttpsResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json<T = unknown>(): T
}

/** One HTTPS request trusting the test CA (no agent reuse: tests stay independent). */
export function httpsRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<HttpsResponse> {
  const { ca } = loadTlsMaterial()
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T
          })
        })
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Asks the issuer for a JWT the way @actions/core's getIDToken does. */
export async function requestGitHubToken(
  job: SimulatedJob,
  audience = entraTokenExchangeAudience
): Promise<string> {
  const res = await httpsRequest(`${job.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${job.requestToken}`, accept: 'application/json' }
  })
  if (res.status !== 200) throw new Error(`token request answered ${res.status}: ${res.text}`)
  return res.json<{ value: string }>().value
}

/** Exchanges an assertion at the Entra token endpoint; returns the raw answer. */
export function requestEntraToken(
  cloud: LocalCloud,
  request: { tenant?: string; clientId: string; assertion: string; scope?: string }
): Promise<HttpsResponse> {
  const tenant = request.tenant ?? cloud.entra.defaultTenantId
  const body = new URLSearchParams({
    client_id: request.clientId,
    scope: request.scope ?? 'https://cosmos.azure.com/.default',
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: request.assertion
  }).toString()
  return httpsRequest(`${cloud.entra.authorityHost}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body
  })
}

/**
 * An @azure/identity credential for a job: ClientAssertionCredential against the local Entra,
 * fetching a fresh GitHub JWT for every assertion, as a long-running action should. In-process
 * use needs trustTestCaInProcess() first (the SDKs use the default CA store).
 */
export function jobCredential(
  cloud: LocalCloud,
  setup: { tenantId: string; clientId: string; job: SimulatedJob }
): ClientAssertionCredential {
  return new ClientAssertionCredential(
    setup.tenantId,
    setup.clientId,
    () => requestGitHubToken(setup.job),
    { authorityHost: cloud.entra.authorityHost, disableInstanceDiscovery: true }
  )
}

/**
 * An access token for `scope` (e.g. `https://graph.microsoft.com/.default`) for a repository's
 * identity: the job's GitHub token exchanged at the local Entra. Throws with Entra's answer when
 * the exchange fails.
 */
export async function accessTokenFor(
  cloud: LocalCloud,
  setup: { tenantId?: string; clientId: string; job: SimulatedJob },
  scope: string
): Promise<string> {
  const assertion = await requestGitHubToken(setup.job)
  const request = { clientId: setup.clientId, assertion, scope }
  const res = await requestEntraToken(
    cloud,
    setup.tenantId === undefined ? request : { ...request, tenant: setup.tenantId }
  )
  if (res.status !== 200) throw new Error(`token request answered ${res.status}: ${res.text}`)
  return res.json<{ access_token: string }>().access_token
}
