import { GitHubTokenError, describeError } from '../errors.js'
import { decodeClaims, type GitHubClaims } from './claims.js'

/** The runner variables that exist only when the job may request an OIDC token. */
export const ID_TOKEN_VARIABLES = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** The workflow lines that grant the permission, shown whenever it is missing. */
export const ID_TOKEN_PERMISSION_YAML = [
  'permissions:',
  '  id-token: write',
  '  contents: read'
].join('\n')

export interface GitHubTokenSourceParameters {
  readonly audience: string
  /** Requests a new token from the runner (core.getIDToken in the action). */
  readonly requestToken: (audience: string) => Promise<string>
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** Called once per new token with its claims (for logs); never given the token itself. */
  readonly onNewToken?: (claims: GitHubClaims) => void
  /** Waits between attempts on transient failures of the runner's token service. */
  readonly retryDelaysMs?: readonly number[]
}

interface HeldToken {
  readonly token: string
  readonly claims: GitHubClaims
  /** Reuse the token until this instant (ms), well before it expires. */
  readonly renewAt: number
}

/** At most this long before expiry a token is renewed; shorter-lived tokens renew at 3/4 of life. */
const RENEW_MARGIN_MS = 60_000

/**
 * Hands out the job's GitHub OIDC token, fetching a new one whenever the last is near expiry.
 * Entra calls for an assertion every time it issues a token, so a job stays authenticated for
 * as long as the runner's request token lives, whatever the lifetimes of the tokens.
 */
export class GitHubTokenSource {
  private held: HeldToken | undefined
  private pending: Promise<HeldToken> | undefined
  private fetched = 0

  constructor(private readonly parameters: GitHubTokenSourceParameters) {}

  /** How many tokens were fetched from the runner so far. */
  get fetchCount(): number {
    return this.fetched
  }

  /** The claims of the newest token, if any was fetched. */
  get claims(): GitHubClaims | undefined {
    return this.held?.claims
  }

  /** A GitHub token valid for a while yet; fetches a new one when needed (one fetch at a time). */
  async getToken(): Promise<string> {
    const held = this.held
    if (held !== undefined && this.parameters.now() < held.renewAt) return held.token
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined
    })
    return (await this.pending).token
  }

  private async fetch(): Promise<HeldToken> {
    const delays = this.parameters.retryDelaysMs ?? [1000, 2000, 4000]
    for (let attempt = 0; ; attempt++) {
      try {
        const token = await this.parameters.requestToken(this.parameters.audience)
        const held = this.hold(token)
        this.fetched++
        this.held = held
        this.parameters.onNewToken?.(held.claims)
        return held
      } catch (error) {
        const delay = delays[attempt]
        if (error instanceof GitHubTokenError || delay === undefined || !isTransient(error)) {
          throw asGitHubTokenError(error)
        }
        await this.parameters.sleep(delay)
      }
    }
  }

  private hold(token: string): HeldToken {
    let claims: GitHubClaims
    try {
      claims = decodeClaims<GitHubClaims>(token)
    } catch (error) {
      throw new GitHubTokenError(
        'The runner returned an ID token that is not a JWT. Re-run the job; if it persists, the runner is misconfigured.',
        { missingPermission: false, cause: error }
      )
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    if (!audiences.includes(this.parameters.audience)) {
      throw new GitHubTokenError(
        `The GitHub token's audience is '${audiences.join(', ')}', but '${this.parameters.audience}' was requested.`,
        { missingPermission: false }
      )
    }
    const now = this.parameters.now()
    const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : now
    const issuedAt = typeof claims.iat === 'number' ? claims.iat * 1000 : now
    const margin = Math.min(RENEW_MARGIN_MS, Math.max(0, expiresAt - issuedAt) / 4)
    return { token, claims, renewAt: expiresAt - margin }
  }
}

function isTransient(error: unknown): boolean {
  const text = describeError(error)
  const status = /Error Code\s*:\s*(\d{3})/.exec(text)
  if (status) {
    const code = Number(status[1])
    return code === 429 || code === 408 || code >= 500
  }
  // No HTTP status: the request never got an answer (reset, refused, timed out).
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up|EAI_AGAIN|timeout/i.test(text)
}

function asGitHubTokenError(error: unknown): GitHubTokenError {
  if (error instanceof GitHubTokenError) return error
  const text = describeError(error)
  const unauthorized = /Error Code\s*:\s*401/.test(text)
  return new GitHubTokenError(
    unauthorized
      ? `The runner refused to issue a GitHub OIDC token (401): the job's request token has expired or is invalid. Jobs can request tokens for as long as they run (about 6 hours). ${oneLine(text)}`
      : `Could not get a GitHub OIDC token from the runner: ${oneLine(text)}`,
    { missingPermission: false, cause: error }
  )
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
