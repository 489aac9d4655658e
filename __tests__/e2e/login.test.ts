/**
 * End to end: the built dist/index.js, run as the runner runs it, against the local cloud:
 * a real GitHub OIDC issuer, Entra token endpoint and Cosmos DB gateway over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { forkPullRequestEvent } from '../../__fixtures__/events.js'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import {
  setUpRepository,
  type RepositorySetup,
  type RepositorySetupOptions
} from '../../testkit/scenario.js'

let cloud: LocalCloud
const runs: ActionRun[] = []

beforeAll(async () => {
  cloud = await startLocalCloud()
})

afterAll(async () => {
  // Over every run of this file: no token or request token the cloud issued appears anywhere.
  const secrets = cloud.secrets()
  expect(secrets.length).toBeGreaterThan(0)
  for (const run of runs) expect(leakedSecrets(run, secrets)).toEqual([])
  await cloud.close()
})

let repositories = 0
let databases = 0
/** Sets up a repository (unique per test) and runs the action for it. */
async function runFor(
  options: Partial<RepositorySetupOptions>,
  inputs: Record<string, string> = {}
) {
  const repository = options.repository ?? `octo-org/inventory-${++repositories}`
  const setup = await setUpRepository(cloud, {
    repository,
    database: `db${++databases}`,
    ...options
  })
  const requestsBefore = cloud.cosmos.requests().length
  const entraBefore = cloud.entra.issuedTokens().length
  const run = await rerun(setup, inputs)
  return {
    repository,
    setup,
    run,
    cosmosRequests: cloud.cosmos.requests().slice(requestsBefore),
    entraTokens: cloud.entra.issuedTokens().slice(entraBefore)
  }
}

/** Runs the action again for a set-up repository, with some inputs or job variables changed. */
async function rerun(
  setup: RepositorySetup,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = setup.job.env
): Promise<ActionRun> {
  const run = await runAction({ inputs: { ...setup.inputs, ...inputs }, env, caFile: cloud.caFile })
  runs.push(run)
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  return run
}

describe('login', () => {
  it('logs in with the federated credential and proves access to the database', async () => {
    const { repository, setup, run, cosmosRequests, entraTokens } = await runFor({
      role: 'reader',
      containers: [
        { id: 'products', partitionKey: { paths: ['/id'] } },
        { id: 'orders', partitionKey: { paths: ['/customerId'] } }
      ]
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'principal-id': setup.principalId,
      'tenant-id': setup.tenantId,
      subject: `repo:${repository}:ref:refs/heads/main`,
      skipped: 'false'
    })
    const expiresOn = Date.parse(run.outputs['token-expires-on'] ?? '')
    expect(expiresOn).toBeGreaterThan(Date.now())
    expect(run.log).toContain('GitHub OIDC token claims presented to Microsoft Entra ID:')
    expect(run.log).toContain(`sub: repo:${repository}:ref:refs/heads/main`)
    expect(run.log).toContain(`iss: ${cloud.github.issuer}`)
    expect(run.summary).toContain('## Cosmos DB: ✅ passed')
    expect(run.summary).toContain(setup.principalId)
    expect(run.summary).toContain('`orders`, `products`')
    // Every Entra token was masked before anything else happened with it.
    expect(entraTokens.length).toBeGreaterThan(0)
    for (const token of entraTokens) expect(run.masked).toContain(token)
    // Cosmos DB saw only reads by this principal, each allowed.
    expect(cosmosRequests.length).toBeGreaterThanOrEqual(3)
    for (const request of cosmosRequests) {
      expect(request).toMatchObject({ method: 'GET', status: 200, principalId: setup.principalId })
    }
  })

  it("accepts the tenant's domain name in place of its id (managed identity)", async () => {
    const { setup, run } = await runFor({ identityKind: 'managedIdentity' })
    const domainRun = await rerun(setup, { 'tenant-id': 'contoso.onmicrosoft.com' })
    expect(run.exitCode).toBe(0)
    expect(domainRun.exitCode).toBe(0)
    expect(domainRun.outputs['tenant-id']).toBe(setup.tenantId)
  })
})

