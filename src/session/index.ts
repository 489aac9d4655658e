import type { CosmosClient } from '@azure/cosmos'
import type { TokenCredential } from '@azure/identity'
import {
  CosmosScopeFallback,
  createCosmosClient,
  proveDatabaseAccess,
  type DatabaseAccess
} from '../cosmos/index.js'
import { DeveloperCredential } from '../identity/developer-credential.js'
import { FederatedCredential, GitHubTokenSource, type GitHubClaims } from '../identity/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { Runtime } from '../runtime.js'
import { loginReport, type LoginReport } from './report.js'
import { TokenLog, type TokenFigures } from './token-log.js'

export type { TokenFigures } from './token-log.js'
export type { LoginReport } from './report.js'

export const USER_AGENT = 'cosmos-oidc-action/0.1.0'

/** A logged-in session: what later steps use, and what the report shows. */
export interface Session {
  /** The federated credential: tokens for any resource (ARM too), never through the Cosmos fallback. */
  readonly credential: TokenCredential
  readonly client: CosmosClient
  readonly access: DatabaseAccess
  readonly report: LoginReport
  /** The claims of the job's GitHub token: who runs the job, for ledgers and locks. */
  readonly claims: GitHubClaims | undefined
  /** Request units the session's Cosmos DB client has spent so far, every request counted. */
  readonly requestCharge: () => number
  /** The token figures as they stand now: a long job fetches and renews tokens after login. */
  readonly tokens: () => TokenFigures
  /** Clients for the job's data work, made when first asked for (a login-only job makes none). */
  readonly workClients: () => WorkClients
}

/**
 * The job's data work (seeding, the migration helpers) at the `priority` and `throughput-bucket`
 * inputs, apart from the ledger, the lock and the checks, which stay at high priority.
 */
export interface WorkClients {
  /** Reads and point writes, with the SDK's own retries. */
  readonly reads: CosmosClient
  /** Bulk writes: throttles come back at once, for the throughput governor (src/throughput/). */
  readonly writes: CosmosClient
}

/**
 * Logs in: GitHub OIDC token, exchanged at Entra through the federated credential, then a read of
 * the database to prove that Cosmos DB accepts the identity. Every token is masked as it arrives.
 */
export async function login(
  inputs: ActionInputs,
  runtime: Runtime,
  developerCredential?: TokenCredential
): Promise<Session> {
  const started = runtime.now()
  const { tokenSource, tokens } = tokenChain(inputs, runtime, { showClaims: true })
  const credential = developerCredential
    ? new DeveloperCredential(developerCredential, runtime.setSecret, tokens.onAccessToken)
    : federatedCredential(inputs, runtime, tokenSource, tokens)
  const meter = { total: 0 }
  const connection = {
    endpoint: inputs.endpoint,
    credential: cosmosScope(inputs, runtime, credential),
    userAgentSuffix: USER_AGENT,
    meter
  }
  const client = createCosmosClient(connection)
  const access = await proveDatabaseAccess(client, {
    endpoint: inputs.endpoint,
    database: inputs.database,
    accountName: inputs.accountName,
    resourceGroup: inputs.resourceGroup,
    get principalId() {
      return tokens.cosmosToken?.claims.oid
    }
  })
  const report = loginReport({
    inputs,
    github: tokenSource.claims,
    cosmosToken: tokens.cosmosToken,
    figures: tokens.figures(),
    containers: access.containers,
    // Everything the client spent logging in, the SDK's own account reads included.
    requestCharge: meter.total,
    elapsedMs: runtime.now() - started
  })
  runtime.log.info(
    `Logged in to database '${inputs.database}' (${access.containers.length} container(s)) as principal ${report.principalId ?? '?'}.`
  )
  return {
    credential,
    client,
    access,
    report,
    claims: tokenSource.claims,
    requestCharge: () => meter.total,
    tokens: tokens.figures,
    workClients: once(() => workClients(inputs, connection))
  }
}

function workClients(
  inputs: ActionInputs,
  connection: Parameters<typeof createCosmosClient>[0]
): WorkClients {
  const work = { priority: inputs.priority, throughputBucket: inputs.throughputBucket }
  return {
    reads: createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: true } }),
    writes: createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: false } })
  }
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/**
 * A Cosmos DB client for the job's identity, without the checks of a login: for the post step,
 * which only frees what a cancelled run left behind, with a GitHub token of its own.
 */
export function reconnect(inputs: ActionInputs, runtime: Runtime): CosmosClient {
  const { tokenSource, tokens } = tokenChain(inputs, runtime, { showClaims: false })
  const credential = federatedCredential(inputs, runtime, tokenSource, tokens)
  return createCosmosClient({
    endpoint: inputs.endpoint,
    credential: cosmosScope(inputs, runtime, credential),
    userAgentSuffix: USER_AGENT
  })
}

/**
 * The job's GitHub tokens, and the log of every token that comes of them; the claims of the
 * first are shown when asked (the login shows them, the post step's reconnection does not).
 */
function tokenChain(
  inputs: ActionInputs,
  runtime: Runtime,
  options: { readonly showClaims: boolean }
): { tokenSource: GitHubTokenSource; tokens: TokenLog } {
  const tokenSource = new GitHubTokenSource({
    audience: inputs.audience,
    requestToken: runtime.getIDToken,
    now: runtime.now,
    sleep: runtime.sleep,
    ...(options.showClaims ? { onNewToken: (claims) => tokens.onGitHubToken(claims) } : {})
  })
  const tokens = new TokenLog({
    log: runtime.log,
    now: runtime.now,
    armResource: inputs.cloud.armResource,
    githubTokensFetched: () => tokenSource.fetchCount
  })
  return { tokenSource, tokens }
}

/** The job's GitHub token exchanged at Entra through the federated identity credential. */
function federatedCredential(
  inputs: ActionInputs,
  runtime: Runtime,
  tokenSource: GitHubTokenSource,
  tokens: TokenLog
): TokenCredential {
  return new FederatedCredential({
    tenantId: inputs.tenantId,
    clientId: inputs.clientId,
    authorityHost: inputs.authorityHost,
    disableInstanceDiscovery: inputs.customAuthority,
    tokenSource,
    defaultAudience: inputs.cloud.tokenExchangeAudience,
    cloudName: inputs.cloud.name,
    now: runtime.now,
    sleep: runtime.sleep,
    mask: runtime.setSecret,
    onAccessToken: tokens.onAccessToken,
    propagationWaitMs: inputs.propagationWaitMs,
    onPropagationWait: (message) => runtime.log.info(message)
  })
}

/** Cosmos DB tokens for the account's own resource, or the cloud's when Entra knows no other. */
function cosmosScope(
  inputs: ActionInputs,
  runtime: Runtime,
  credential: TokenCredential
): TokenCredential {
  return new CosmosScopeFallback(
    credential,
    `${inputs.cloud.cosmosResource}/.default`,
    (from, to) =>
      runtime.log.info(
        `Entra knows no resource for ${from}; using the ${inputs.cloud.name} Cosmos DB scope ${to}.`
      )
  )
}
