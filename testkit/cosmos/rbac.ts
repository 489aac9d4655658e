import { randomUUID } from 'node:crypto'

const prefix = 'Microsoft.DocumentDB/databaseAccounts'

/** Full names of the Cosmos DB data actions. */
export const dataActions = {
  readMetadata: `${prefix}/readMetadata`,
  itemsCreate: `${prefix}/sqlDatabases/containers/items/create`,
  itemsRead: `${prefix}/sqlDatabases/containers/items/read`,
  itemsReplace: `${prefix}/sqlDatabases/containers/items/replace`,
  itemsUpsert: `${prefix}/sqlDatabases/containers/items/upsert`,
  itemsDelete: `${prefix}/sqlDatabases/containers/items/delete`,
  executeQuery: `${prefix}/sqlDatabases/containers/executeQuery`,
  readChangeFeed: `${prefix}/sqlDatabases/containers/readChangeFeed`,
  executeStoredProcedure: `${prefix}/sqlDatabases/containers/executeStoredProcedure`,
  manageConflicts: `${prefix}/sqlDatabases/containers/manageConflicts`
} as const

const containerWildcard = `${prefix}/sqlDatabases/containers/*`
const itemsWildcard = `${prefix}/sqlDatabases/containers/items/*`
const containerLevel = new Set<string>([
  dataActions.executeQuery,
  dataActions.readChangeFeed,
  dataActions.executeStoredProcedure,
  dataActions.manageConflicts
])
const itemLevel = new Set<string>([
  dataActions.itemsCreate,
  dataActions.itemsRead,
  dataActions.itemsReplace,
  dataActions.itemsUpsert,
  dataActions.itemsDelete
])

const knownActions = new Set(
  [...Object.values(dataActions), containerWildcard, itemsWildcard].map((a) => a.toLowerCase())
)

/** Whether a custom role may name this data action: a documented action or one of the wildcards. */
export function isKnownDataAction(action: string): boolean {
  return knownActions.has(action.toLowerCase())
}

export const builtInRoles = {
  dataReader: '00000000-0000-0000-0000-000000000001',
  dataContributor: '00000000-0000-0000-0000-000000000002'
} as const

/** A data-plane role definition, with ARM ids. */
export interface RoleDefinition {
  id: string
  name: string
  roleName: string
  type: 'BuiltInRole' | 'CustomRole'
  assignableScopes: string[]
  dataActions: string[]
}

/** A data-plane role assignment, stored in ARM form. */
export interface RoleAssignment {
  id: string
  name: string
  roleDefinitionId: string
  scope: string
  principalId: string
}

export interface DefineRoleOptions {
  id?: string
  roleName: string
  dataActions: string[]
  assignableScopes?: string[]
}

export interface AssignRoleOptions {
  principalId: string
  /** A bare GUID or the full ARM id of the role definition. */
  roleDefinitionId: string
  /** `/`, `/dbs/<db>`, `/dbs/<db>/colls/<c>` or the same in full ARM form. */
  scope: string
  id?: string
}

/** Whether a role's data action grants `action`, honouring the two documented wildcards. */
function grants(roleAction: string, action: string): boolean {
  const granted = roleAction.toLowerCase()
  if (granted === action.toLowerCase()) return true
  if (granted === containerWildcard.toLowerCase()) return containerLevel.has(action)
  if (granted === itemsWildcard.toLowerCase()) return itemLevel.has(action)
  return false
}

/** Role definitions and assignments of one account: the Cosmos gateway and ARM share them. */
export class RbacStore {
  private readonly definitions = new Map<string, RoleDefinition>()
  private readonly assignments = new Map<string, RoleAssignment>()
  /** Entra group memberships: member object id -> group object ids. */
  private readonly groups = new Map<string, Set<string>>()

  constructor(readonly accountResourceId: string) {
    this.addDefinition(builtInRoles.dataReader, 'Cosmos DB Built-in Data Reader', 'BuiltInRole', [
      dataActions.readMetadata,
      dataActions.itemsRead,
      dataActions.executeQuery,
      dataActions.readChangeFeed
    ])
    this.addDefinition(
      builtInRoles.dataContributor,
      'Cosmos DB Built-in Data Contributor',
      'BuiltInRole',
      [dataActions.readMetadata, containerWildcard, itemsWildcard]
    )
  }

  private addDefinition(
    name: string,
    roleName: string,
    type: RoleDefinition['type'],
    actions: string[],
    assignableScopes = [this.accountResourceId]
  ): string {
    const id = `${this.accountResourceId}/sqlRoleDefinitions/${name}`
    this.definitions.set(name.toLowerCase(), {
      id,
      name,
      roleName,
      type,
      assignableScopes,
      dataActions: actions
    })
    return id
  }

  /** Adds a custom role; returns its GUID. */
  defineRole(options: DefineRoleOptions): string {
    const name = options.id ?? randomUUID()
    if (this.definitions.has(name.toLowerCase())) throw new Error(`role ${name} already exists`)
    const scopes = (options.assignableScopes ?? ['/']).map((scope) => this.toArmScope(scope))
    this.addDefinition(name, options.roleName, 'CustomRole', [...options.dataActions], scopes)
    return name
  }

