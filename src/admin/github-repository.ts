/**
 * What GitHub says about a repository's OIDC subjects: its numeric ids, whether its tokens carry
 * the immutable subject (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`, the default for repositories
 * created, renamed or transferred since 2026-07-15; GitHub's OIDC reference, "Immutable subject
 * claims") and any custom template. Read from the REST API: `GET /repos/{owner}/{repo}` for the
 * ids, `GET /repos/{owner}/{repo}/actions/oidc/customization/sub` for `use_default`,
 * `include_claim_keys`, `use_immutable_subject` and `sub_claim_prefix` (the repository's current
 * `repo` segment, which is the most direct answer: some repositories report
 * `use_immutable_subject: false` while their prefix already carries the ids).
 */
import { GitHub } from '@actions/github/lib/utils'
import { describeError } from '../errors.js'
import type { Repository, SubjectForm } from './subjects.js'

/** A repository's subject settings, as GitHub answered them. */
export interface RepositorySettings {
  readonly ownerId: string
  readonly repoId: string
  readonly form: SubjectForm
  /** `include_claim_keys` when the repository does not use the default template. */
  readonly template: readonly string[] | undefined
}

/** Where to ask, and with what. */
export interface GitHubApiParameters {
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GHES. */
  readonly apiUrl: string
  /** `GH_TOKEN` or `GITHUB_TOKEN`, when set: private repositories need one (scope `repo`). */
  readonly token: string | undefined
}

/** Reads a repository's settings; resolves with why it could not, rather than throwing. */
export type RepositorySettingsReader = (
  repository: Repository
) => Promise<RepositorySettings | { readonly problem: string }>

/** The reader that asks the GitHub REST API. */
export function gitHubRepositorySettings(
  parameters: GitHubApiParameters
): RepositorySettingsReader {
  return async (repository) => {
    const octokit = new GitHub({
      baseUrl: parameters.apiUrl.replace(/\/+$/, ''),
      ...(parameters.token ? { auth: parameters.token } : {}),
      request: { retries: 0 }
    })
    const target = { owner: repository.owner, repo: repository.name }
    try {
      const [repo, oidc] = await Promise.all([
        octokit.rest.repos.get(target),
        octokit.rest.actions.getCustomOidcSubClaimForRepo(target)
      ])
      return settingsOf(String(repo.data.owner.id), String(repo.data.id), oidc.data)
    } catch (error) {
      return { problem: problemOf(error, parameters) }
    }
  }
}

/** The settings from the two answers; the prefix, when GitHub gives it, decides the form. */
export function settingsOf(
  ownerId: string,
  repoId: string,
  oidc: {
    readonly use_default: boolean
    readonly include_claim_keys?: readonly string[] | undefined
    readonly use_immutable_subject?: boolean | undefined
    readonly sub_claim_prefix?: string | undefined
  }
): RepositorySettings {
  const prefix = oidc.sub_claim_prefix
  const form: SubjectForm =
    prefix !== undefined
      ? /@\d+\/[^@]+@\d+$/.test(prefix)
        ? 'immutable'
        : 'classic'
      : oidc.use_immutable_subject === true
        ? 'immutable'
        : 'classic'
  const keys = oidc.include_claim_keys ?? []
  return {
    ownerId,
    repoId,
    form,
    template: oidc.use_default || keys.length === 0 ? undefined : [...keys]
  }
}

function problemOf(error: unknown, parameters: GitHubApiParameters): string {
  const status = (error as { status?: unknown }).status
  if (status === 404)
    return parameters.token
      ? 'GitHub answered 404: the repository does not exist, or the token cannot read it'
      : 'GitHub answered 404: the repository does not exist, or it is private and no GH_TOKEN or GITHUB_TOKEN is set'
  if (status === 401 || status === 403)
    return `GitHub answered ${String(status)}: the token in GH_TOKEN or GITHUB_TOKEN may not read the repository's Actions settings (a classic token needs the repo scope)`
  return `no answer from ${parameters.apiUrl} (${describeError(error).replace(/\s+/g, ' ').slice(0, 200)})`
}
