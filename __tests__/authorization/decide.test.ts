import { describe, expect, it } from '@jest/globals'
import {
  ACTIONS,
  judge,
  leastPrivilegeNotices,
  missingPermissionsMessage,
  requiredActions,
  type HeldRole
} from '../../src/authorization/index.js'

const CONTEXT = {
  principalId: 'p-1',
  accountName: 'inventory',
  resourceGroup: 'rg',
  database: 'app'
}
const CONTRIBUTOR: HeldRole = {
  role: 'Cosmos DB Built-in Data Contributor',
  roleDefinitionId: '00000000-0000-0000-0000-000000000002',
  scope: '/',
  source: 'arm',
  assignmentId:
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/inventory/sqlRoleAssignments/7a7a7a7a-0000-0000-0000-000000000001',
  dataActions: [
    'Microsoft.DocumentDB/databaseAccounts/readMetadata',
    'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
    'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
  ]
}
const READER: HeldRole = {
  role: 'Cosmos DB Built-in Data Reader',
  roleDefinitionId: '00000000-0000-0000-0000-000000000001',
  scope: '/dbs/app',
  source: 'arm',
  dataActions: [ACTIONS.readMetadata, ACTIONS.read, ACTIONS.executeQuery, ACTIONS.readChangeFeed]
}

const SMOKE = requiredActions('app', [{ step: 'smoke', containers: ['orders'], mode: 'run' }])
const SEED = requiredActions('app', [{ step: 'seed', containers: ['products'], mode: 'run' }])

describe('missingPermissionsMessage', () => {
  it('lists each action and one command per scope with the smallest role covering it', () => {
    const missing = judge([...SEED, ...SMOKE], {
      armRoles: [{ ...READER, scope: '/dbs/app/colls/orders' }],
      probe: []
    }).filter((v) => v.held === 'no')
    const message = missingPermissionsMessage(missing, CONTEXT)
    expect(message).toContain(
      "seed on container 'products': Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert at /dbs/app/colls/products"
    )
    expect(message).toContain(
      '# Cosmos DB Built-in Data Contributor: readMetadata, items/upsert, items/create'
    )
    expect(message).toContain(
      'az cosmosdb sql role assignment create --account-name inventory --resource-group rg --scope "/dbs/app/colls/products" --principal-id p-1 --role-definition-id 00000000-0000-0000-0000-000000000002'
    )
    expect(message).not.toContain('/dbs/app/colls/orders')
  })

  it('asks for the reader role when only reads are missing', () => {
    const missing = judge(SMOKE, {
      armRoles: [{ ...READER, scope: '/dbs/other' }],
      probe: []
    }).filter((v) => v.held === 'no')
    expect(missingPermissionsMessage(missing, CONTEXT)).toContain(
      '--role-definition-id 00000000-0000-0000-0000-000000000001'
    )
  })
})

describe('leastPrivilegeNotices', () => {
  it('suggests the reader role for a read-only job holding a contributor role', () => {
    const notices = leastPrivilegeNotices(SMOKE, [CONTRIBUTOR], CONTEXT)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(
      "holds 'Cosmos DB Built-in Data Contributor' at /, but this job only reads"
    )
    expect(notices[0]).toContain('--scope "/dbs/app"')
    expect(notices[0]).toContain(
      'az cosmosdb sql role assignment delete --account-name inventory --resource-group rg --role-assignment-id 7a7a7a7a-0000-0000-0000-000000000001'
    )
    expect(notices[0]).toContain('--role-definition-id 00000000-0000-0000-0000-000000000001')
  })

  it('suggests a database scope for an account-wide role on a job inside one database', () => {
    const notices = leastPrivilegeNotices([...SEED, ...SMOKE], [CONTRIBUTOR], CONTEXT)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('but this job only works in /dbs/app')
    expect(notices[0]).toContain('--role-definition-id 00000000-0000-0000-0000-000000000002')
  })

  it('ignores roles that do not reach the job', () => {
    expect(
      leastPrivilegeNotices(SMOKE, [READER, { ...CONTRIBUTOR, scope: '/dbs/other' }], CONTEXT)
    ).toEqual([])
  })

  it('says nothing when the role fits', () => {
    expect(leastPrivilegeNotices(SMOKE, [READER], CONTEXT)).toEqual([])
    expect(leastPrivilegeNotices(SEED, [{ ...CONTRIBUTOR, scope: '/dbs/app' }], CONTEXT)).toEqual(
      []
    )
  })
})
