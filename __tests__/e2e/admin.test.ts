/**
 * End to end: the built admin CLI (dist/cli/index.js) against the local cloud. An admin signs in
 * with a workload identity (DefaultAzureCredential, as on a machine with AZURE_* variables),
 * `setup --apply` creates a credential through Graph (or ARM) and a role assignment through ARM,
 * and the built action then logs in with them; `doctor` explains mismatches; `run` runs the
 * action's steps with the admin's own sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requestGitHubToken } from '../../testkit/clients.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction, runCli, type CliRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let admin: RepositorySetup
let adminEnv: Record<string, string>
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
  // Credentials written through Graph or ARM reach Entra's token service only after minutes, as
  // on Azure; firstRun ends the wait once the action has met it.
  cloud.entra.setCredentialPropagation(10 * 60_000)
  // The admin: an identity that may write applications (Graph) and the account (ARM).
  admin = await setUpRepository(cloud, {
    repository: 'octo-org/platform-admin',
    role: 'contributor',
    database: 'admin',
    controlPlaneWrite: true
  })
  cloud.graph.grantApplicationWrite(admin.principalId)
  const dir = await mkdtemp(join(tmpdir(), 'admin-'))
  const tokenFile = join(dir, 'token')
  await writeFile(tokenFile, await requestGitHubToken(admin.job))
  adminEnv = {
    AZURE_CLIENT_ID: admin.clientId,
    AZURE_TENANT_ID: admin.tenantId,
    AZURE_FEDERATED_TOKEN_FILE: tokenFile,
    AZURE_AUTHORITY_HOST: cloud.entra.authorityHost,
    // The local GitHub: its REST API, and its issuer in github.com's part.
    GITHUB_API_URL: cloud.github.apiUrl,
    COSMOS_OIDC_GITHUB_ISSUER: cloud.github.issuer
  }
})

afterAll(async () => {
  await cloud.close()
})

/** A repository whose identity has no credential and no role yet. */
async function bareRepository(
  environment = 'production'
): Promise<RepositorySetup & { repo: string }> {
  const n = ++scenario
  const repo = `octo-org/inventory-${n}`
  const setup = await setUpRepository(cloud, {
    repository: repo,
    environment,
    database: `inventory${n}`,
    containers: [{ id: 'products', partitionKey: { paths: ['/id'] } }],
    federatedCredential: false,
    role: 'none'
  })
  return { ...setup, repo }
}

function endpoints(): string[] {
  return [
    '--graph-endpoint',
    cloud.graph.endpoint,
    '--arm-endpoint',
    cloud.arm.endpoint,
    '--tenant-id',
    admin.tenantId
  ]
}

function account(database: string): string[] {
  return [
    '--account',
    cloud.cosmos.accountName,
    '--resource-group',
    cloud.cosmos.resourceGroup,
    '--subscription',
    cloud.cosmos.subscriptionId,
    '--database',
    database
  ]
}

/** `setup --apply` for a repository with the local issuer and endpoints, printing JSON (or az). */
function apply(
  repo: string,
  database: string,
  flags: readonly string[],
  format: 'json' | 'az' = 'json',
  env: Record<string, string> = {}
): Promise<CliRun> {
  return cli(
    [
      'setup',
      '--repo',
      repo,
      ...flags,
      '--issuer',
      cloud.github.issuer,
      ...account(database),
      '--format',
      format,
      '--apply',
      ...endpoints()
    ],
    env
  )
}

/**
 * The action's first run after `setup --apply`: it starts while the new credential is still
 * propagating, so Entra refuses the first exchange; once it has, propagation ends and the action,
 * waiting for it, logs in on its next attempt.
 */
