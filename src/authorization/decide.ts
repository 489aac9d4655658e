import { roleGranting, scopeCovers, type HeldRole } from './assignments.js'
import type { Requirement } from './needs.js'
import type { ProbeFinding } from './probe.js'
import { BUILT_IN_ROLES, WRITE_ACTIONS, grants, shortAction } from './roles.js'

const READER = BUILT_IN_ROLES[0]

/** A requirement with what is known of it. */
export interface Verdict extends Requirement {
  readonly held: 'yes' | 'no' | 'unknown'
  readonly how: string
}

/** What the check learned, from ARM, from probing, or from the login's own reads. */
export interface Evidence {
  /** Roles listed through ARM; undefined when ARM was not asked or refused. */
  readonly armRoles: readonly HeldRole[] | undefined
  readonly probe: readonly ProbeFinding[]
}

/**
 * Decides each requirement. ARM's word is final when it lists at least one assignment for the
 * principal; with none, roles may come through a group ARM does not resolve, so reads are
 * probed and writes stay unknown.
 */
export function judge(requirements: readonly Requirement[], evidence: Evidence): Verdict[] {
  const arm =
    evidence.armRoles !== undefined && evidence.armRoles.length > 0 ? evidence.armRoles : undefined
  return requirements.map((requirement) => {
    if (arm) {
      const role = roleGranting(arm, requirement.action, requirement.scope)
      return role
        ? { ...requirement, held: 'yes', how: `arm: ${role.role} at ${role.scope}` }
        : { ...requirement, held: 'no', how: 'arm: no assignment grants it' }
    }
    const found = evidence.probe.find(
      (finding) =>
        finding.action === requirement.action && scopeCovers(requirement.scope, finding.scope)
    )
    if (found) return { ...requirement, held: found.held ? 'yes' : 'no', how: found.how }
    return { ...requirement, held: 'unknown', how: 'not provable without reading role assignments' }
  })
}

/** Names what the account commands need. */
export interface GrantContext {
  readonly principalId: string
  readonly accountName: string
  readonly resourceGroup: string | undefined
}

/** The `az` command that assigns a role at a scope. */
export function grantCommand(
  context: GrantContext,
  roleDefinitionId: string,
  scope: string
): string {
  return `az cosmosdb sql role assignment create --account-name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --scope "${scope}" --principal-id ${context.principalId} --role-definition-id ${roleDefinitionId}`
}

/**
 * The failure for missing actions: each action with step, container and scope, then one command
 * per scope with the smallest built-in role that grants everything missing there.
 */
export function missingPermissionsMessage(
  missing: readonly Verdict[],
  context: GrantContext
): string {
  const lines = [
    `The identity (principal ${context.principalId}) lacks data-plane permissions this job needs:`
  ]
  for (const verdict of missing) {
    lines.push(
      `  - ${verdict.step}${verdict.container ? ` on container '${verdict.container}'` : ''}: ${verdict.action} at ${verdict.scope}`
    )
  }
  lines.push('Grant them (the smallest built-in role that covers each scope):')
  const byScope = new Map<string, string[]>()
  for (const verdict of missing)
    byScope.set(verdict.scope, [...(byScope.get(verdict.scope) ?? []), verdict.action])
  for (const [scope, actions] of byScope) {
    const role = BUILT_IN_ROLES.find((candidate) =>
      actions.every((action) => candidate.dataActions.some((pattern) => grants(pattern, action)))
    )
    lines.push(
      `  # ${role?.name ?? 'a custom role with these data actions'}: ${actions.map(shortAction).join(', ')}`
    )
    lines.push(`  ${grantCommand(context, role?.id ?? '<role-definition-id>', scope)}`)
  }
  lines.push(
    'The principal id is the object id (oid) of the service principal or managed identity, not its client id.'
  )
  return lines.join('\n')
}

/**
 * Notices for roles that hold clearly more than the job needs: write roles for a read-only job,
 * or an account-wide scope for work inside one database. Each names the narrower assignment.
 */
export function leastPrivilegeNotices(
  requirements: readonly Requirement[],
  held: readonly HeldRole[],
  context: GrantContext & { readonly database: string }
): string[] {
  if (requirements.length === 0) return []
  const needsWrites = requirements.some((requirement) => WRITE_ACTIONS.includes(requirement.action))
  const containers = new Set(requirements.map((requirement) => requirement.container))
  const only = containers.size === 1 ? [...containers][0] : undefined
  const narrowest =
    only === undefined ? `/dbs/${context.database}` : `/dbs/${context.database}/colls/${only}`
  const notices: string[] = []
  for (const role of held) {
    const grantsWrites = WRITE_ACTIONS.some((action) =>
      role.dataActions.some((pattern) => grants(pattern, action))
    )
    if (!needsWrites && grantsWrites) {
      notices.push(
        `Least privilege: the identity holds '${role.role}' at ${role.scope}, but this job only reads. ` +
          `'${READER.name}' at ${narrowest} would do:\n  ${grantCommand(context, READER.id, narrowest)}`
      )
    } else if (role.scope === '/') {
      notices.push(
        `Least privilege: the identity holds '${role.role}' at ${role.scope}, but this job only works in ${narrowest}. ` +
          `The same role there would do:\n  ${grantCommand(context, role.roleDefinitionId, narrowest)}`
      )
    }
  }
  return notices
}
