import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import {
  accessTokenFor,
  httpsRequest,
  requestEntraToken,
  requestGitHubToken
} from '../../testkit/clients.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let admin: RepositorySetup
let reader: RepositorySetup
let nobody: RepositorySetup
let adminToken: string
const graphScope = 'https://graph.microsoft.com/.default'
const issuerOf = () => cloud.github.issuer
const audience = 'api://AzureADTokenExchange'

beforeAll(async () => {
  cloud = await startLocalCloud()
  const identity = (repository: string) => setUpRepository(cloud, { repository, role: 'none' })
  admin = await identity('octo-org/platform-admin')
  reader = await identity('octo-org/platform-reader')
  nobody = await identity('octo-org/platform-nobody')
  cloud.graph.grantApplicationWrite(admin.principalId)
  cloud.graph.grantApplicationRead(reader.principalId)
  adminToken = await accessTokenFor(cloud, admin, graphScope)
})
afterAll(() => cloud.close())

interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } }
}

function graph(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; raw?: string } = {}
) {
  const token = options.token === undefined ? adminToken : options.token
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `Bearer ${token}`
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  return httpsRequest(`${cloud.graph.endpoint}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body })
  })
}

async function expectGraphError(
  response: Promise<Awaited<ReturnType<typeof graph>>>,
  status: number,
  code: string
): Promise<string> {
  const res = await response
  expect(res.status).toBe(status)
  const { error } = res.json<GraphErrorBody>()
  expect(error.code).toBe(code)
  expect(error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)
  expect(error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(res.headers['request-id']).toBe(error.innerError['request-id'])
  return error.message
}

/** A fresh app registration without credentials, and the job of the repository it is meant for. */
function freshApp(repository: string) {
  const app = cloud.entra.registerApplication({ displayName: repository.replace('/', '-') })
  const job = cloud.github.startJob({ repository })
  return { ...app, job, subject: cloud.github.subjectFor({ repository }) }
}

async function exchangeStatus(clientId: string, job: ReturnType<typeof freshApp>['job']) {
  const assertion = await requestGitHubToken(job)
  const res = await requestEntraToken(cloud, { clientId, assertion })
  return { status: res.status, codes: res.json<{ error_codes?: number[] }>().error_codes }
}

const credential = (subject: string, name = 'github-main') => ({
  name,
  issuer: issuerOf(),
  subject,
  audiences: [audience]
})

describe('Graph stand-in: service principals and applications', () => {
  it('Entra issues tokens for the Graph resource', async () => {
    expect(cloud.graph.resource).toBe('https://graph.microsoft.com')
    const claims = await cloud.entra.verifyAccessToken(adminToken)
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', oid: admin.principalId })
  })

  it('GET servicePrincipals(appId=) gives the object id Cosmos DB sees, for apps and identities', async () => {
    for (const version of ['v1.0', 'beta']) {
      const res = await graph('GET', `/${version}/servicePrincipals(appId='${admin.clientId}')`)
      expect(res.status).toBe(200)
      expect(res.json()).toEqual({
        '@odata.context': `${cloud.graph.endpoint}/${version}/$metadata#servicePrincipals/$entity`,
        id: admin.principalId,
        appId: admin.clientId,
        displayName: 'github-octo-org-platform-admin',
        servicePrincipalType: 'Application'
      })
    }
    const identity = cloud.arm.addUserAssignedIdentity({ name: 'id-graph-sp' })
    const mi = await graph('GET', `/v1.0/servicePrincipals(appId='${identity.clientId}')`)
    expect(mi.json()).toMatchObject({
      id: identity.principalId,
      appId: identity.clientId,
      servicePrincipalType: 'ManagedIdentity'
    })
    const missing = '11111111-2222-3333-4444-555555555555'
    expect(
      await expectGraphError(
        graph('GET', `/v1.0/servicePrincipals(appId='${missing}')`),
        404,
        'Request_ResourceNotFound'
      )
    ).toContain(missing)
  })

  it('GET applications by appId and by application object id (distinct from the SP id)', async () => {
    const app = freshApp('octo-org/apps')
    expect(app.applicationObjectId).toMatch(/^[0-9a-f-]{36}$/)
    expect(app.applicationObjectId).not.toBe(app.objectId)
    const expected = (version: string) => ({
      '@odata.context': `${cloud.graph.endpoint}/${version}/$metadata#applications/$entity`,
      id: app.applicationObjectId,
      appId: app.clientId,
      displayName: 'octo-org-apps'
    })
    for (const version of ['v1.0', 'beta']) {
      const byAppId = await graph('GET', `/${version}/applications(appId='${app.clientId}')`)
      expect(byAppId.status).toBe(200)
      expect(byAppId.json()).toEqual(expected(version))
      const byId = await graph('GET', `/${version}/applications/${app.applicationObjectId}`)
      expect(byId.json()).toEqual(expected(version))
    }
    // Clients may percent-encode the quotes of the alternate key.
    const encoded = await graph('GET', `/v1.0/applications(appId=%27${app.clientId}%27)`)
    expect(encoded.json()).toEqual(expected('v1.0'))
    // The service principal's object id is not an application object id.
    await expectGraphError(
      graph('GET', `/v1.0/applications/${app.objectId}`),
      404,
      'Request_ResourceNotFound'
    )
  })

  it('managed identities and apps of other tenants have no application object here (404)', async () => {
    const identity = cloud.arm.addUserAssignedIdentity({ name: 'id-graph-app' })
    await expectGraphError(
      graph('GET', `/v1.0/applications(appId='${identity.clientId}')`),
      404,
      'Request_ResourceNotFound'
    )
    await expectGraphError(
      graph('GET', `/v1.0/applications(appId='${identity.clientId}')/federatedIdentityCredentials`),
      404,
      'Request_ResourceNotFound'
    )
    const tenantId = cloud.entra.addTenant()
    const foreign = cloud.entra.registerApplication({ tenantId, displayName: 'foreign' })
    await expectGraphError(
      graph('GET', `/v1.0/applications(appId='${foreign.clientId}')`),
      404,
      'Request_ResourceNotFound'
    )
    await expectGraphError(
      graph('GET', `/v1.0/applications/${foreign.applicationObjectId}`),
      404,
      'Request_ResourceNotFound'
    )
  })
})

