import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosDBManagementClient } from '@azure/arm-cosmosdb'
import { CosmosClient } from '@azure/cosmos'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import {
  httpsRequest,
  jobCredential,
  requestEntraToken,
  requestGitHubToken
} from '../../testkit/clients.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

// The SDKs use the default CA store; NODE_EXTRA_CA_CERTS would be read too late in jest.
trustTestCaInProcess()

let cloud: LocalCloud
let operator: RepositorySetup
let readOnly: RepositorySetup
const dataClients: CosmosClient[] = []
// Polling every 10 ms keeps each operation (one InProgress poll, then Succeeded) fast.
const fast = { updateIntervalInMs: 10 }

beforeAll(async () => {
  cloud = await startLocalCloud()
  operator = await setUpRepository(cloud, {
    repository: 'octo-org/inventory',
    role: 'contributor',
    controlPlaneWrite: true
  })
  readOnly = await setUpRepository(cloud, {
    repository: 'octo-org/reports',
    role: 'contributor',
    controlPlaneRead: true
  })
})
afterAll(async () => {
  dataClients.forEach((client) => client.dispose())
  await cloud.close()
})

function armClient(setup: RepositorySetup): CosmosDBManagementClient {
  return new CosmosDBManagementClient(jobCredential(cloud, setup), cloud.cosmos.subscriptionId, {
    endpoint: cloud.arm.endpoint,
    credentials: { scopes: ['https://management.azure.com/.default'] }
  })
}

function dataClient(setup: RepositorySetup): CosmosClient {
  const client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup)
  })
  dataClients.push(client)
  return client
}

function createContainer(
  setup: RepositorySetup,
  id: string,
  partitionKey: { paths: string[]; kind?: string; version?: number },
  database = 'appdb'
) {
  return armClient(setup).sqlResources.createUpdateSqlContainer(
    cloud.cosmos.resourceGroup,
    cloud.cosmos.accountName,
    database,
    id,
    { resource: { id, partitionKey } },
    fast
  )
}

async function failureOf(promise: PromiseLike<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise
  } catch (error) {
    return error as Error & Record<string, unknown>
  }
  throw new Error('expected the call to fail')
}

const containerUrl = (id: string) =>
  `${cloud.arm.endpoint}${cloud.cosmos.accountResourceId}/sqlDatabases/appdb/containers/${id}?api-version=2024-11-15`

