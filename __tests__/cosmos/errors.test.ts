import { describe, expect, it } from '@jest/globals'
import { explainCosmosError } from '../../src/cosmos/index.js'
import { grants, smallestBuiltInRoleFor } from '../../src/authorization/roles.js'

const CONTEXT = {
  endpoint: 'https://inventory.documents.azure.com/',
  database: 'app',
  accountName: 'inventory',
  resourceGroup: 'rg-data',
  principalId: '11111111-2222-3333-4444-555555555555'
}

/** An error shaped like @azure/cosmos's ErrorResponse. */
function cosmosError(code: number, substatus: number | undefined, message: string) {
  return Object.assign(new Error(message), { code, substatus, body: { code: 'x', message } })
}

describe('explainCosmosError', () => {
  it('turns a 5301 into the role, the scope and the command that grants it', () => {
    const error = explainCosmosError(
      cosmosError(
        403,
        5301,
        'Request blocked by Auth inventory : Request is blocked because principal [aaaa-bbbb] does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert] on resource [dbs/app/colls/products]. Learn more: https://aka.ms/cosmos-native-rbac.'
      ),
      CONTEXT
    )
    expect(error.status).toBe(403)
    expect(error.substatus).toBe(5301)
    expect(error.message).toContain(
      "principal aaaa-bbbb has no role that grants 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert' at scope '/dbs/app/colls/products'"
    )
    expect(error.message).toContain(
      "'Cosmos DB Built-in Data Contributor' (00000000-0000-0000-0000-000000000002)"
    )
    expect(error.message).toContain(
      'az cosmosdb sql role assignment create --account-name inventory --resource-group rg-data --scope "/dbs/app/colls/products" --principal-id aaaa-bbbb --role-definition-id 00000000-0000-0000-0000-000000000002'
    )
    expect(error.message).toContain('Cosmos DB said: Request blocked by Auth inventory')
  })

  it('grants reads with the reader role', () => {
    const error = explainCosmosError(
      cosmosError(
        403,
        5301,
        'principal [p] does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/readMetadata] on resource [/].'
      ),
      { ...CONTEXT, resourceGroup: undefined }
    )
    expect(error.message).toContain("'Cosmos DB Built-in Data Reader'")
    expect(error.message).toContain('--resource-group <resource-group> --scope "/"')
  })

  it.each([
    [
      403,
      5300,
      'cannot be authorized by AAD token in data plane',
      'through Azure Resource Manager'
    ],
    [401, 5008, 'audience invalid', "refused the token's audience"],
    [401, 5007, 'tenant not trusted', "does not trust tokens from the identity's tenant"],
    [401, undefined, 'Provided AAD token has been expired', 'Check the runner clock'],
    [401, undefined, 'nope', 'refused the access token'],
    [404, undefined, 'Owner resource does not exist', "Database 'app' was not found"],
    [500, undefined, 'boom', 'failed with status 500']
  ])('explains %i/%s', (status, substatus, said, expected) => {
    const error = explainCosmosError(cosmosError(status, substatus, said), CONTEXT)
    expect(error.message).toContain(expected)
    expect(error.message).toContain(said)
  })
})

describe('role patterns', () => {
  it.each([
    [
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery',
      true
    ],
    [
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read',
      false
    ],
    [
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/delete',
      true
    ],
    [
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery',
      false
    ],
    [
      'microsoft.documentdb/databaseaccounts/readmetadata',
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      true
    ]
  ])('%s grants %s: %s', (pattern, action, expected) => {
    expect(grants(pattern, action)).toBe(expected)
  })

  it('finds the smallest built-in role', () => {
    expect(
      smallestBuiltInRoleFor(
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read'
      )?.id
    ).toBe('00000000-0000-0000-0000-000000000001')
    expect(
      smallestBuiltInRoleFor(
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeStoredProcedure'
      )?.id
    ).toBe('00000000-0000-0000-0000-000000000002')
    expect(
      smallestBuiltInRoleFor('Microsoft.DocumentDB/databaseAccounts/throughputSettings/write')
    ).toBeUndefined()
  })
})