describe('Graph stand-in: federated identity credentials', () => {
  it('POST by appId creates a credential the job can exchange at once', async () => {
    const app = freshApp('octo-org/created')
    expect(await exchangeStatus(app.clientId, app.job)).toEqual({ status: 400, codes: [70021] })
    const res = await graph(
      'POST',
      `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`,
      { body: { ...credential(app.subject), description: 'main branch' } }
    )
    expect(res.status).toBe(201)
    const created = res.json<{ id: string }>()
    expect(created).toEqual({
      '@odata.context': `${cloud.graph.endpoint}/v1.0/$metadata#applications('${app.applicationObjectId}')/federatedIdentityCredentials/$entity`,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'github-main',
      issuer: issuerOf(),
      subject: app.subject,
      description: 'main branch',
      audiences: [audience]
    })
    expect(res.headers.location).toBe(
      `${cloud.graph.endpoint}/v1.0/applications/${app.applicationObjectId}/federatedIdentityCredentials/${created.id}`
    )
    expect(await exchangeStatus(app.clientId, app.job)).toEqual({ status: 200, codes: undefined })
    expect(cloud.graph.requests().at(-1)).toMatchObject({
      method: 'POST',
      path: `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`,
      principalId: admin.principalId,
      status: 201
    })
  })

  it('POST by object id; GET lists, filters by subject or name, and reads one by id or name', async () => {
    const app = freshApp('octo-org/listed')
    const base = `/v1.0/applications/${app.applicationObjectId}/federatedIdentityCredentials`
    const main = await graph('POST', base, { body: credential(app.subject) })
    expect(main.status).toBe(201)
    const prod = credential(`repo:octo-org/listed:environment:it's-prod`, 'github-prod')
    expect((await graph('POST', base, { body: prod })).status).toBe(201)

    const list = await graph(
      'GET',
      `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`
    )
    expect(list.status).toBe(200)
    const body = list.json<{ '@odata.context': string; value: { name: string }[] }>()
    expect(body['@odata.context']).toBe(
      `${cloud.graph.endpoint}/v1.0/$metadata#applications('${app.applicationObjectId}')/federatedIdentityCredentials`
    )
    expect(body.value.map((fic) => fic.name)).toEqual(['github-main', 'github-prod'])
    expect(body.value[0]).toEqual({
      id: main.json<{ id: string }>().id,
      name: 'github-main',
      issuer: issuerOf(),
      subject: app.subject,
      description: null,
      audiences: [audience]
    })

    const filter = async (expression: string) => {
      const res = await graph('GET', `${base}?$filter=${encodeURIComponent(expression)}`)
      return res.json<{ value: { name: string }[] }>().value.map((fic) => fic.name)
    }
    expect(await filter(`subject eq '${app.subject}'`)).toEqual(['github-main'])
    expect(await filter("subject eq 'repo:octo-org/listed:environment:it''s-prod'")).toEqual([
      'github-prod'
    ])
    expect(await filter("name eq 'github-prod'")).toEqual(['github-prod'])
    expect(await filter("name eq 'nothing'")).toEqual([])
    await expectGraphError(
      graph('GET', `${base}?$filter=${encodeURIComponent("startswith(name, 'git')")}`),
      400,
      'Request_UnsupportedQuery'
    )

    const id = main.json<{ id: string }>().id
    for (const key of [id, 'github-main']) {
      const one = await graph('GET', `${base}/${key}`)
      expect(one.status).toBe(200)
      expect(one.json()).toMatchObject({ id, name: 'github-main', subject: app.subject })
    }
    await expectGraphError(graph('GET', `${base}/nope`), 404, 'Request_ResourceNotFound')
  })

  it('validates like Graph: name, lengths, one audience, subject, JSON', async () => {
    const app = freshApp('octo-org/validated')
    const post = (body: unknown, version = 'v1.0') =>
      graph(
        'POST',
        `/${version}/applications(appId='${app.clientId}')/federatedIdentityCredentials`,
        {
          body
        }
      )
    const good = credential(app.subject)
    for (const name of ['ab', 'github.main', '-github', 'a'.repeat(121), 'with space']) {
      expect(await expectGraphError(post({ ...good, name }), 400, 'Request_BadRequest')).toBe(
        'The name of a federated identity credentials must be within 3 and 120 characters, only contains letters (A-Z, a-z), numbers, hyphens and dashes and must start with a number or letter.'
      )
    }
    expect(
      await expectGraphError(
        post({ ...good, issuer: `https://${'x'.repeat(593)}` }),
        400,
        'Request_BadRequest'
      )
    ).toContain("property 'issuer'")
    expect(
      await expectGraphError(post({ ...good, subject: 's'.repeat(601) }), 400, 'Request_BadRequest')
    ).toContain("property 'subject'")
    expect(
      await expectGraphError(
        post({ ...good, audiences: [audience, 'api://other'] }),
        400,
        'Request_BadRequest'
      )
    ).toContain('exactly one value')
    await expectGraphError(post({ ...good, audiences: [] }), 400, 'Request_BadRequest')
    await expectGraphError(post({ ...good, audiences: audience }), 400, 'Request_BadRequest')
    const withoutSubject = { name: good.name, issuer: good.issuer, audiences: good.audiences }
    expect(await expectGraphError(post(withoutSubject), 400, 'Request_BadRequest')).toContain(
      "property 'subject'"
    )
    expect(
      await expectGraphError(post({ ...good, colour: 'red' }), 400, 'Request_BadRequest')
    ).toContain(
      "Property 'colour' does not exist on type 'microsoft.graph.federatedIdentityCredential'"
    )
    await expectGraphError(
      graph('POST', `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`, {
        raw: '{not json'
      }),
      400,
      'BadRequest'
    )
    // Nothing was stored by any of these.
    expect((await post(good)).status).toBe(201)
  })

  it('409 for a duplicate name, 400 InvalidFederatedIdentityCredentialValue for a duplicate issuer+subject', async () => {
    const app = freshApp('octo-org/duplicates')
    const path = `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`
    expect((await graph('POST', path, { body: credential(app.subject) })).status).toBe(201)
    expect(
      await expectGraphError(
        graph('POST', path, { body: credential('repo:octo-org/duplicates:pull_request') }),
        409,
        'Request_MultipleObjectsWithSameKeyValue'
      )
    ).toBe('FederatedIdentityCredential with name github-main already exists.')
    expect(
      await expectGraphError(
        graph('POST', path, { body: credential(app.subject, 'github-again') }),
        400,
        'InvalidFederatedIdentityCredentialValue'
      )
    ).toBe(
      `The combination of issuer and subject must be unique for the application. Issuer ${issuerOf()} and Subject: ${app.subject} already exist. paramName: FederatedIdentityCredential.Subject, paramValue: ${app.subject}, objectType: Microsoft.Online.DirectoryServices.Application`
    )
  })

  it('the 21st credential is refused with 400', async () => {
    const app = freshApp('octo-org/crowded')
    const path = `/v1.0/applications/${app.applicationObjectId}/federatedIdentityCredentials`
    for (let index = 0; index < 20; index += 1) {
      const body = credential(`repo:octo-org/crowded:environment:e${index}`, `env-${index}`)
      expect((await graph('POST', path, { body })).status).toBe(201)
    }
    const last = credential('repo:octo-org/crowded:environment:e20', 'env-20')
    expect(
      await expectGraphError(graph('POST', path, { body: last }), 400, 'Request_BadRequest')
    ).toContain('at most 20')
    const list = await graph('GET', path)
    expect(list.json<{ value: unknown[] }>().value).toHaveLength(20)
  })

  it('flexible credentials only on /beta; the job of any branch then exchanges', async () => {
    const app = freshApp('octo-org/flexible')
    const expression = {
      value:
        "claims['sub'] matches 'repo:octo-org/flexible:ref:refs/heads/*' and claims['repository_id'] eq '31337'",
      languageVersion: 1
    }
    const noSubject = { issuer: issuerOf(), audiences: [audience] }
    const body = { ...noSubject, name: 'all-branches', claimsMatchingExpression: expression }
    const v1 = `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`
    const beta = `/beta/applications(appId='${app.clientId}')/federatedIdentityCredentials`
    expect(
      await expectGraphError(graph('POST', v1, { body }), 400, 'Request_BadRequest')
    ).toContain("Property 'claimsMatchingExpression' does not exist")
    expect(
      await expectGraphError(
        graph('POST', beta, { body: { ...body, subject: app.subject } }),
        400,
        'Request_BadRequest'
      )
    ).toContain('not both')
    await expectGraphError(
      graph('POST', beta, {
        body: { ...body, claimsMatchingExpression: { ...expression, languageVersion: 2 } }
      }),
      400,
      'Request_BadRequest'
    )
    expect(
      await expectGraphError(
        graph('POST', beta, {
          body: {
            ...body,
            claimsMatchingExpression: { value: "claims['sub'] like 'x'", languageVersion: 1 }
          }
        }),
        400,
        'Request_BadRequest'
      )
    ).toContain("property 'claimsMatchingExpression'")
    // For GitHub the expression must pin the repository or owner id with the subject.
    expect(
      await expectGraphError(
        graph('POST', beta, {
          body: {
            ...body,
            claimsMatchingExpression: {
              value: "claims['sub'] matches 'repo:octo-org/flexible:ref:refs/heads/*'",
              languageVersion: 1
            }
          }
        }),
        400,
        'InvalidFederatedIdentityCredentialValue'
      )
    ).toBe(
      `The FederatedIdentityCredential.ClaimsMatchingExpression.Value is invalid. Rule exception: Expression configured for issuer '${issuerOf()}' either lacks all required claims or contains unallowed claims.`
    )
    // Documented for github.com's issuer only.
    expect(
      await expectGraphError(
        graph('POST', beta, {
          body: { ...body, issuer: 'https://ghes.example.com/_services/token' }
        }),
        400,
        'InvalidFederatedIdentityCredentialValue'
      )
    ).toContain("not supported for issuer 'https://ghes.example.com/_services/token'")

    const feature = cloud.github.startJob({
      repository: 'octo-org/flexible',
      repositoryId: '31337',
      ref: 'refs/heads/feature/a'
    })
    expect((await exchangeStatus(app.clientId, feature)).codes).toEqual([70021])
    const created = await graph('POST', beta, { body })
    expect(created.status).toBe(201)
    expect(created.json()).toMatchObject({
      '@odata.context': `${cloud.graph.endpoint}/beta/$metadata#applications('${app.applicationObjectId}')/federatedIdentityCredentials/$entity`,
      name: 'all-branches',
      subject: null,
      claimsMatchingExpression: expression
    })
    expect(await exchangeStatus(app.clientId, feature)).toEqual({ status: 200, codes: undefined })
    const tag = cloud.github.startJob({
      repository: 'octo-org/flexible',
      repositoryId: '31337',
      ref: 'refs/tags/v1'
    })
    expect((await exchangeStatus(app.clientId, tag)).codes).toEqual([7002131])

    const [onBeta] = (await graph('GET', beta)).json<{ value: Record<string, unknown>[] }>().value
    expect(onBeta).toMatchObject({ subject: null, claimsMatchingExpression: expression })
    const [onV1] = (await graph('GET', v1)).json<{ value: Record<string, unknown>[] }>().value
    expect(onV1).toMatchObject({ name: 'all-branches', subject: null })
    expect(onV1).not.toHaveProperty('claimsMatchingExpression')
  })
})

