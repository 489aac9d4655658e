import {
  ClientAssertionCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential
} from '@azure/identity'
import { EntraError, GitHubTokenError } from '../errors.js'
import { nextReplicationWait } from '../replication-wait.js'
import { inspectAccessToken, type AccessTokenReport } from './access-token.js'
import { diagnoseAuthority } from './authority.js'
import { explainEntraFailure } from './entra-errors.js'
import type { GitHubTokenSource } from './github-token.js'

export interface FederatedCredentialParameters {
  readonly tenantId: string
  readonly clientId: string
  readonly authorityHost: string
  /** Skip MSAL's instance discovery: needed for any authority that is not a public cloud host. */
  readonly disableInstanceDiscovery: boolean
  readonly tokenSource: GitHubTokenSource
  /** For explanations: the cloud's default token-exchange audience and its name. */
  readonly defaultAudience: string
  readonly cloudName: string
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** Called with every access token Entra issues, before anything else happens with it. */
  readonly mask: (token: string) => void
  /** Called with what each new access token says (claims, and problems found in them). */
  readonly onAccessToken: (report: AccessTokenReport, scope: string) => void
  /**
   * How long after the first attempt "no credential matches" answers are retried, because a
   * credential created minutes ago may not have reached Entra's token service yet.
   */
  readonly propagationWaitMs?: number
  /** Told before each wait for a credential to propagate, in words for the log. */
  readonly onPropagationWait?: (message: string) => void
  /** Waits between retries of transient failures. */
  readonly retryDelaysMs?: readonly number[]
  /** Reads the authority's answer when MSAL cannot resolve it (tests inject a fake). */
  readonly diagnoseAuthority?: (authorityHost: string, tenantId: string) => Promise<string>
  /** Builds the exchanging credential; @azure/identity's ClientAssertionCredential by default. */
  readonly createExchange?: (getAssertion: () => Promise<string>) => TokenCredential
}

const DEFAULT_RETRY_DELAYS_MS = [2000, 5000, 10_000]
const MAX_TRANSIENT_RETRIES = 2
/**
 * A new federated credential takes from tens of seconds to a few minutes to reach every node of
 * Entra's token service (Entra's "federated identity credential considerations";
 * azure-workload-identity #273 saw a couple of minutes), so the first run after `setup --apply`
 * waits this long before it gives up.
 */
export const DEFAULT_PROPAGATION_WAIT_MS = 300_000

/**
 * The answers a credential that Entra's token service cannot see yet produces: no credential at
 * all (70021), none with the job's subject (700213), no flexible expression that matches
 * (7002131). Answers that name a credential Entra can see but that does not fit (a subject in
 * another case, 7002138; another audience, 700212; another issuer, 700211, the commonest typo)
 * cannot be waited away and fail at once.
 */
const PROPAGATION_CODES: ReadonlySet<number> = new Set([70021, 700213, 7002131])

/**
 * A TokenCredential that exchanges the job's GitHub OIDC token for Entra access tokens.
 * Entra asks for an assertion whenever it issues a token, and the GitHub token source hands out
 * a fresh one when needed, so a long job never presents an expired GitHub token. Failures come
 * back as EntraErrors that explain themselves from the claims the job presented.
 */
export class FederatedCredential implements TokenCredential {
  private inner: TokenCredential
  private firstAttemptAt: number | undefined

  constructor(private readonly parameters: FederatedCredentialParameters) {
    this.inner = this.newExchange()
  }

