import { describe, expect, it } from '@jest/globals'
import { explainCosmosError } from '../../src/cosmos/index.js'
import { parseRbacDenial } from '../../src/cosmos/rbac-denial.js'
import { grants, smallestBuiltInRoleFor } from '../../src/cosmos/roles.js'

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

describe('the three shapes of a 403/5301', () => {
  const ACTION = 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create'
  const prefix = `Request blocked by Auth inventory : Request is blocked because principal [pp] does not have required RBAC permissions to perform action [${ACTION}]`

  it.each([
    [
      'a path',
      `${prefix} on resource [dbs/app/colls/orders]. Learn more.`,
      undefined,
      '/dbs/app/colls/orders',
      undefined
    ],
    [
      'an item path',
      `${prefix} on resource [/dbs/app/colls/orders/docs/o-1]. Learn more.`,
      undefined,
      '/dbs/app/colls/orders',
      undefined
    ],
    ['the account', `${prefix} on resource [/]. Learn more.`, undefined, '/', undefined],
    [
      'an internal id',
      `${prefix} on resource [3TxEAO5CNTo=]. Learn more.`,
      '/dbs/app/colls/orders',
      '/dbs/app/colls/orders',
      'by its internal id (3TxEAO5CNTo=)'
    ],
    [
      'an internal id, the request unknown',
      `${prefix} on resource [3TxEAO5CNTo=]. Learn more.`,
      undefined,
      '/dbs/app',
      'by its internal id (3TxEAO5CNTo=)'
    ],
    [
      'no resource ("on any scope")',
      `${prefix} on any scope. Learn more: https://aka.ms/cosmos-native-rbac.`,
      '/dbs/app/colls/orders',
      '/dbs/app/colls/orders',
      'at no scope at all'
    ]
  ])('%s', (_, message, requestScope, scope, note) => {
    const error = explainCosmosError(cosmosError(403, 5301, message), CONTEXT, requestScope)
    expect(error.message).toContain(
      `principal pp has no role that grants '${ACTION}' at scope '${scope}'`
    )
    expect(error.message).toContain(`--scope "${scope}" --principal-id pp`)
    if (note) expect(error.message).toContain(note)
    expect(error.message).toContain(`Cosmos DB said: ${message}`)
  })

  it('parses each shape', () => {
    expect(parseRbacDenial(`${prefix} on resource [dbs/a/colls/b]`)).toEqual({
      principalId: 'pp',
      action: ACTION,
      resource: { kind: 'path', scope: '/dbs/a/colls/b' }
    })
    expect(parseRbacDenial(`${prefix} on resource [AbCd+/==]`).resource).toEqual({
      kind: 'internalId',
      id: 'AbCd+/=='
    })
    expect(parseRbacDenial(`${prefix} on any scope.`).resource).toEqual({ kind: 'anyScope' })
    expect(parseRbacDenial('Forbidden').resource).toEqual({ kind: 'unknown' })
  })
})

describe('the account firewall', () => {
  it('names the runner address and the ways through', () => {
    const said =
      'Request originated from IP 168.181.48.244 through public internet. This is blocked by your Cosmos DB account firewall settings. More info: https://aka.ms/cosmosdb-tsg-forbidden'
    const error = explainCosmosError(cosmosError(403, 0, said), CONTEXT)
    expect(error.message).toContain('which came from 168.181.48.244 through the public internet')
    expect(error.message).toContain('self-hosted runner')
    expect(error.message).toContain(
      'az cosmosdb update --name inventory --resource-group rg-data --ip-range-filter'
    )
    expect(error.message).not.toContain('role assignment')
  })

  it('tells a refused virtual network apart', () => {
    const said =
      'Request originated from VNET through service endpoint. This is blocked by your Cosmos DB account firewall settings.'
    const error = explainCosmosError(cosmosError(403, 0, said), CONTEXT)
    expect(error.message).toContain(
      'through a service endpoint that account inventory does not allow'
    )
    expect(error.message).toContain('az cosmosdb network-rule add')
  })
})

describe('no answer at all', () => {
  it.each([
    ['ECONNREFUSED', 'the connection was refused', 'a proxy'],
    ['ENOTFOUND', 'the host name does not resolve', 'misspelled or deleted account'],
    ['EAI_AGAIN', 'the host name could not be resolved (DNS did not answer)', 'private endpoint']
  ])('%s names the host, not Cosmos DB', (code, what, advice) => {
    const error = explainCosmosError(
      Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code }),
      CONTEXT
    )
    expect(error.message).toContain(
      `Could not reach Cosmos DB at inventory.documents.azure.com: ${what} (${code})`
    )
    expect(error.message).toContain(advice)
    expect(error.message).not.toContain('Cosmos DB said')
    expect(error.status).toBeUndefined()
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
