import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosClient, ErrorResponse, type Container } from '@azure/cosmos'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { jobCredential } from '../../testkit/clients.js'
import { setUpRepository } from '../../testkit/scenario.js'

// The SDKs use the default CA store; NODE_EXTRA_CA_CERTS would be read too late in jest.
trustTestCaInProcess()

let cloud: LocalCloud
const clients: CosmosClient[] = []

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(async () => {
  clients.forEach((client) => client.dispose())
  await cloud.close()
})

async function containerFor(
  role: 'reader' | 'contributor',
  repository: string
): Promise<Container> {
  const setup = await setUpRepository(cloud, { repository, role })
  const client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup)
  })
  clients.push(client)
  return client.database('appdb').container('items')
}

async function errorOf(promise: Promise<unknown>): Promise<ErrorResponse> {
  try {
    await promise
  } catch (error) {
    return error as ErrorResponse
  }
  throw new Error('expected the call to fail')
}

describe('@azure/cosmos + @azure/identity against the local cloud', () => {
  it('reads and queries as a Data Reader; upsert fails with 403/5301', async () => {
    await cloud.cosmos.createDatabase('appdb')
    await cloud.cosmos.createContainer('appdb', { id: 'items', partitionKey: { paths: ['/pk'] } })
    await cloud.cosmos.upsertItems('appdb', 'items', [
      { id: 'a', pk: 'p1', n: 1 },
      { id: 'b', pk: 'p2', n: 2 }
    ])
    const container = await containerFor('reader', 'octo-org/reports')
    const read = await container.item('a', 'p1').read<{ n: number }>()
    expect(read.resource?.n).toBe(1)
    expect(read.requestCharge).toBeGreaterThan(0)
    const query = await container.items
      .query<{ n: number }>({
        query: 'SELECT * FROM c WHERE c.n > @n',
        parameters: [{ name: '@n', value: 1 }]
      })
      .fetchAll()
    expect(query.resources.map((doc) => doc.n)).toEqual([2])

    const denied = await errorOf(container.items.upsert({ id: 'c', pk: 'p1' }))
    expect(denied.code).toBe(403)
    expect(denied.substatus).toBe(5301)
    expect(denied.body?.code).toBe('Forbidden')
    expect(denied.message).toContain('does not have required RBAC permissions to perform action')
    // The SDK asked Entra for the account's own scope.
    expect(cloud.entra.requests().at(-1)).toMatchObject({
      scope: `${cloud.cosmos.endpoint}.default`,
      outcome: 'issued'
    })
  })

  it('writes and bulk-writes as a Data Contributor; DDL fails with 403/5300', async () => {
    const container = await containerFor('contributor', 'octo-org/inventory')
    const created = await container.items.upsert({ id: 'd', pk: 'p1', n: 4 })
    expect(created.statusCode).toBe(201)
    expect(created.requestCharge).toBeGreaterThanOrEqual(5)
    const bulk = await container.items.executeBulkOperations([
      { operationType: 'Create', partitionKey: 'p3', resourceBody: { id: 'e', pk: 'p3' } },
      { operationType: 'Upsert', partitionKey: 'p3', resourceBody: { id: 'f', pk: 'p3' } }
    ])
    expect(bulk.map((result) => result.response?.statusCode)).toEqual([201, 201])
    expect((await cloud.cosmos.readItems('appdb', 'items')).map((doc) => doc.id).sort()).toEqual([
      'a',
      'b',
      'd',
      'e',
      'f'
    ])

    const ddl = await errorOf(
      container.database.containers.create({ id: 'other', partitionKey: '/pk' })
    )
    expect(ddl.code).toBe(403)
    expect(ddl.substatus).toBe(5300)
  })

  it('leaves written documents out of a bulk answer when asked to, and read ones in', async () => {
    const container = await containerFor('contributor', 'octo-org/minimal')
    const operations = [
      { operationType: 'Upsert', partitionKey: 'p4', resourceBody: { id: 'g', pk: 'p4', n: 7 } },
      { operationType: 'Read', partitionKey: 'p4', id: 'g' }
    ] as const
    const full = await container.items.executeBulkOperations([...operations])
    expect(full.map((result) => result.response?.resourceBody?.['n'])).toEqual([7, 7])
    const minimal = await container.items.executeBulkOperations([...operations], {
      contentResponseOnWriteEnabled: false
    })
    expect(minimal.map((result) => result.response?.statusCode)).toEqual([200, 200])
    expect(minimal.map((result) => result.response?.resourceBody?.['n'])).toEqual([undefined, 7])
    expect(minimal[0]?.response?.eTag).toEqual(expect.any(String))
    expect(minimal[0]?.response?.requestCharge).toBeGreaterThan(0)
  })

  it('the SDK retries injected throttling and succeeds', async () => {
    const container = await containerFor('reader', 'octo-org/throttled')
    await container.item('a', 'p1').read() // warm up metadata so only the point read is throttled
    cloud.cosmos.clearRequests()
    cloud.cosmos.injectFaults({
      count: 2,
      kind: 'throttle',
      retryAfterMs: 10,
      match: (req) => req.path.endsWith('/docs/a')
    })
    const read = await container.item('a', 'p1').read()
    expect(read.statusCode).toBe(200)
    expect(cloud.cosmos.requests().map((r) => r.status)).toEqual([429, 429, 200])
  })
})

describe('queries given a partition key', () => {
  // Cosmos DB runs them in that logical partition only; the emulator behind the gateway would
  // run them over the whole container.
  it('read that partition only, a hierarchical prefix every partition under it', async () => {
    await cloud.cosmos.createDatabase('scoped')
    await cloud.cosmos.createContainer('scoped', { id: 'flat', partitionKey: { paths: ['/pk'] } })
    await cloud.cosmos.createContainer('scoped', {
      id: 'deep',
      partitionKey: { paths: ['/site', '/line'], kind: 'MultiHash', version: 2 }
    })
    await cloud.cosmos.upsertItems('scoped', 'flat', [
      { id: 'a', pk: 'p1' },
      { id: 'b', pk: 'p1' },
      { id: 'c', pk: 'p2' },
      { id: 'd' }
    ])
    await cloud.cosmos.upsertItems('scoped', 'deep', [
      { id: 'x', site: 'ams', line: '1' },
      { id: 'y', site: 'ams', line: '2' },
      { id: 'z', site: 'ber', line: '1' }
    ])
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/scoped',
      role: 'reader',
      database: 'scoped-unused'
    })
    const client = new CosmosClient({
      endpoint: cloud.cosmos.endpoint,
      aadCredentials: jobCredential(cloud, setup)
    })
    clients.push(client)
    const database = client.database('scoped')
    const count = async (container: string, partitionKey?: unknown): Promise<unknown> =>
      (
        await database
          .container(container)
          .items.query('SELECT VALUE COUNT(1) FROM c', {
            ...(partitionKey === undefined ? {} : { partitionKey: partitionKey as string })
          })
          .fetchAll()
      ).resources[0]
    expect(await count('flat')).toBe(4)
    expect(await count('flat', 'p1')).toBe(2)
    expect(await count('flat', 'p404')).toBe(0)
    const ids = await database
      .container('flat')
      .items.query('SELECT c.id FROM c ORDER BY c.id', { partitionKey: 'p1', maxItemCount: 1 })
      .fetchAll()
    expect(ids.resources).toEqual([{ id: 'a' }, { id: 'b' }])
    expect(await count('deep', ['ams', '1'])).toBe(1)
    expect(await count('deep', ['ams'])).toBe(2)
  })
})