  /**
   * A new exchanging credential. After a 429 or 5xx, MSAL answers every request from a throttling
   * cache for up to a minute without asking Entra, so a retry needs a fresh MSAL client.
   */
  private newExchange(): TokenCredential {
    const parameters = this.parameters
    const getAssertion = (): Promise<string> => parameters.tokenSource.getToken()
    return (
      parameters.createExchange?.(getAssertion) ??
      new ClientAssertionCredential(parameters.tenantId, parameters.clientId, getAssertion, {
        authorityHost: parameters.authorityHost,
        disableInstanceDiscovery: parameters.disableInstanceDiscovery
      })
    )
  }

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes
    this.firstAttemptAt ??= this.parameters.now()
    const retries = { transient: 0, propagation: 0 }
    for (;;) {
      try {
        const accessToken = await this.inner.getToken(scopes, options)
        if (accessToken === null) throw new Error('Microsoft Entra ID returned no access token.')
        this.parameters.mask(accessToken.token)
        this.parameters.onAccessToken(inspect(accessToken, scope), scope)
        return accessToken
      } catch (error) {
        await this.pauseOrThrow(await this.explain(error, scope), retries)
      }
    }
  }

  /** The failure in the job's terms, or the GitHub token's own error unchanged. */
  private async explain(error: unknown, scope: string): Promise<EntraError | GitHubTokenError> {
    const own = findGitHubTokenError(error)
    if (own) return own
    const unresolved = /endpoints_resolution_error/.test(
      String((error as Error | undefined)?.message)
    )
    const authority = unresolved
      ? await (this.parameters.diagnoseAuthority ?? diagnoseAuthority)(
          this.parameters.authorityHost,
          this.parameters.tenantId
        )
      : undefined
    return explainEntraFailure(error, {
      authorityHost: this.parameters.authorityHost,
      authorityAnswer: authority,
      claims: this.parameters.tokenSource.claims,
      clientId: this.parameters.clientId,
      tenantId: this.parameters.tenantId,
      scope,
      defaultAudience: this.parameters.defaultAudience,
      cloudName: this.parameters.cloudName,
      now: new Date(this.parameters.now()),
      propagationWaitedMs: this.parameters.now() - (this.firstAttemptAt ?? 0),
      propagationWaitMs: this.propagationWaitMs()
    })
  }

  /** Sleeps before the next attempt when one is worth it; throws the failure otherwise. */
  private async pauseOrThrow(
    failure: EntraError | GitHubTokenError,
    retries: { transient: number; propagation: number }
  ): Promise<void> {
    if (failure instanceof GitHubTokenError) throw failure
    if (failure.transient) {
      const delay = (this.parameters.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)[retries.transient]
      // The identity pipeline has already retried transient faults; two more rounds, spaced out.
      if (delay === undefined || retries.transient >= MAX_TRANSIENT_RETRIES) throw failure
      retries.transient++
      // After a 429 or 5xx MSAL replays the failure from its throttling cache: a fresh client.
      this.inner = this.newExchange()
      return this.parameters.sleep(delay)
    }
    const wait = this.propagationDelay(failure, retries.propagation)
    if (wait === undefined) throw failure
    retries.propagation++
    this.parameters.onPropagationWait?.(this.waitMessage(failure, wait))
    return this.parameters.sleep(wait)
  }

  private propagationWaitMs(): number {
    return this.parameters.propagationWaitMs ?? DEFAULT_PROPAGATION_WAIT_MS
  }

  /** How long to wait before asking again for a credential that may be propagating; undefined: don't. */
  private propagationDelay(error: EntraError, waits: number): number | undefined {
    if (error.code === undefined || !PROPAGATION_CODES.has(error.code)) return undefined
    const waited = this.parameters.now() - (this.firstAttemptAt ?? 0)
    return nextReplicationWait(waits, waited, this.propagationWaitMs())
  }

  private waitMessage(error: EntraError, delay: number): string {
    const claims = this.parameters.tokenSource.claims
    const audience = Array.isArray(claims?.aud) ? claims?.aud.join(', ') : claims?.aud
    const waited = Math.round((this.parameters.now() - (this.firstAttemptAt ?? 0)) / 1000)
    return (
      `No federated credential of ${this.parameters.clientId} matches this job yet (AADSTS${error.code ?? '?'}): ` +
      `issuer '${claims?.iss ?? '?'}', subject '${claims?.sub ?? '?'}', audience '${audience ?? '?'}'. ` +
      'A credential created in the last few minutes takes that long to reach Entra; ' +
      `trying again in ${Math.round(delay / 1000)} s (waited ${waited} s of at most ${Math.round(this.propagationWaitMs() / 1000)} s; 'propagation-wait: 0' fails at once).`
    )
  }
}

/** What the token says; a token that cannot be decoded is reported, not fatal. */
export function inspect(accessToken: AccessToken, scope: string): AccessTokenReport {
  try {
    return inspectAccessToken(accessToken.token, scope, accessToken.expiresOnTimestamp)
  } catch {
    return {
      claims: {},
      audience: undefined,
      expiresOn: new Date(accessToken.expiresOnTimestamp),
      problems: [
        'Microsoft Entra ID returned an access token that is not a JWT: its audience and clock cannot be checked.'
      ]
    }
  }
}

function findGitHubTokenError(error: unknown): GitHubTokenError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    if (current instanceof GitHubTokenError) return current
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