async function firstRun(clientId: string, options: Parameters<typeof runAction>[0]) {
  const refused = () =>
    cloud.entra.requests().some((r) => r.clientId === clientId && r.outcome !== 'issued')
  const running = runAction(options)
  for (let waited = 0; !refused() && waited < 60_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100))
  expect(refused()).toBe(true)
  cloud.entra.propagateCredentialsNow()
  const run = await running
  expect(run.log).toMatch(
    new RegExp(
      `No federated credential of ${clientId} matches this job yet \\(AADSTS\\d+\\).*trying again in 5 s`
    )
  )
  return run
}

async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await runCli(args, { caFile: cloud.caFile, env: { ...adminEnv, ...env } })
  for (const secret of cloud.secrets()) {
    expect(run.stdout).not.toContain(secret)
    expect(run.stderr).not.toContain(secret)
  }
  return run
}

describe('setup --apply', () => {
  it('creates the credential and the role, and the action then logs in with them', async () => {
    const job = await bareRepository()
    const { repo } = job
    const database = job.inputs['database'] as string
    // The identity was created a moment ago: ARM does not know it until it has refused the
    // first assignment (however long the CLI takes to get there on a busy machine), then does.
    cloud.arm.setPrincipalReplication(600_000)
    let done = false
    const replicated = (async () => {
      const refused = (): boolean =>
        cloud.arm
          .requests()
          .some(
            (r) => r.method === 'PUT' && r.path.includes('/sqlRoleAssignments/') && r.status === 400
          )
      while (!done && !refused()) await new Promise((resolve) => setTimeout(resolve, 50))
      cloud.arm.setPrincipalReplication(0)
    })()
    const setup = await apply(repo, database, [
      '--environment',
      'production',
      '--client-id',
      job.clientId,
      '--role',
      'contributor'
    ]).finally(() => {
      done = true
      cloud.arm.setPrincipalReplication(0)
    })
    await replicated
    expect(setup.stderr).toMatch(
      new RegExp(
        `… principal ${job.principalId} is not known to Azure Resource Manager yet \\(a new identity takes a while to replicate\\): trying again in 5 s`
      )
    )
    expect(
      cloud.arm
        .requests()
        .filter((r) => r.method === 'PUT' && r.path.includes('/sqlRoleAssignments/'))
        .map((r) => r.status)
    ).toEqual(expect.arrayContaining([400, 202]))
    expect(setup.stderr).toContain(`+ credential '${repo.split('/')[1]}-env-production'`)
    expect(setup.stderr).toContain(
      `+ role 'Cosmos DB Built-in Data Contributor' at /dbs/${database} for principal ${job.principalId}`
    )
    expect(setup.exitCode).toBe(0)
    const written = JSON.parse(setup.stdout.replace(/^==> .* <==\n/, '')) as Array<{
      subject: string
    }>
    expect(written[0]?.subject).toBe(`repo:${repo}:environment:production`)
    // Graph and ARM saw the writes from the admin's principal.
    expect(
      cloud.graph
        .requests()
        .filter((r) => r.method === 'POST')
        .map((r) => [r.principalId, r.status])
    ).toContainEqual([admin.principalId, 201])

    const after = await firstRun(job.clientId, {
      inputs: { ...job.inputs, smoke: await smokeFile() },
      env: job.job.env,
      caFile: cloud.caFile
    })
    expect(after.errors).toEqual([])
    expect(after.exitCode).toBe(0)
    expect(after.outputs['principal-id']).toBe(job.principalId)
    expect(after.outputs['smoke-passed']).toBe('true')
    expect(leakedSecrets(after, cloud.secrets())).toEqual([])

    // Applying again changes nothing.
    const graphPosts = cloud.graph.requests().filter((r) => r.method === 'POST').length
    const again = await apply(repo, database, [
      '--environment',
      'production',
      '--client-id',
      job.clientId,
      '--role',
      'contributor'
    ])
    expect(again.exitCode).toBe(0)
    expect(again.stderr).toContain('already matches environment:production')
    expect(again.stderr).toContain('already assigned')
    expect(cloud.graph.requests().filter((r) => r.method === 'POST').length).toBe(graphPosts)
  })

  it('creates a flexible credential for a tag pattern through Graph beta', async () => {
    const n = ++scenario
    const repo = `octo-org/tags-${n}`
    const repoId = `55500${n}`
    const job = await setUpRepository(cloud, {
      repository: repo,
      repositoryId: repoId,
      ref: 'refs/tags/v2.1.0',
      database: `tags${n}`,
      federatedCredential: false,
      role: 'none'
    })
    const setup = await apply(repo, job.inputs['database'] as string, [
      '--repo-id',
      repoId,
      '--tag',
      'v*',
      '--client-id',
      job.clientId
    ])
    expect(setup.exitCode).toBe(0)
    expect(
      cloud.graph.requests().some((r) => r.method === 'POST' && r.path.startsWith('/beta/'))
    ).toBe(true)
    const run = await firstRun(job.clientId, {
      inputs: job.inputs,
      env: job.job.env,
      caFile: cloud.caFile
    })
    expect(run.errors).toEqual([])
    expect(run.outputs['subject']).toBe(`repo:${repo}:ref:refs/tags/v2.1.0`)
  })

  it('sets up a user-assigned managed identity through ARM', async () => {
    const n = ++scenario
    const identity = cloud.arm.addUserAssignedIdentity({
      name: `id-inventory-${n}`,
      resourceGroup: 'rg-identities'
    })
    const repo = `octo-org/managed-${n}`
    const job = await setUpRepository(cloud, {
      repository: repo,
      environment: 'production',
      database: `managed${n}`,
      federatedCredential: false,
      role: 'none'
    })
    const setup = await apply(
      repo,
      job.inputs['database'] as string,
      [
        '--environment',
        'production',
        '--identity',
        `id-inventory-${n}`,
        '--identity-resource-group',
        'rg-identities',
        '--role',
        'reader'
      ],
      'az'
    )
    expect(setup.stderr).toContain(
      `client id ${identity.clientId}, principal ${identity.principalId}`
    )
    expect(setup.exitCode).toBe(0)
    const run = await firstRun(identity.clientId, {
      inputs: { ...job.inputs, 'client-id': identity.clientId },
      env: job.job.env,
      caFile: cloud.caFile
    })
    expect(run.errors).toEqual([])
    expect(run.outputs['principal-id']).toBe(identity.principalId)
  })

  it('names the roles that may write role assignments when ARM refuses the admin', async () => {
    const job = await bareRepository()
    // Like Cosmos DB Operator: may manage the account, not its SQL role assignments.
    cloud.arm.revokeControlPlaneWrite(admin.principalId)
    cloud.arm.grantControlPlaneRead(admin.principalId)
    const setup = await apply(job.repo, job.inputs['database'] as string, [
      '--environment',
      'production',
      '--client-id',
      job.clientId
    ]).finally(() => cloud.arm.grantControlPlaneWrite(admin.principalId))
    expect(setup.exitCode).toBe(1)
    expect(setup.stderr).toContain(
      `Azure Resource Manager refused to write sqlRoleAssignments on account ${cloud.cosmos.accountName} (403)`
    )
    expect(setup.stderr).toContain(
      'DocumentDB Account Contributor (5bd9cd88-fe45-4216-938b-f97437e15450), Contributor and Owner hold; Cosmos DB Operator does not'
    )
  })

  it('stops before any write when a credential name is taken by another subject', async () => {
    const job = await bareRepository()
    const { repo } = job
    cloud.entra.addFederatedCredential(job.clientId, {
      name: `${repo.split('/')[1]}-env-production`,
      issuer: cloud.github.issuer,
      subject: `repo:${repo}:ref:refs/heads/main`,
      audiences: ['api://AzureADTokenExchange']
    })
    const armWrites = cloud.arm.requests().filter((r) => r.method === 'PUT').length
    const setup = await apply(repo, job.inputs['database'] as string, [
      '--environment',
      'production',
      '--client-id',
      job.clientId
    ])
    expect(setup.exitCode).toBe(1)
    expect(setup.stderr).toContain('already has a credential named')
    expect(setup.stderr).toContain('Nothing was written.')
    expect(cloud.arm.requests().filter((r) => r.method === 'PUT').length).toBe(armWrites)
  })
})

