/** The answer of `access` ("who can reach what"), as a table for a terminal and as JSON. */
import type { StoredCredential } from './identities.js'

/** One identity with a way in: the subjects that sign in as it and the roles it gets. */
export interface IdentityAccess {
  readonly principalId: string
  /** "application <client id>" or "managed identity <group>/<name>", or what else it is. */
  readonly identity: string
  readonly displayName?: string | undefined
  readonly clientId?: string | undefined
  readonly credentials: readonly StoredCredential[]
  readonly roles: ReadonlyArray<{
    readonly role: string
    readonly scope: string
    readonly assignmentId?: string | undefined
  }>
  /** Why its credentials are not listed, when they are not. */
  readonly note?: string | undefined
}

export interface AccessReport {
  readonly account: string
  readonly identities: readonly IdentityAccess[]
}

/** The report as JSON: every identity with its credentials (who signs in) and roles (what they get). */
export function accessJson(report: AccessReport): string {
  return JSON.stringify(
    {
      account: report.account,
      identities: report.identities.map((identity) => ({
        principalId: identity.principalId,
        identity: identity.identity,
        ...(identity.displayName ? { displayName: identity.displayName } : {}),
        ...(identity.clientId ? { clientId: identity.clientId } : {}),
        signIns: identity.credentials.map((credential) => ({
          credential: credential.name,
          issuer: credential.issuer,
          ...(credential.subject !== undefined ? { subject: credential.subject } : {}),
          ...(credential.expression !== undefined ? { expression: credential.expression } : {}),
          audiences: credential.audiences
        })),
        roles: identity.roles.map((role) => ({
          role: role.role,
          scope: role.scope,
          ...(role.assignmentId ? { assignmentId: role.assignmentId } : {})
        })),
        ...(identity.note ? { note: identity.note } : {})
      }))
    },
    null,
    2
  )
}

const HEADER = ['WHO SIGNS IN', 'ROLE', 'SCOPE', 'AS', 'CREDENTIAL'] as const

/**
 * The report as a table: one row for every subject and every role it gets through its identity,
 * so each row reads "this job can do this there".
 */
export function accessTable(report: AccessReport): string {
  const rows: string[][] = []
  for (const identity of report.identities) {
    const signIns: Array<[string, string]> =
      identity.credentials.length > 0
        ? identity.credentials.map((credential) => [
            credential.subject ?? `matches ${credential.expression ?? '?'}`,
            credential.name
          ])
        : [[identity.note ? `(${identity.note})` : '(no federated credential)', '']]
    const roles =
      identity.roles.length > 0
        ? identity.roles.map((role) => [role.role, role.scope])
        : [['(no role on this account)', '']]
    for (const [who, credential] of signIns)
      for (const [role = '', scope = ''] of roles)
        rows.push([who, role, scope, identity.identity, credential])
  }
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [
    `Who can reach account ${report.account} (${report.identities.length} principal(s) with a way in):`,
    '',
    line(HEADER),
    ...rows.map(line)
  ].join('\n')
}