describe('Graph stand-in: authentication and authorization', () => {
  const path = () => `/v1.0/servicePrincipals(appId='${admin.clientId}')`

  it('401 InvalidAuthenticationToken: missing, forged, other audience, expired', async () => {
    expect(
      await expectGraphError(
        graph('GET', path(), { token: null }),
        401,
        'InvalidAuthenticationToken'
      )
    ).toBe('Access token is empty.')
    await expectGraphError(
      graph('GET', path(), { token: 'not-a-jwt' }),
      401,
      'InvalidAuthenticationToken'
    )
    const armToken = await accessTokenFor(cloud, admin, 'https://management.azure.com/.default')
    expect(
      await expectGraphError(
        graph('GET', path(), { token: armToken }),
        401,
        'InvalidAuthenticationToken'
      )
    ).toBe('Access token validation failure. Invalid audience.')
    cloud.entra.setAccessTokenLifetime(-60)
    let expired: string
    try {
      expired = await accessTokenFor(cloud, admin, graphScope)
    } finally {
      cloud.entra.setAccessTokenLifetime(3600)
    }
    expect(
      await expectGraphError(
        graph('GET', path(), { token: expired }),
        401,
        'InvalidAuthenticationToken'
      )
    ).toBe('Lifetime validation failed, the token is expired.')
    expect(cloud.graph.requests().at(-1)).toMatchObject({ status: 401 })
    expect(cloud.graph.requests().at(-1)).not.toHaveProperty('principalId')
  })

  it('403 Authorization_RequestDenied without Application.Read.All; read does not allow POST', async () => {
    const nobodyToken = await accessTokenFor(cloud, nobody, graphScope)
    expect(
      await expectGraphError(
        graph('GET', path(), { token: nobodyToken }),
        403,
        'Authorization_RequestDenied'
      )
    ).toBe('Insufficient privileges to complete the operation.')
    expect(cloud.graph.requests().at(-1)).toMatchObject({
      principalId: nobody.principalId,
      status: 403
    })

    const readerToken = await accessTokenFor(cloud, reader, graphScope)
    expect((await graph('GET', path(), { token: readerToken })).status).toBe(200)
    const app = freshApp('octo-org/read-only')
    const fics = `/v1.0/applications(appId='${app.clientId}')/federatedIdentityCredentials`
    expect((await graph('GET', fics, { token: readerToken })).status).toBe(200)
    await expectGraphError(
      graph('POST', fics, { token: readerToken, body: credential(app.subject) }),
      403,
      'Authorization_RequestDenied'
    )
    expect(await exchangeStatus(app.clientId, app.job)).toEqual({ status: 400, codes: [70021] })
  })

  it('unknown segments and versions answer 400, unsupported methods 405', async () => {
    expect(await expectGraphError(graph('GET', '/v1.0/users'), 400, 'BadRequest')).toBe(
      "Resource not found for the segment 'users'."
    )
    await expectGraphError(graph('GET', '/v2.0/applications'), 400, 'BadRequest')
    await expectGraphError(graph('DELETE', path()), 405, 'Request_BadRequest')
  })
})
