import type { CosmosClient } from '@azure/cosmos'
import type { TokenCredential } from '@azure/identity'
import {
  CosmosScopeFallback,
  createCosmosClient,
  proveDatabaseAccess,
  type DatabaseAccess
} from './cosmos/index.js'
import { DeveloperCredential } from './identity/developer-credential.js'
import {
  FederatedCredential,
  GitHubTokenSource,
  presentedClaims,
  resourceOfScope,
  type AccessTokenReport,
  type GitHubClaims
} from './identity/index.js'
import type { ActionInputs } from './inputs.js'
import type { LoginReport } from './report/summary.js'
import type { Runtime } from './runtime.js'

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
}

/** How many tokens the run needed, and the current access token's lifetime. */
export interface TokenFigures {
  readonly githubTokensFetched: number
  readonly entraTokensIssued: number
  readonly accessTokenExpiresOn: Date | undefined
  readonly accessTokenLifetimeSeconds: number | undefined
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
  const { log } = runtime
  let latestCosmosToken: AccessTokenReport | undefined
  let latestCosmosTokenReceived = 0
  let entraTokens = 0
  const warned = new Set<string>()

  const tokenSource = new GitHubTokenSource({
    audience: inputs.audience,
    requestToken: runtime.getIDToken,
    now: runtime.now,
    sleep: runtime.sleep,
    onNewToken: (claims) => {
      if (tokenSource.fetchCount === 1) {
        log.info('GitHub OIDC token claims presented to Microsoft Entra ID:')
        for (const [name, value] of presentedClaims(claims)) log.info(`  ${name}: ${value}`)
      } else {
        log.debug(
          `Fetched GitHub OIDC token #${tokenSource.fetchCount} (expires ${expiry(claims.exp)}).`
        )
      }
    }
  })

  const onAccessToken = (report: AccessTokenReport, scope: string): void => {
    entraTokens++
    if (resourceOfScope(scope) !== resourceOfScope(inputs.cloud.armResource)) {
      latestCosmosToken = report
      latestCosmosTokenReceived = runtime.now()
    }
    for (const problem of report.problems) {
      if (!warned.has(problem)) log.warning(problem)
      warned.add(problem)
    }
    const claims = report.claims
    const line = `Entra issued an access token for ${report.audience ?? resourceOfScope(scope)} (principal ${claims.oid ?? '?'}, tenant ${claims.tid ?? '?'}, expires ${report.expiresOn?.toISOString() ?? '?'}).`
    if (entraTokens === 1) log.info(line)
    else log.debug(line)
  }
  const federated: TokenCredential = developerCredential
    ? new DeveloperCredential(developerCredential, runtime.setSecret, onAccessToken)
    : new FederatedCredential({
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
        onAccessToken,
        propagationWaitMs: inputs.propagationWaitMs,
        onPropagationWait: (message) => log.info(message)
      })

  const cosmosCredential = new CosmosScopeFallback(
    federated,
    `${inputs.cloud.cosmosResource}/.default`,
    (from, to) =>
      log.info(
        `Entra knows no resource for ${from}; using the ${inputs.cloud.name} Cosmos DB scope ${to}.`
      )
  )
  const meter = { total: 0 }
  const client = createCosmosClient({
    endpoint: inputs.endpoint,
    credential: cosmosCredential,
    userAgentSuffix: USER_AGENT,
    meter
  })
  const access = await proveDatabaseAccess(client, {
    endpoint: inputs.endpoint,
    database: inputs.database,
    accountName: inputs.accountName,
    resourceGroup: inputs.resourceGroup,
    get principalId() {
      return latestCosmosToken?.claims.oid
    }
  })

  const tokens = (): TokenFigures => ({
    githubTokensFetched: tokenSource.fetchCount,
    entraTokensIssued: entraTokens,
    accessTokenExpiresOn: latestCosmosToken?.expiresOn,
    accessTokenLifetimeSeconds: latestCosmosToken?.expiresOn
      ? Math.round((latestCosmosToken.expiresOn.getTime() - latestCosmosTokenReceived) / 1000)
      : undefined
  })
  const claims = tokenSource.claims
  const cosmosClaims = latestCosmosToken?.claims
  const report: LoginReport = {
    subject: claims?.sub,
    issuer: claims?.iss,
    audience: Array.isArray(claims?.aud) ? claims.aud.join(', ') : claims?.aud,
    environment: claims?.environment,
    ref: claims?.ref,
    eventName: claims?.event_name,
    jobWorkflowRef: claims?.job_workflow_ref,
    clientId: inputs.clientId,
    principalId: cosmosClaims?.oid,
    tenantId: cosmosClaims?.tid,
    cosmosAudience: latestCosmosToken?.audience,
    githubTokenLifetimeSeconds:
      typeof claims?.exp === 'number' && typeof claims.iat === 'number'
        ? claims.exp - claims.iat
        : undefined,
    ...tokens(),
    endpoint: inputs.endpoint,
    database: inputs.database,
    containers: access.containers,
    // Everything the client spent logging in, the SDK's own account reads included.
    requestCharge: meter.total,
    elapsedMs: runtime.now() - started
  }
  log.info(
    `Logged in to database '${inputs.database}' (${access.containers.length} container(s)) as principal ${report.principalId ?? '?'}.`
  )
  return {
    credential: federated,
    client,
    access,
    report,
    claims,
    requestCharge: () => meter.total,
    tokens
  }
}

function expiry(exp: unknown): string {
  return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : '?'
}
