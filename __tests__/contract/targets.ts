/**
 * Where the contract suite runs: the local cloud (always, in `npm test`), and a real Azure account
 * and GitHub repository when the maintainers' variables are set (the Contract workflow). The same
 * tests run against both, so the local cloud is held to what the real services do.
 *
 * Against Azure, the job that runs the suite needs `id-token: write`, and:
 *
 * | variable                  | what it is                                                              |
 * | ------------------------- | ----------------------------------------------------------------------- |
 * | CONTRACT_TENANT_ID        | the Entra tenant                                                        |
 * | CONTRACT_CLIENT_ID        | an identity with a federated credential for the workflow's job          |
 * | CONTRACT_COSMOS_ENDPOINT  | a NoSQL account, https://<account>.documents.azure.com:443/             |
 * | CONTRACT_COSMOS_DATABASE  | a database in it                                                        |
 * | CONTRACT_COSMOS_CONTAINER | a container partitioned on /pk, with documents in at least two partitions, on which the identity holds Cosmos DB Built-in Data Reader and nothing more |
 * | CONTRACT_CLOUD            | AzureCloud (default), AzureUSGovernment or AzureChinaCloud               |
 * | CONTRACT_SUBSCRIPTION_ID, CONTRACT_RESOURCE_GROUP | optional: the account's, for the ARM contracts (the identity needs Cosmos DB Account Reader or Reader) |
 * | CONTRACT_GITHUB_TOKEN     | optional: a token that can read the repository's Actions settings, for the REST API contract |
 */
import { afterAll, beforeAll, describe } from '@jest/globals'
import { ClientAssertionCredential, type TokenCredential } from '@azure/identity'
import { CLOUDS, CLOUD_NAMES, type CloudProfile } from '../../src/clouds.js'
import { requestGitHubToken } from '../../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../../testkit/index.js'
import { setUpRepository } from '../../testkit/scenario.js'

/** A fully read HTTPS answer. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  json<T = Record<string, unknown>>(): T
}

/** One service landscape the contracts run against. */
export interface ContractTarget {
  readonly name: string
  readonly cloud: CloudProfile
  /** The issuer the job's GitHub tokens carry. */
  readonly issuer: string
  /** A fresh GitHub OIDC token of the job, for `audience`. */
  githubToken(audience: string): Promise<string>
  readonly authorityHost: string
  readonly tenantId: string
  /** The identity whose federated credential matches the job (audience: the cloud's). */
  readonly clientId: string
  readonly cosmos: {
    readonly endpoint: string
    readonly database: string
    /** Partitioned on /pk, documents in two partitions or more; the identity only reads it. */
    readonly container: string
  }
  /** The account in ARM, when the ARM contracts can run. */
  readonly arm:
    | {
        readonly endpoint: string
        readonly subscriptionId: string
        readonly resourceGroup: string
        readonly accountName: string
      }
    | undefined
  /** The GitHub REST API with a token that may read the repository, when that contract can run. */
  readonly githubApi:
    { readonly url: string; readonly token: string; readonly repository: string } | undefined
  /** The identity's credential: the job's GitHub token exchanged at Entra. */
  credential(): TokenCredential
  /** HTTPS with the machine's trust (and the test CA, for the local cloud). */
  send(url: string, init?: RequestInit): Promise<Answer>
  close(): Promise<void>
}

const AZURE_VARIABLES = [
  'CONTRACT_TENANT_ID',
  'CONTRACT_CLIENT_ID',
  'CONTRACT_COSMOS_ENDPOINT',
  'CONTRACT_COSMOS_DATABASE',
  'CONTRACT_COSMOS_CONTAINER',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** The variables an Azure run needs that are not set (empty: it can run). */
export function missingAzureVariables(env: NodeJS.ProcessEnv = process.env): string[] {
  return AZURE_VARIABLES.filter((name) => !env[name])
}

async function send(url: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(url, init)
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: <T>() => JSON.parse(text) as T
  }
}

const REPOSITORY = 'octo-org/contract'

/** The local cloud, set up as the maintainers set up their Azure account for the contracts. */
export async function localTarget(): Promise<ContractTarget> {
  trustTestCaInProcess()
  const cloud = await startLocalCloud()
  cloud.github.addRepository({ repository: REPOSITORY, ownerId: '9001', repoId: '9002' })
  const setup = await setUpRepository(cloud, {
    repository: REPOSITORY,
    database: 'contract',
    containers: [{ id: 'pk-items', partitionKey: { paths: ['/pk'] } }],
    role: 'reader',
    roleScope: '/dbs/contract/colls/pk-items',
    controlPlaneRead: true
  })
  await cloud.cosmos.upsertItems('contract', 'pk-items', [
    { id: 'a1', pk: 'a' },
    { id: 'a2', pk: 'a' },
    { id: 'b1', pk: 'b' }
  ])
  const apiToken = cloud.github.createApiToken()
  return {
    name: 'the local cloud',
    cloud: CLOUDS.AzureCloud,
    issuer: cloud.github.issuer,
    githubToken: (audience) => requestGitHubToken(setup.job, audience),
    authorityHost: cloud.entra.authorityHost,
    tenantId: setup.tenantId,
    clientId: setup.clientId,
    cosmos: { endpoint: cloud.cosmos.endpoint, database: 'contract', container: 'pk-items' },
    arm: {
      endpoint: cloud.arm.endpoint,
      subscriptionId: cloud.cosmos.subscriptionId,
      resourceGroup: cloud.cosmos.resourceGroup,
      accountName: cloud.cosmos.accountName
    },
    githubApi: { url: cloud.github.apiUrl, token: apiToken, repository: REPOSITORY },
    credential: () =>
      new ClientAssertionCredential(
        setup.tenantId,
        setup.clientId,
        () => requestGitHubToken(setup.job),
        { authorityHost: cloud.entra.authorityHost, disableInstanceDiscovery: true }
      ),
    send,
    close: () => cloud.close()
  }
}