describe('subject, audience and time mismatches', () => {
  it('explains an environment job meeting a branch credential, after waiting as long as told', async () => {
    const { run } = await runFor(
      {
        repository: 'octo-org/inventory-env',
        environment: 'production',
        credentialSubject: 'repo:octo-org/inventory-env:ref:refs/heads/main'
      },
      // The credential could have been created moments ago: wait, but not for five minutes.
      { 'propagation-wait': '6' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.log).toMatch(/AADSTS700213\).*trying again in 5 s \(waited 0 s of at most 6 s/)
    expect(run.log).toMatch(/trying again in 1 s \(waited 5 s of at most 6 s/)
    expect(run.errors.join('\n')).toContain('the action waited 6 s for it (at most 6 s')
    const error = run.errors.join('\n')
    expect(error).toMatch(
      /^cosmos-oidc-action: Microsoft Entra ID refused the token exchange \(AADSTS700213\)/
    )
    expect(error).not.toContain('Cosmos DB request')
    expect(error).toContain(
      "This job runs in environment 'production', so its subject is 'repo:octo-org/inventory-env:environment:production'; a credential for 'repo:octo-org/inventory-env:ref:refs/heads/main' does not match it"
    )
    expect(run.summary).toContain('AADSTS700213')
  })

  it('explains a subject that matches only ignoring case', async () => {
    const { run } = await runFor({
      repository: 'Octo-Org/Inventory-Case',
      credentialSubject: 'repo:octo-org/inventory-case:ref:refs/heads/main'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('AADSTS7002138')
    expect(run.errors.join('\n')).toContain('only when case is ignored')
  })

  it('explains an immutable subject meeting a credential written with names', async () => {
    const { run } = await runFor(
      {
        repository: 'octo-org/inventory-immutable',
        immutableSubject: true,
        repositoryOwnerId: '1001',
        repositoryId: '2002',
        credentialSubject: 'repo:octo-org/inventory-immutable:ref:refs/heads/main'
      },
      { 'propagation-wait': '0' }
    )
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain('AADSTS700213')
    expect(error).toContain("'repo:octo-org@1001/inventory-immutable@2002'")
    expect(run.log).toContain(
      'sub: repo:octo-org@1001/inventory-immutable@2002:ref:refs/heads/main'
    )
  })

  it('explains a credential with the wrong audience', async () => {
    const { run } = await runFor({ credentialAudience: 'api://AzureADTokenExchangeUSGov' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('AADSTS700212')
    expect(run.errors.join('\n')).toContain(
      "set the credential's audience to 'api://AzureADTokenExchange'"
    )
  })

  it.each([
    ['expired', -900],
    ['not yet valid', 900]
  ])('explains a GitHub token that is %s (runner clock off)', async (_name, skew) => {
    const { run } = await runFor({ clockSkewSeconds: skew })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('AADSTS700024')
    expect(run.errors.join('\n')).toContain('runner clock')
  })

  it('explains an unknown client id', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, { 'client-id': '00000000-1111-2222-3333-444444444444' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('AADSTS700016')
    expect(run.errors.join('\n')).toContain('not its object id')
  })
})

describe('Entra answers worth explaining', () => {
  it('explains a tenant that does not exist', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, { 'tenant-id': 'nowhere.onmicrosoft.com' })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain("the OpenID configuration of tenant 'nowhere.onmicrosoft.com'")
    expect(error).toContain('AADSTS90002')
    expect(error).toContain(
      "tenant 'nowhere.onmicrosoft.com' does not exist in the AzureCloud cloud"
    )
  })

  it('explains an authority host nobody answers on', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, { 'authority-host': 'https://localhost:1' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('could not be reached')
    expect(run.errors.join('\n')).toContain(
      "check 'tenant-id', 'cloud' (AzureCloud) and, if set, 'authority-host'"
    )
  })

  it("warns when Entra's clock and the runner's differ by more than five minutes", async () => {
    cloud.entra.setClockOffset(900)
    try {
      const { run } = await runFor({})
      expect(run.exitCode).toBe(0)
      expect(run.log).toMatch(/::warning::The runner clock is [89]\d\d s behind Microsoft Entra ID/)
    } finally {
      cloud.entra.setClockOffset(0)
    }
  })

  it('stays quiet about the clock for tokens Entra backdates by five minutes', async () => {
    const { run } = await runFor({})
    expect(run.exitCode).toBe(0)
    expect(run.log).not.toContain('runner clock')
  })

  it('warns about a token issued for another audience, then explains the 401 from Cosmos DB', async () => {
    const origin = cloud.cosmos.endpoint.replace(/\/$/, '')
    cloud.entra.setAudienceOverride(origin, 'https://management.azure.com')
    try {
      const { run } = await runFor({})
      expect(run.exitCode).toBe(1)
      expect(run.log).toContain(
        `::warning::The Entra token's audience is 'https://management.azure.com', not the resource '${origin}' it was requested for`
      )
      expect(run.errors.join('\n')).toContain("refused the token's audience")
    } finally {
      cloud.entra.setAudienceOverride(origin, undefined)
    }
  })
})

describe('a service quoting a token back', () => {
  it('finds it redacted in everything the action writes: log, errors, summary, outputs', async () => {
    const setup = await setUpRepository(cloud, {
      repository: `octo-org/echo-${++repositories}`,
      database: `db${++databases}`
    })
    cloud.entra.echoAssertionNext(5)
    // rerun checks the log, stderr, outputs, summary, exported variables and the post step for
    // every token the local cloud issued, the echoed GitHub token included.
    const run = await rerun(setup, {}).finally(() => cloud.entra.echoAssertionNext(0))
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('client_assertion=***')
    expect(run.summary).toContain('client_assertion=***')
  })
})

describe('a job without a token', () => {
  const noToken = {
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
  }
  /** A pull request from the fork mallory/app, as the runner describes it to the step. */
  let forkPull: Record<string, string | undefined>

  beforeAll(async () => {
    forkPull = { ...noToken, ...(await forkPullRequestEvent()) }
  })

  it('fails with the permission to add', async () => {
    const { setup } = await runFor({})
    const before = cloud.cosmos.requests().length
    const run = await rerun(setup, {}, noToken)
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain('id-token: write')
    expect(error).toContain('forks and Dependabot')
    expect(cloud.cosmos.requests().length).toBe(before)
  })

  it('fails with the permission to add even when told to skip, when it is neither a fork nor Dependabot', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, { 'on-missing-oidc': 'skip' }, noToken)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['skipped']).toBe('false')
    expect(run.errors.join('\n')).toContain("The job needs the 'id-token: write' permission")
  })

  it('skips a fork pull request whose secrets are empty', async () => {
    const issued = cloud.github.issueCount()
    const run = await runAction({
      inputs: {
        'client-id': '',
        'tenant-id': '',
        endpoint: '',
        database: '',
        'on-missing-oidc': 'skip'
      },
      env: forkPull,
      caFile: cloud.caFile
    })
    runs.push(run)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['skipped']).toBe('true')
    expect(run.log).toContain(
      '::notice::Skipped: this run is a pull request from the fork mallory/app, which GitHub never gives an OIDC token'
    )
    expect(run.summary).toContain('Cosmos DB login skipped')
    expect(cloud.github.issueCount()).toBe(issued)
  })

  it('checks the inputs a skipped fork pull request was given', async () => {
    const run = await runAction({
      inputs: {
        'client-id': 'not-a-guid',
        endpoint: 'http://db.example/',
        'on-missing-oidc': 'skip'
      },
      env: forkPull,
      caFile: cloud.caFile
    })
    runs.push(run)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['skipped']).toBeUndefined()
    const error = run.errors.join('\n')
    expect(error).toContain("'client-id' is 'not-a-guid'")
    expect(error).toContain("'endpoint'")
    expect(error).not.toContain('is required')
  })

  it('tells a fork pull request not told to skip why it has no token and what to do', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, {}, forkPull)
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain('a pull request from the fork mallory/app')
    expect(error).toContain("'on-missing-oidc: skip'")
    expect(error).toContain('pull_request_target')
    expect(error).not.toContain('id-token: write')
  })
})

