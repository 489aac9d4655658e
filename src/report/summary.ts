import type { LoginReport } from '../session/report.js'
import { code, table } from './markdown.js'

export type { LoginReport } from '../session/report.js'

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
