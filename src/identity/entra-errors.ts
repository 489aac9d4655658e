import { EntraError, describeError } from '../errors.js'
import { classicSubject, parseSubject, type GitHubClaims } from './claims.js'

/** What the explanation may use: the presented claims and the request, never a token. */
export interface ExchangeContext {
  readonly claims: GitHubClaims | undefined
  readonly authorityHost: string
  /** What the authority answered when asked directly, when MSAL could not resolve it. */
  readonly authorityAnswer: string | undefined
  readonly clientId: string
  readonly tenantId: string
  readonly scope: string
  /** The audience the cloud expects by default, to spot an overridden `audience` input. */
  readonly defaultAudience: string
  readonly cloudName: string
  readonly now: Date
  /** How long the exchange has been retried for a credential that may be propagating. */
  readonly propagationWaitedMs?: number
  /** How long it may be retried at most (the `propagation-wait` input). */
  readonly propagationWaitMs?: number
}

/** A failure from Entra, taken apart. */
interface EntraFailure {
  readonly code: number | undefined
  readonly description: string
  readonly status: number | undefined
  readonly network: boolean
}

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])

/**
 * Finds the AADSTS code, Entra's own text and the HTTP status in whatever @azure/identity and
 * MSAL threw (errors nest: AuthenticationRequiredError -> ServerError, or AuthenticationError).
 */
export function readEntraFailure(error: unknown): EntraFailure {
  let code: number | undefined
  let description: string | undefined
  let status: number | undefined
  let network = false
  for (const layer of causeChain(error)) {
    const record = layer as Record<string, unknown>
    const text = [record['errorMessage'], record['message'], describeError(layer)].find(
      (value): value is string => typeof value === 'string' && /AADSTS\d+/.test(value)
    )
    const response = record['errorResponse'] as Record<string, unknown> | undefined
    const responseText =
      typeof response?.['errorDescription'] === 'string' ? response['errorDescription'] : undefined
    const found = /AADSTS(\d+)/.exec(responseText ?? text ?? '')
    if (code === undefined && found) code = Number(found[1])
    if (description === undefined && (responseText ?? text))
      description = firstAadstsLine(responseText ?? text ?? '')
    const httpStatus = record['statusCode'] ?? record['status']
    if (status === undefined && typeof httpStatus === 'number') status = httpStatus
    if (typeof record['code'] === 'string' && TRANSIENT_NETWORK_CODES.has(record['code']))
      network = true
  }
  return { code, description: description ?? describeError(error), status, network }
}

/**
 * Keeps Entra's own description from `AADSTS…` on, as one line. MSAL wraps it in its own words
 * and repeats the correlation and trace ids after it (` - Correlation ID: …`): those go.
 */
function firstAadstsLine(text: string): string {
  const start = text.indexOf('AADSTS')
  const description = start >= 0 ? text.slice(start) : text
  const repeated = description.indexOf(' - Correlation ID:')
  return (repeated >= 0 ? description.slice(0, repeated) : description).replace(/\s+/g, ' ').trim()
}

function* causeChain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current)
    yield current
    current = (current as { cause?: unknown }).cause
  }
}

/** True for failures worth another try: network faults, throttling and Entra's own 5xx. */
export function isTransientEntraFailure(failure: EntraFailure): boolean {
  if (failure.network) return true
  if (failure.status !== undefined && (failure.status === 429 || failure.status >= 500)) return true
  // 50166: Entra could not fetch the issuer's keys; for github.com that is a passing outage.
  return failure.code === 90033 || failure.code === 50196 || failure.code === 50166
}

/**
 * Turns an Entra failure into an EntraError whose message keeps Entra's text and adds the
 * likely cause and the fix, worked out from the claims the job presented.
 */
export function explainEntraFailure(error: unknown, context: ExchangeContext): EntraError {
  const failure = readEntraFailure(error)
  if (context.authorityAnswer !== undefined) return authorityUnresolved(failure, context, error)
  const advice = failure.code === undefined ? undefined : ADVICE[failure.code]?.(context)
  const lines = [
    failure.code === undefined
      ? `Microsoft Entra ID token exchange failed for client ${context.clientId} in tenant ${context.tenantId}.`
      : `Microsoft Entra ID refused the token exchange (AADSTS${failure.code}) for client ${context.clientId} in tenant ${context.tenantId}.`,
    `Entra said: ${failure.description}`,
    ...(advice ?? genericAdvice(failure))
  ]
  return new EntraError(lines.join('\n'), {
    code: failure.code,
    transient: isTransientEntraFailure(failure),
    cause: error
  })
}

