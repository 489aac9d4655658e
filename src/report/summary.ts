import { code, table } from './markdown.js'

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

/** The identity the run logged in as and the database it reached: ids and claims, never a token. */
export function identitySummary(report: LoginReport): string {
  const identity: Array<[string, string]> = [
    ['Subject', optional(report.subject)],
    ['Issuer', optional(report.issuer)],
    ['Audience', optional(report.audience)],
    ['Environment', optional(report.environment)],
    ['Ref', optional(report.ref)],
    ['Event', optional(report.eventName)],
    ['Workflow', optional(report.jobWorkflowRef)],
    ['Client id', code(report.clientId)],
    ['Principal (object id)', optional(report.principalId)],
    ['Tenant', optional(report.tenantId)],
    ['Token audience (Cosmos DB)', optional(report.cosmosAudience)],
    [
      'GitHub token lifetime',
      report.githubTokenLifetimeSeconds === undefined
        ? '-'
        : `${report.githubTokenLifetimeSeconds} s`
    ],
    ['GitHub tokens fetched', String(report.githubTokensFetched)],
    ['Entra tokens issued', String(report.entraTokensIssued)],
    [
      'Access token lifetime',
      report.accessTokenLifetimeSeconds === undefined
        ? '-'
        : `${report.accessTokenLifetimeSeconds} s`
    ],
    ['Access token expires', report.accessTokenExpiresOn?.toISOString() ?? '-']
  ]
  const database: Array<[string, string]> = [
    ['Endpoint', report.endpoint],
    ['Database', code(report.database)],
    [
      'Containers',
      report.containers.length === 0 ? '(none)' : report.containers.map(code).join(', ')
    ]
  ]
  return [
    `Logged in to ${code(report.database)} as principal ${optional(report.principalId)} through a federated identity credential: no secret was used.`,
    '',
    '### Identity',
    '',
    table(['', ''], identity),
    '',
    '### Database',
    '',
    table(['', ''], database),
    ''
  ].join('\n')
}

/** The job summary of a run skipped for want of an OIDC token. */
export function skippedSummary(reason: string): string {
  return ['## Cosmos DB login skipped', '', reason, ''].join('\n')
}

function optional(value: string | undefined): string {
  return value === undefined || value === '' ? '-' : code(value)
}
