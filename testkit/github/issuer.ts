import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose'
import {
  bearerToken,
  requestUrl,
  sendJson,
  startHttpsServer,
  type LocalHttpsServer
} from '../http/server.js'
import { GitHubApi, type RepositoryOptions, type RepositoryRecord } from './api.js'
import { jobClaims, subjectFor, type JobClaims, type JobOptions } from './claims.js'

/** What a workflow step sees: the two variables that `permissions: id-token: write` provides. */
export interface SimulatedJob {
  requestToken: string
  requestUrl: string
  env: Record<string, string>
}

/** The GitHub Actions OIDC issuer stand-in. */
export interface GitHubIssuer {
  /** `https://localhost:PORT`; discovery and JWKS live under `/.well-known/`. */
  issuer: string
  startJob(options: JobOptions): SimulatedJob
  /** The `sub` a job with these options presents. */
  subjectFor(options: JobOptions): string
  /** Every JWT issued so far. */
  issuedTokens(): string[]
  /** Every request token handed out so far. */
  requestTokens(): string[]
  /** JWTs issued in total, or for one request token. */
  issueCount(requestToken?: string): number
  /** The next `count` token requests answer `status` (default 500). */
  failNext(count: number, status?: number): void
  /** The REST API's base URL (GITHUB_API_URL): the repository and OIDC settings routes. */
  apiUrl: string
  /**
   * Registers a repository with the REST API. Its jobs then present its ids, its subject form
   * (immutable by default, as for any repository created since 2026-07-15) and its template.
   */
  addRepository(options: RepositoryOptions): RepositoryRecord
  /** A token for the REST API that may read every repository (a GH_TOKEN). */
  createApiToken(): string
  /** Every REST API token handed out so far (secrets, for leak scans). */
  apiTokens(): string[]
  /** Paths the REST API was asked for. */
  apiRequests(): string[]
  close(): Promise<void>
}

interface JobState {
  options: JobOptions
  /** Resolved once, so run_id and friends stay the same for every token of the job. */
  claims: JobClaims
  requestUrl: string
  expiresAt: number
  issued: number
}

const idTokenPath = /^\/_apis\/distributedtask\/hubs\/build\/plans\/[^/]+\/jobs\/[^/]+\/idtoken$/

/** Starts the issuer with a fresh RS256 key pair. */
export async function startGitHubIssuer(log: (line: string) => void): Promise<GitHubIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = randomBytes(8).toString('hex')
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const jobs = new Map<string, JobState>()
  const issued: string[] = []
  const faults = { remaining: 0, status: 500 }
  const api = new GitHubApi()
  let issuer = ''

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req)
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      sendJson(res, 200, discoveryDocument(issuer))
    } else if (req.method === 'GET' && url.pathname === '/.well-known/jwks') {
      sendJson(res, 200, { keys: [publicJwk] })
    } else if (req.method === 'GET' && idTokenPath.test(url.pathname)) {
      await answerTokenRequest(req, res, url)
    } else if (api.serve(req, res, url)) {
      return
    } else {
      sendJson(res, 404, { message: 'Not Found' })
    }
  }

  const answerTokenRequest = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (faults.remaining > 0) {
      faults.remaining -= 1
      log(`[github] injected fault ${faults.status} on token request`)
      sendJson(res, faults.status, { message: 'Injected fault' })
      return
    }
    const requestToken = bearerToken(req)
    const job = requestToken === undefined ? undefined : jobs.get(requestToken)
    // The request token is bound to its own job's URL, as GitHub binds it to the plan and job.
    const sameJob = job !== undefined && new URL(job.requestUrl).pathname === url.pathname
    if (!job || !sameJob || Date.now() >= job.expiresAt) {
      sendJson(res, 401, { message: 'Bad credentials' })
      return
    }
    const owner = job.options.repository.split('/')[0] ?? ''
    const audience = url.searchParams.get('audience') || `https://github.com/${owner}`
    const token = await signJobToken(job, audience)
    job.issued += 1
    issued.push(token)
    sendJson(res, 200, { count: 1, value: token })
  }

  const signJobToken = ({ options, claims }: JobState, audience: string): Promise<string> => {
    const now = Math.floor(Date.now() / 1000) + (options.clockSkewSeconds ?? 0)
    const lifetime = options.tokenLifetimeSeconds ?? 300
    return (
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setJti(randomUUID())
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        // GitHub backdates nbf: its sample token has nbf = iat - 600 and exp = iat + 300
        // (docs.github.com, "About security hardening with OpenID Connect").
        .setNotBefore(now - 600)
        .setExpirationTime(now + lifetime)
        .sign(privateKey as CryptoKey)
    )
  }

  const server: LocalHttpsServer = await startHttpsServer('github', handler, log)
  issuer = server.origin

  return {
    issuer,
    startJob(requested) {
      const options = withRepositorySettings(api.find(requested.repository), requested)
      const requestToken = randomBytes(32).toString('base64url')
      const url =
        `${issuer}/_apis/distributedtask/hubs/build/plans/${randomUUID()}/jobs/${randomUUID()}` +
        '/idtoken?api-version=2.0'
      const lifetime = options.requestTokenLifetimeSeconds ?? 21600
      jobs.set(requestToken, {
        options,
        claims: jobClaims(options),
        requestUrl: url,
        expiresAt: Date.now() + lifetime * 1000,
        issued: 0
      })
      return {
        requestToken,
        requestUrl: url,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }
      }
    },
    subjectFor: (options) =>
      subjectFor(withRepositorySettings(api.find(options.repository), options)),
    issuedTokens: () => [...issued],
    requestTokens: () => [...jobs.keys()],
    apiTokens: () => api.allTokens(),
    issueCount(requestToken) {
      if (requestToken === undefined) return issued.length
      return jobs.get(requestToken)?.issued ?? 0
    },
    failNext(count, status = 500) {
      faults.remaining = count
      faults.status = status
    },
    apiUrl: issuer,
    addRepository: (options) => api.add(options),
    createApiToken: () => api.createToken(),
    apiRequests: () => api.requests(),
    close: () => server.close()
  }
}

/** A job of a registered repository presents its ids, form and template, unless told otherwise. */
function withRepositorySettings(
  record: RepositoryRecord | undefined,
  options: JobOptions
): JobOptions {
  if (record === undefined) return options
  return {
    repositoryId: record.repoId,
    repositoryOwnerId: record.ownerId,
    immutableSubject: record.immutableSubject,
    ...(record.subjectClaimKeys ? { subjectClaimKeys: record.subjectClaimKeys } : {}),
    ...options
  }
}

function discoveryDocument(issuer: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: [
      'sub',
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'nbf',
      'ref',
      'repository',
      'repository_id',
      'repository_owner',
      'repository_owner_id',
      'run_id',
      'run_number',
      'run_attempt',
      'actor',
      'actor_id',
      'workflow',
      'workflow_ref',
      'workflow_sha',
      'head_ref',
      'base_ref',
      'event_name',
      'ref_type',
      'ref_protected',
      'environment',
      'job_workflow_ref',
      'job_workflow_sha',
      'repository_visibility',
      'runner_environment'
    ],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid']
  }
}
