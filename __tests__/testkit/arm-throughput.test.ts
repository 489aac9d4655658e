import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { httpsRequest, requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let operator: RepositorySetup
let dataOnly: RepositorySetup

beforeAll(async () => {
  cloud = await startLocalCloud()
  operator = await setUpRepository(cloud, {
    repository: 'octo-org/throughput-settings',
    database: 'tsdb',
    containers: [
      { id: 'provisioned', partitionKey: { paths: ['/id'] } },
      { id: 'shared', partitionKey: { paths: ['/id'] } }
    ],
    role: 'reader',
    controlPlaneRead: true
  })
  dataOnly = await setUpRepository(cloud, { repository: 'octo-org/data-only', role: 'reader' })
  cloud.cosmos.setThroughput('tsdb', 'provisioned', { ruPerSecond: 4000, physicalPartitions: 1 })
})
afterAll(() => cloud.close())

async function settings(setup: RepositorySetup, container: string) {
  const assertion = await requestGitHubToken(setup.job)
  const token = (
    await requestEntraToken(cloud, {
      clientId: setup.clientId,
      assertion,
      scope: 'https://management.azure.com/.default'
    })
  ).json<{ access_token: string }>().access_token
  return httpsRequest(
    `${cloud.arm.endpoint}${cloud.cosmos.accountResourceId}/sqlDatabases/tsdb/containers/${container}/throughputSettings/default?api-version=2024-11-15`,
    { headers: { authorization: `Bearer ${token}` } }
  )
}

describe('ARM throughput settings', () => {
  it("answer a provisioned container's RU/s as az cosmosdb sql container throughput show reads them", async () => {
    const answer = await settings(operator, 'provisioned')
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({
      name: 'default',
      type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/throughputSettings',
      properties: { resource: { throughput: 4000 } }
    })
  })

  it('answer 404 for a container without throughput of its own, and 403 without a control-plane role', async () => {
    const shared = await settings(operator, 'shared')
    expect(shared.status).toBe(404)
    expect(shared.json()).toMatchObject({ error: { code: 'NotFound' } })
    expect((await settings(dataOnly, 'provisioned')).status).toBe(403)
  })
})
