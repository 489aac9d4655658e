import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosDBManagementClient } from '@azure/arm-cosmosdb'
import { CosmosClient } from '@azure/cosmos'
import {
  builtInRoles,
  dataActions,
  startLocalCloud,
  trustTestCaInProcess,
  type LocalCloud
} from '../../testkit/index.js'
import { accessTokenFor, httpsRequest, jobCredential } from '../../testkit/clients.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

// The SDKs use the default CA store; NODE_EXTRA_CA_CERTS would be read too late in jest.
trustTestCaInProcess()

let cloud: LocalCloud
let operator: RepositorySetup
let readOnly: RepositorySetup
let operatorToken: string
const dataClients: CosmosClient[] = []
const fast = { updateIntervalInMs: 10 }
const armScope = 'https://management.azure.com/.default'

beforeAll(async () => {
  cloud = await startLocalCloud()
  operator = await setUpRepository(cloud, {
    repository: 'octo-org/platform',
    role: 'none',
    controlPlaneWrite: true
  })
  readOnly = await setUpRepository(cloud, {
    repository: 'octo-org/auditor',
    role: 'none',
    controlPlaneRead: true
  })
  await cloud.cosmos.upsertItems('appdb', 'items', [{ id: 'w1', pk: 'widgets', name: 'Widget' }])
  operatorToken = await accessTokenFor(cloud, operator, armScope)
})
afterAll(async () => {
  dataClients.forEach((client) => client.dispose())
  await cloud.close()
})

const sqlResources = (setup: RepositorySetup) =>
  new CosmosDBManagementClient(jobCredential(cloud, setup), cloud.cosmos.subscriptionId, {
    endpoint: cloud.arm.endpoint,
    credentials: { scopes: [armScope] }
  }).sqlResources

function items(setup: RepositorySetup) {
  const client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup)
  })
  dataClients.push(client)
  return client.database('appdb').container('items')
}

async function failureOf(promise: PromiseLike<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise
  } catch (error) {
    return error as Error & Record<string, unknown>
  }
  throw new Error('expected the call to fail')
}

const account = () => cloud.cosmos.accountResourceId
const definitionId = (guid: string) => `${account()}/sqlRoleDefinitions/${guid}`
const uuid = () => crypto.randomUUID()

