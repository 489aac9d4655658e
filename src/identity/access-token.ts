import { decodeClaims, type EntraClaims } from './claims.js'

/** Clock skew beyond which Entra-issued tokens may be refused before or after their time. */
export const MAX_CLOCK_SKEW_SECONDS = 300

/** What the action learned from an Entra access token, and what looked wrong with it. */
export interface AccessTokenReport {
  readonly claims: EntraClaims
  readonly audience: string | undefined
  readonly expiresOn: Date | undefined
  readonly problems: readonly string[]
}

/** The resource a `<resource>/.default` scope asks for. */
export function resourceOfScope(scope: string): string {
  return scope.replace(/\/\.default$/, '').replace(/\/$/, '')
}

/**
 * Reads an Entra access token's claims (it is not verified here: the resource does that) and
 * checks what commonly breaks: an audience that is not the resource asked for, and a runner
 * clock that differs from Entra's by more than five minutes.
 *
 * The clock comparison uses `exp` (Entra's clock) against `expiresOnTimestamp`, which the SDK
 * computes from the runner's clock and `expires_in`; `iat` and `nbf` are no help, since Entra
 * backdates both by five minutes on purpose.
 */
export function inspectAccessToken(
  token: string,
  scope: string,
  expiresOnTimestamp: number
): AccessTokenReport {
  const claims = decodeClaims<EntraClaims>(token)
  const problems: string[] = []
  const expected = resourceOfScope(scope)
  const audiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).filter(
    (aud): aud is string => typeof aud === 'string'
  )
  if (!audiences.some((aud) => resourceOfScope(aud) === expected)) {
    problems.push(
      `The Entra token's audience is '${audiences.join(', ') || 'missing'}', not the resource '${expected}' it was requested for; the resource will refuse it. Check 'endpoint' and 'cloud'.`
    )
  }
  if (typeof claims.exp === 'number') {
    // Positive: Entra's clock is ahead of the runner's.
    const skew = Math.round(claims.exp - expiresOnTimestamp / 1000)
    if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
      problems.push(
        `The runner clock is ${Math.abs(skew)} s ${skew > 0 ? 'behind' : 'ahead of'} Microsoft Entra ID (the token expires at ${new Date(claims.exp * 1000).toISOString()} by Entra's clock, ${new Date(expiresOnTimestamp).toISOString()} by the runner's); more than ${MAX_CLOCK_SKEW_SECONDS} s makes tokens look expired or not yet valid. Sync the runner clock.`
      )
    }
  }
  return {
    claims,
    audience: audiences[0],
    expiresOn: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
    problems
  }
}
