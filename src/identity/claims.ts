import { decodeJwt, type JWTPayload } from 'jose'

/** The claims of a GitHub Actions OIDC token that the action reads. All optional: never trust shape. */
export interface GitHubClaims extends JWTPayload {
  readonly repository?: string
  readonly repository_owner?: string
  readonly repository_id?: string
  readonly repository_owner_id?: string
  readonly ref?: string
  readonly ref_type?: string
  readonly environment?: string
  readonly event_name?: string
  readonly job_workflow_ref?: string
  readonly workflow_ref?: string
  readonly actor?: string
  readonly sha?: string
  readonly run_id?: string
  readonly run_attempt?: string
}

/** The claims of an Entra access token that the action checks. */
export interface EntraClaims extends JWTPayload {
  readonly oid?: string
  readonly tid?: string
  readonly appid?: string
  readonly azp?: string
}

/** Decodes a JWT's payload without verifying it: the verifier is Entra (or Cosmos), not us. */
export function decodeClaims<T extends JWTPayload>(token: string): T {
  return decodeJwt(token) as T
}

/** The claims worth showing in a log: they decide which federated credential matches. */
export function presentedClaims(claims: GitHubClaims): ReadonlyArray<readonly [string, string]> {
  const audience = Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud
  const rows: Array<readonly [string, string | undefined]> = [
    ['iss', claims.iss],
    ['sub', claims.sub],
    ['aud', audience],
    ['job_workflow_ref', claims.job_workflow_ref],
    ['environment', claims.environment],
    ['ref', claims.ref],
    ['event_name', claims.event_name]
  ]
  return rows.filter(
    (row): row is readonly [string, string] => typeof row[1] === 'string' && row[1] !== ''
  )
}

/** What a subject says about the job, parsed from GitHub's subject formats. */
export interface SubjectShape {
  /** `immutable` subjects name owner and repository with their numeric ids: `repo:o@1/r@2:...`. */
  readonly form: 'classic' | 'immutable' | 'custom' | 'unknown'
  /** The part after the repository: `environment:prod`, `pull_request`, `ref:refs/heads/main`, ... */
  readonly context: string | undefined
}

const CLASSIC = /^repo:([^:@/]+)\/([^:@]+):(.+)$/
const IMMUTABLE = /^repo:([^:@/]+)@(\d+)\/([^:@]+)@(\d+):(.+)$/
const STANDARD_CONTEXT = /^(environment:[^:]+|pull_request|ref:[^:]+)$/

/** Tells which of GitHub's subject formats a `sub` claim uses. */
export function parseSubject(subject: string): SubjectShape {
  const immutable = IMMUTABLE.exec(subject)
  if (immutable) {
    const context = immutable[5] as string
    return { form: STANDARD_CONTEXT.test(context) ? 'immutable' : 'custom', context }
  }
  const classic = CLASSIC.exec(subject)
  if (classic) {
    const context = classic[3] as string
    return { form: STANDARD_CONTEXT.test(context) ? 'classic' : 'custom', context }
  }
  return { form: subject.includes(':') ? 'custom' : 'unknown', context: undefined }
}

/** Escapes a value the way GitHub does inside a subject (a `:` becomes `%3A`). */
function escapeSubjectValue(value: string): string {
  return value.replaceAll(':', '%3A')
}

/**
 * The classic subject GitHub would present for these claims with the default template:
 * environment first, then pull request, then ref.
 */
export function classicSubject(claims: GitHubClaims): string | undefined {
  if (claims.repository === undefined) return undefined
  const repo = `repo:${claims.repository}`
  if (claims.environment) return `${repo}:environment:${escapeSubjectValue(claims.environment)}`
  if (claims.event_name === 'pull_request') {
    return `${repo}:pull_request`
  }
  if (claims.ref) return `${repo}:ref:${escapeSubjectValue(claims.ref)}`
  return undefined
}
