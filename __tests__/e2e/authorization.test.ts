/**
 * End to end: the role check against real role assignments on the local cloud, before any write.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { builtInRoles, startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetupOptions } from '../../testkit/scenario.js'

let cloud: LocalCloud
let seedDir: string
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
  seedDir = await mkdtemp(join(tmpdir(), 'seed-'))
  await writeFile(
    join(seedDir, 'products.json'),
    JSON.stringify([
      { id: 'p-1', name: 'Widget' },
      { id: 'p-2', name: 'Gadget' }
    ])
  )
})

afterAll(async () => {
  await cloud.close()
})

const CONTAINERS = [
  { id: 'products', partitionKey: { paths: ['/id'] } },
  { id: 'orders', partitionKey: { paths: ['/id'] } }
]

/** Runs the action for a fresh repository and database; returns the run and the writes it made. */
async function runFor(
  options: Partial<RepositorySetupOptions>,
  inputs: Record<string, string> = {},
  alsoAssign: ReadonlyArray<{ roleDefinitionId: string; scope: (database: string) => string }> = []
) {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/authz-${n}`,
    database: `authz${n}`,
    containers: CONTAINERS,
    controlPlaneRead: true,
    ...options
  })
  for (const extra of alsoAssign) {
    const scope = extra.scope(setup.inputs['database'] ?? '')
    cloud.cosmos.assignRole({
      principalId: setup.principalId,
      roleDefinitionId: extra.roleDefinitionId,
      scope
    })
  }
  const before = cloud.cosmos.requests().length
  const run = await runAction({
    inputs: { ...setup.inputs, ...inputs },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  const requests = cloud.cosmos.requests().slice(before)
  // Anything that reached the documents and was not a GET or a query could have written.
  const writes = requests.filter(
    (r) =>
      r.method !== 'GET' &&
      /\/docs(\/|$)/.test(r.path) &&
      !r.actions.some((a) => a.endsWith('/executeQuery'))
  )
  return { setup, run, requests, writes }
}

function roles(
  run: ActionRun
): Array<{ role: string; scope: string; source: string; roleDefinitionId: string }> {
  return JSON.parse(run.outputs['roles'] ?? '[]')
}

describe('strict mode', () => {
  it('refuses a reader asked to seed before any write reaches Cosmos DB', async () => {
    const { setup, run, writes } = await runFor({ role: 'reader' }, { seed: seedDir })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain(
      `The identity (principal ${setup.principalId}) lacks data-plane permissions this job needs:`
    )
    expect(error).toContain(
      `seed on container 'products': Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert at /dbs/authz1/colls/products`
    )
    expect(error).toContain('# Cosmos DB Built-in Data Contributor: items/upsert, items/create')
    expect(error).toContain(
      `az cosmosdb sql role assignment create --account-name ${cloud.cosmos.accountName} --resource-group ${cloud.cosmos.resourceGroup} --scope "/dbs/authz1/colls/products" --principal-id ${setup.principalId} --role-definition-id 00000000-0000-0000-0000-000000000002`
    )
    expect(error).toContain("Nothing was written ('role-check: strict').")
    expect(error).toContain('Roles the identity holds through a group are not seen by this check')
    expect(writes).toEqual([])
    expect(await cloud.cosmos.readItems('authz1', 'products')).toEqual([])
    expect(roles(run)).toEqual([
      {
        role: 'Cosmos DB Built-in Data Reader',
        roleDefinitionId: builtInRoles.dataReader,
        scope: '/',
        source: 'arm'
      }
    ])
    expect(run.summary).toContain('### Authorization')
    expect(run.summary).toMatch(
      /\| seed \| `products` \| [^|]*`items\/upsert`[^|]* \| yes \| ❌ no \| arm: no assignment grants it \|/
    )
  })

  it('refuses a contributor on one container asked to seed another', async () => {
    const { run, writes } = await runFor(
      { role: 'contributor', roleScope: '/dbs/authz2/colls/orders' },
      { seed: seedDir },
      [{ roleDefinitionId: builtInRoles.dataReader, scope: (db) => `/dbs/${db}` }]
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain("seed on container 'products'")
    expect(run.errors.join('\n')).not.toContain("container 'orders'")
    expect(writes).toEqual([])
  })

  it('lets a contributor seed, proven through ARM', async () => {
    const { run, writes } = await runFor(
      { role: 'contributor', roleScope: '/dbs/authz3' },
      { seed: seedDir }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['seeded'] ?? '{}')).toEqual({
      products: { created: 2, updated: 0, unchanged: 0 }
    })
    expect(writes.length).toBeGreaterThan(0)
    expect(run.summary).toMatch(
      /\| seed \| `products` \| [^|]*`items\/upsert`[^|]* \| yes \| ✅ yes \| arm: Cosmos DB Built-in Data Contributor at \/dbs\/authz3 \|/
    )
  })
})

describe('warn mode', () => {
  it('goes on and fails at the first write with the parsed 5301 explanation', async () => {
    const { setup, run, writes } = await runFor(
      { role: 'reader' },
      { seed: seedDir, 'role-check': 'warn' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('::warning::The identity (principal')
    expect(writes.length).toBeGreaterThan(0)
    expect(writes.every((w) => w.status === 403 && w.substatus === 5301)).toBe(true)
    const error = run.errors.join('\n')
    expect(error).toContain(
      `Cosmos DB refused the request: principal ${setup.principalId} has no role that grants 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/upsert' at scope '/dbs/authz4/colls/products'.`
    )
    expect(error).toContain('--role-definition-id 00000000-0000-0000-0000-000000000002')
  })
})

