import { createHash } from 'node:crypto'

/** What a simulated workflow job looks like to the OIDC issuer. Only `repository` is required. */
export interface JobOptions {
  /** `owner/name`, e.g. 'octo-org/inventory'. */
  repository: string
  /** Numeric ids as strings; by default derived from the names, so they are stable across jobs. */
  repositoryId?: string
  repositoryOwnerId?: string
  /** Default 'refs/heads/main' ('refs/pull/1/merge' when eventName is 'pull_request'). */
  ref?: string
  environment?: string
  /** Default 'push'; 'pull_request' gives the `pull_request` subject. */
  eventName?: string
  /** `repo:OWNER@OWNER_ID/REPO@REPO_ID:...` instead of `repo:OWNER/REPO:...`. */
  immutableSubject?: boolean
  /** A custom subject template (`include_claim_keys`), e.g. ['repo', 'context', 'job_workflow_ref']. */
  subjectClaimKeys?: string[]
  /** Lifetime of each issued JWT (default 300). */
  tokenLifetimeSeconds?: number
  /** Lifetime of the request token (default 21600, a job's maximum). */
  requestTokenLifetimeSeconds?: number
  /** Shifts iat/nbf/exp of issued JWTs, as a runner with a wrong clock would see them. */
  clockSkewSeconds?: number
  actor?: string
  sha?: string
  /** Workflow name (the `workflow` claim), default 'CI'. */
  workflow?: string
  /** Workflow file, default '.github/workflows/ci.yml'. */
  workflowPath?: string
}

/** The claims of a GitHub Actions OIDC token except the per-token ones (jti, aud, times). */
export type JobClaims = Record<string, string>

/** A stable numeric id for a name, so the same repository gets the same id in every job. */
function stableNumericId(name: string): string {
  const digest = createHash('sha256').update(name).digest()
  return String(100_000_000 + (digest.readUInt32BE(0) % 900_000_000))
}

function stableSha(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** A ':' inside a claim value is written %3A in the subject, as GitHub does. */
function escapeValue(value: string): string {
  return value.replaceAll(':', '%3A')
}

function refType(ref: string): string {
  if (ref.startsWith('refs/tags/')) return 'tag'
  return 'branch'
}

/** Resolves defaults and builds the job-level claims (everything but jti/aud/iss/times). */
export function jobClaims(options: JobOptions): JobClaims {
  const [owner, name] = options.repository.split('/')
  if (!owner || !name) throw new Error(`repository must be owner/name, got '${options.repository}'`)
  const eventName = options.eventName ?? 'push'
  const isPullRequest = eventName === 'pull_request'
  const ref = options.ref ?? (isPullRequest ? 'refs/pull/1/merge' : 'refs/heads/main')
  const sha = options.sha ?? stableSha(`${options.repository}@${ref}`)
  const workflowPath = options.workflowPath ?? '.github/workflows/ci.yml'
  const workflowRef = `${options.repository}/${workflowPath}@${ref}`
  const actor = options.actor ?? 'octocat'
  const claims: JobClaims = {
    actor,
    actor_id: stableNumericId(`actor:${actor}`),
    repository: options.repository,
    repository_id: options.repositoryId ?? stableNumericId(`repo:${options.repository}`),
    repository_owner: owner,
    repository_owner_id: options.repositoryOwnerId ?? stableNumericId(`owner:${owner}`),
    repository_visibility: 'private',
    ref,
    ref_type: refType(ref),
    ref_protected: 'false',
    sha,
    event_name: eventName,
    head_ref: isPullRequest ? 'feature/change' : '',
    base_ref: isPullRequest ? 'main' : '',
    run_id: String(Math.floor(Math.random() * 9e9) + 1e9),
    run_number: '1',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    workflow: options.workflow ?? 'CI',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha
  }
  if (options.environment !== undefined) claims.environment = options.environment
  claims.sub = subjectFromClaims(claims, options)
  return claims
}

/**
 * The `sub` GitHub would put in the token. Rules: environment first, then pull_request, then ref;
 * a custom template joins `key:value` pairs where `repo` is the repository and `context` is the
 * environment / pull_request / ref part.
 */
export function subjectFromClaims(
  claims: JobClaims,
  options: Pick<JobOptions, 'immutableSubject' | 'subjectClaimKeys'>
): string {
  const repo = options.immutableSubject
    ? `${claims.repository_owner}@${claims.repository_owner_id}/${claims.repository?.split('/')[1]}@${claims.repository_id}`
    : (claims.repository ?? '')
  const context =
    claims.environment !== undefined
      ? `environment:${escapeValue(claims.environment)}`
      : claims.event_name === 'pull_request'
        ? 'pull_request'
        : `ref:${escapeValue(claims.ref ?? '')}`
  const keys = options.subjectClaimKeys ?? ['repo', 'context']
  return keys
    .map((key) => {
      if (key === 'repo') return `repo:${repo}`
      if (key === 'context') return context
      return `${key}:${escapeValue(claims[key] ?? '')}`
    })
    .join(':')
}

/** The subject a job with these options would present (for configuring a federated credential). */
export function subjectFor(options: JobOptions): string {
  return jobClaims(options).sub ?? ''
}
