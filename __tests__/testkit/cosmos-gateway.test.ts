import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { dataActions, startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { httpsRequest, requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'
import {
  setUpRepository,
  type RepositorySetup,
  type RepositorySetupOptions
} from '../../testkit/scenario.js'

let cloud: LocalCloud
let reader: RepositorySetup

beforeAll(async () => {
  cloud = await startLocalCloud()
  reader = await setUpRepository(cloud, { repository: 'octo-org/reports', role: 'reader' })
  await cloud.cosmos.upsertItems('appdb', 'items', [{ id: 'w1', pk: 'widgets', name: 'Widget' }])
})
afterAll(() => cloud.close())

async function tokenFor(
  setup: RepositorySetup,
  scope = 'https://cosmos.azure.com/.default'
): Promise<string> {
  const assertion = await requestGitHubToken(setup.job)
  const res = await requestEntraToken(cloud, {
    tenant: setup.tenantId,
    clientId: setup.clientId,
    assertion,
    scope
  })
  if (res.status !== 200) throw new Error(res.text)
  return res.json<{ access_token: string }>().access_token
}

function cosmos(
  path: string,
  token: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {}
) {
  return httpsRequest(`${cloud.cosmos.endpoint}${path.replace(/^\//, '')}`, {
    method: init.method ?? 'GET',
    body: init.body ?? '',
    headers: {
      authorization: `type=aad&ver=1.0&sig=${token}`,
      'x-ms-version': '2020-07-15',
      ...init.headers
    }
  })
}

function cosmosError(res: { status: number; headers: Record<string, unknown>; json<T>(): T }) {
  return {
    status: res.status,
    substatus: res.headers['x-ms-substatus'],
    ...res.json<{ code: string; message: string }>()
  }
}

const queryHeaders = {
  'content-type': 'application/query+json',
  'x-ms-documentdb-isquery': 'True',
  'x-ms-documentdb-query-enablecrosspartition': 'True'
}
const upsertHeaders = {
  'x-ms-documentdb-is-upsert': 'True',
  'x-ms-documentdb-partitionkey': '["widgets"]',
  'content-type': 'application/json'
}

describe('Cosmos DB gateway', () => {
  it('answers reads for a reader, rewrites the account locations and charges RUs', async () => {
    const token = await tokenFor(reader)
    const account = await cosmos('/', token)
    expect(account.status).toBe(200)
    expect(
      account.json<{ writableLocations: { databaseAccountEndpoint: string }[] }>()
        .writableLocations[0]?.databaseAccountEndpoint
    ).toBe(cloud.cosmos.endpoint)
    const item = await cosmos('/dbs/appdb/colls/items/docs/w1', token, {
      headers: { 'x-ms-documentdb-partitionkey': '["widgets"]' }
    })
    expect(item.status).toBe(200)
    expect(item.json<{ name: string }>().name).toBe('Widget')
    expect(Number(item.headers['x-ms-request-charge'])).toBeGreaterThanOrEqual(1)
    const last = cloud.cosmos.requests().at(-1)
    expect(last).toMatchObject({
      method: 'GET',
      path: '/dbs/appdb/colls/items/docs/w1',
      action: dataActions.itemsRead,
      scope: '/dbs/appdb/colls/items',
      principalId: reader.principalId,
      status: 200
    })
  })

  it('401 with substatus 5008 for a token of another audience, and for key auth', async () => {
    const armToken = await tokenFor(reader, 'https://management.azure.com/.default')
    const res = cosmosError(await cosmos('/', armToken))
    expect(res).toMatchObject({ status: 401, substatus: '5008', code: 'Unauthorized' })
    const master = await httpsRequest(cloud.cosmos.endpoint, {
      headers: { authorization: encodeURIComponent('type=master&ver=1.0&sig=abc') }
    })
    expect(master.status).toBe(401)
    expect(master.json<{ message: string }>().message).toContain('Local Authorization is disabled')
  })

  it('401 with substatus 5007 for a token from another tenant', async () => {
    const foreign = await setUpRepository(cloud, {
      repository: 'octo-org/reports',
      tenantId: '99999999-0000-0000-0000-000000000001',
      role: 'contributor'
    })
    expect(cosmosError(await cosmos('/', await tokenFor(foreign)))).toMatchObject({
      status: 401,
      substatus: '5007'
    })
  })

  it('401 "Provided AAD token has been expired" and 401 for a forged token', async () => {
    cloud.entra.setAccessTokenLifetime(0)
    let expiredToken: string
    try {
      expiredToken = await tokenFor(reader)
    } finally {
      cloud.entra.setAccessTokenLifetime(3600)
    }
    const expired = cosmosError(await cosmos('/', expiredToken))
    expect(expired.status).toBe(401)
    expect(expired.message).toMatch(/^Provided AAD token has been expired/)
    const [header, payload] = (await tokenFor(reader)).split('.')
    expect((await cosmos('/', `${header}.${payload}.AAAA`)).status).toBe(401)
  })

  it('403 5301 with the exact wording when a reader upserts', async () => {
    const res = cosmosError(
      await cosmos('/dbs/appdb/colls/items/docs', await tokenFor(reader), {
        method: 'POST',
        headers: upsertHeaders,
        body: JSON.stringify({ id: 'w2', pk: 'widgets' })
      })
    )
    expect(res).toMatchObject({ status: 403, substatus: '5301', code: 'Forbidden' })
    expect(res.message.split('\r\n')[0]).toBe(
      `Request blocked by Auth localcloud : Request is blocked because principal [${reader.principalId}] does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert] on resource [/dbs/appdb/colls/items]. Learn more: https://aka.ms/cosmos-native-rbac.`
    )
    expect(await cloud.cosmos.readItems('appdb', 'items')).toHaveLength(1)
  })

  it.each([
    ['internalId', /on resource \[[A-Za-z0-9+/]{11}=\]\. Learn more/],
    ['anyScope', /to perform action \[[^\]]+items\/upsert\] on any scope\. Learn more/]
  ] as const)('403 5301 naming the resource as %s when told to', async (shape, wording) => {
    cloud.cosmos.setRbacMessageShape(shape)
    try {
      const res = cosmosError(
        await cosmos('/dbs/appdb/colls/items/docs', await tokenFor(reader), {
          method: 'POST',
          headers: upsertHeaders,
          body: JSON.stringify({ id: 'w3', pk: 'widgets' })
        })
      )
      expect(res).toMatchObject({ status: 403, substatus: '5301', code: 'Forbidden' })
      expect(res.message.split('\r\n')[0]).toMatch(wording)
    } finally {
      cloud.cosmos.setRbacMessageShape('path')
    }
  })

  it('403 from the firewall before any token is looked at', async () => {
    cloud.cosmos.setFirewall('198.51.100.20')
    try {
      const res = cosmosError(await cosmos('/', 'not-even-a-token'))
      expect(res).toMatchObject({ status: 403, substatus: '0', code: 'Forbidden' })
      expect(res.message.split('\r\n')[0]).toBe(
        'Request originated from IP 198.51.100.20 through public internet. This is blocked by your Cosmos DB account firewall settings. More info: https://aka.ms/cosmosdb-tsg-forbidden'
      )
    } finally {
      cloud.cosmos.setFirewall(undefined)
    }
  })

  it('403 5300 for container create, even for a contributor', async () => {
    const writer = await setUpRepository(cloud, {
      repository: 'octo-org/writer',
      role: 'contributor'
    })
    const res = cosmosError(
      await cosmos('/dbs/appdb/colls', await tokenFor(writer), {
        method: 'POST',
        body: JSON.stringify({ id: 'new' })
      })
    )
    expect(res).toMatchObject({ status: 403, substatus: '5300' })
    expect(res.message).toContain(
      'Request blocked by Auth localcloud : The given request [POST /dbs/appdb/colls] cannot be authorized by AAD token in data plane. Learn more: https://aka.ms/cosmos-native-rbac.'
    )
  })

  it('scopes assignments and keeps the two wildcards apart', async () => {
    const setup = async (options: Partial<RepositorySetupOptions>) =>
      setUpRepository(cloud, { repository: 'octo-org/scoped', ...options })
    const elsewhere = await setup({ role: 'contributor', roleScope: '/dbs/otherdb' })
    const denied = cosmosError(
      await cosmos('/dbs/appdb/colls/items/docs/w1', await tokenFor(elsewhere), {
        headers: { 'x-ms-documentdb-partitionkey': '["widgets"]' }
      })
    )
    expect(denied.message).toContain(
      `action [${dataActions.itemsRead}] on resource [/dbs/appdb/colls/items]`
    )

    const itemsOnly = cloud.cosmos.defineRole({
      roleName: 'items only',
      dataActions: [
        dataActions.readMetadata,
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
      ]
    })
    const custom = await setup({
      role: { roleDefinitionId: itemsOnly },
      roleScope: '/dbs/appdb/colls/items'
    })
    const token = await tokenFor(custom)
    const upsert = await cosmos('/dbs/appdb/colls/items/docs', token, {
      method: 'POST',
      headers: upsertHeaders,
      body: JSON.stringify({ id: 'w3', pk: 'widgets' })
    })
    expect(upsert.status).toBe(201)
    const query = cosmosError(
      await cosmos('/dbs/appdb/colls/items/docs', token, {
        method: 'POST',
        headers: queryHeaders,
        body: JSON.stringify({ query: 'SELECT * FROM c', parameters: [] })
      })
    )
    expect(query).toMatchObject({ status: 403, substatus: '5301' })
    expect(query.message).toContain(`[${dataActions.executeQuery}]`)
    expect(cloud.cosmos.requests().at(-1)?.actions).toEqual([
      dataActions.executeQuery,
      dataActions.readChangeFeed
    ])

    const containerOnly = cloud.cosmos.defineRole({
      roleName: 'container operations only',
      dataActions: [
        dataActions.readMetadata,
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*'
      ]
    })
    const queryToken = await tokenFor(await setup({ role: { roleDefinitionId: containerOnly } }))
    const allowedQuery = await cosmos('/dbs/appdb/colls/items/docs', queryToken, {
      method: 'POST',
      headers: queryHeaders,
      body: JSON.stringify({ query: 'SELECT * FROM c', parameters: [] })
    })
    expect(allowedQuery.status).toBe(200)
    const pointRead = cosmosError(
      await cosmos('/dbs/appdb/colls/items/docs/w1', queryToken, {
        headers: { 'x-ms-documentdb-partitionkey': '["widgets"]' }
      })
    )
    expect(pointRead.message).toContain(`[${dataActions.itemsRead}]`)
  })

  it('maps batch requests to the action of every operation', async () => {
    const token = await tokenFor(reader)
    const res = await cosmos('/dbs/appdb/colls/items/docs', token, {
      method: 'POST',
      headers: { 'x-ms-cosmos-is-batch-request': 'True', 'content-type': 'application/json' },
      body: JSON.stringify([
        { operationType: 'Read', id: 'w1', partitionKey: '["widgets"]' },
        { operationType: 'Delete', id: 'w1', partitionKey: '["widgets"]' }
      ])
    })
    expect(res.status).toBe(403)
    expect(cloud.cosmos.requests().at(-1)).toMatchObject({
      actions: [dataActions.itemsRead, dataActions.itemsDelete],
      action: dataActions.itemsDelete
    })
  })

  it('injects throttling, timeouts, resets and latency after auth', async () => {
    const token = await tokenFor(reader)
    cloud.cosmos.injectFaults({
      count: 1,
      kind: 'throttle',
      retryAfterMs: 42,
      match: (req) => req.path === '/'
    })
    const throttled = await cosmos('/', token)
    expect(throttled.status).toBe(429)
    expect(throttled.headers['x-ms-substatus']).toBe('3200')
    expect(throttled.headers['x-ms-retry-after-ms']).toBe('42')
    cloud.cosmos.injectFaults({ count: 1, kind: 'timeout' })
    expect((await cosmos('/', token)).status).toBe(408)
    cloud.cosmos.injectFaults({ count: 1, kind: 'reset' })
    await expect(cosmos('/', token)).rejects.toThrow(/socket hang up|ECONNRESET/)
    cloud.cosmos.setLatency(150)
    const started = Date.now()
    expect((await cosmos('/', token)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    cloud.cosmos.setLatency(0)
    expect(
      cloud.cosmos
        .requests()
        .slice(-4)
        .map((r) => r.status)
    ).toEqual([429, 408, 0, 200])
  })
})
