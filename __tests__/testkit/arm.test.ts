import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { builtInRoles, startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { httpsRequest, requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let operator: RepositorySetup
let dataOnly: RepositorySetup

beforeAll(async () => {
  cloud = await startLocalCloud()
  operator = await setUpRepository(cloud, {
    repository: 'octo-org/inventory',
    role: 'reader',
    roleScope: '/dbs/appdb',
    controlPlaneRead: true
  })
  dataOnly = await setUpRepository(cloud, { repository: 'octo-org/reports', role: 'contributor' })
})
afterAll(() => cloud.close())

async function armToken(
  setup: RepositorySetup,
  scope = 'https://management.azure.com/.default'
): Promise<string> {
  const assertion = await requestGitHubToken(setup.job)
  const res = await requestEntraToken(cloud, { clientId: setup.clientId, assertion, scope })
  return res.json<{ access_token: string }>().access_token
}

function arm(path: string, token: string) {
  return httpsRequest(
    `${cloud.arm.endpoint}${cloud.cosmos.accountResourceId}${path}?api-version=2024-11-15`,
    {
      headers: { authorization: `Bearer ${token}` }
    }
  )
}

describe('ARM stand-in', () => {
  it('lists role assignments and definitions in ARM shapes for a granted principal', async () => {
    const token = await armToken(operator)
    const assignments = await arm('/sqlRoleAssignments', token)
    expect(assignments.status).toBe(200)
    const mine = assignments
      .json<{
        value: { id: string; name: string; type: string; properties: Record<string, string> }[]
      }>()
      .value.find((a) => a.properties.principalId === operator.principalId)
    expect(mine).toEqual({
      id: `${cloud.cosmos.accountResourceId}/sqlRoleAssignments/${mine?.name}`,
      name: expect.any(String),
      type: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
      properties: {
        roleDefinitionId: `${cloud.cosmos.accountResourceId}/sqlRoleDefinitions/${builtInRoles.dataReader}`,
        scope: `${cloud.cosmos.accountResourceId}/dbs/appdb`,
        principalId: operator.principalId
      }
    })
    expect((await arm(`/sqlRoleAssignments/${mine?.name}`, token)).json()).toEqual(mine)

    const definitions = await arm('/sqlRoleDefinitions', token)
    const contributor = definitions
      .json<{
        value: {
          name: string
          properties: { roleName: string; type: string; permissions: { dataActions: string[] }[] }
        }[]
      }>()
      .value.find((d) => d.name === builtInRoles.dataContributor)
    expect(contributor?.properties).toMatchObject({
      roleName: 'Cosmos DB Built-in Data Contributor',
      type: 'BuiltInRole',
      permissions: [
        {
          dataActions: [
            'Microsoft.DocumentDB/databaseAccounts/readMetadata',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
          ],
          notDataActions: []
        }
      ]
    })
    expect(cloud.arm.requests().at(-1)).toMatchObject({
      principalId: operator.principalId,
      status: 200
    })
  })

  it('403 AuthorizationFailed for a principal with a data-plane role only', async () => {
    const res = await arm('/sqlRoleAssignments', await armToken(dataOnly))
    expect(res.status).toBe(403)
    expect(res.json()).toEqual({
      error: {
        code: 'AuthorizationFailed',
        message: expect.stringContaining(
          `The client '${dataOnly.principalId}' with object id '${dataOnly.principalId}' does not have authorization to perform action 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/read' over scope '${cloud.cosmos.accountResourceId}'`
        )
      }
    })
  })

  it('401 for a Cosmos token or none, 404 for an unknown account', async () => {
    const cosmosToken = await armToken(operator, 'https://cosmos.azure.com/.default')
    const wrongAudience = await arm('/sqlRoleAssignments', cosmosToken)
    expect(wrongAudience.status).toBe(401)
    expect(wrongAudience.json<{ error: { code: string } }>().error.code).toBe(
      'InvalidAuthenticationToken'
    )
    expect(
      (
        await httpsRequest(
          `${cloud.arm.endpoint}${cloud.cosmos.accountResourceId}/sqlRoleAssignments?api-version=2024-11-15`
        )
      ).status
    ).toBe(401)

    const unknown = await httpsRequest(
      `${cloud.arm.endpoint}${cloud.cosmos.accountResourceId.replace(/localcloud$/, 'elsewhere')}/sqlRoleAssignments?api-version=2024-11-15`,
      { headers: { authorization: `Bearer ${await armToken(operator)}` } }
    )
    expect(unknown.status).toBe(404)
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('ResourceNotFound')
  })
})