function put(
  kind: 'sqlRoleAssignments' | 'sqlRoleDefinitions',
  id: string,
  body: unknown,
  token = operatorToken
) {
  return httpsRequest(`${cloud.arm.endpoint}${account()}/${kind}/${id}?api-version=2024-11-15`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

async function expectArmError(
  response: Promise<Awaited<ReturnType<typeof put>>>,
  status: number,
  code: string
): Promise<string> {
  const res = await response
  expect(res.status).toBe(status)
  const { error } = res.json<{ error: { code: string; message: string } }>()
  expect(error.code).toBe(code)
  return error.message
}

const target = (repository: string) => setUpRepository(cloud, { repository, role: 'none' })

describe('ARM stand-in: SQL role assignment writes', () => {
  it('the real SDK assigns a role as a long-running operation; the gateway enforces it at once', async () => {
    const reader = await target('octo-org/reader-to-be')
    const denied = await failureOf(items(reader).item('w1', 'widgets').read())
    expect(denied.code).toBe(403)

    const id = uuid()
    const assigned = await sqlResources(operator).beginCreateUpdateSqlRoleAssignmentAndWait(
      cloud.cosmos.resourceGroup,
      cloud.cosmos.accountName,
      id,
      {
        roleDefinitionId: definitionId(builtInRoles.dataReader),
        scope: `${account()}/dbs/appdb`,
        principalId: reader.principalId
      },
      fast
    )
    expect(assigned).toMatchObject({
      id: `${account()}/sqlRoleAssignments/${id}`,
      name: id,
      type: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
      roleDefinitionId: definitionId(builtInRoles.dataReader),
      scope: `${account()}/dbs/appdb`,
      principalId: reader.principalId
    })
    expect(cloud.arm.operations().find((op) => op.resourceId.endsWith(id))).toMatchObject({
      method: 'PUT',
      principalId: operator.principalId,
      answers: ['InProgress', 'Succeeded']
    })
    expect(cloud.cosmos.rbac.findAssignment(id)?.principalId).toBe(reader.principalId)

    const read = await items(reader).item('w1', 'widgets').read()
    expect(read.resource).toMatchObject({ id: 'w1', name: 'Widget' })
    // Reader, not contributor: writes stay forbidden.
    expect((await failureOf(items(reader).items.upsert({ id: 'w2', pk: 'widgets' }))).code).toBe(
      403
    )
  })

  it('a second PUT of the same assignment answers 200 with the resource and starts nothing', async () => {
    const principal = await target('octo-org/idempotent')
    const id = uuid()
    const body = {
      roleDefinitionId: definitionId(builtInRoles.dataContributor),
      scope: account(),
      principalId: principal.principalId
    }
    const sdk = sqlResources(operator)
    const args = [cloud.cosmos.resourceGroup, cloud.cosmos.accountName, id, body, fast] as const
    await sdk.beginCreateUpdateSqlRoleAssignmentAndWait(...args)
    const before = cloud.arm.operations().length
    const again = await sdk.beginCreateUpdateSqlRoleAssignmentAndWait(...args)
    expect(again).toMatchObject({ name: id, scope: account() })
    const raw = await put('sqlRoleAssignments', id, { properties: body })
    expect(raw.status).toBe(200)
    expect(raw.headers['azure-asyncoperation']).toBeUndefined()
    expect(raw.json()).toMatchObject({
      name: id,
      properties: { principalId: principal.principalId }
    })
    expect(cloud.arm.operations()).toHaveLength(before)
    expect(cloud.cosmos.roleAssignments().filter((a) => a.name === id)).toHaveLength(1)

    // A changed body updates the assignment through a new operation.
    const narrowed = { ...body, scope: `${account()}/dbs/appdb/colls/items` }
    const updated = await sdk.beginCreateUpdateSqlRoleAssignmentAndWait(
      cloud.cosmos.resourceGroup,
      cloud.cosmos.accountName,
      id,
      narrowed,
      fast
    )
    expect(updated.scope).toBe(`${account()}/dbs/appdb/colls/items`)
    expect(cloud.arm.operations()).toHaveLength(before + 1)
  })

  it('400 BadRequest for a principal that is not a GUID, an unknown role, a scope outside the account', async () => {
    const good = {
      roleDefinitionId: definitionId(builtInRoles.dataReader),
      scope: account(),
      principalId: readOnly.principalId
    }
    const assign = (properties: Record<string, unknown>) =>
      put('sqlRoleAssignments', uuid(), { properties: { ...good, ...properties } })
    expect(
      await expectArmError(assign({ principalId: readOnly.clientId.slice(1) }), 400, 'BadRequest')
    ).toContain('is not a valid GUID')
    expect(await expectArmError(assign({ principalId: undefined }), 400, 'BadRequest')).toContain(
      'principalId'
    )
    expect(
      await expectArmError(assign({ roleDefinitionId: definitionId(uuid()) }), 400, 'BadRequest')
    ).toContain('does not exist')
    expect(
      await expectArmError(assign({ roleDefinitionId: builtInRoles.dataReader }), 400, 'BadRequest')
    ).toContain('must be the full resource id')
    const otherAccount = account().replace(/databaseAccounts\/.*/, 'databaseAccounts/other')
    expect(
      await expectArmError(
        assign({
          roleDefinitionId: `${otherAccount}/sqlRoleDefinitions/${builtInRoles.dataReader}`
        }),
        400,
        'BadRequest'
      )
    ).toContain('must be the full resource id')
    for (const scope of [otherAccount, `${account()}2`, '/dbs/appdb', `${account()}/colls/x`]) {
      expect(await expectArmError(assign({ scope }), 400, 'BadRequest')).toContain(
        'is not within the account'
      )
    }
    await expectArmError(
      put('sqlRoleAssignments', uuid(), { roleDefinitionId: good.roleDefinitionId }),
      400,
      'BadRequest'
    )
    await expectArmError(put('sqlRoleAssignments', uuid(), '{nope'), 400, 'InvalidRequestContent')
    expect(
      await expectArmError(
        put('sqlRoleAssignments', 'not-a-guid', { properties: good }),
        400,
        'BadRequest'
      )
    ).toContain('not a valid GUID')
    expect(cloud.cosmos.roleAssignments().some((a) => a.principalId === readOnly.principalId)).toBe(
      false
    )
  })

  it('400 for a principal Entra does not know, or has not replicated to ARM yet', async () => {
    const good = {
      roleDefinitionId: definitionId(builtInRoles.dataReader),
      scope: `${account()}/dbs/appdb`
    }
    const assign = (principalId: string) =>
      put('sqlRoleAssignments', uuid(), { properties: { ...good, principalId } })
    const unknown = uuid()
    expect(await expectArmError(assign(unknown), 400, 'BadRequest')).toBe(
      `The provided principal ID [${unknown}] was not found in the AAD tenant(s) [${cloud.cosmos.tenantId}] which are associated with the customer's subscription.`
    )
    cloud.arm.setPrincipalReplication(60_000)
    try {
      const fresh = cloud.entra.registerApplication({ displayName: 'just-created' })
      expect(await expectArmError(assign(fresh.objectId), 400, 'BadRequest')).toContain(
        `The provided principal ID [${fresh.objectId}] was not found`
      )
      cloud.arm.setPrincipalReplication(0)
      expect((await assign(fresh.objectId)).status).toBe(202)
    } finally {
      cloud.arm.setPrincipalReplication(0)
    }
  })

  it('the SDK surfaces a 400 as a RestError; no operation is started', async () => {
    const before = cloud.arm.operations().length
    const failed = await failureOf(
      sqlResources(operator).beginCreateUpdateSqlRoleAssignmentAndWait(
        cloud.cosmos.resourceGroup,
        cloud.cosmos.accountName,
        uuid(),
        {
          roleDefinitionId: definitionId(uuid()),
          scope: account(),
          principalId: readOnly.principalId
        },
        fast
      )
    )
    expect(failed.statusCode).toBe(400)
    expect(failed.code).toBe('BadRequest')
    expect(cloud.arm.operations()).toHaveLength(before)
  })

  it('403 AuthorizationFailed without the write grant; 400 without api-version', async () => {
    const readerToken = await accessTokenFor(cloud, readOnly, armScope)
    const id = uuid()
    const body = {
      properties: {
        roleDefinitionId: definitionId(builtInRoles.dataContributor),
        scope: account(),
        principalId: readOnly.principalId
      }
    }
    expect(
      await expectArmError(
        put('sqlRoleAssignments', id, body, readerToken),
        403,
        'AuthorizationFailed'
      )
    ).toContain(
      `'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/write' over scope '${account()}/sqlRoleAssignments/${id}'`
    )
    expect(
      await expectArmError(
        put('sqlRoleDefinitions', id, body, readerToken),
        403,
        'AuthorizationFailed'
      )
    ).toContain("'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions/write'")
    const noVersion = await httpsRequest(
      `${cloud.arm.endpoint}${account()}/sqlRoleAssignments/${id}`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${operatorToken}` },
        body: JSON.stringify(body)
      }
    )
    expect(noVersion.status).toBe(400)
    expect(cloud.cosmos.rbac.findAssignment(id)).toBeUndefined()
  })
})

describe('ARM stand-in: SQL role definition writes', () => {
  const readOnlyItems = [dataActions.readMetadata, dataActions.itemsRead]

  it('the real SDK defines a custom role; assigned, it grants exactly its data actions', async () => {
    const roleId = uuid()
    const sdk = sqlResources(operator)
    const definition = {
      roleName: 'Item reader',
      type: 'CustomRole' as const,
      assignableScopes: [`${account()}/dbs/appdb`],
      permissions: [{ dataActions: readOnlyItems }]
    }
    const args = [
      cloud.cosmos.resourceGroup,
      cloud.cosmos.accountName,
      roleId,
      definition,
      fast
    ] as const
    const defined = await sdk.beginCreateUpdateSqlRoleDefinitionAndWait(...args)
    expect(defined).toMatchObject({
      id: definitionId(roleId),
      name: roleId,
      roleName: 'Item reader',
      assignableScopes: [`${account()}/dbs/appdb`],
      permissions: [{ dataActions: readOnlyItems }]
    })
    // The SDK flattens properties.type into the resource type; the store keeps the role's.
    expect(cloud.cosmos.rbac.findDefinition(roleId)?.type).toBe('CustomRole')
    const before = cloud.arm.operations().length
    await sdk.beginCreateUpdateSqlRoleDefinitionAndWait(...args)
    expect(cloud.arm.operations()).toHaveLength(before)
    expect((await put('sqlRoleDefinitions', roleId, { properties: definition })).status).toBe(200)

    const principal = await target('octo-org/custom-role')
    const assign = (scope: string) =>
      put('sqlRoleAssignments', uuid(), {
        properties: {
          roleDefinitionId: definitionId(roleId),
          scope,
          principalId: principal.principalId
        }
      })
    // The role is assignable at /dbs/appdb and below, not at the account.
    expect(await expectArmError(assign(account()), 400, 'BadRequest')).toContain(
      'not within the assignable scopes'
    )
    await sdk.beginCreateUpdateSqlRoleAssignmentAndWait(
      cloud.cosmos.resourceGroup,
      cloud.cosmos.accountName,
      uuid(),
      {
        roleDefinitionId: definitionId(roleId),
        scope: `${account()}/dbs/appdb`,
        principalId: principal.principalId
      },
      fast
    )
    expect((await items(principal).item('w1', 'widgets').read()).statusCode).toBe(200)
    expect((await failureOf(items(principal).items.upsert({ id: 'c1', pk: 'x' }))).code).toBe(403)

    // Updating the definition changes what its assignments grant, once the operation completes.
    await sdk.beginCreateUpdateSqlRoleDefinitionAndWait(
      cloud.cosmos.resourceGroup,
      cloud.cosmos.accountName,
      roleId,
      {
        ...definition,
        permissions: [{ dataActions: [...readOnlyItems, dataActions.itemsUpsert] }]
      },
      fast
    )
    expect(cloud.arm.operations()).toHaveLength(before + 2)
    expect((await items(principal).items.upsert({ id: 'c1', pk: 'x' })).statusCode).toBe(201)
  })

  it('400 BadRequest for invalid definitions and for built-in roles', async () => {
    const good = {
      roleName: 'Custom',
      type: 'CustomRole',
      assignableScopes: [account()],
      permissions: [{ dataActions: readOnlyItems }]
    }
    const define = (properties: Record<string, unknown>, id = uuid()) =>
      put('sqlRoleDefinitions', id, { properties: { ...good, ...properties } })
    expect(await expectArmError(define({ type: 'BuiltInRole' }), 400, 'BadRequest')).toContain(
      "only 'CustomRole'"
    )
    expect(await expectArmError(define({ roleName: '' }), 400, 'BadRequest')).toContain('roleName')
    expect(await expectArmError(define({ assignableScopes: [] }), 400, 'BadRequest')).toContain(
      'assignableScopes'
    )
    expect(
      await expectArmError(define({ assignableScopes: ['/dbs/appdb'] }), 400, 'BadRequest')
    ).toContain('is not within the account')
    expect(await expectArmError(define({ permissions: [] }), 400, 'BadRequest')).toContain(
      'permissions'
    )
    expect(
      await expectArmError(
        define({ permissions: [{ dataActions: ['Microsoft.DocumentDB/databaseAccounts/*'] }] }),
        400,
        'BadRequest'
      )
    ).toBe(
      'The provided data action string [Microsoft.DocumentDB/databaseAccounts/*] does not correspond to any valid SQL data action.'
    )
    expect(
      await expectArmError(
        define({
          permissions: [{ dataActions: readOnlyItems, notDataActions: [dataActions.itemsDelete] }]
        }),
        400,
        'BadRequest'
      )
    ).toContain('notDataActions')
    expect(await expectArmError(define({}, builtInRoles.dataReader), 400, 'BadRequest')).toContain(
      'built-in role'
    )
    expect(cloud.cosmos.roleDefinitions().filter((d) => d.roleName === 'Custom')).toEqual([])
    expect(cloud.cosmos.rbac.findDefinition(builtInRoles.dataReader)?.dataActions).toHaveLength(4)
  })
})
