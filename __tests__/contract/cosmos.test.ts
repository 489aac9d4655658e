/**
 * Contract: what Cosmos DB answers an identity with a data-plane role, as the action's role check,
 * error explanations and smoke checks rely on it (targets.ts: the local cloud, and Azure when
 * configured). The identity holds Cosmos DB Built-in Data Reader on the container, nothing more.
 */
import { expect, it } from '@jest/globals'
import { CosmosClient } from '@azure/cosmos'
import { forEachTarget, type ContractTarget } from './targets.js'

/** A REST request to the account with an Entra token, as @azure/cosmos sends it. */
async function cosmosRequest(
  target: ContractTarget,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}
) {
  const token =
    options.token ??
    (await target.credential().getToken(`${target.cloud.cosmosResource}/.default`))?.token
  return target.send(`${target.cosmos.endpoint.replace(/\/$/, '')}${path}`, {
    method,
    headers: {
      authorization: `type=aad&ver=1.0&sig=${token ?? ''}`,
      'x-ms-version': '2018-12-31',
      'x-ms-date': new Date().toUTCString(),
      'content-type': 'application/json',
      ...options.headers
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) })
  })
}

function client(target: ContractTarget): CosmosClient {
  return new CosmosClient({ endpoint: target.cosmos.endpoint, aadCredentials: target.credential() })
}

/** The three shapes of a 5301 message (see src/cosmos/rbac-denial.ts for their sources). */
const RBAC_DENIAL =
  /principal \[[0-9a-f-]{36}\] does not have required RBAC permissions to perform action \[Microsoft\.DocumentDB\/databaseAccounts\/[^\]]+\] (on resource \[[^\]]+\]|on any scope)/

forEachTarget((target) => {
  // learn.microsoft.com, "Use data plane role-based access control": a write the roles do not
  // grant is 403 with substatus 5301, naming the principal and the data action.
  it('refuses a write the roles do not grant: 403, substatus 5301, principal and action named', async () => {
    const { database, container } = target().cosmos
    const answer = await cosmosRequest(
      target(),
      'POST',
      `/dbs/${database}/colls/${container}/docs`,
      {
        body: { id: `contract-${Date.now()}`, pk: 'contract' },
        headers: {
          'x-ms-documentdb-partitionkey': '["contract"]',
          'x-ms-documentdb-is-upsert': 'true'
        }
      }
    )
    expect(answer.status).toBe(403)
    expect(answer.headers.get('x-ms-substatus')).toBe('5301')
    expect(answer.json<{ message: string }>().message).toMatch(RBAC_DENIAL)
  })

  // "Use data plane role-based access control", limits: creating a database with an Entra token
  // is 403, substatus 5300 ("cannot be authorized by AAD token in data plane").
  it('refuses database creation with an Entra token: 403, substatus 5300', async () => {
    const answer = await cosmosRequest(target(), 'POST', '/dbs', { body: { id: 'contract-ddl' } })
    expect(answer.status).toBe(403)
    expect(answer.headers.get('x-ms-substatus')).toBe('5300')
  })

  // A token for another resource (ARM's) is refused with 401 (substatus 5008: the audience).
  it('refuses a token for another audience with 401', async () => {
    const token = (await target().credential().getToken(`${target().cloud.armResource}/.default`))
      ?.token
    const answer = await cosmosRequest(target(), 'GET', '/', { ...(token ? { token } : {}) })
    expect(answer.status).toBe(401)
    const substatus = answer.headers.get('x-ms-substatus')
    if (substatus !== null) expect(substatus).toBe('5008')
  })

  // Every answer carries x-ms-request-charge, which the action sums into 'request-charge'.
  it('reads the container it holds a role on, and charges request units for it', async () => {
    const { database, container } = target().cosmos
    const answer = await cosmosRequest(target(), 'GET', `/dbs/${database}/colls/${container}`)
    expect(answer.status).toBe(200)
    expect(Number(answer.headers.get('x-ms-request-charge'))).toBeGreaterThanOrEqual(0)
  })

  // "Query an Azure Cosmos DB container": a query given a partition key runs in that logical
  // partition only; smoke checks with partitionKey count what the partition holds.
  it('runs a query given a partition key in that partition only', async () => {
    const items = client(target())
      .database(target().cosmos.database)
      .container(target().cosmos.container).items
    const count = async (query: string, partitionKey?: string): Promise<number> =>
      Number(
        (await items.query(query, partitionKey === undefined ? {} : { partitionKey }).fetchAll())
          .resources[0]
      )
    const first = (await items.query('SELECT TOP 1 VALUE c.pk FROM c').fetchAll())
      .resources[0] as string
    const all = await count('SELECT VALUE COUNT(1) FROM c')
    const filtered = await count(`SELECT VALUE COUNT(1) FROM c WHERE c.pk = '${first}'`)
    expect(filtered).toBeLessThan(all)
    expect(await count('SELECT VALUE COUNT(1) FROM c', first)).toBe(filtered)
  })
})
