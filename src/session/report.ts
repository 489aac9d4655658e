import type { AccessTokenReport, GitHubClaims } from '../identity/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { LoginReport } from '../report/summary.js'
import type { TokenFigures } from './token-log.js'

export type { LoginReport } from '../report/summary.js'

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
