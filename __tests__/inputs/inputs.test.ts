import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { INPUT_NAMES, parseInputs } from '../../src/inputs/index.js'

const VALID = {
  'client-id': '8e9d1a5c-1f0e-4b7f-9d3e-2c7a1b0f4e11',
  'tenant-id': '72f988bf-86f1-41af-91ab-2d7cd011db47',
  endpoint: 'https://inventory.documents.azure.com:443/',
  database: 'app'
}

function parse(overrides: Record<string, string>) {
  const values: Record<string, string> = { ...VALID, ...overrides }
  return parseInputs((name) => values[name] ?? '')
}

function problemsOf(overrides: Record<string, string>): readonly string[] {
  try {
    parse(overrides)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseInputs', () => {
  it('applies the public cloud defaults', () => {
    const inputs = parse({})
    expect(inputs).toMatchObject({
      endpoint: 'https://inventory.documents.azure.com/',
      audience: 'api://AzureADTokenExchange',
      authorityHost: 'https://login.microsoftonline.com',
      customAuthority: false,
      armEndpoint: 'https://management.azure.com',
      accountName: 'inventory',
      onMissingOidc: 'fail',
      subscriptionId: undefined
    })
    expect(inputs.cloud.cosmosResource).toBe('https://cosmos.azure.com')
  })

  it.each([
    [
      'AzureUSGovernment',
      'https://login.microsoftonline.us',
      'api://AzureADTokenExchangeUSGov',
      'https://cosmos.azure.us'
    ],
    [
      'azurechinacloud',
      'https://login.chinacloudapi.cn',
      'api://AzureADTokenExchangeChina',
      'https://cosmos.azure.cn'
    ]
  ])('sets authority, audience and Cosmos scope for %s', (cloud, authority, audience, cosmos) => {
    const domain = cosmos.replace('https://cosmos.', 'documents.')
    const inputs = parse({ cloud, endpoint: `https://inventory.${domain}:443/` })
    expect(inputs.authorityHost).toBe(authority)
    expect(inputs.audience).toBe(audience)
    expect(inputs.cloud.cosmosResource).toBe(cosmos)
  })

  it.each([
    ['https://inv.mongo.cosmos.azure.com:443/', 'API for MongoDB (inv.mongo.cosmos.azure.com)'],
    ['https://inv.mongocluster.cosmos.azure.com/', 'MongoDB vCore'],
    ['https://inv.table.cosmos.azure.com:443/', 'API for Table'],
    ['https://inv.table.cosmosdb.azure.com/', 'API for Table'],
    ['https://inv.cassandra.cosmos.azure.us/', 'API for Apache Cassandra'],
    ['https://inv.gremlin.cosmos.azure.cn:443/', 'API for Apache Gremlin'],
    ['https://inv.documents.azure.com:10255/', 'the MongoDB wire protocol port']
  ])('refuses %s: the NoSQL API only', (endpoint, what) => {
    const [problem] = problemsOf({ endpoint })
    expect(problem).toContain(`'endpoint' is '${endpoint}'`)
    expect(problem).toContain(what)
    expect(problem).toContain('NoSQL API only')
  })

  it('refuses a MongoDB connection string without echoing its key', () => {
    const endpoint = 'mongodb://inv:S3cretKeyValue==@inv.mongo.cosmos.azure.com:10255/?ssl=true'
    const [problem] = problemsOf({ endpoint })
    expect(problem).toContain("'endpoint' is a MongoDB connection string (not shown here)")
    expect(problem).not.toContain('S3cretKeyValue')
  })

  it.each([
    ['https://inv.documents.azure.us:443/', 'AzureCloud', 'AzureUSGovernment'],
    ['https://inv.documents.azure.cn/', 'AzureUSGovernment', 'AzureChinaCloud'],
    ['https://inv.privatelink.documents.azure.com/', 'AzureChinaCloud', 'AzureCloud']
  ])('refuses %s with cloud %s: the account is in %s', (endpoint, cloud, owner) => {
    expect(problemsOf({ endpoint, cloud })).toEqual([
      expect.stringContaining(`is an account in ${owner}`)
    ])
    expect(problemsOf({ endpoint, cloud })[0]).toContain(`set 'cloud: ${owner}'`)
  })

  it('takes endpoints of other hosts as they are (Azure Stack, emulators, the local cloud)', () => {
    expect(parse({ endpoint: 'https://localhost:8081/' }).endpoint).toBe('https://localhost:8081/')
    expect(parse({ endpoint: 'https://cosmos.contoso.internal/' }).accountName).toBe('cosmos')
  })

  it('takes overrides for authority host, ARM endpoint, audience and account name', () => {
    const inputs = parse({
      'authority-host': 'https://localhost:8443',
      'arm-endpoint': 'https://localhost:9443/',
      audience: 'api://custom',
      'account-name': 'my-account',
      'subscription-id': 'A1B2C3D4-0000-4000-8000-000000000001',
      'resource-group': 'rg-data.prod_(1)',
      'on-missing-oidc': 'Skip'
    })
    expect(inputs).toMatchObject({
      authorityHost: 'https://localhost:8443/',
      customAuthority: true,
      armEndpoint: 'https://localhost:9443/',
      audience: 'api://custom',
      accountName: 'my-account',
      subscriptionId: 'a1b2c3d4-0000-4000-8000-000000000001',
      resourceGroup: 'rg-data.prod_(1)',
      onMissingOidc: 'skip'
    })
  })

  it.each([
    [{ 'client-id': 'not-a-guid' }, "'client-id' is 'not-a-guid': it must be a GUID"],
    [{ 'client-id': '' }, "'client-id' is required"],
    [
      { 'tenant-id': 'contoso' },
      "'tenant-id' is 'contoso': it must be the tenant GUID or one of its verified domains"
    ],
    [
      { endpoint: 'http://inventory.documents.azure.com/' },
      "'endpoint' is 'http://inventory.documents.azure.com/': it must be an https:// URL"
    ],
    [
      { endpoint: 'inventory.documents.azure.com' },
      "'endpoint' is 'inventory.documents.azure.com': it is not a URL"
    ],
    [
      { endpoint: 'https://inventory.documents.azure.com/dbs/app' },
      'with no path, query or credentials'
    ],
    [
      { endpoint: 'https://user:pw@inventory.documents.azure.com/' },
      'with no path, query or credentials'
    ],
    [{ database: 'a/b' }, "'database' is 'a/b': it must be 1-255 characters without / \\ # ?"],
    [{ database: 'x'.repeat(256) }, "'database' is '"],
    [
      { cloud: 'AzureGermanCloud' },
      "'cloud' is 'AzureGermanCloud': it must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud"
    ],
    [{ audience: 'two words' }, "'audience' is 'two words'"],
    [{ 'authority-host': 'http://login.local' }, "'authority-host' is 'http://login.local'"],
    [{ 'arm-endpoint': 'ftp://arm' }, "'arm-endpoint' is 'ftp://arm'"],
    [
      { 'subscription-id': 'sub', 'resource-group': 'rg' },
      "'subscription-id' is 'sub': it must be a GUID"
    ],
    [
      { 'subscription-id': '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      "'subscription-id' is set but 'resource-group' is not"
    ],
    [{ 'resource-group': 'rg' }, "'resource-group' is set but 'subscription-id' is not"],
    [
      { 'resource-group': 'bad/name', 'subscription-id': '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      "'resource-group' is 'bad/name'"
    ],
    [
      { 'account-name': 'Has_Upper' },
      "'account-name' is 'Has_Upper': it must be 3-44 lowercase letters"
    ],
    [{ 'on-missing-oidc': 'ignore' }, "'on-missing-oidc' is 'ignore': it must be 'fail' or 'skip'"],
    [{ shard: '0/4' }, "'shard' is '0/4': it must be this job's part and the number of parts"],
    [{ shard: '5/4' }, "'shard' is '5/4'"],
    [{ shard: '${{ matrix.shard }}' }, "'shard' is '${{ matrix.shard }}'"],
    [
      { shard: '2/4', 'seed-record': 'true' },
      "'seed-record' is 'true' with 'shard' set to 2/4: a seed record speaks for a whole container"
    ]
  ])('rejects %j', (overrides, expected) => {
    const problems = problemsOf(overrides)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(expected)
  })

  it('reads a shard as index and count, the whole work when unset', () => {
    expect(parse({ shard: '3/4' }).shard).toEqual({ index: 3, count: 4 })
    expect(parse({}).shard).toEqual({ index: 1, count: 1 })
    // One part of one: a record is as good as unsharded.
    expect(parse({ shard: '1/1', 'seed-record': 'true' }).seedRecord).toBe(true)
  })

  it('reports every problem at once', () => {
    const problems = problemsOf({
      'client-id': 'x',
      'tenant-id': '',
      endpoint: 'http://a',
      database: ''
    })
    expect(problems).toHaveLength(4)
  })

  it('never echoes a connection string given as the endpoint', () => {
    const key = 'c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5=='
    const problems = problemsOf({
      endpoint: `AccountEndpoint=https://a.documents.azure.com:443/;AccountKey=${key};`
    })
    expect(problems[0]).toContain('looks like a connection string')
    expect(problems.join('\n')).not.toContain(key)
  })
})

describe('INPUT_NAMES', () => {
  it('is every input action.yml declares, in its order', async () => {
    const action = parseYaml(await readFile('action.yml', 'utf8')) as {
      inputs: Record<string, unknown>
    }
    expect([...INPUT_NAMES]).toEqual(Object.keys(action.inputs))
  })
})
