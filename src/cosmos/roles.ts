/** Cosmos DB data-plane actions and built-in roles, as Cosmos DB defines them. */

export const DATA_ACTION_PREFIX = 'Microsoft.DocumentDB/databaseAccounts/'

const CONTAINERS = `${DATA_ACTION_PREFIX}sqlDatabases/containers/`

/** Every data action a job can need, by a short name used in tables and messages. */
export const ACTIONS = {
  readMetadata: `${DATA_ACTION_PREFIX}readMetadata`,
  read: `${CONTAINERS}items/read`,
  create: `${CONTAINERS}items/create`,
  upsert: `${CONTAINERS}items/upsert`,
  replace: `${CONTAINERS}items/replace`,
  delete: `${CONTAINERS}items/delete`,
  executeQuery: `${CONTAINERS}executeQuery`,
  readChangeFeed: `${CONTAINERS}readChangeFeed`,
  executeStoredProcedure: `${CONTAINERS}executeStoredProcedure`
} as const

export type ActionName = keyof typeof ACTIONS

/** The short name of a full data action (`items/upsert`), for tables. */
export function shortAction(action: string): string {
  return action.startsWith(CONTAINERS)
    ? action.slice(CONTAINERS.length)
    : action.slice(DATA_ACTION_PREFIX.length)
}

/** Actions that change data: a job needing none of them needs no write role. */
export const WRITE_ACTIONS: readonly string[] = [
  ACTIONS.create,
  ACTIONS.upsert,
  ACTIONS.replace,
  ACTIONS.delete,
  ACTIONS.executeStoredProcedure
]

export const BUILT_IN_ROLES = [
  {
    name: 'Cosmos DB Built-in Data Reader',
    id: '00000000-0000-0000-0000-000000000001',
    dataActions: [
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/readChangeFeed'
    ]
  },
  {
    name: 'Cosmos DB Built-in Data Contributor',
    id: '00000000-0000-0000-0000-000000000002',
    dataActions: [
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
    ]
  }
] as const

export type BuiltInRole = (typeof BUILT_IN_ROLES)[number]

/**
 * True when a permission pattern grants an action. A trailing `/*` covers the actions one level
 * below it only: `containers/*` grants executeQuery but not `containers/items/read`.
 */
export function grants(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase()
  const a = action.toLowerCase()
  if (!p.endsWith('/*')) return p === a
  const parent = p.slice(0, -1)
  return a.startsWith(parent) && !a.slice(parent.length).includes('/')
}

/** The built-in role with the fewest rights that grants an action, if any does. */
export function smallestBuiltInRoleFor(action: string): BuiltInRole | undefined {
  return BUILT_IN_ROLES.find((role) => role.dataActions.some((pattern) => grants(pattern, action)))
}
