/**
 * End to end: the built admin CLI's offboarding and review against the local cloud's Graph and
 * ARM. `setup --apply` makes the access, `offboard` shows what it would remove and removes it with
 * --apply, and `access` lists every subject that signs in with the roles it gets.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requestGitHubToken } from '../../testkit/clients.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { runCli, type CliRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let admin: RepositorySetup
let adminEnv: Record<string, string>
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
  admin = await setUpRepository(cloud, {
    repository: 'octo-org/platform-admin',
    role: 'contributor',
    database: 'admin',
    controlPlaneWrite: true
  })
  cloud.graph.grantApplicationWrite(admin.principalId)
  const tokenFile = join(await mkdtemp(join(tmpdir(), 'review-')), 'token')
  await writeFile(tokenFile, await requestGitHubToken(admin.job))
  adminEnv = {
    AZURE_CLIENT_ID: admin.clientId,
    AZURE_TENANT_ID: admin.tenantId,
    AZURE_FEDERATED_TOKEN_FILE: tokenFile,
    AZURE_AUTHORITY_HOST: cloud.entra.authorityHost,
    GITHUB_API_URL: cloud.github.apiUrl,
    COSMOS_OIDC_GITHUB_ISSUER: cloud.github.issuer
  }
})

afterAll(async () => {
  await cloud.close()
})

async function cli(args: readonly string[]): Promise<CliRun> {
  const run = await runCli(args, { caFile: cloud.caFile, env: adminEnv })
  for (const secret of cloud.secrets()) {
    expect(run.stdout).not.toContain(secret)
    expect(run.stderr).not.toContain(secret)
  }
  return run
}

const endpoints = (): string[] => [
  '--graph-endpoint',
  cloud.graph.endpoint,
  '--arm-endpoint',
  cloud.arm.endpoint,
  '--tenant-id',
  admin.tenantId
]
const account = (): string[] => [
  '--account',
  cloud.cosmos.accountName,
  '--resource-group',
  cloud.cosmos.resourceGroup,
  '--subscription',
  cloud.cosmos.subscriptionId
]

/** A repository set up with `setup --apply`: a credential per trigger and a role on its database. */
async function setUp(
  triggers: readonly string[],
  identity?: readonly string[]
): Promise<RepositorySetup & { repo: string; name: string; database: string; who: string[] }> {
  const n = ++scenario
  const repo = `octo-org/review-${n}`
  const job = await setUpRepository(cloud, {
    repository: repo,
    environment: 'production',
    database: `review${n}`,
    federatedCredential: false,
    role: 'none'
  })
  const who = identity ? [...identity] : ['--client-id', job.clientId]
  const database = `review${n}`
  const setup = await cli([
    'setup',
    '--repo',
    repo,
    '--classic',
    ...triggers,
    ...who,
    '--issuer',
    cloud.github.issuer,
    ...account(),
    '--database',
    database,
    '--role',
    'contributor',
    '--format',
    'json',
    '--apply',
    ...endpoints()
  ])
  expect(setup.exitCode).toBe(0)
  return { ...job, repo, name: `review-${n}`, database, who }
}

function offboard(
  job: { repo: string; database: string; who: string[] },
  flags: readonly string[]
): Promise<CliRun> {
  return cli([
    'offboard',
    '--repo',
    job.repo,
    ...flags,
    ...job.who,
    ...account(),
    '--database',
    job.database,
    '--role',
    'contributor',
    ...endpoints()
  ])
}

const credentialsOf = (clientId: string): string[] =>
  (cloud.entra.directory.applicationByClientId(clientId)?.federatedCredentials ?? []).map(
    (credential) => credential.name
  )
const rolesOf = (principalId: string) =>
  cloud.cosmos.roleAssignments().filter((assignment) => assignment.principalId === principalId)