describe('Cosmos DB authorization', () => {
  it('explains a 403 for a principal with no data-plane role', async () => {
    const { setup, run, cosmosRequests } = await runFor({ role: 'none' })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain(
      `principal ${setup.principalId} has no role that grants 'Microsoft.DocumentDB/databaseAccounts/readMetadata'`
    )
    expect(error).toContain(
      `az cosmosdb sql role assignment create --account-name ${cloud.cosmos.accountName} --resource-group ${cloud.cosmos.resourceGroup} --scope "/"`
    )
    expect(error).toContain('--role-definition-id 00000000-0000-0000-0000-000000000001')
    expect(cosmosRequests.some((r) => r.status === 403 && r.substatus === 5301)).toBe(true)
  })

  it('logs in with a role scoped to the database', async () => {
    const { setup, run } = await runFor({
      role: 'reader',
      database: 'scoped',
      roleScope: '/dbs/scoped'
    })
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(
      `Logged in to database 'scoped' (1 container(s)) as principal ${setup.principalId}.`
    )
  })

  it('explains a role that covers another database only', async () => {
    const { setup, run } = await runFor({
      role: 'reader',
      database: 'wanted',
      roleScope: '/dbs/other'
    })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain(
      `principal ${setup.principalId} has no role that grants 'Microsoft.DocumentDB/databaseAccounts/readMetadata' at scope '/dbs/wanted'`
    )
    expect(error).toContain('--scope "/dbs/wanted"')
  })

  it('explains a missing database', async () => {
    const { setup } = await runFor({})
    const run = await rerun(setup, { database: 'nope' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain("Database 'nope' was not found")
  })

  it('names the host, not Cosmos DB, when nothing answers at the endpoint', async () => {
    const { setup } = await runFor({})
    // Port 1 on loopback: the connection is refused, no request reaches any account.
    const run = await rerun(setup, {
      endpoint: 'https://localhost:1/',
      'subscription-id': '',
      'resource-group': ''
    })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain(
      'Could not reach Cosmos DB at localhost:1: the connection was refused (ECONNREFUSED)'
    )
    expect(error).not.toContain('Cosmos DB said')
  })
})

describe('invalid inputs', () => {
  it('fails before any network call, naming input, value and rule', async () => {
    const { setup } = await runFor({})
    const issued = cloud.github.issueCount()
    const run = await rerun(setup, { endpoint: 'http://localhost:1/', cloud: 'Mars' })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain("'endpoint' is 'http://localhost:1/': it must be an https:// URL")
    expect(error).toContain(
      "'cloud' is 'Mars': it must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud"
    )
    expect(cloud.github.issueCount()).toBe(issued)
  })

  it('refuses an account of another API or another cloud before any network call', async () => {
    const { setup } = await runFor({})
    const issued = cloud.github.issueCount()
    const mongo = await rerun(setup, { endpoint: 'https://inventory.mongo.cosmos.azure.com:443/' })
    expect(mongo.exitCode).toBe(1)
    expect(mongo.errors.join('\n')).toContain(
      'is an account of the Cosmos DB API for MongoDB (inventory.mongo.cosmos.azure.com); this action speaks the NoSQL API only'
    )
    const usGov = await rerun(setup, { endpoint: 'https://inventory.documents.azure.us/' })
    expect(usGov.exitCode).toBe(1)
    expect(usGov.errors.join('\n')).toContain(
      "is an account in AzureUSGovernment (documents.azure.us), but 'cloud' is AzureCloud"
    )
    expect(cloud.github.issueCount()).toBe(issued)
  })
})

describe('Cosmos DB scope', () => {
  it("falls back to the cloud's Cosmos DB scope when Entra does not know the account's own", async () => {
    const origin = cloud.cosmos.endpoint.replace(/\/$/, '')
    cloud.entra.unregisterResource(origin)
    try {
      const { setup, run, entraTokens } = await runFor({ role: 'reader' })
      expect(run.exitCode).toBe(0)
      expect(run.log).toContain(
        `Entra knows no resource for ${origin}/.default; using the AzureCloud Cosmos DB scope https://cosmos.azure.com/.default.`
      )
      expect(run.summary).toContain('| Token audience (Cosmos DB) | `https://cosmos.azure.com` |')
      const refused = cloud.entra
        .requests()
        .filter((r) => r.clientId === setup.clientId && r.outcome === 'AADSTS500011')
      // Asked once for the unknown scope, then never again.
      expect(refused).toHaveLength(1)
      expect(entraTokens.length).toBeGreaterThan(0)
    } finally {
      cloud.entra.registerResource(origin)
    }
  })
})

describe('transient faults', () => {
  it('rides out a GitHub token endpoint that answers 500 twice', async () => {
    cloud.github.failNext(2, 500)
    const { run } = await runFor({})
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
  })

  it.each([
    [503, 2],
    [429, 2],
    [503, 6]
  ])('rides out an Entra token endpoint that answers %i %i times', async (status, times) => {
    const before = cloud.entra.requests().length
    cloud.entra.failNext(times, status)
    const { setup, run } = await runFor({})
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    // Every failure reached Entra (no answer replayed from a cache), then one success.
    const mine = cloud.entra
      .requests()
      .slice(before)
      .filter((r) => r.clientId === setup.clientId && r.scope.startsWith(cloud.cosmos.endpoint))
    expect(mine.map((r) => r.outcome)).toEqual([
      ...Array<string>(times).fill('AADSTS90033'),
      'issued'
    ])
  })

  it('rides out Cosmos DB throttling and a reset connection', async () => {
    cloud.cosmos.injectFaults({ count: 2, kind: 'throttle', retryAfterMs: 50 })
    cloud.cosmos.injectFaults({ count: 1, kind: 'reset' })
    const { run, cosmosRequests } = await runFor({})
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(cosmosRequests.filter((r) => r.status === 429)).toHaveLength(2)
    expect(cosmosRequests.filter((r) => r.status === 0)).toHaveLength(1)
  })
})
