import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import {
  accessTokenFor,
  httpsRequest,
  requestEntraToken,
  requestGitHubToken
} from '../../testkit/clients.js'
import { setUpRepository } from '../../testkit/scenario.js'

let cloud: LocalCloud
let operatorToken: string
let readerToken: string
let nobodyToken: string
const stable = '2024-11-30'
const preview = '2025-01-31-preview'
const audience = 'api://AzureADTokenExchange'
const ficType = 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials'

beforeAll(async () => {
  cloud = await startLocalCloud()
  const scope = 'https://management.azure.com/.default'
  const setup = (
    repository: string,
    grants: { controlPlaneRead?: boolean; controlPlaneWrite?: boolean }
  ) => setUpRepository(cloud, { repository, role: 'none', ...grants })
  operatorToken = await accessTokenFor(
    cloud,
    await setup('octo-org/platform', { controlPlaneWrite: true }),
    scope
  )
  readerToken = await accessTokenFor(
    cloud,
    await setup('octo-org/auditor', { controlPlaneRead: true }),
    scope
  )
  nobodyToken = await accessTokenFor(cloud, await setup('octo-org/nobody', {}), scope)
})
afterAll(() => cloud.close())

function arm(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; apiVersion?: string | null } = {}
) {
  const version = options.apiVersion === undefined ? stable : options.apiVersion
  const query = version === null ? '' : `?api-version=${version}`
  const body = options.body
  return httpsRequest(`${cloud.arm.endpoint}${path}${query}`, {
    method,
    headers: {
      authorization: `Bearer ${options.token ?? operatorToken}`,
      'content-type': 'application/json'
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
}

async function expectArmError(
  response: Promise<Awaited<ReturnType<typeof arm>>>,
  status: number,
  code: string
): Promise<string> {
  const res = await response
  expect(res.status).toBe(status)
  const { error } = res.json<{ error: { code: string; message: string } }>()
  expect(error.code).toBe(code)
  return error.message
}

/** A new identity, the job that should log in with it, and its credential paths. */
function identityFor(repository: string, name = repository.replace('/', '-')) {
  const identity = cloud.arm.addUserAssignedIdentity({ name })
  const job = cloud.github.startJob({ repository })
  const credentials = `${identity.resourceId}/federatedIdentityCredentials`
  return { ...identity, job, credentials, subject: cloud.github.subjectFor({ repository }) }
}

async function exchangeCodes(clientId: string, job: ReturnType<typeof identityFor>['job']) {
  const assertion = await requestGitHubToken(job)
  const res = await requestEntraToken(cloud, { clientId, assertion })
  return res.status === 200 ? 'issued' : res.json<{ error_codes: number[] }>().error_codes
}

const ficBody = (subject: string) => ({
  properties: { issuer: cloud.github.issuer, subject, audiences: [audience] }
})

describe('ARM stand-in: user-assigned managed identities', () => {
  it('addUserAssignedIdentity registers a managed identity; GET answers its ARM resource', async () => {
    const identity = cloud.arm.addUserAssignedIdentity({ name: 'id-inventory' })
    expect(identity).toEqual({
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      principalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tenantId: cloud.cosmos.tenantId,
      resourceId: `/subscriptions/${cloud.cosmos.subscriptionId}/resourceGroups/${cloud.cosmos.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-inventory`
    })
    expect(identity.principalId).not.toBe(identity.clientId)
    const entry = cloud.entra.directory.applicationByClientId(identity.clientId)
    expect(entry).toMatchObject({ kind: 'managedIdentity', objectId: identity.principalId })
    expect(entry?.applicationObjectId).toBeUndefined()

    const res = await arm('GET', identity.resourceId, { token: readerToken })
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({
      id: identity.resourceId,
      name: 'id-inventory',
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      location: expect.any(String),
      tags: {},
      properties: {
        tenantId: identity.tenantId,
        principalId: identity.principalId,
        clientId: identity.clientId
      }
    })
    // ARM names are case-insensitive.
    expect(
      (
        await arm(
          'GET',
          identity.resourceId.toUpperCase().replace('/SUBSCRIPTIONS', '/subscriptions'),
          { token: readerToken }
        )
      ).status
    ).toBe(200)
    expect(() => cloud.arm.addUserAssignedIdentity({ name: 'ID-INVENTORY' })).toThrow(
      'already exists'
    )
  })

  it('identities in other resource groups; 404s name the first missing segment', async () => {
    const other = cloud.arm.addUserAssignedIdentity({
      resourceGroup: 'rg-identities',
      name: 'id-shared'
    })
    expect(other.resourceId).toContain('/resourceGroups/rg-identities/')
    expect((await arm('GET', other.resourceId)).status).toBe(200)
    const base = `/subscriptions/${cloud.cosmos.subscriptionId}/resourceGroups`
    const path = (group: string, name: string) =>
      `${base}/${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`
    expect(
      await expectArmError(arm('GET', path('rg-identities', 'id-missing')), 404, 'ResourceNotFound')
    ).toContain(
      "'Microsoft.ManagedIdentity/userAssignedIdentities/id-missing' under resource group 'rg-identities'"
    )
    await expectArmError(
      arm('GET', `${path('rg-identities', 'id-missing')}/federatedIdentityCredentials`),
      404,
      'ResourceNotFound'
    )
    await expectArmError(arm('GET', path('rg-nowhere', 'id-shared')), 404, 'ResourceGroupNotFound')
    await expectArmError(
      arm(
        'GET',
        other.resourceId.replace(
          cloud.cosmos.subscriptionId,
          '99999999-0000-0000-0000-000000000000'
        )
      ),
      404,
      'SubscriptionNotFound'
    )
  })

  it('needs api-version, a token, and the read grant', async () => {
    const identity = cloud.arm.addUserAssignedIdentity({ name: 'id-guarded' })
    await expectArmError(
      arm('GET', identity.resourceId, { apiVersion: null }),
      400,
      'MissingApiVersionParameter'
    )
    expect(
      await expectArmError(
        arm('GET', identity.resourceId, { token: nobodyToken }),
        403,
        'AuthorizationFailed'
      )
    ).toContain(
      `'Microsoft.ManagedIdentity/userAssignedIdentities/read' over scope '${identity.resourceId}'`
    )
    await expectArmError(
      arm('GET', identity.resourceId, { token: 'forged' }),
      401,
      'InvalidAuthenticationToken'
    )
  })
})

describe('ARM stand-in: federated identity credentials on managed identities', () => {
  it('PUT creates (201) a credential the job can exchange at once; PUT again replaces it (200)', async () => {
    const identity = identityFor('octo-org/uami-app')
    expect(await exchangeCodes(identity.clientId, identity.job)).toEqual([70021])
    const created = await arm('PUT', `${identity.credentials}/github-main`, {
      body: ficBody(identity.subject)
    })
    expect(created.status).toBe(201)
    expect(created.json()).toEqual({
      id: `${identity.resourceId}/federatedIdentityCredentials/github-main`,
      name: 'github-main',
      type: ficType,
      properties: { issuer: cloud.github.issuer, subject: identity.subject, audiences: [audience] }
    })
    expect(await exchangeCodes(identity.clientId, identity.job)).toBe('issued')

    const production = 'repo:octo-org/uami-app:environment:production'
    const replaced = await arm('PUT', `${identity.credentials}/github-main`, {
      body: ficBody(production)
    })
    expect(replaced.status).toBe(200)
    expect(replaced.json()).toMatchObject({ properties: { subject: production } })
    expect(await exchangeCodes(identity.clientId, identity.job)).toEqual([700213])
    const prodJob = cloud.github.startJob({
      repository: 'octo-org/uami-app',
      environment: 'production'
    })
    expect(await exchangeCodes(identity.clientId, prodJob)).toBe('issued')

    const list = await arm('GET', identity.credentials, { token: readerToken })
    expect(list.status).toBe(200)
    expect(list.json()).toEqual({ value: [replaced.json()] })
    const one = await arm('GET', `${identity.credentials}/github-main`, { token: readerToken })
    expect(one.json()).toEqual(replaced.json())
    await expectArmError(arm('GET', `${identity.credentials}/nothing`), 404, 'NotFound')
  })

  it('PUT needs the write grant', async () => {
    const identity = identityFor('octo-org/uami-guarded')
    expect(
      await expectArmError(
        arm('PUT', `${identity.credentials}/github-main`, {
          token: readerToken,
          body: ficBody(identity.subject)
        }),
        403,
        'AuthorizationFailed'
      )
    ).toContain(`'${ficType}/write'`)
    await expectArmError(
      arm('GET', identity.credentials, { token: nobodyToken }),
      403,
      'AuthorizationFailed'
    )
    expect(await exchangeCodes(identity.clientId, identity.job)).toEqual([70021])
  })

  it('validates like ARM: name pattern, one audience, unique issuer+subject, body shape', async () => {
    const identity = identityFor('octo-org/uami-validated')
    const putFic = (name: string, body: unknown, apiVersion = stable) =>
      arm('PUT', `${identity.credentials}/${name}`, { body, apiVersion })
    for (const name of ['ab', 'with.dot', '_leading', 'a'.repeat(121)]) {
      expect(
        await expectArmError(putFic(name, ficBody(identity.subject)), 400, 'BadRequest')
      ).toContain('^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$')
    }
    const twoAudiences = {
      properties: { ...ficBody(identity.subject).properties, audiences: [audience, 'x'] }
    }
    expect(await expectArmError(putFic('github-main', twoAudiences), 400, 'BadRequest')).toContain(
      'exactly one'
    )
    await expectArmError(putFic('github-main', { issuer: cloud.github.issuer }), 400, 'BadRequest')
    await expectArmError(putFic('github-main', '{oops'), 400, 'InvalidRequestContent')
    const noSubject = { issuer: cloud.github.issuer, audiences: [audience] }
    expect(
      await expectArmError(putFic('github-main', { properties: noSubject }), 400, 'BadRequest')
    ).toContain('subject')

    expect((await putFic('github-main', ficBody(identity.subject))).status).toBe(201)
    expect(
      await expectArmError(putFic('github-copy', ficBody(identity.subject)), 400, 'BadRequest')
    ).toBe('Issuer and subject combination already exists for this Managed Identity.')
  })

  it('at most 20 credentials per identity', async () => {
    const identity = identityFor('octo-org/uami-crowded')
    for (let index = 0; index < 20; index += 1) {
      const res = await arm('PUT', `${identity.credentials}/env-${index}`, {
        body: ficBody(`repo:octo-org/uami-crowded:environment:e${index}`)
      })
      expect(res.status).toBe(201)
    }
    const last = arm('PUT', `${identity.credentials}/env-20`, {
      body: ficBody('repo:octo-org/uami-crowded:environment:e20')
    })
    expect(await expectArmError(last, 400, 'BadRequest')).toContain('at most 20')
    // Replacing one of the twenty is still allowed.
    const again = await arm('PUT', `${identity.credentials}/env-3`, {
      body: ficBody('repo:octo-org/uami-crowded:environment:x')
    })
    expect(again.status).toBe(200)
  })

  it('flexible credentials need a preview api-version; then any branch of the repository exchanges', async () => {
    const identity = identityFor('octo-org/uami-flexible')
    const expression = {
      value:
        "claims['sub'] matches 'repo:octo-org/uami-flexible:ref:refs/heads/*' and claims['repository_owner_id'] eq '808'",
      languageVersion: 1
    }
    const body = {
      properties: {
        issuer: cloud.github.issuer,
        audiences: [audience],
        claimsMatchingExpression: expression
      }
    }
    const path = `${identity.credentials}/all-branches`
    expect(await expectArmError(arm('PUT', path, { body }), 400, 'BadRequest')).toContain(
      'preview api-version'
    )
    expect(
      await expectArmError(
        arm('PUT', path, {
          body: { properties: { ...body.properties, subject: identity.subject } },
          apiVersion: preview
        }),
        400,
        'BadRequest'
      )
    ).toContain('not both')
    await expectArmError(
      arm('PUT', path, {
        body: {
          properties: {
            ...body.properties,
            claimsMatchingExpression: { ...expression, languageVersion: 2 }
          }
        },
        apiVersion: preview
      }),
      400,
      'BadRequest'
    )

    expect(
      await expectArmError(
        arm('PUT', path, {
          body: {
            properties: {
              ...body.properties,
              claimsMatchingExpression: {
                value: "claims['sub'] matches 'repo:octo-org/uami-flexible:*'",
                languageVersion: 1
              }
            }
          },
          apiVersion: preview
        }),
        400,
        'BadRequest'
      )
    ).toContain('either lacks all required claims or contains unallowed claims')

    const feature = cloud.github.startJob({
      repository: 'octo-org/uami-flexible',
      repositoryOwnerId: '808',
      ref: 'refs/heads/feature/b'
    })
    expect(await exchangeCodes(identity.clientId, feature)).toEqual([70021])
    const created = await arm('PUT', path, { body, apiVersion: preview })
    expect(created.status).toBe(201)
    expect(created.json()).toEqual({
      id: `${identity.resourceId}/federatedIdentityCredentials/all-branches`,
      name: 'all-branches',
      type: ficType,
      properties: {
        issuer: cloud.github.issuer,
        audiences: [audience],
        claimsMatchingExpression: expression
      }
    })
    expect(await exchangeCodes(identity.clientId, feature)).toBe('issued')
    const tag = cloud.github.startJob({ repository: 'octo-org/uami-flexible', ref: 'refs/tags/v2' })
    expect(await exchangeCodes(identity.clientId, tag)).toEqual([7002131])
    // A stable api-version does not know the property and leaves it out.
    const [listed] = (await arm('GET', identity.credentials)).json<{
      value: { properties: object }[]
    }>().value
    expect(listed?.properties).toEqual({ issuer: cloud.github.issuer, audiences: [audience] })
  })
})

describe('ARM stand-in: what az login lists', () => {
  it('lists the subscription only to a principal with a role in it, and the caller’s tenant to anyone', async () => {
    const listed = async (path: string, token: string) =>
      (await arm('GET', path, { token, apiVersion: '2022-12-01' })).json<{
        value: Array<{ subscriptionId?: string; tenantId: string }>
      }>().value
    expect(await listed('/subscriptions', readerToken)).toEqual([
      expect.objectContaining({
        subscriptionId: cloud.cosmos.subscriptionId,
        tenantId: cloud.cosmos.tenantId,
        state: 'Enabled'
      })
    ])
    expect(await listed('/subscriptions', nobodyToken)).toEqual([])
    expect(await listed('/tenants', nobodyToken)).toEqual([
      { id: `/tenants/${cloud.cosmos.tenantId}`, tenantId: cloud.cosmos.tenantId }
    ])
  })
})
