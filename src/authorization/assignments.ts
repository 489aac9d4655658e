import { BUILT_IN_ROLES, grants } from '../cosmos/roles.js'

/** A role assignment as ARM lists it (fields optional: never trust shape). */
export interface RoleAssignmentRecord {
  readonly id?: string | undefined
  readonly principalId?: string | undefined
  readonly roleDefinitionId?: string | undefined
  readonly scope?: string | undefined
}

/** A role definition as ARM lists it. */
export interface RoleDefinitionRecord {
  readonly id?: string | undefined
  readonly roleName?: string | undefined
  readonly dataActions: readonly string[]
}

/** A role the identity holds at a scope, and how that was learned. */
export interface HeldRole {
  readonly role: string
  readonly roleDefinitionId: string
  /** Short form: `/`, `/dbs/<db>`, `/dbs/<db>/colls/<c>`. */
  readonly scope: string
  readonly source: 'arm' | 'probe'
  /** The ARM id of the assignment, for a command that removes it. */
  readonly assignmentId?: string | undefined
  /** The data actions the role grants (patterns, wildcards included). */
  readonly dataActions: readonly string[]
}

/** What the assignments say about one principal. */
export interface PrincipalRoles {
  readonly held: readonly HeldRole[]
  /** Assignments to this principal that were ignored, and why. */
  readonly ignored: readonly string[]
}

const DEFINITION_ID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i

/** `…/sqlRoleDefinitions/<guid>` or `<guid>` -> `<guid>` (lower case). */
export function definitionGuid(id: string): string {
  return (DEFINITION_ID.exec(id)?.[1] ?? id).toLowerCase()
}

/**
 * A scope in short form. ARM stores `<account resource id>/dbs/<db>/colls/<c>`; users write
 * `/dbs/<db>` or `dbs/<db>`. The account id compares case-insensitively; names keep their case.
 */
export function shortScope(scope: string, accountResourceId: string): string {
  let rest = scope.trim()
  if (rest.toLowerCase().startsWith(accountResourceId.toLowerCase())) {
    rest = rest.slice(accountResourceId.length)
  } else {
    const marker = /\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/[^/]+/i.exec(rest)
    if (marker) rest = rest.slice(marker.index + marker[0].length)
  }
  rest = rest.replace(/^\/+/, '').replace(/\/+$/, '')
  return rest === '' ? '/' : `/${rest}`
}

/** True when an assignment at `held` covers `needed` (itself and everything under it). */
export function scopeCovers(held: string, needed: string): boolean {
  return held === '/' || needed === held || needed.startsWith(`${held}/`)
}

/**
 * Resolves the roles a principal holds from an account's assignments and definitions. Built-in
 * roles are known even when ARM does not list their definitions.
 */
export function evaluateAssignments(parameters: {
  readonly principalId: string
  readonly accountResourceId: string
  readonly assignments: readonly RoleAssignmentRecord[]
  readonly definitions: readonly RoleDefinitionRecord[]
}): PrincipalRoles {
  const principal = parameters.principalId.toLowerCase()
  const definitions = new Map<string, { roleName: string; dataActions: readonly string[] }>()
  for (const role of BUILT_IN_ROLES)
    definitions.set(role.id, { roleName: role.name, dataActions: role.dataActions })
  for (const definition of parameters.definitions) {
    if (definition.id === undefined) continue
    definitions.set(definitionGuid(definition.id), {
      roleName: definition.roleName ?? definitionGuid(definition.id),
      dataActions: definition.dataActions
    })
  }
  const held: HeldRole[] = []
  const ignored: string[] = []
  for (const assignment of parameters.assignments) {
    if (
      assignment.principalId?.toLowerCase() !== principal ||
      assignment.roleDefinitionId === undefined
    )
      continue
    const guid = definitionGuid(assignment.roleDefinitionId)
    const definition = definitions.get(guid)
    if (definition === undefined) {
      ignored.push(
        `assignment ${assignment.id ?? '?'} names role definition ${assignment.roleDefinitionId}, which the account does not list`
      )
      continue
    }
    if (assignment.scope === undefined || assignment.scope.trim() === '') {
      // Never read a missing scope as the whole account: that would grant what nobody granted.
      ignored.push(`assignment ${assignment.id ?? '?'} has no scope`)
      continue
    }
    held.push({
      role: definition.roleName,
      roleDefinitionId: guid,
      scope: shortScope(assignment.scope, parameters.accountResourceId),
      source: 'arm',
      assignmentId: assignment.id,
      dataActions: definition.dataActions
    })
  }
  return { held, ignored }
}

/** The first held role that grants `action` at `scope`, if any. */
export function roleGranting(
  held: readonly HeldRole[],
  action: string,
  scope: string
): HeldRole | undefined {
  return held.find(
    (role) =>
      scopeCovers(role.scope, scope) && role.dataActions.some((pattern) => grants(pattern, action))
  )
}