describe('without role assignments from ARM', () => {
  it('falls back to probing when ARM answers 403', async () => {
    const { run, writes } = await runFor(
      { role: 'contributor', controlPlaneRead: false },
      { seed: seedDir }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('Azure Resource Manager refused to list the role assignments')
    expect(run.log).toContain('probing the data plane with reads instead')
    expect(run.log).toContain('::warning::Could not verify 2 needed action(s) (upsert, create)')
    expect(roles(run)).toEqual([
      {
        role: 'proven by probe: readMetadata, executeQuery, readChangeFeed, items/read',
        roleDefinitionId: '',
        scope: '/dbs/authz5/colls/products',
        source: 'probe'
      }
    ])
    expect(run.summary).toMatch(
      /\| seed \| `products` \| `readMetadata` \| yes \| ✅ yes \| login: database read succeeded \|/
    )
    expect(run.summary).toMatch(
      /\| seed \| `products` \| [^|]*`items\/upsert`[^|]* \| yes \| ❔ unknown \|/
    )
    expect(writes.length).toBeGreaterThan(0)
  })

  it('probes without subscription and resource group, and refuses a reader nothing', async () => {
    const { run } = await runFor(
      { role: 'reader' },
      { 'subscription-id': '', 'resource-group': '' }
    )
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain("No 'subscription-id' and 'resource-group': probing the data plane")
  })

  it('a probe that meets a 403 names the missing read', async () => {
    const custom = cloud.cosmos.defineRole({
      roleName: 'metadata only',
      dataActions: ['Microsoft.DocumentDB/databaseAccounts/readMetadata']
    })
    const { run } = await runFor(
      { role: { roleDefinitionId: custom }, controlPlaneRead: false },
      { seed: seedDir, 'dry-run': 'true' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery at /dbs/authz7/colls/products'
    )
    expect(run.summary).toContain('probe: SELECT TOP 1 refused (403)')
    // Only what a request proved is reported, never more.
    expect(roles(run)).toEqual([
      {
        role: 'proven by probe: readMetadata',
        roleDefinitionId: '',
        scope: '/dbs/authz7/colls/products',
        source: 'probe'
      }
    ])
  })
})

describe('least privilege', () => {
  it('notices a contributor at the account scope for a job that only reads', async () => {
    const { run } = await runFor({ role: 'contributor', roleScope: '/' })
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(
      "::notice::Least privilege: the identity holds 'Cosmos DB Built-in Data Contributor' at /, but this job only reads. 'Cosmos DB Built-in Data Reader' at /dbs/authz8 would do; assign it, then remove the wider assignment:"
    )
    // Each command on a line of its own: in the log (the annotation's lines) and in the summary.
    const notice = run.log.split('\n').find((line) => line.startsWith('::notice::Least privilege'))
    expect(notice?.split('%0A').slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}az cosmosdb sql role assignment create .*--scope "\/dbs\/authz8"/
      ),
      expect.stringMatching(
        /^ {2}az cosmosdb sql role assignment delete .*--role-assignment-id \S+$/
      )
    ])
    const block = /> Least privilege: [^\n]*\n\n```sh\n(az [^\n]*)\n(az [^\n]*)\n```/.exec(
      run.summary
    )
    expect(block?.[1]).toMatch(/^az cosmosdb sql role assignment create /)
    expect(block?.[2]).toMatch(/^az cosmosdb sql role assignment delete /)
  })

  it('stays quiet for a role that fits the job', async () => {
    const { run } = await runFor({ role: 'reader', roleScope: '/dbs/authz9' })
    expect(run.exitCode).toBe(0)
    expect(run.log).not.toContain('Least privilege')
  })
})

