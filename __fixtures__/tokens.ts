import { UnsecuredJWT, type JWTPayload } from 'jose'

/** An unsigned JWT with these claims: enough for code that decodes but never verifies. */
export function unsignedToken(claims: JWTPayload): string {
  return new UnsecuredJWT(claims).encode()
}

/** Claims of a GitHub Actions token for octo-org/inventory on main, at `nowSeconds`. */
export function githubClaims(nowSeconds: number, overrides: Record<string, unknown> = {}) {
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:octo-org/inventory:ref:refs/heads/main',
    aud: 'api://AzureADTokenExchange',
    repository: 'octo-org/inventory',
    repository_owner: 'octo-org',
    ref: 'refs/heads/main',
    event_name: 'push',
    job_workflow_ref: 'octo-org/inventory/.github/workflows/release.yml@refs/heads/main',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 300,
    ...overrides
  }
}
