/**
 * The part of GitHub's REST API the admin CLI reads to know a repository's OIDC subjects:
 *
 * - `GET /repos/{owner}/{repo}`: `id`, `owner.id`, `private`, `created_at`;
 * - `GET /repos/{owner}/{repo}/actions/oidc/customization/sub`: `use_default`,
 *   `include_claim_keys`, `use_immutable_subject` and `sub_claim_prefix` (the schema of
 *   @octokit/openapi-types, "oidc-custom-sub-repo").
 *
 * As on github.com: a private repository, or one that does not exist, is 404 without a token that
 * may read it; a token GitHub does not know is 401 "Bad credentials". Repositories created (or
 * renamed, or transferred) since 2026-07-15 present immutable subjects by default, and report
 * `use_immutable_subject: false` unless they opted in, while `sub_claim_prefix` already carries
 * the ids (seen on github.com; GitHub's OIDC reference, "Immutable subject claims").
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { bearerToken, sendJson } from '../http/server.js'

/** A repository as the local GitHub knows it. */
export interface RepositoryRecord {
  owner: string
  name: string
  ownerId: string
  repoId: string
  private: boolean
  /** The subject form its jobs present. */
  immutableSubject: boolean
  /** True when it opted in (use_immutable_subject); false for one immutable by default. */
  optedIn: boolean
  /** A custom template (`include_claim_keys`), or undefined for the default one. */
  subjectClaimKeys: string[] | undefined
  createdAt: string
}

export interface RepositoryOptions {
  /** `owner/name`. */
  repository: string
  ownerId: string
  repoId: string
  /** Default true, as most organisation repositories are. */
  private?: boolean
  /** Default true: a repository created today presents immutable subjects. */
  immutableSubject?: boolean
  /** Default false: immutable by default, not by opting in. */
  optedIn?: boolean
  subjectClaimKeys?: string[]
}

const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }

/** The repositories, the tokens that may read them, and the routes that answer for them. */
export class GitHubApi {
  private readonly repositories = new Map<string, RepositoryRecord>()
  private readonly tokens = new Set<string>()
  private readonly asked: string[] = []

  add(options: RepositoryOptions): RepositoryRecord {
    const [owner = '', name = ''] = options.repository.split('/')
    const record: RepositoryRecord = {
      owner,
      name,
      ownerId: options.ownerId,
      repoId: options.repoId,
      private: options.private ?? true,
      immutableSubject: options.immutableSubject ?? true,
      optedIn: options.optedIn ?? false,
      subjectClaimKeys: options.subjectClaimKeys,
      createdAt: new Date().toISOString()
    }
    this.repositories.set(options.repository.toLowerCase(), record)
    return record
  }

  find(repository: string): RepositoryRecord | undefined {
    return this.repositories.get(repository.toLowerCase())
  }

  /** A token that may read every repository (as GH_TOKEN would). */
  createToken(): string {
    const token = `ghp_${randomBytes(18).toString('base64url')}`
    this.tokens.add(token)
    return token
  }

  allTokens(): string[] {
    return [...this.tokens]
  }

  /** The paths asked so far. */
  requests(): string[] {
    return [...this.asked]
  }

  /** Answers a request for one of its routes; false when the path is not one of them. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/actions\/oidc\/customization\/sub)?$/.exec(
      url.pathname
    )
    if (!match || req.method !== 'GET') return false
    this.asked.push(url.pathname)
    const token = bearerToken(req) ?? tokenHeader(req)
    if (token !== undefined && !this.tokens.has(token)) {
      sendJson(res, 401, {
        message: 'Bad credentials',
        documentation_url: notFound.documentation_url
      })
      return true
    }
    const record = this.find(
      `${decodeURIComponent(match[1] ?? '')}/${decodeURIComponent(match[2] ?? '')}`
    )
    if (!record || (record.private && token === undefined)) {
      sendJson(res, 404, notFound)
      return true
    }
    sendJson(res, 200, match[3] ? subjectSettings(record) : repositoryResource(record))
    return true
  }
}

/** `Authorization: token <t>`, which Octokit sends for personal access tokens. */
function tokenHeader(req: IncomingMessage): string | undefined {
  const match = /^token\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  return match?.[1]
}

function repositoryResource(record: RepositoryRecord) {
  return {
    id: Number(record.repoId),
    name: record.name,
    full_name: `${record.owner}/${record.name}`,
    private: record.private,
    owner: { login: record.owner, id: Number(record.ownerId), type: 'Organization' },
    created_at: record.createdAt
  }
}

function subjectSettings(record: RepositoryRecord) {
  const repo = record.immutableSubject
    ? `${record.owner}@${record.ownerId}/${record.name}@${record.repoId}`
    : `${record.owner}/${record.name}`
  return {
    use_default: record.subjectClaimKeys === undefined,
    ...(record.subjectClaimKeys ? { include_claim_keys: [...record.subjectClaimKeys] } : {}),
    use_immutable_subject: record.optedIn,
    sub_claim_prefix: `repo:${repo}`
  }
}
