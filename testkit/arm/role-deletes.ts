import { missingResource } from './auth.js'
import { accepted, operationHeaders } from './operation-routes.js'
import { scopeOf, type AccountPath, type ArmRequest, type ArmRoute } from './route.js'

const assignmentPath = /^\/sqlRoleAssignments\/([^/]+)\/?$/i

/**
 * DELETE of a SQL role assignment, as Cosmos DB's resource provider does it: a long-running
 * operation that removes the assignment from the gateway's RBAC when it completes (the data plane
 * refuses the principal from then on); an assignment that is not there is 204 at once.
 */
export function roleDeleteRoute(request: ArmRequest, path: AccountPath): ArmRoute | undefined {
  const match = assignmentPath.exec(path.rest)
  if (!match || request.method !== 'DELETE') return undefined
  const name = decodeURIComponent(match[1] ?? '')
  const { cosmos, res } = request
  const scope = scopeOf(request.url.pathname)
  return {
    action: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/delete',
    needs: 'write',
    scope,
    missing: () => missingResource(cosmos, path.subscription, path.group, path.account),
    serve: async (principalId) => {
      if (!cosmos.rbac.findAssignment(name)) return void res.writeHead(204).end()
      const operation = request.operations.start({
        method: 'DELETE',
        resourceId: scope,
        principalId,
        run: async () => {
          cosmos.rbac.removeAssignment(name)
          return undefined
        }
      })
      request.log(`[arm] ${principalId} DELETE sqlRoleAssignments/${name}`)
      accepted(res, operationHeaders(request, path.subscription, operation))
    }
  }
}
