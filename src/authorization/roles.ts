/** Cosmos DB data-plane actions and built-in roles, as Cosmos DB defines them. */

export const DATA_ACTION_PREFIX = 'Microsoft.DocumentDB/databaseAccounts/'

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