describe('subjects as GitHub presents them', () => {
  /** A repository registered with the local GitHub, with a bare identity and database. */
  async function registered(options: {
    immutable: boolean
    template?: string[]
    private?: boolean
    environment?: string
  }) {
    const n = ++scenario
    const repo = `octo-org/fresh-${n}`
    cloud.github.addRepository({
      repository: repo,
      ownerId: '7001',
      repoId: `880${n}`,
      immutableSubject: options.immutable,
      private: options.private ?? true,
      ...(options.template ? { subjectClaimKeys: options.template } : {})
    })
    const job = await setUpRepository(cloud, {
      repository: repo,
      environment: options.environment ?? 'production',
      database: `fresh${n}`,
      containers: [{ id: 'products', partitionKey: { paths: ['/id'] } }],
      federatedCredential: false,
      role: 'none'
    })
    return { ...job, repo, repoId: `880${n}` }
  }

  it('reads that a new repository presents immutable subjects, and the first run logs in', async () => {
    const job = await registered({ immutable: true })
    const setup = await apply(
      job.repo,
      job.inputs['database'] as string,
      ['--environment', 'production', '--client-id', job.clientId, '--role', 'reader'],
      'json',
      { GH_TOKEN: cloud.github.createApiToken() }
    )
    expect(setup.exitCode).toBe(0)
    const subject = `repo:octo-org@7001/${job.repo.split('/')[1]}@${job.repoId}:environment:production`
    expect(setup.stderr).toContain(
      `Note: Read from ${cloud.github.apiUrl}: ${job.repo} (owner id 7001, repository id ${job.repoId}) presents immutable subjects`
    )
    expect(setup.stderr).toContain(`: ${subject}`)
    const run = await firstRun(job.clientId, {
      inputs: job.inputs,
      env: job.job.env,
      caFile: cloud.caFile
    })
    expect(run.errors).toEqual([])
    expect(run.outputs['subject']).toBe(subject)
  })

  it('says which form it assumed when GitHub cannot be read, and how to pass it', async () => {
    const job = await registered({ immutable: true })
    // A private repository and no token: GitHub answers 404.
    const setup = await cli([
      'setup',
      '--repo',
      job.repo,
      '--environment',
      'production',
      '--client-id',
      job.clientId,
      ...account(job.inputs['database'] as string),
      '--format',
      'json'
    ])
    expect(setup.exitCode).toBe(0)
    expect(setup.stderr).toContain(
      `Note: Could not read ${job.repo}'s OIDC subject settings from ${cloud.github.apiUrl}: GitHub answered 404: the repository does not exist, or it is private and no GH_TOKEN or GITHUB_TOKEN is set. Assumed the classic subject form`
    )
    expect(setup.stderr).toContain('pass --immutable --owner-id N --repo-id N')
    expect(setup.stdout).toContain(`"subject": "repo:${job.repo}:environment:production"`)
  })

  it('keeps the ids in the repo segment of a custom template; template keys may hold digits', async () => {
    const job = await registered({
      immutable: true,
      template: ['repo', 'context', 'repo_property_team1']
    })
    const setup = await cli(
      [
        'setup',
        '--repo',
        job.repo,
        '--environment',
        'production',
        '--claim',
        'repo_property_team1=payments',
        '--client-id',
        job.clientId,
        ...account(job.inputs['database'] as string),
        '--format',
        'json'
      ],
      { GH_TOKEN: cloud.github.createApiToken() }
    )
    expect(setup.exitCode).toBe(0)
    expect(setup.stdout).toContain(
      `"subject": "repo:octo-org@7001/${job.repo.split('/')[1]}@${job.repoId}:environment:production:repo_property_team1:payments"`
    )
  })

  it('doctor computes the immutable subject and calls a classic credential nearly right', async () => {
    const job = await registered({ immutable: true, private: false })
    cloud.entra.addFederatedCredential(job.clientId, {
      name: 'classic',
      issuer: cloud.github.issuer,
      subject: `repo:${job.repo}:environment:production`,
      audiences: ['api://AzureADTokenExchange']
    })
    // A public repository: readable without a token.
    const doctor = await cli([
      'doctor',
      '--repo',
      job.repo,
      '--environment',
      'production',
      '--client-id',
      job.clientId,
      ...endpoints()
    ])
    expect(doctor.exitCode).toBe(1)
    expect(doctor.stdout).toContain(
      `subject  repo:octo-org@7001/${job.repo.split('/')[1]}@${job.repoId}:environment:production`
    )
    expect(doctor.stdout).toContain(
      'same job in the classic form; the repository presents immutable subjects'
    )
  })

  it('refuses a pattern for an issuer flexible credentials are not documented for', async () => {
    const job = await registered({ immutable: false })
    const setup = await cli([
      'setup',
      '--repo',
      job.repo,
      '--repo-id',
      job.repoId,
      '--tag',
      'v*',
      '--issuer',
      'https://ghes.contoso.com/_services/token',
      '--client-id',
      job.clientId,
      ...account(job.inputs['database'] as string)
    ])
    expect(setup.exitCode).toBe(2)
    expect(setup.stderr).toContain(
      "Graph refuses them for 'https://ghes.contoso.com/_services/token'"
    )
  })

  it('doctor says a sub-only flexible credential no longer matches', async () => {
    const job = await registered({ immutable: false, environment: 'staging' })
    // Saved before Graph enforced the rule; Entra no longer matches it.
    cloud.entra.directory.applicationByClientId(job.clientId)?.federatedCredentials.push({
      id: 'old',
      name: 'any-environment',
      issuer: cloud.github.issuer,
      audiences: ['api://AzureADTokenExchange'],
      claimsMatchingExpression: {
        value: `claims['sub'] matches 'repo:${job.repo}:environment:*'`,
        languageVersion: 1
      }
    })
    const doctor = await cli(
      [
        'doctor',
        '--repo',
        job.repo,
        '--environment',
        'staging',
        '--client-id',
        job.clientId,
        ...endpoints()
      ],
      { GH_TOKEN: cloud.github.createApiToken() }
    )
    expect(doctor.exitCode).toBe(1)
    expect(doctor.stdout).toContain('✗ any-environment')
    expect(doctor.stdout).toContain(
      "does not match claims['sub'] together with claims['repository_id'] or claims['repository_owner_id']"
    )
    const run = await runAction({
      inputs: { ...job.inputs, 'propagation-wait': '0' },
      env: job.job.env,
      caFile: cloud.caFile
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('AADSTS7002131')
  })
})

describe('doctor', () => {
  it('finds the branch credential a job in an environment nearly matches, and the missing role', async () => {
    const job = await bareRepository()
    const { repo } = job
    cloud.entra.addFederatedCredential(job.clientId, {
      name: 'main-branch',
      issuer: cloud.github.issuer,
      subject: `repo:${repo}:ref:refs/heads/main`,
      audiences: ['api://AzureADTokenExchange']
    })
    // A role given to the client id instead of the object id.
    cloud.cosmos.assignRole({
      principalId: job.clientId,
      roleDefinitionId: '00000000-0000-0000-0000-000000000002',
      scope: '/'
    })
    const dir = await mkdtemp(join(tmpdir(), 'doctor-'))
    await writeFile(join(dir, 'products.ndjson'), '{"id":"p-1"}\n')
    const doctor = await cli([
      'doctor',
      '--repo',
      repo,
      '--environment',
      'production',
      '--client-id',
      job.clientId,
      '--issuer',
      cloud.github.issuer,
      ...account(job.inputs['database'] as string),
      '--seed',
      dir,
      ...endpoints()
    ])
    expect(doctor.exitCode).toBe(1)
    expect(doctor.stdout).toContain(`subject  repo:${repo}:environment:production`)
    expect(doctor.stdout).toContain(
      '≈ main-branch: repo:' +
        repo +
        ":ref:refs/heads/main\n      written for refs/heads/main, but the job runs in environment 'production'"
    )
    expect(doctor.stdout).toContain('✗ No credential matches')
    expect(doctor.stdout).toContain(
      `names the client id ${job.clientId}, not the principal (object) id ${job.principalId}`
    )
    expect(doctor.stdout).toContain('✗ The roles do not allow the planned steps (login, seed)')
    expect(doctor.stdout).toContain(`--principal-id ${job.principalId}`)
  })

  it('reads a token from a file, never prints it, and passes once all is right', async () => {
    const job = await bareRepository('staging')
    const { repo } = job
    cloud.entra.addFederatedCredential(job.clientId, {
      name: 'staging',
      issuer: cloud.github.issuer,
      subject: `repo:${repo}:environment:staging`,
      audiences: ['api://AzureADTokenExchange']
    })
    cloud.cosmos.assignRole({
      principalId: job.principalId,
      roleDefinitionId: '00000000-0000-0000-0000-000000000001',
      scope: `/dbs/${job.inputs['database']}`
    })
    const dir = await mkdtemp(join(tmpdir(), 'doctor-'))
    const tokenFile = join(dir, 'token.jwt')
    const token = await requestGitHubToken(job.job)
    await writeFile(tokenFile, token)
    const doctor = await cli([
      'doctor',
      '--repo',
      repo,
      '--claims',
      tokenFile,
      '--client-id',
      job.clientId,
      ...account(job.inputs['database'] as string),
      ...endpoints()
    ])
    expect(doctor.stdout).not.toContain(token)
    expect(doctor.stdout).toContain('(the token claims given)')
    expect(doctor.stdout).toContain('✓ staging')
    expect(doctor.stdout).toContain('✓ The roles allow the planned steps (login)')
    expect(doctor.exitCode).toBe(0)
  })
})

describe('run', () => {
  it("runs the action's steps with the developer's own sign-in", async () => {
    const database = admin.inputs['database'] as string
    await cloud.cosmos.createContainer(database, {
      id: 'products',
      partitionKey: { paths: ['/id'] }
    })
    const dir = await mkdtemp(join(tmpdir(), 'run-'))
    await writeFile(join(dir, 'products.json'), '[{"id":"p-1","name":"Widget"}]')
    const run = await cli([
      'run',
      '--endpoint',
      cloud.cosmos.endpoint,
      '--database',
      database,
      '--authority-host',
      cloud.entra.authorityHost,
      '--arm-endpoint',
      cloud.arm.endpoint,
      '--subscription-id',
      cloud.cosmos.subscriptionId,
      '--resource-group',
      cloud.cosmos.resourceGroup,
      '--account-name',
      cloud.cosmos.accountName,
      '--seed',
      dir,
      '--smoke',
      await smokeFile()
    ])
    expect(run.stderr).toContain('▸ Log in to Cosmos DB')
    expect(run.stderr).toContain(`output principal-id=${admin.principalId}`)
    expect(run.stderr).toContain('output smoke-passed=true')
    expect(run.stdout).toContain('## Cosmos DB: ✅ passed')
    expect(run.stdout).toContain('### Seeding')
    expect(run.exitCode).toBe(0)
    expect((await cloud.cosmos.readItems(database, 'products')).map((d) => d['id'])).toEqual([
      'p-1'
    ])
  })
})

async function smokeFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'smoke-'))
  const path = join(dir, 'smoke.yml')
  await writeFile(
    path,
    'checks:\n  - name: products answer\n    container: products\n    query: SELECT VALUE COUNT(1) FROM c\n'
  )
  return path
}
