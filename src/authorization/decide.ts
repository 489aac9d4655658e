import { roleGranting, scopeCovers, type HeldRole } from './assignments.js'
import type { Requirement } from './needs.js'
import type { ProbeFinding } from './probe.js'
import { BUILT_IN_ROLES, WRITE_ACTIONS, grants, shortAction } from '../cosmos/roles.js'

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
 * Decides each requirement. What a request proved comes first (a read that succeeded is held,
 * whatever ARM lists). Then ARM: its word is final when it lists at least one assignment for
 * the principal and none of its "no"s was disproved by a request; otherwise roles may come
 * through a group ARM does not resolve, and what no request proved stays unknown.
 */
export function judge(requirements: readonly Requirement[], evidence: Evidence): Verdict[] {
  const proven = (requirement: Requirement): ProbeFinding | undefined =>
    evidence.probe.find(
      (finding) =>
        finding.action === requirement.action &&
        (finding.held
          ? scopeCovers(finding.scope, requirement.scope)
          : finding.scope === requirement.scope)
    )
  const arm =
    evidence.armRoles !== undefined && evidence.armRoles.length > 0 ? evidence.armRoles : undefined
  // A request that succeeded where ARM grants nothing: roles come through a group too.
  const armIncomplete =
    arm !== undefined &&
    requirements.some(
      (requirement) =>
        proven(requirement)?.held === true &&
        roleGranting(arm, requirement.action, requirement.scope) === undefined
    )
  return requirements.map((requirement): Verdict => {
    const found = proven(requirement)
    if (found) return { ...requirement, held: found.held ? 'yes' : 'no', how: found.how }
    if (arm) {
      const role = roleGranting(arm, requirement.action, requirement.scope)
      if (role) return { ...requirement, held: 'yes', how: `arm: ${role.role} at ${role.scope}` }
      if (!armIncomplete) return { ...requirement, held: 'no', how: 'arm: no assignment grants it' }
      return {
        ...requirement,
        held: 'unknown',
        how: 'arm: no direct assignment grants it (a group may: requests proved rights ARM does not list)'
      }
    }
    return { ...requirement, held: 'unknown', how: 'not provable without reading role assignments' }
  })
}

/** True when ARM's evidence was contradicted by a request that succeeded (group-held roles). */
export function armContradicted(verdicts: readonly Verdict[]): boolean {
  return verdicts.some((verdict) => verdict.how.startsWith('arm: no direct assignment'))
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
 * or an account-wide scope for work inside one database. Only roles that reach the job's scopes
 * count. Each notice names the narrower assignment and the command that removes the wider one.
 */
export function leastPrivilegeNotices(
  requirements: readonly Requirement[],
  held: readonly HeldRole[],
  context: GrantContext & { readonly database: string }
): string[] {
  if (requirements.length === 0) return []
  const needsWrites = requirements.some((requirement) => WRITE_ACTIONS.includes(requirement.action))
  // The login reads the database itself, so no single assignment narrower than it serves a job.
  const narrowest = `/dbs/${context.database}`
  const notices: string[] = []
  for (const role of held) {
    const reachesJob = requirements.some((requirement) =>
      scopeCovers(role.scope, requirement.scope)
    )
    if (!reachesJob) continue
    const grantsWrites = WRITE_ACTIONS.some((action) =>
      role.dataActions.some((pattern) => grants(pattern, action))
    )
    const removal = role.assignmentId
      ? `\n  az cosmosdb sql role assignment delete --account-name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --role-assignment-id ${role.assignmentId.split('/').pop() ?? role.assignmentId}`
      : ''
    if (!needsWrites && grantsWrites) {
      notices.push(
        `Least privilege: the identity holds '${role.role}' at ${role.scope}, but this job only reads. ` +
          `'${READER.name}' at ${narrowest} would do; assign it, then remove the wider assignment:\n  ${grantCommand(context, READER.id, narrowest)}${removal}`
      )
    } else if (role.scope === '/') {
      notices.push(
        `Least privilege: the identity holds '${role.role}' at ${role.scope}, but this job only works in ${narrowest}. ` +
          `The same role there would do; assign it, then remove the wider assignment:\n  ${grantCommand(context, role.roleDefinitionId, narrowest)}${removal}`
      )
    }
  }
  return notices
}
