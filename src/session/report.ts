import type { AccessTokenReport, GitHubClaims } from '../identity/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { TokenFigures } from './token-log.js'

/** What the login established, for the summary. Holds claims and ids, never a token. */
export interface LoginReport {
  readonly subject: string | undefined
  readonly issuer: string | undefined
  readonly audience: string | undefined
  readonly environment: string | undefined
  readonly ref: string | undefined
  readonly eventName: string | undefined
  readonly jobWorkflowRef: string | undefined
  readonly clientId: string
  readonly principalId: string | undefined
  readonly tenantId: string | undefined
  readonly cosmosAudience: string | undefined
  readonly githubTokenLifetimeSeconds: number | undefined
  readonly githubTokensFetched: number
  readonly entraTokensIssued: number
  readonly accessTokenExpiresOn: Date | undefined
  readonly accessTokenLifetimeSeconds: number | undefined
  readonly endpoint: string
  readonly database: string
  readonly containers: readonly string[]
  readonly requestCharge: number
  readonly elapsedMs: number
}

/** What the summary shows of a login: who the job is to GitHub, to Entra and to Cosmos DB. */
export function loginReport(parts: {
  readonly inputs: ActionInputs
  readonly github: GitHubClaims | undefined
  readonly cosmosToken: AccessTokenReport | undefined
  readonly figures: TokenFigures
  readonly containers: readonly string[]
  readonly requestCharge: number
  readonly elapsedMs: number
}): LoginReport {
  const { inputs, github: claims, cosmosToken } = parts
  return {
    subject: claims?.sub,
    issuer: claims?.iss,
    audience: Array.isArray(claims?.aud) ? claims.aud.join(', ') : claims?.aud,
    environment: claims?.environment,
    ref: claims?.ref,
    eventName: claims?.event_name,
    jobWorkflowRef: claims?.job_workflow_ref,
    clientId: inputs.clientId,
    principalId: cosmosToken?.claims.oid,
    tenantId: cosmosToken?.claims.tid,
    cosmosAudience: cosmosToken?.audience,
    githubTokenLifetimeSeconds:
      typeof claims?.exp === 'number' && typeof claims.iat === 'number'
        ? claims.exp - claims.iat
        : undefined,
    ...parts.figures,
    endpoint: inputs.endpoint,
    database: inputs.database,
    containers: parts.containers,
    requestCharge: parts.requestCharge,
    elapsedMs: parts.elapsedMs
  }
}
