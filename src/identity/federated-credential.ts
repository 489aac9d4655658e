import {
  ClientAssertionCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential
} from '@azure/identity'
import { EntraError, GitHubTokenError } from '../errors.js'
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
  /** How long after the first attempt AADSTS70021 is retried (a new credential propagating). */
  readonly propagationWindowMs?: number
  /** Waits between retries of transient failures and of 70021 within the window. */
  readonly retryDelaysMs?: readonly number[]
  /** Reads the authority's answer when MSAL cannot resolve it (tests inject a fake). */
  readonly diagnoseAuthority?: (authorityHost: string, tenantId: string) => Promise<string>
  /** Builds the exchanging credential; @azure/identity's ClientAssertionCredential by default. */
  readonly createExchange?: (getAssertion: () => Promise<string>) => TokenCredential
}

const DEFAULT_RETRY_DELAYS_MS = [2000, 5000, 10_000]
const MAX_TRANSIENT_RETRIES = 2
/** Long enough for a credential created moments ago; short enough that a typo costs seconds. */
const DEFAULT_PROPAGATION_WINDOW_MS = 20_000

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
    const delays = this.parameters.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
    this.firstAttemptAt ??= this.parameters.now()
    for (let attempt = 0; ; attempt++) {
      try {
        const accessToken = await this.inner.getToken(scopes, options)
        if (accessToken === null) throw new Error('Microsoft Entra ID returned no access token.')
        this.parameters.mask(accessToken.token)
        this.parameters.onAccessToken(inspect(accessToken, scope), scope)
        return accessToken
      } catch (error) {
        const own = findGitHubTokenError(error)
        if (own) throw own
        const authority = /endpoints_resolution_error/.test(
          String((error as Error | undefined)?.message)
        )
          ? await (this.parameters.diagnoseAuthority ?? diagnoseAuthority)(
              this.parameters.authorityHost,
              this.parameters.tenantId
            )
          : undefined
        const explained = explainEntraFailure(error, {
          authorityHost: this.parameters.authorityHost,
          authorityAnswer: authority,
          claims: this.parameters.tokenSource.claims,
          clientId: this.parameters.clientId,
          tenantId: this.parameters.tenantId,
          scope,
          defaultAudience: this.parameters.defaultAudience,
          cloudName: this.parameters.cloudName,
          now: new Date(this.parameters.now())
        })
        const delay = delays[attempt]
        if (delay === undefined || !this.worthRetrying(explained, attempt)) throw explained
        if (explained.transient) this.inner = this.newExchange()
        await this.parameters.sleep(delay)
      }
    }
  }

  private worthRetrying(error: EntraError, attempt: number): boolean {
    // The identity pipeline has already retried transient faults; two more rounds, spaced out.
    if (error.transient) return attempt < MAX_TRANSIENT_RETRIES
    // A credential just created takes minutes to reach every Entra node.
    const window = this.parameters.propagationWindowMs ?? DEFAULT_PROPAGATION_WINDOW_MS
    return error.code === 70021 && this.parameters.now() - (this.firstAttemptAt ?? 0) < window
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
