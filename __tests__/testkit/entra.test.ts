import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  SignJWT,
  createLocalJWKSet,
  decodeJwt,
  generateKeyPair,
  jwtVerify,
  type JSONWebKeySet
} from 'jose'
import { startLocalCloud, type JobOptions, type LocalCloud } from '../../testkit/index.js'
import { httpsRequest, requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'

let cloud: LocalCloud
const repository = 'octo-org/inventory'
const job: JobOptions = { repository, environment: 'production' }

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.close())

interface EntraError {
  error: string
  error_description: string
  error_codes: number[]
  trace_id: string
  correlation_id: string
  timestamp: string
}

/** An app with one federated credential (overridable field by field). */
function appWithCredential(
  credential: Partial<{ issuer: string; subject: string; audience: string }> = {}
) {
  const app = cloud.entra.registerApplication({ displayName: 'inventory-deployer' })
  cloud.entra.addFederatedCredential(app.clientId, {
    name: 'github',
    issuer: credential.issuer ?? cloud.github.issuer,
    subject: credential.subject ?? 'repo:octo-org/inventory:environment:production',
    audiences: [credential.audience ?? 'api://AzureADTokenExchange']
  })
  return app
}

async function exchange(
  clientId: string,
  options: {
    job?: JobOptions
    audience?: string
    assertion?: string
    scope?: string
    tenant?: string
  } = {}
) {
  const assertion =
    options.assertion ??
    (await requestGitHubToken(cloud.github.startJob(options.job ?? job), options.audience))
  const request = { clientId, assertion, ...(options.scope ? { scope: options.scope } : {}) }
  return requestEntraToken(cloud, options.tenant ? { ...request, tenant: options.tenant } : request)
}

async function expectAadsts(res: Awaited<ReturnType<typeof exchange>>, code: number, status = 400) {
  expect(res.status).toBe(status)
  const body = res.json<EntraError>()
  expect(body.error_codes).toEqual([code])
  expect(body.error_description).toMatch(
    new RegExp(`^AADSTS${code}: .+ Trace ID: [\\w-]+ Correlation ID: [\\w-]+ Timestamp: `)
  )
  return body.error_description
}