/** A real Azure account and the GitHub job running the suite, from the CONTRACT_* variables. */
export function azureTarget(env: NodeJS.ProcessEnv = process.env): ContractTarget {
  const value = (name: string): string => env[name] ?? ''
  const cloudName =
    CLOUD_NAMES.find((name) => name.toLowerCase() === value('CONTRACT_CLOUD').toLowerCase()) ??
    'AzureCloud'
  const cloud = CLOUDS[cloudName]
  const githubToken = async (audience: string): Promise<string> => {
    const url = `${value('ACTIONS_ID_TOKEN_REQUEST_URL')}&audience=${encodeURIComponent(audience)}`
    const answer = await send(url, {
      headers: { authorization: `Bearer ${value('ACTIONS_ID_TOKEN_REQUEST_TOKEN')}` }
    })
    return answer.json<{ value: string }>().value
  }
  const subscriptionId = value('CONTRACT_SUBSCRIPTION_ID')
  const resourceGroup = value('CONTRACT_RESOURCE_GROUP')
  const endpoint = value('CONTRACT_COSMOS_ENDPOINT')
  const repository = value('GITHUB_REPOSITORY')
  return {
    name: `Azure (${cloudName})`,
    cloud,
    issuer: value('CONTRACT_GITHUB_ISSUER') || 'https://token.actions.githubusercontent.com',
    githubToken,
    authorityHost: cloud.authorityHost,
    tenantId: value('CONTRACT_TENANT_ID'),
    clientId: value('CONTRACT_CLIENT_ID'),
    cosmos: {
      endpoint,
      database: value('CONTRACT_COSMOS_DATABASE'),
      container: value('CONTRACT_COSMOS_CONTAINER')
    },
    arm:
      subscriptionId && resourceGroup
        ? {
            endpoint: cloud.armEndpoint,
            subscriptionId,
            resourceGroup,
            accountName: new URL(endpoint).hostname.split('.')[0] ?? ''
          }
        : undefined,
    githubApi:
      value('CONTRACT_GITHUB_TOKEN') && repository
        ? {
            url: value('GITHUB_API_URL') || 'https://api.github.com',
            token: value('CONTRACT_GITHUB_TOKEN'),
            repository
          }
        : undefined,
    credential: () =>
      new ClientAssertionCredential(value('CONTRACT_TENANT_ID'), value('CONTRACT_CLIENT_ID'), () =>
        githubToken(cloud.tokenExchangeAudience)
      ),
    send,
    close: async () => undefined
  }
}

/**
 * The targets of this run: the local cloud, and Azure when its variables are set. Each entry has
 * a title that says, for a target that cannot run, why it is skipped.
 */
export function contractTargets(): Array<{
  title: string
  runs: boolean
  optional: OptionalContracts
  start: () => Promise<ContractTarget>
}> {
  const missing = missingAzureVariables()
  return [
    {
      title: 'the local cloud',
      runs: true,
      optional: { arm: true, githubApi: true },
      start: localTarget
    },
    {
      title:
        missing.length === 0
          ? 'Azure'
          : `Azure (skipped: set ${missing.join(', ')} to run these against a real account)`,
      runs: missing.length === 0,
      optional: {
        arm: Boolean(
          process.env['CONTRACT_SUBSCRIPTION_ID'] && process.env['CONTRACT_RESOURCE_GROUP']
        ),
        githubApi: Boolean(process.env['CONTRACT_GITHUB_TOKEN'])
      },
      start: async () => azureTarget()
    }
  ]
}

/** Which optional contracts a target can run (their variables are set). */
export interface OptionalContracts {
  readonly arm: boolean
  readonly githubApi: boolean
}

/** Posts a form to the tenant's token endpoint and returns Entra's raw answer. */
export function exchange(
  target: ContractTarget,
  form: { clientId: string; assertion: string; scope?: string }
): Promise<Answer> {
  return target.send(
    `${target.authorityHost.replace(/\/$/, '')}/${target.tenantId}/oauth2/v2.0/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: form.clientId,
        scope: form.scope ?? `${target.cloud.cosmosResource}/.default`,
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: form.assertion
      }).toString()
    }
  )
}

/**
 * Defines the same tests for every target: a describe block per target, skipped (with the reason
 * in its title) for one that cannot run here.
 */
export function forEachTarget(
  define: (target: () => ContractTarget, optional: OptionalContracts) => void
): void {
  for (const entry of contractTargets()) {
    ;(entry.runs ? describe : describe.skip)(entry.title, () => {
      let target: ContractTarget | undefined
      beforeAll(async () => {
        target = await entry.start()
      })
      afterAll(async () => {
        await target?.close()
      })
      define(() => {
        if (target === undefined) throw new Error('the target did not start')
        return target
      }, entry.optional)
    })
  }
}
