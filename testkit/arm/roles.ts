import { sendJson } from '../http/server.js'
import { missingResource, sendArmError } from './auth.js'
import { assignmentResource, definitionResource } from './role-resource.js'
import type { AccountPath, ArmRequest, ArmRoute } from './route.js'

const collection = /^\/(sqlRoleAssignments|sqlRoleDefinitions)(?:\/([^/]+))?\/?$/i

/** Read-only routes for the account's SQL role definitions and assignments. */
export function roleRoute(request: ArmRequest, path: AccountPath): ArmRoute | undefined {
  const match = collection.exec(path.rest)
  if (!match || request.method !== 'GET') return undefined
  const { cosmos, res, log } = request
  const [, kind = '', name] = match
  const isAssignments = kind.toLowerCase() === 'sqlroleassignments'
  return {
    action: `Microsoft.DocumentDB/databaseAccounts/${isAssignments ? 'sqlRoleAssignments' : 'sqlRoleDefinitions'}/read`,
    needs: 'read',
    // ARM authorizes role reads at the account.
    scope: `/subscriptions/${path.subscription}/resourceGroups/${path.group}/providers/Microsoft.DocumentDB/databaseAccounts/${path.account}`,
    missing: () => missingResource(cosmos, path.subscription, path.group, path.account),
    serve: async () => {
      const items = isAssignments
        ? cosmos.roleAssignments().map(assignmentResource)
        : cosmos.roleDefinitions().map(definitionResource)
      if (name === undefined) return sendJson(res, 200, { value: items })
      const item = items.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
      if (item) return sendJson(res, 200, item)
      const what = isAssignments ? 'Role assignment' : 'Role definition'
      log(`[arm] ${what} ${name} not found`)
      sendArmError(res, {
        status: 404,
        code: 'NotFound',
        message: `${what} with id [${name}] does not exist.`
      })
    }
  }
}