describe('Entra ID stand-in', () => {
  it('serves tenant metadata MSAL accepts, by tenant id or domain', async () => {
    const tenant = cloud.entra.defaultTenantId
    const byDomain = await httpsRequest(
      `${cloud.entra.authorityHost}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration`
    )
    expect(byDomain.status).toBe(200)
    expect(byDomain.json()).toMatchObject({
      issuer: `${cloud.entra.authorityHost}/${tenant}/v2.0`,
      token_endpoint: `${cloud.entra.authorityHost}/${tenant}/oauth2/v2.0/token`,
      authorization_endpoint: `${cloud.entra.authorityHost}/${tenant}/oauth2/v2.0/authorize`,
      jwks_uri: `${cloud.entra.authorityHost}/${tenant}/discovery/v2.0/keys`
    })
    const unknown = await httpsRequest(
      `${cloud.entra.authorityHost}/nowhere.example/v2.0/.well-known/openid-configuration`
    )
    expect(unknown.json<EntraError>().error_codes).toEqual([90002])
  })

  it('answers instance discovery as MSAL for Python asks it, on the host it asked about', async () => {
    const authorize = encodeURIComponent(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize'
    )
    const found = await httpsRequest(
      `${cloud.entra.authorityHost}/common/discovery/instance?api-version=1.1&authorization_endpoint=${authorize}`
    )
    expect(found.status).toBe(200)
    expect(found.json()).toEqual({
      tenant_discovery_endpoint:
        'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: 'login.microsoftonline.com',
          preferred_cache: 'login.microsoftonline.com',
          aliases: ['login.microsoftonline.com']
        }
      ]
    })
    const bad = await httpsRequest(
      `${cloud.entra.authorityHost}/common/discovery/instance?api-version=1.1&authorization_endpoint=nope`
    )
    expect(bad.status).toBe(400)
  })

  it('issues a signed access token for a matching federated credential', async () => {
    const app = appWithCredential()
    const res = await exchange(app.clientId, { tenant: 'contoso.onmicrosoft.com' })
    expect(res.status).toBe(200)
    const body = res.json<{ token_type: string; expires_in: number; access_token: string }>()
    expect(body.token_type).toBe('Bearer')
    expect(body.expires_in).toBe(3600)
    const tenant = cloud.entra.defaultTenantId
    const jwks = (
      await httpsRequest(`${cloud.entra.authorityHost}/${tenant}/discovery/v2.0/keys`)
    ).json<JSONWebKeySet>()
    const { payload } = await jwtVerify(body.access_token, createLocalJWKSet(jwks), {
      audience: 'https://cosmos.azure.com'
    })
    expect(payload).toMatchObject({
      tid: tenant,
      oid: app.objectId,
      sub: app.objectId,
      appid: app.clientId,
      azp: app.clientId,
      idtyp: 'app'
    })
    // Entra backdates iat by five minutes.
    expect(payload.exp! - payload.iat!).toBe(3900)
    await expect(cloud.entra.verifyAccessToken(body.access_token)).resolves.toMatchObject({
      oid: app.objectId
    })
    expect(cloud.entra.issuedTokens()).toContain(body.access_token)
    expect(cloud.entra.requests().at(-1)).toEqual({
      tenant,
      clientId: app.clientId,
      scope: 'https://cosmos.azure.com/.default',
      outcome: 'issued'
    })
  })

  it('AADSTS700016 for an unknown client and 90002 for an unknown tenant', async () => {
    const text = await expectAadsts(await exchange('11111111-2222-3333-4444-555555555555'), 700016)
    expect(text).toContain(
      `Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory '${cloud.entra.defaultTenantId}'`
    )
    const app = appWithCredential()
    await expectAadsts(await exchange(app.clientId, { tenant: 'fabrikam.onmicrosoft.com' }), 90002)
  })

  it('AADSTS50027 for an empty or malformed assertion, 700027 for a bad signature', async () => {
    const app = appWithCredential()
    expect(await expectAadsts(await exchange(app.clientId, { assertion: '' }), 50027)).toContain(
      'JWT token is invalid or malformed'
    )
    await expectAadsts(await exchange(app.clientId, { assertion: 'not.a.jwt' }), 50027)
    const real = await requestGitHubToken(cloud.github.startJob(job))
    const [header, , signature] = real.split('.')
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...decodeJwt(real), sub: 'repo:evil/repo:ref:refs/heads/main' })
    ).toString('base64url')
    const text = await expectAadsts(
      await exchange(app.clientId, { assertion: `${header}.${forgedPayload}.${signature}` }),
      700027,
      401
    )
    expect(text).toContain('Client assertion failed signature validation')
  })

  it('AADSTS700024 for an expired or not-yet-valid assertion', async () => {
    const app = appWithCredential()
    const expired = await exchange(app.clientId, { job: { ...job, clockSkewSeconds: -400 } })
    expect(await expectAadsts(expired, 700024, 401)).toMatch(
      /Client assertion is not within its valid time range\. Current time: \S+Z, assertion valid from \S+Z, expiry time of assertion \S+Z/
    )
    await expectAadsts(
      await exchange(app.clientId, { job: { ...job, clockSkewSeconds: 120 } }),
      700024,
      401
    )
  })

  it('AADSTS70021 when the app has no federated credential at all', async () => {
    const app = cloud.entra.registerApplication({ displayName: 'no-fic' })
    const text = await expectAadsts(await exchange(app.clientId), 70021)
    expect(text).toContain(
      `Assertion Issuer: '${cloud.github.issuer}'. Assertion Subject: 'repo:octo-org/inventory:environment:production'. Assertion Audience: 'api://AzureADTokenExchange'.`
    )
  })

  it('AADSTS700211 / 700213 / 7002138 / 700212 name the first mismatching field', async () => {
    const issuerText = await expectAadsts(
      await exchange(appWithCredential({ issuer: `${cloud.github.issuer}/` }).clientId),
      700211
    )
    expect(issuerText).toContain(`presented assertion issuer '${cloud.github.issuer}'`)

    const subject = appWithCredential({ subject: 'repo:octo-org/inventory:ref:refs/heads/main' })
    expect(await expectAadsts(await exchange(subject.clientId), 700213)).toContain(
      "No matching federated identity record found for presented assertion subject 'repo:octo-org/inventory:environment:production'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion."
    )
    const caseOnly = appWithCredential({
      subject: 'repo:Octo-Org/inventory:environment:production'
    })
    expect(await expectAadsts(await exchange(caseOnly.clientId), 7002138)).toContain(
      'ignoring case'
    )

    const audience = appWithCredential()
    expect(
      await expectAadsts(
        await exchange(audience.clientId, { audience: 'https://github.com/octo-org' }),
        700212
      )
    ).toContain("presented assertion audience 'https://github.com/octo-org'")
  })

  it('looks for a credential of the issuer before fetching its keys: 700211, then 50166', async () => {
    // An issuer nobody answers for (port 1 on loopback refuses connections).
    const unreachable = 'https://127.0.0.1:1'
    const { privateKey } = await generateKeyPair('RS256')
    const now = Math.floor(Date.now() / 1000)
    const assertion = await new SignJWT({ sub: 'repo:octo-org/inventory:environment:production' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(unreachable)
      .setAudience('api://AzureADTokenExchange')
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey)
    // No credential names that issuer: Entra says so without fetching anything.
    const other = appWithCredential()
    expect(await expectAadsts(await exchange(other.clientId, { assertion }), 700211)).toContain(
      `presented assertion issuer '${unreachable}'`
    )
    // A credential names it: Entra fetches the keys, and cannot.
    const named = appWithCredential({ issuer: unreachable })
    expect(await expectAadsts(await exchange(named.clientId, { assertion }), 50166)).toContain(
      'Request to External OIDC endpoint failed.'
    )
  })

  it('backdates nbf by ten minutes and gives tokens five minutes, as GitHub does', async () => {
    const claims = decodeJwt(await requestGitHubToken(cloud.github.startJob(job)))
    expect(claims.iat! - claims.nbf!).toBe(600)
    expect(claims.exp! - claims.iat!).toBe(300)
  })

  it('refuses a credential written through Graph until it has propagated', async () => {
    const app = cloud.entra.registerApplication({ displayName: 'fresh' })
    cloud.entra.addFederatedCredential(app.clientId, {
      name: 'branch',
      issuer: cloud.github.issuer,
      subject: 'repo:octo-org/inventory:ref:refs/heads/main',
      audiences: ['api://AzureADTokenExchange']
    })
    cloud.entra.setCredentialPropagation(60_000)
    try {
      cloud.entra.directory.addFederatedCredential(
        app.clientId,
        {
          name: 'production',
          issuer: cloud.github.issuer,
          subject: 'repo:octo-org/inventory:environment:production',
          audiences: ['api://AzureADTokenExchange']
        },
        { propagate: true }
      )
      // The identity's older credential is seen, the new one not yet: the subject does not match.
      await expectAadsts(await exchange(app.clientId), 700213)
      cloud.entra.propagateCredentialsNow()
      expect((await exchange(app.clientId)).status).toBe(200)
    } finally {
      cloud.entra.setCredentialPropagation(0)
    }
  })

  it('AADSTS500011 for an unknown resource; failNext answers temporarily_unavailable', async () => {
    const app = appWithCredential()
    const text = await expectAadsts(
      await exchange(app.clientId, { scope: 'https://storage.azure.com/.default' }),
      500011
    )
    expect(text).toContain(
      'The resource principal named https://storage.azure.com was not found in the tenant'
    )
    expect(cloud.entra.requests().at(-1)?.outcome).toBe('AADSTS500011')

    cloud.entra.failNext(1)
    const unavailable = await exchange(app.clientId)
    expect(unavailable.status).toBe(503)
    expect(unavailable.json<EntraError>().error).toBe('temporarily_unavailable')
    expect((await exchange(app.clientId)).status).toBe(200)
  })
})
