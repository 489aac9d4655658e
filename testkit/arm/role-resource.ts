import {
  covers,
  isKnownDataAction,
  type RbacStore,
  type RoleAssignment,
  type RoleDefinition
} from '../cosmos/rbac.js'
import type { ArmError } from './auth.js'

export const assignmentType = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments'
export const definitionType = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions'

/** The ARM resource of a role assignment. */
export function assignmentResource(assignment: RoleAssignment) {
  return {
    id: assignment.id,
    name: assignment.name,
    type: assignmentType,
    properties: {
      roleDefinitionId: assignment.roleDefinitionId,
      scope: assignment.scope,
      principalId: assignment.principalId
    }
  }
}

/** The ARM resource of a role definition. */
export function definitionResource(definition: RoleDefinition) {
  return {
    id: definition.id,
    name: definition.name,
    type: definitionType,
    properties: {
      roleName: definition.roleName,
      type: definition.type,
      assignableScopes: definition.assignableScopes,
      permissions: [{ dataActions: definition.dataActions, notDataActions: [] }]
    }
  }
}

/** A validated role assignment PUT, in the stored (ARM) form. */
export interface AssignmentRequest {
  roleDefinitionId: string
  scope: string
  principalId: string
}

/** A validated role definition PUT; scopes in ARM form. */
export interface DefinitionRequest {
  roleName: string
  assignableScopes: string[]
  dataActions: string[]
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const badRequest = (message: string): ArmError => ({ status: 400, code: 'BadRequest', message })
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a resource name is a GUID, as role assignment and definition names must be. */
export const isGuid = (value: string): boolean => guidPattern.test(value)

/** `properties` of a PUT body, or the error ARM answers for a body without it. */
function propertiesOf(body: unknown): Json | ArmError {
  if (!isObject(body) || !isObject(body.properties)) {
    return badRequest("The request body must contain an object 'properties'.")
  }
  return body.properties
}

/**
 * A data-plane scope in full ARM form inside the account: the account's id, optionally followed
 * by `/dbs/<db>` or `/dbs/<db>/colls/<container>`. Returns the stored form, or an error.
 */
function armScope(rbac: RbacStore, scope: unknown, property: string): string | ArmError {
  const account = rbac.accountResourceId
  const outside = badRequest(
    `The ${property} '${String(scope)}' is not within the account '${account}'. Use the account's resource id, optionally followed by /dbs/<database> or /dbs/<database>/colls/<container>.`
  )
  if (typeof scope !== 'string' || !scope.toLowerCase().startsWith(account.toLowerCase())) {
    return outside
  }
  try {
    return rbac.toArmScope(rbac.toShortScope(scope))
  } catch {
    return outside
  }
}

/** Validates a role assignment PUT body against the account's role definitions. */
export function assignmentFromBody(body: unknown, rbac: RbacStore): AssignmentRequest | ArmError {
  const properties = propertiesOf(body)
  if ('status' in properties) return properties as ArmError
  const { roleDefinitionId, scope, principalId } = properties
  if (typeof principalId !== 'string' || !isGuid(principalId)) {
    return badRequest(
      `The principalId '${String(principalId)}' is not a valid GUID: use the object id of the service principal or managed identity.`
    )
  }
  const definitionPrefix = `${rbac.accountResourceId}/sqlRoleDefinitions/`.toLowerCase()
  if (
    typeof roleDefinitionId !== 'string' ||
    !roleDefinitionId.toLowerCase().startsWith(definitionPrefix) ||
    roleDefinitionId.slice(definitionPrefix.length).includes('/')
  ) {
    return badRequest(
      `The roleDefinitionId '${String(roleDefinitionId)}' must be the full resource id of a role definition of this account: '${rbac.accountResourceId}/sqlRoleDefinitions/<guid>'.`
    )
  }
  const definition = rbac.findDefinition(roleDefinitionId)
  if (!definition) {
    return badRequest(
      `The role definition '${roleDefinitionId}' does not exist in the account '${rbac.accountResourceId}'.`
    )
  }
  const stored = armScope(rbac, scope, 'scope')
  if (typeof stored !== 'string') return stored
  const short = rbac.toShortScope(stored)
  const assignable = definition.assignableScopes.some((s) => covers(rbac.toShortScope(s), short))
  if (!assignable) {
    return badRequest(
      `The scope '${stored}' is not within the assignable scopes of the role definition '${definition.id}': ${definition.assignableScopes.join(', ')}.`
    )
  }
  return { roleDefinitionId: definition.id, scope: stored, principalId: principalId.toLowerCase() }
}

/** Validates a role definition PUT body: a custom role with known data actions in the account. */
export function definitionFromBody(body: unknown, rbac: RbacStore): DefinitionRequest | ArmError {
  const properties = propertiesOf(body)
  if ('status' in properties) return properties as ArmError
  const { roleName, type, assignableScopes, permissions } = properties
  if (typeof roleName !== 'string' || roleName.trim() === '') {
    return badRequest("The role definition needs a non-empty 'roleName'.")
  }
  if (type !== 'CustomRole') {
    return badRequest(
      `The role definition type '${String(type)}' is invalid: only 'CustomRole' definitions can be created or updated.`
    )
  }
  if (!Array.isArray(assignableScopes) || assignableScopes.length === 0) {
    return badRequest("The role definition needs at least one entry in 'assignableScopes'.")
  }
  const scopes: string[] = []
  for (const scope of assignableScopes) {
    const stored = armScope(rbac, scope, 'assignable scope')
    if (typeof stored !== 'string') return stored
    scopes.push(stored)
  }
  if (!Array.isArray(permissions) || permissions.length === 0 || !permissions.every(isObject)) {
    return badRequest("The role definition needs 'permissions': [{ dataActions: [...] }].")
  }
  const actions: string[] = []
  for (const permission of permissions) {
    const { dataActions, notDataActions } = permission
    if (Array.isArray(notDataActions) && notDataActions.length > 0) {
      return badRequest('notDataActions are not supported in Cosmos DB SQL role definitions.')
    }
    if (!Array.isArray(dataActions) || dataActions.length === 0) {
      return badRequest("Each permission needs a non-empty 'dataActions' list.")
    }
    for (const action of dataActions) {
      if (typeof action !== 'string' || !isKnownDataAction(action)) {
        return badRequest(
          `The provided data action string [${String(action)}] does not correspond to any valid SQL data action.`
        )
      }
      actions.push(action)
    }
  }
  return { roleName, assignableScopes: scopes, dataActions: actions }
}

/** Whether a PUT asks for exactly what is stored (ids compare case-insensitively). */
export function sameAssignment(stored: RoleAssignment, request: AssignmentRequest): boolean {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  return (
    same(stored.roleDefinitionId, request.roleDefinitionId) &&
    same(stored.scope, request.scope) &&
    same(stored.principalId, request.principalId)
  )
}

/** Whether a PUT asks for exactly the stored custom role. */
export function sameDefinition(stored: RoleDefinition, request: DefinitionRequest): boolean {
  const sameList = (a: string[], b: string[]) =>
    a.length === b.length &&
    a.every((value, index) => value.toLowerCase() === b[index]?.toLowerCase())
  return (
    stored.roleName === request.roleName &&
    sameList(stored.assignableScopes, request.assignableScopes) &&
    sameList(stored.dataActions, request.dataActions)
  )
}