/** MSAL could not read the tenant's OpenID configuration: say why, from the authority itself. */
function authorityUnresolved(
  failure: EntraFailure,
  context: ExchangeContext,
  error: unknown
): EntraError {
  const answer = context.authorityAnswer ?? ''
  const code = /AADSTS(\d+)/.exec(answer)
  const lines = [
    `Microsoft Entra ID could not be asked for a token: the OpenID configuration of tenant '${context.tenantId}' at ${context.authorityHost} could not be read.`,
    `The authority said: ${answer}`,
    code?.[1] === '90002'
      ? `Fix: tenant '${context.tenantId}' does not exist in the ${context.cloudName} cloud; check 'tenant-id' (the directory GUID or a verified domain) and 'cloud'.`
      : `Fix: check 'tenant-id', 'cloud' (${context.cloudName}) and, if set, 'authority-host'.`
  ]
  return new EntraError(lines.join('\n'), {
    code: code ? Number(code[1]) : failure.code,
    transient: false,
    cause: error
  })
}

function genericAdvice(failure: EntraFailure): string[] {
  if (isTransientEntraFailure(failure)) {
    return [
      'Cause: Entra or the network failed temporarily and retries did not help. Re-run the job.'
    ]
  }
  return ['Fix: see the AADSTS troubleshooting table in docs/troubleshooting.md.']
}

function presented(context: ExchangeContext): string {
  const claims = context.claims
  const audience = Array.isArray(claims?.aud) ? claims?.aud.join(', ') : claims?.aud
  return `issuer '${claims?.iss ?? '?'}', subject '${claims?.sub ?? '?'}', audience '${audience ?? '?'}'`
}

const ADVICE: Readonly<Record<number, (context: ExchangeContext) => string[]>> = {
  70021: (c) => [
    `Cause: no federated identity credential on application ${c.clientId} matches the token the job presented: ${presented(c)}.`,
    'Fix: add a federated credential with exactly these three values (they are compared exactly and case-sensitively).',
    propagationNote(c),
    ...subjectHints(c)
  ],
  700211: (c) => [
    `Cause: no federated credential on application ${c.clientId} has the issuer '${c.claims?.iss ?? '?'}'.`,
    'Fix: set the credential issuer to exactly that value: https://token.actions.githubusercontent.com on github.com',
    '(no trailing slash), https://token.actions.githubusercontent.com/<enterprise> with a unique enterprise issuer,',
    'https://token.actions.<subdomain>.ghe.com on GHE.com (data residency), or https://<host>/_services/token on GitHub Enterprise Server.'
  ],
  50166: (c) => [
    `Cause: Entra could not fetch the OpenID configuration or the signing keys of the issuer '${c.claims?.iss ?? '?'}' (${c.claims?.iss ?? '<issuer>'}/.well-known/openid-configuration and its jwks_uri).`,
    'On GitHub Enterprise Server both must be reachable from the internet: Entra fetches them itself, so a GHES behind a firewall or on a private network cannot federate with Entra.',
    "Fix: publish the two OIDC endpoints (only they need to be public), or use an identity that does not federate, such as a self-hosted runner's managed identity. For github.com this is a passing outage: re-run the job."
  ],
  700212: (c) => {
    const audience = Array.isArray(c.claims?.aud) ? c.claims?.aud.join(', ') : c.claims?.aud
    const overridden = audience !== undefined && audience !== c.defaultAudience
    return [
      `Cause: the job presented the audience '${audience ?? '?'}', and the matching credential does not list it.`,
      overridden
        ? `Fix: the 'audience' input overrides the ${c.cloudName} default '${c.defaultAudience}'; remove the override or make the credential's audience '${audience}'.`
        : `Fix: set the credential's audience to '${c.defaultAudience}', the ${c.cloudName} token-exchange audience.`
    ]
  },
  700213: (c) => [
    `Cause: no federated credential on application ${c.clientId} has the subject '${c.claims?.sub ?? '?'}' that this job presented.`,
    ...subjectHints(c),
    `Fix: add a federated credential with issuer '${c.claims?.iss ?? '?'}' and subject '${c.claims?.sub ?? '?'}' exactly.`,
    propagationNote(c)
  ],
  7002138: (c) => [
    `Cause: a federated credential matches the subject '${c.claims?.sub ?? '?'}' only when case is ignored; Entra compares it case-sensitively.`,
    'Fix: correct the case of the credential subject to match exactly; GitHub keeps the case of owner, repository, branch and environment names.'
  ],
  7002131: (c) => [
    `Cause: the claims matching expression of the flexible federated credential does not match subject '${c.claims?.sub ?? '?'}' / job_workflow_ref '${c.claims?.job_workflow_ref ?? '?'}'.`,
    'Fix: test the expression against these two values, or add a credential with the exact subject.',
    propagationNote(c)
  ],
  700024: (c) => [
    `Cause: the GitHub token was not within its valid time when Entra checked it (issued ${time(c.claims?.iat)}, valid from ${time(c.claims?.nbf)}, expires ${time(c.claims?.exp)}; runner clock ${c.now.toISOString()}).`,
    'The action fetches a fresh GitHub token whenever Entra needs one, so this points at a runner clock that is off, or a token held past its expiry by a proxy.',
    'Fix: sync the runner clock (self-hosted runners) and re-run the job.'
  ],
  50027: () => [
    'Cause: Entra received an empty or malformed assertion instead of a GitHub token.',
    "Fix: make sure the job has 'permissions: id-token: write' and that the 'audience' input is not set to an unusual value."
  ],
  700027: (c) => [
    `Cause: Entra could not verify the signature of the GitHub token against the keys published by '${c.claims?.iss ?? '?'}'.`,
    "Fix: make sure the credential's issuer is the GitHub instance that signs this job's tokens."
  ],
  700016: (c) => [
    `Cause: tenant ${c.tenantId} has no application or managed identity with client id ${c.clientId}.`,
    "Fix: 'client-id' must be the application (client) id, not its object id; 'tenant-id' must be the directory that owns it. Check that the two are not swapped."
  ],
  7000226: (c) => [
    `Cause: application ${c.clientId} has no federated identity credential policy.`,
    `Fix: add a federated credential for ${presented(c)}.`
  ],
  500011: (c) => [
    `Cause: Entra knows no resource for the scope '${c.scope}' in tenant ${c.tenantId}.`,
    `Fix: check 'endpoint' and 'cloud' (${c.cloudName}): the Cosmos DB account must belong to this cloud.`
  ],
  90002: (c) => [
    `Cause: tenant '${c.tenantId}' does not exist in the ${c.cloudName} cloud.`,
    "Fix: check 'tenant-id' (the directory GUID or a verified domain) and 'cloud'."
  ]
}

