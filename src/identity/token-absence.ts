import { readFileSync } from 'node:fs'
import { GitHubTokenError } from '../errors.js'
import { ID_TOKEN_PERMISSION_YAML, ID_TOKEN_VARIABLES } from './github-token.js'

/**
 * Why a job has no GitHub OIDC token. GitHub never gives one to a pull request from a fork or to
 * a run Dependabot triggered, whatever the workflow's permissions: their GITHUB_TOKEN is held to
 * read access (GitHub docs, "Controlling permissions for GITHUB_TOKEN" and "Automating Dependabot
 * with GitHub Actions"), and `id-token` has no read level, only write or none (github/docs#33483).
 * Every other job without one lacks `id-token: write`. Only the first two may be skipped:
 * skipping the third would turn a forgotten permission green.
 */
export type TokenAbsence =
  | { readonly kind: 'fork'; readonly fork: string; readonly error: GitHubTokenError }
  | { readonly kind: 'dependabot'; readonly error: GitHubTokenError }
  | { readonly kind: 'permission'; readonly error: GitHubTokenError }

/** The part of a pull request event payload that tells a fork (GITHUB_EVENT_PATH's JSON). */
interface PullRequestEvent {
  readonly pull_request?: {
    readonly head?: {
      readonly repo?: { readonly full_name?: string; readonly fork?: boolean } | null
    }
    readonly base?: { readonly repo?: { readonly full_name?: string } }
  }
}

/** Why this job has no token; undefined when it has one. */
export function tokenAbsence(
  env: NodeJS.ProcessEnv,
  readEvent: (path: string) => unknown = readJson
): TokenAbsence | undefined {
  const missing = ID_TOKEN_VARIABLES.filter((name) => !env[name])
  if (missing.length === 0) return undefined
  const fork = forkOf(env, readEvent)
  if (fork !== undefined) return { kind: 'fork', fork, error: forkError(fork) }
  if (env['GITHUB_ACTOR'] === 'dependabot[bot]')
    return { kind: 'dependabot', error: dependabotError() }
  return { kind: 'permission', error: permissionError(missing) }
}

/** What a skipped run says of itself: why GitHub gave it no token. */
export function skipReason(absence: TokenAbsence): string {
  const who =
    absence.kind === 'fork'
      ? `a pull request from the fork ${absence.fork}`
      : 'a run triggered by Dependabot'
  return `Skipped: this run is ${who}, which GitHub never gives an OIDC token ('on-missing-oidc: skip'). Nothing was done.`
}

/** The head repository of a pull request from another repository, from the event payload. */
function forkOf(env: NodeJS.ProcessEnv, readEvent: (path: string) => unknown): string | undefined {
  const path = env['GITHUB_EVENT_PATH']
  if (!path || !/^pull_request/.test(env['GITHUB_EVENT_NAME'] ?? '')) return undefined
  const event = readEvent(path) as PullRequestEvent | undefined
  const pull = event?.pull_request
  if (pull === undefined) return undefined
  const head = pull.head?.repo
  // A deleted fork leaves head.repo null: still a pull request from elsewhere.
  if (head === null) return '(a deleted fork)'
  const base = pull.base?.repo?.full_name ?? env['GITHUB_REPOSITORY']
  if (head?.fork === true || (head?.full_name !== undefined && head.full_name !== base))
    return head?.full_name ?? '(unknown)'
  return undefined
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function forkError(fork: string): GitHubTokenError {
  return new GitHubTokenError(
    [
      `This run is a pull request from the fork ${fork}: GitHub never gives such runs an OIDC token, whatever the workflow's permissions, so it cannot log in.`,
      "Set 'on-missing-oidc: skip' to let these runs pass without touching the database, or run the database work on 'pull_request_target', which runs the base branch's workflow with its permissions: never check out and run the fork's code there."
    ].join('\n'),
    { missingPermission: false }
  )
}

function dependabotError(): GitHubTokenError {
  return new GitHubTokenError(
    [
      'This run was triggered by Dependabot: GitHub never gives such runs an OIDC token, whatever the workflow’s permissions, so it cannot log in.',
      "Set 'on-missing-oidc: skip' to let Dependabot's runs pass without touching the database."
    ].join('\n'),
    { missingPermission: false }
  )
}

function permissionError(missing: readonly string[]): GitHubTokenError {
  return new GitHubTokenError(
    [
      `This job cannot request a GitHub OIDC token: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
      "The job needs the 'id-token: write' permission. Add this to the workflow or the job:",
      '',
      ...ID_TOKEN_PERMISSION_YAML.split('\n').map((line) => `    ${line}`),
      '',
      "Only pull requests from forks and Dependabot's runs never get a token, and only they are skipped by 'on-missing-oidc: skip'; this run is neither."
    ].join('\n'),
    { missingPermission: true }
  )
}
