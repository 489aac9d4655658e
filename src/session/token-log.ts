import type { GitHubClaims } from '../identity/index.js'
import { presentedClaims, resourceOfScope, type AccessTokenReport } from '../identity/index.js'
import type { Logger } from '../runtime.js'

/** How many tokens the run needed, and the current access token's lifetime. */
export interface TokenFigures {
  readonly githubTokensFetched: number
  readonly entraTokensIssued: number
  readonly accessTokenExpiresOn: Date | undefined
  readonly accessTokenLifetimeSeconds: number | undefined
}

/**
 * Follows the tokens of a session as they arrive: logs the first of each kind in full and the
 * renewals at debug level, warns once per problem, and keeps the figures the summary shows.
 */
export class TokenLog {
  private latestCosmosToken: AccessTokenReport | undefined
  private latestCosmosTokenReceived = 0
  private entraTokens = 0
  private readonly warned = new Set<string>()

  constructor(
    private readonly parameters: {
      readonly log: Logger
      readonly now: () => number
      /** ARM's resource: its tokens are not the Cosmos DB token the figures describe. */
      readonly armResource: string
      readonly githubTokensFetched: () => number
    }
  ) {}

  /** The latest Cosmos DB access token's report, if one was issued yet. */
  get cosmosToken(): AccessTokenReport | undefined {
    return this.latestCosmosToken
  }

  /** A GitHub OIDC token arrived: its claims are shown once, in full, as Entra will see them. */
  readonly onGitHubToken = (claims: GitHubClaims): void => {
    const { log } = this.parameters
    const count = this.parameters.githubTokensFetched()
    if (count === 1) {
      log.info('GitHub OIDC token claims presented to Microsoft Entra ID:')
      for (const [name, value] of presentedClaims(claims)) log.info(`  ${name}: ${value}`)
    } else {
      log.debug(`Fetched GitHub OIDC token #${count} (expires ${expiry(claims.exp)}).`)
    }
  }

  /** Entra issued an access token, for Cosmos DB or for ARM. */
  readonly onAccessToken = (report: AccessTokenReport, scope: string): void => {
    const { log } = this.parameters
    this.entraTokens++
    if (resourceOfScope(scope) !== resourceOfScope(this.parameters.armResource)) {
      this.latestCosmosToken = report
      this.latestCosmosTokenReceived = this.parameters.now()
    }
    for (const problem of report.problems) {
      if (!this.warned.has(problem)) log.warning(problem)
      this.warned.add(problem)
    }
    const claims = report.claims
    const line = `Entra issued an access token for ${report.audience ?? resourceOfScope(scope)} (principal ${claims.oid ?? '?'}, tenant ${claims.tid ?? '?'}, expires ${report.expiresOn?.toISOString() ?? '?'}).`
    if (this.entraTokens === 1) log.info(line)
    else log.debug(line)
  }

  /** The token figures as they stand now: a long job fetches and renews tokens after login. */
  readonly figures = (): TokenFigures => {
    const token = this.latestCosmosToken
    return {
      githubTokensFetched: this.parameters.githubTokensFetched(),
      entraTokensIssued: this.entraTokens,
      accessTokenExpiresOn: token?.expiresOn,
      accessTokenLifetimeSeconds: token?.expiresOn
        ? Math.round((token.expiresOn.getTime() - this.latestCosmosTokenReceived) / 1000)
        : undefined
    }
  }
}

function expiry(exp: unknown): string {
  return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : '?'
}