describe('ARM stand-in: SQL containers', () => {
  it('creates a container with the real SDK; a contributor then writes to it', async () => {
    const created = await createContainer(operator, 'orders', {
      paths: ['/customerId'],
      kind: 'Hash',
      version: 2
    })
    expect(created).toMatchObject({
      id: `${cloud.cosmos.accountResourceId}/sqlDatabases/appdb/containers/orders`,
      name: 'orders',
      type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
      resource: { id: 'orders', partitionKey: { paths: ['/customerId'], kind: 'Hash', version: 2 } }
    })
    const operation = cloud.arm.operations().find((op) => op.resourceId.endsWith('/orders'))
    expect(operation).toMatchObject({ method: 'PUT', principalId: operator.principalId })
    expect(operation?.answers).toEqual(['InProgress', 'Succeeded'])

    const container = dataClient(operator).database('appdb').container('orders')
    const upserted = await container.items.upsert({ id: 'o1', customerId: 'c1', total: 3 })
    expect(upserted.statusCode).toBe(201)
    expect(await cloud.cosmos.readItems('appdb', 'orders')).toMatchObject([{ id: 'o1' }])

    const sdk = armClient(readOnly).sqlResources
    const read = await sdk.getSqlContainer(
      cloud.cosmos.resourceGroup,
      'localcloud',
      'appdb',
      'orders'
    )
    expect(read.resource?.partitionKey?.paths).toEqual(['/customerId'])
    const listed = []
    for await (const item of sdk.listSqlContainers(
      cloud.cosmos.resourceGroup,
      'localcloud',
      'appdb'
    )) {
      listed.push(item.name)
    }
    expect(listed).toEqual(expect.arrayContaining(['items', 'orders']))
  })

  it('creates version 1 partition keys when the body names no version, as ARM does', async () => {
    await createContainer(operator, 'legacy', { paths: ['/pk'] })
    expect((await cloud.cosmos.readContainer('appdb', 'legacy'))?.partitionKey).toEqual({
      paths: ['/pk'],
      kind: 'Hash',
      version: 1
    })
  })

  it('creates a container with a hierarchical partition key', async () => {
    await createContainer(operator, 'telemetry', {
      paths: ['/site', '/line'],
      kind: 'MultiHash',
      version: 2
    })
    expect((await cloud.cosmos.readContainer('appdb', 'telemetry'))?.partitionKey).toEqual({
      paths: ['/site', '/line'],
      kind: 'MultiHash',
      version: 2
    })
    const container = dataClient(operator).database('appdb').container('telemetry')
    await container.items.upsert({ id: 't1', site: 'ams', line: 'a' })
    expect(await cloud.cosmos.readItems('appdb', 'telemetry')).toMatchObject([{ id: 't1' }])
  })

  it('403 AuthorizationFailed without the write grant; nothing is created', async () => {
    const denied = await failureOf(createContainer(readOnly, 'denied', { paths: ['/pk'] }))
    expect(denied.statusCode).toBe(403)
    expect(denied.code).toBe('AuthorizationFailed')
    expect(denied.message).toBe(
      `The client '${readOnly.principalId}' with object id '${readOnly.principalId}' does not have authorization to perform action 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/write' over scope '${cloud.cosmos.accountResourceId}/sqlDatabases/appdb/containers/denied' or the scope is invalid. If access was recently granted, please refresh your credentials.`
    )
    expect(await cloud.cosmos.readContainer('appdb', 'denied')).toBeUndefined()
    expect(cloud.arm.operations().some((op) => op.resourceId.endsWith('/denied'))).toBe(false)
    expect(cloud.arm.requests().at(-1)).toMatchObject({
      method: 'PUT',
      action: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/write',
      principalId: readOnly.principalId,
      status: 403
    })
  })

  it('404 NotFound for an unknown database', async () => {
    const missing = await failureOf(createContainer(operator, 'x', { paths: ['/pk'] }, 'nodb'))
    expect(missing.statusCode).toBe(404)
    expect(missing.code).toBe('NotFound')
    expect(missing.message).toContain("'nodb'")
  })

  it('deletes a container with its documents', async () => {
    await createContainer(operator, 'scratch', { paths: ['/pk'] })
    await cloud.cosmos.upsertItems('appdb', 'scratch', [{ id: 's1', pk: 'a' }])
    const sdk = armClient(operator).sqlResources
    await sdk.deleteSqlContainer(cloud.cosmos.resourceGroup, 'localcloud', 'appdb', 'scratch', fast)
    expect(await cloud.cosmos.readContainer('appdb', 'scratch')).toBeUndefined()
    const operation = cloud.arm.operations().find((op) => op.method === 'DELETE')
    expect(operation?.answers).toEqual(['InProgress', 'Succeeded'])
    const gone = await failureOf(
      sdk.getSqlContainer(cloud.cosmos.resourceGroup, 'localcloud', 'appdb', 'scratch')
    )
    expect(gone.statusCode).toBe(404)
    // Deleting what is gone succeeds at once (204), as ARM's contract says.
    await sdk.deleteSqlContainer(cloud.cosmos.resourceGroup, 'localcloud', 'appdb', 'scratch', fast)
    const denied = await failureOf(
      armClient(readOnly).sqlResources.deleteSqlContainer(
        cloud.cosmos.resourceGroup,
        'localcloud',
        'appdb',
        'items',
        fast
      )
    )
    expect(denied.message).toContain(
      "'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/delete'"
    )
  })

  it('reports InProgress before Succeeded and creates only then', async () => {
    const assertion = await requestGitHubToken(operator.job)
    const token = (
      await requestEntraToken(cloud, {
        clientId: operator.clientId,
        assertion,
        scope: 'https://management.azure.com/.default'
      })
    ).json<{ access_token: string }>().access_token
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const body = { properties: { resource: { id: 'lazy', partitionKey: { paths: ['/pk'] } } } }
    const put = await httpsRequest(containerUrl('lazy'), {
      method: 'PUT',
      headers,
      body: JSON.stringify(body)
    })
    expect(put.status).toBe(202)
    const statusUrl = String(put.headers['azure-asyncoperation'])
    expect(statusUrl).toMatch(
      new RegExp(
        `^${cloud.arm.endpoint}/subscriptions/${cloud.cosmos.subscriptionId}/providers/Microsoft\\.DocumentDB/locations/[^/]+/operationsStatus/[0-9a-f-]+\\?api-version=2024-11-15$`
      )
    )
    expect(put.headers.location).toMatch(/\/containers\/lazy\/operationResults\/[0-9a-f-]+\?/)
    expect(await cloud.cosmos.readContainer('appdb', 'lazy')).toBeUndefined()
    expect((await httpsRequest(containerUrl('lazy'), { headers })).status).toBe(404)

    const poll = async () => (await httpsRequest(statusUrl, { headers })).json<{ status: string }>()
    expect(await poll()).toMatchObject({ status: 'InProgress' })
    expect(await cloud.cosmos.readContainer('appdb', 'lazy')).toBeUndefined()
    expect(await poll()).toMatchObject({ status: 'Succeeded', endTime: expect.any(String) })
    const result = await httpsRequest(String(put.headers.location), { headers })
    expect(result.status).toBe(200)
    expect(result.json()).toMatchObject({ name: 'lazy', properties: { resource: { id: 'lazy' } } })
  })

  it('a repeated PUT keeps the container; a changed partition key fails the operation', async () => {
    await createContainer(operator, 'stable', { paths: ['/pk'] })
    await cloud.cosmos.upsertItems('appdb', 'stable', [{ id: 'k1', pk: 'a' }])
    await createContainer(operator, 'stable', { paths: ['/pk'] })
    expect(await cloud.cosmos.readItems('appdb', 'stable')).toHaveLength(1)
    const changed = await failureOf(createContainer(operator, 'stable', { paths: ['/other'] }))
    expect(changed.message).toContain('partition key cannot be changed')
  })

  it('a configured latency keeps operations InProgress for longer', async () => {
    cloud.arm.setOperationLatency({ polls: 2, ms: 30 })
    try {
      await createContainer(operator, 'slow', { paths: ['/pk'] })
    } finally {
      cloud.arm.setOperationLatency({ polls: 1, ms: 0 })
    }
    const answers = cloud.arm.operations().find((op) => op.resourceId.endsWith('/slow'))?.answers
    expect(answers?.slice(0, 2)).toEqual(['InProgress', 'InProgress'])
    expect(answers?.at(-1)).toBe('Succeeded')
  })

  it('fails the operation for a bad definition: no partition key paths', async () => {
    const failed = await failureOf(createContainer(operator, 'nokey', { paths: [] }))
    expect(failed.message).toContain('BadRequest')
    expect(failed.message).toContain('partitionKey.paths is required')
    expect(cloud.arm.operations().find((op) => op.resourceId.endsWith('/nokey'))).toMatchObject({
      status: 'Failed',
      answers: ['InProgress', 'Failed'],
      error: { code: 'BadRequest' }
    })
    expect(await cloud.cosmos.readContainer('appdb', 'nokey')).toBeUndefined()
  })
})