describe('offboard', () => {
  it('shows the plan for one trigger, removes it with --apply, and the role with the last credential', async () => {
    const job = await setUp(['--environment', 'production', '--pull-request'])
    expect(credentialsOf(job.clientId).sort()).toEqual([
      `${job.name}-env-production`,
      `${job.name}-pr`
    ])

    const plan = await offboard(job, ['--pull-request'])
    expect(plan.exitCode).toBe(0)
    expect(plan.stdout).toContain(
      `  - credential '${job.name}-pr' for pull_request: repo:${job.repo}:pull_request`
    )
    expect(plan.stdout).toContain(
      `  = role 'Cosmos DB Built-in Data Contributor' at /dbs/${job.database} stays: 1 other credential(s) (${job.name}-env-production) still sign in with it`
    )
    expect(plan.stdout).toContain('nothing was changed. Run it again with --apply')
    expect(credentialsOf(job.clientId)).toHaveLength(2)

    const trigger = await offboard(job, ['--pull-request', '--apply'])
    expect(trigger.exitCode).toBe(0)
    expect(credentialsOf(job.clientId)).toEqual([`${job.name}-env-production`])
    expect(rolesOf(job.principalId)).toHaveLength(1)
    expect(
      cloud.graph
        .requests()
        .filter((r) => r.method === 'DELETE')
        .map((r) => r.status)
    ).toEqual([204])

    const rest = await offboard(job, ['--apply'])
    expect(rest.stdout).toContain(
      `  - credential '${job.name}-env-production' for environment:production`
    )
    expect(rest.stdout).toMatch(
      / {2}- role 'Cosmos DB Built-in Data Contributor' at \/dbs\/review\d+ \(assignment [0-9a-f-]+\)/
    )
    expect(rest.exitCode).toBe(0)
    expect(credentialsOf(job.clientId)).toEqual([])
    expect(rolesOf(job.principalId)).toEqual([])

    const again = await offboard(job, ['--apply'])
    expect(again.stdout).toContain('Nothing to remove.')
    expect(again.exitCode).toBe(0)
  })

  it('leaves a credential setup did not make, and the role with it', async () => {
    const job = await setUp(['--environment', 'production'])
    cloud.entra.addFederatedCredential(job.clientId, {
      name: 'made-by-hand',
      issuer: cloud.github.issuer,
      subject: `repo:${job.repo}:ref:refs/heads/main`,
      audiences: ['api://AzureADTokenExchange']
    })
    const run = await offboard(job, ['--apply'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      `  ! credential 'made-by-hand' also lets ${job.repo} sign in (repo:${job.repo}:ref:refs/heads/main), but setup did not make it`
    )
    expect(credentialsOf(job.clientId)).toEqual(['made-by-hand'])
    expect(rolesOf(job.principalId)).toHaveLength(1)
  })

  it('offboards a managed identity through ARM', async () => {
    const n = ++scenario
    const identity = cloud.arm.addUserAssignedIdentity({
      name: `id-review-${n}`,
      resourceGroup: 'rg-identities'
    })
    const job = await setUp(
      ['--environment', 'production'],
      ['--identity', `id-review-${n}`, '--identity-resource-group', 'rg-identities']
    )
    expect(credentialsOf(identity.clientId)).toHaveLength(1)
    const before = cloud.arm.requests().length
    const run = await offboard(job, ['--apply'])
    expect(run.exitCode).toBe(0)
    expect(credentialsOf(identity.clientId)).toEqual([])
    expect(rolesOf(identity.principalId)).toEqual([])
    expect(
      cloud.arm
        .requests()
        .slice(before)
        .filter((r) => r.method === 'DELETE')
        .map((r) => [r.path.split('/').at(-2), r.status])
    ).toEqual([
      ['federatedIdentityCredentials', 200],
      ['sqlRoleAssignments', 202]
    ])
  })
})

describe('access', () => {
  it('lists every subject that signs in to the account with the roles it gets, as a table and as JSON', async () => {
    const app = await setUp(['--environment', 'production', '--tag', 'v1'])
    const n = ++scenario
    const identity = cloud.arm.addUserAssignedIdentity({
      name: `id-access-${n}`,
      resourceGroup: 'rg-identities'
    })
    const managed = await setUp(
      ['--branch', 'main'],
      ['--identity', `id-access-${n}`, '--identity-resource-group', 'rg-identities']
    )
    // A role given to a client id: nobody signs in as that.
    cloud.cosmos.assignRole({
      principalId: app.clientId,
      roleDefinitionId: '00000000-0000-0000-0000-000000000001',
      scope: '/'
    })

    const json = await cli(['access', ...account(), '--format', 'json', ...endpoints()])
    expect(json.exitCode).toBe(0)
    const report = JSON.parse(json.stdout) as {
      identities: Array<{
        principalId: string
        identity: string
        signIns: Array<{ subject?: string }>
        roles: Array<{ role: string; scope: string }>
        note?: string
      }>
    }
    const byPrincipal = (id: string) => report.identities.find((i) => i.principalId === id)
    expect(byPrincipal(app.principalId)).toMatchObject({
      identity: `application ${app.clientId}`,
      roles: [{ role: 'Cosmos DB Built-in Data Contributor', scope: `/dbs/${app.database}` }]
    })
    expect(
      byPrincipal(app.principalId)
        ?.signIns.map((s) => s.subject)
        .sort()
    ).toEqual([`repo:${app.repo}:environment:production`, `repo:${app.repo}:ref:refs/tags/v1`])
    expect(byPrincipal(identity.principalId)).toMatchObject({
      identity: `managed identity rg-identities/id-access-${n}`,
      signIns: [{ subject: `repo:${managed.repo}:ref:refs/heads/main` }],
      roles: [{ role: 'Cosmos DB Built-in Data Contributor', scope: `/dbs/${managed.database}` }]
    })
    expect(byPrincipal(admin.principalId)?.signIns.length).toBeGreaterThan(0)
    expect(byPrincipal(app.clientId)?.note).toContain('not a service principal in this tenant')

    const table = await cli(['access', ...account(), ...endpoints()])
    expect(table.exitCode).toBe(0)
    expect(table.stdout).toMatch(/^WHO SIGNS IN +ROLE +SCOPE +AS +CREDENTIAL$/m)
    expect(table.stdout).toMatch(
      new RegExp(
        `^repo:${app.repo}:ref:refs/tags/v1 +Cosmos DB Built-in Data Contributor +/dbs/${app.database} +application ${app.clientId} +${app.name}-tag-v1$`,
        'm'
      )
    )

    const one = await cli([
      'access',
      ...account(),
      '--client-id',
      app.clientId,
      '--format',
      'json',
      ...endpoints()
    ])
    expect((JSON.parse(one.stdout) as typeof report).identities.map((i) => i.principalId)).toEqual([
      app.principalId
    ])
  })
})