  /** Replaces a custom role in place (its assignments keep pointing at it); throws for built-ins. */
  replaceRole(options: DefineRoleOptions & { id: string }): void {
    const current = this.findDefinition(options.id)
    if (!current) throw new Error(`unknown role definition ${options.id}`)
    if (current.type === 'BuiltInRole') throw new Error(`role ${options.id} is built in`)
    const scopes = (options.assignableScopes ?? ['/']).map((scope) => this.toArmScope(scope))
    this.addDefinition(
      current.name,
      options.roleName,
      'CustomRole',
      [...options.dataActions],
      scopes
    )
  }

  /** Assigns a role (replacing an assignment with the same id); returns the assignment's GUID. */
  assignRole(options: AssignRoleOptions): string {
    const definition = this.findDefinition(options.roleDefinitionId)
    if (!definition) throw new Error(`unknown role definition ${options.roleDefinitionId}`)
    const scope = this.toArmScope(options.scope)
    const name = options.id ?? randomUUID()
    this.assignments.set(name.toLowerCase(), {
      id: `${this.accountResourceId}/sqlRoleAssignments/${name}`,
      name,
      roleDefinitionId: definition.id,
      scope,
      principalId: options.principalId.toLowerCase()
    })
    return name
  }

  /** Removes an assignment by GUID; returns whether it existed. */
  removeAssignment(name: string): boolean {
    return this.assignments.delete(name.toLowerCase())
  }

  findDefinition(idOrName: string): RoleDefinition | undefined {
    const name = idOrName.split('/').pop() ?? ''
    return this.definitions.get(name.toLowerCase())
  }

  findAssignment(name: string): RoleAssignment | undefined {
    return this.assignments.get(name.toLowerCase())
  }

  listDefinitions(): RoleDefinition[] {
    return [...this.definitions.values()]
  }

  listAssignments(): RoleAssignment[] {
    return [...this.assignments.values()]
  }

  /** Whether `id` is a group some principal was made a member of. */
  isGroup(id: string): boolean {
    const group = id.toLowerCase()
    return [...this.groups.values()].some((groups) => groups.has(group))
  }

  /** Makes `memberId` a member of group `groupId`: roles assigned to the group apply to it. */
  addGroupMember(groupId: string, memberId: string): void {
    const member = memberId.toLowerCase()
    const groups = this.groups.get(member) ?? new Set<string>()
    groups.add(groupId.toLowerCase())
    this.groups.set(member, groups)
  }

  /**
   * Whether `principalId` holds `action` on `scope` (short form: `/`, `/dbs/db`, ...): some
   * assignment to it or to one of its groups, at that scope or above it, names a role whose
   * data actions grant it.
   */
  isAllowed(principalId: string, action: string, scope: string): boolean {
    return this.assignmentsFor(principalId).some(
      (assignment) =>
        covers(this.toShortScope(assignment.scope), scope) && this.roleGrants(assignment, action)
    )
  }

  /** Whether `principalId` holds `action` at any scope of the account. */
  holdsAnywhere(principalId: string, action: string): boolean {
    return this.assignmentsFor(principalId).some((assignment) =>
      this.roleGrants(assignment, action)
    )
  }

  /** Assignments to the principal itself and to the groups it belongs to. */
  private assignmentsFor(principalId: string): RoleAssignment[] {
    const principal = principalId.toLowerCase()
    const identities = new Set([principal, ...(this.groups.get(principal) ?? [])])
    return this.listAssignments().filter((assignment) => identities.has(assignment.principalId))
  }

  private roleGrants(assignment: RoleAssignment, action: string): boolean {
    const definition = this.findDefinition(assignment.roleDefinitionId)
    return definition?.dataActions.some((granted) => grants(granted, action)) ?? false
  }

  /** `/dbs/db` -> `<account id>/dbs/db`; full ARM scopes pass through (validated). */
  toArmScope(scope: string): string {
    return this.accountResourceId + this.toShortScope(scope).replace(/^\/$/, '')
  }

  /** `<account id>/dbs/db` or `dbs/db` -> `/dbs/db`; the account itself is `/`. */
  toShortScope(scope: string): string {
    let suffix = scope
    if (scope.toLowerCase().startsWith(this.accountResourceId.toLowerCase())) {
      suffix = scope.slice(this.accountResourceId.length)
    } else if (scope.toLowerCase().startsWith('/subscriptions/')) {
      throw new Error(`scope ${scope} is not inside account ${this.accountResourceId}`)
    }
    const trimmed = suffix.replace(/^\/+|\/+$/g, '')
    if (trimmed === '') return '/'
    if (!/^dbs\/[^/]+(\/colls\/[^/]+)?$/.test(trimmed)) throw new Error(`invalid scope ${scope}`)
    return `/${trimmed}`
  }
}

/** An assignment scope covers itself and everything under it (short forms: `/`, `/dbs/db`). */
export function covers(assignmentScope: string, requestScope: string): boolean {
  if (assignmentScope === '/') return true
  return requestScope === assignmentScope || requestScope.startsWith(`${assignmentScope}/`)
}