/** What the action did about a credential that may still be propagating. */
function propagationNote(context: ExchangeContext): string {
  const limit = Math.round((context.propagationWaitMs ?? 0) / 1000)
  if (limit === 0)
    return "A credential created in the last few minutes may not have reached Entra yet; with 'propagation-wait: 0' the action did not wait for it."
  const waited = Math.round((context.propagationWaitedMs ?? 0) / 1000)
  return `A credential created in the last few minutes may not have reached Entra yet; the action waited ${waited} s for it (at most ${limit} s: 'propagation-wait').`
}

/** Explains why a subject may not match, from what the job's claims say about it. */
export function subjectHints(context: Pick<ExchangeContext, 'claims'>): string[] {
  const claims = context.claims
  const subject = claims?.sub
  if (claims === undefined || subject === undefined) return []
  const hints: string[] = []
  const shape = parseSubject(subject)
  const repository = claims.repository ?? '<owner>/<repo>'
  if (claims.environment) {
    const branch = claims.ref?.startsWith('refs/heads/') ? claims.ref : undefined
    hints.push(
      `This job runs in environment '${claims.environment}', so its subject is '${subject}';` +
        (branch
          ? ` a credential for 'repo:${repository}:ref:${branch}' does not match it (the environment takes the place of the branch).`
          : ' a credential for a branch or tag does not match it.')
    )
  } else if (claims.event_name === 'pull_request') {
    hints.push(
      `This job runs for a pull request, so its subject is '${subject}'; credentials for branches do not match pull request jobs.`
    )
  } else if (claims.ref?.startsWith('refs/tags/')) {
    hints.push(`This job runs for tag '${claims.ref}', so its subject is '${subject}'.`)
  }
  if (shape.form === 'immutable') {
    hints.push(
      `The subject uses the immutable form (owner and repository with their ids: '${subject.split(':').slice(0, 2).join(':')}'); ` +
        `a credential written with names only ('repo:${repository}:...') does not match it.`
    )
    return hints
  }
  if (shape.form === 'custom') {
    hints.push(
      'The subject follows a custom template set for the organization or repository; copy it verbatim into the credential.'
    )
  }
  const expected = classicSubject(claims)
  if (expected !== undefined && expected !== subject) {
    hints.push(`With GitHub's default template the subject would be '${expected}'.`)
  }
  return hints
}

function time(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '?'
}