describe('role-check off', () => {
  it('skips the check and lists no roles', async () => {
    const { run } = await runFor({ role: 'reader' }, { 'role-check': 'off' })
    expect(run.exitCode).toBe(0)
    expect(roles(run)).toEqual([])
    expect(run.summary).toContain("Role check skipped ('role-check: off').")
  })
})

describe('roles held through a group', () => {
  it('says the check cannot see them, probes, and goes on', async () => {
    const group = 'f0f0f0f0-0000-4000-8000-00000000000a'
    const n = ++scenario
    const setup = await setUpRepository(cloud, {
      repository: `octo-org/authz-${n}`,
      database: `authz${n}`,
      containers: CONTAINERS,
      role: 'none',
      controlPlaneRead: true
    })
    cloud.cosmos.addGroupMember(group, setup.principalId)
    cloud.cosmos.assignRole({
      principalId: group,
      roleDefinitionId: builtInRoles.dataContributor,
      scope: '/'
    })
    const run = await runAction({
      inputs: { ...setup.inputs, seed: seedDir },
      env: setup.job.env,
      caFile: cloud.caFile
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(
      `No usable role assignment on this account names principal ${setup.principalId}. Roles assigned to a group the identity belongs to are invisible to this check`
    )
    expect(JSON.parse(run.outputs['seeded'] ?? '{}')).toEqual({
      products: { created: 2, updated: 0, unchanged: 0 }
    })
  })
})

describe('the shapes of a 403/5301', () => {
  // Cosmos DB names the refused resource as a path, as an internal id (azure-cosmos-dotnet-v3
  // #3110) or not at all ("on any scope"); the explanation must give a scope az accepts each time.
  it.each([
    ['internalId', /named the resource by its internal id \([A-Za-z0-9+/=]+\)/],
    ['anyScope', /holds '[^']+items\/upsert' at no scope at all/]
  ] as const)('%s: the scope comes from the refused request', async (shape, note) => {
    cloud.cosmos.setRbacMessageShape(shape)
    try {
      const { setup, run, writes } = await runFor(
        { role: 'reader' },
        { seed: seedDir, 'role-check': 'warn' }
      )
      const database = setup.inputs['database'] as string
      expect(run.exitCode).toBe(1)
      expect(writes.every((w) => w.status === 403 && w.substatus === 5301)).toBe(true)
      const error = run.errors.join('\n')
      expect(error).toMatch(note)
      expect(error).toContain(`at scope '/dbs/${database}/colls/products'.`)
      expect(error).toContain(`--scope "/dbs/${database}/colls/products"`)
      expect(error).not.toMatch(/--scope "\/[A-Za-z0-9+]+=*"/)
    } finally {
      cloud.cosmos.setRbacMessageShape('path')
    }
  })
})

describe('an account firewall', () => {
  it('refuses the runner, and the error explains the runner address and the options', async () => {
    cloud.cosmos.setFirewall('203.0.113.7')
    try {
      const { run, requests } = await runFor({ role: 'contributor' }, { seed: seedDir })
      expect(run.exitCode).toBe(1)
      expect(requests.length).toBeGreaterThan(0)
      expect(requests.every((r) => r.status === 403)).toBe(true)
      const error = run.errors.join('\n')
      expect(error).toContain(
        "The account's firewall refused this runner, which came from 203.0.113.7 through the public internet"
      )
      expect(error).toContain('self-hosted runner')
      expect(error).toContain('--ip-range-filter')
      expect(error).toContain('Cosmos DB said: Request originated from IP 203.0.113.7')
    } finally {
      cloud.cosmos.setFirewall(undefined)
    }
  })
})
