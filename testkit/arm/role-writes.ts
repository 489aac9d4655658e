import { readBody, sendJson } from '../http/server.js'
import { isArmError, missingResource, sendArmError, type ArmError } from './auth.js'
import { accepted, operationHeaders, serveOperationResult } from './operation-routes.js'
import {
  assignmentFromBody,
  assignmentResource,
  definitionFromBody,
  definitionResource,
  isGuid,
  sameAssignment,
  sameDefinition
} from './role-resource.js'
import { scopeOf, type AccountPath, type ArmRequest, type ArmRoute } from './route.js'

const rolePath =
  /^\/(sqlRoleAssignments|sqlRoleDefinitions)\/([^/]+)(?:\/operationResults\/([^/]+))?\/?$/i

/**
 * PUT of a SQL role assignment or custom role definition, as Cosmos DB's resource provider does
 * it: the body is validated at once (400), then a long-running operation writes the role into
 * the gateway's RBAC when it completes, so the data plane enforces it from then on. A PUT of what
 * is already stored answers 200 with the resource and starts nothing.
 */
export function roleWriteRoute(request: ArmRequest, path: AccountPath): ArmRoute | undefined {
  const match = rolePath.exec(path.rest)
  if (!match) return undefined
  const [, rawKind = '', rawName = '', operationId] = match
  const name = decodeURIComponent(rawName)
  const isAssignment = rawKind.toLowerCase() === 'sqlroleassignments'
  const kind = isAssignment ? 'sqlRoleAssignments' : 'sqlRoleDefinitions'
  const { method, cosmos, res } = request
  const scope = scopeOf(request.url.pathname)
  const route = (action: string, needs: ArmRoute['needs'], serve: ArmRoute['serve']) => ({
    action: `Microsoft.DocumentDB/databaseAccounts/${kind}/${action}`,
    needs,
    scope,
    missing: () => missingResource(cosmos, path.subscription, path.group, path.account),
    serve
  })
  const serveStored = async () => {
    const resource = isAssignment
      ? mapDefined(cosmos.rbac.findAssignment(name), assignmentResource)
      : mapDefined(cosmos.rbac.findDefinition(name), definitionResource)
    if (resource) return sendJson(res, 200, resource)
    const what = isAssignment ? 'Role assignment' : 'Role definition'
    sendArmError(res, {
      status: 404,
      code: 'NotFound',
      message: `${what} with id [${name}] does not exist.`
    })
  }

  if (operationId !== undefined) {
    if (method !== 'GET') return undefined
    return route('operationResults/read', 'read', async () => {
      const operation = await request.operations.poll(operationId)
      const self = `${request.origin}${request.url.pathname}${request.url.search}`
      await serveOperationResult(res, operation, operationId, self, serveStored)
    })
  }
  if (method !== 'PUT') return undefined
  return route('write', 'write', async (principalId) => {
    const body = await jsonBody(request)
    if (body === undefined) return sendArmError(res, invalidContent)
    if (!isGuid(name)) {
      return sendArmError(res, {
        status: 400,
        code: 'BadRequest',
        message: `The ${isAssignment ? 'role assignment' : 'role definition'} id '${name}' in the request URL is not a valid GUID.`
      })
    }
    const start = isAssignment
      ? assignmentWrite(request, name, body)
      : definitionWrite(request, name, body)
    if (start === 'unchanged') return serveStored()
    if (typeof start !== 'function') return sendArmError(res, start)
    const operation = request.operations.start({
      method: 'PUT',
      resourceId: scope,
      principalId,
      run: start
    })
    request.log(`[arm] ${principalId} PUT ${kind}/${name}`)
    accepted(res, operationHeaders(request, path.subscription, operation))
  })
}

type Write = (() => Promise<ArmError | undefined>) | 'unchanged' | ArmError

function assignmentWrite(request: ArmRequest, name: string, body: unknown): Write {
  const { rbac } = request.cosmos
  const wanted = assignmentFromBody(body, rbac)
  if (isArmError(wanted)) return wanted
  const unseen = unseenPrincipal(request, wanted.principalId)
  if (unseen) return unseen
  const stored = rbac.findAssignment(name)
  if (stored && sameAssignment(stored, wanted)) return 'unchanged'
  return async () => {
    // The definition may have changed since the PUT was validated: check again at completion.
    if (!rbac.findDefinition(wanted.roleDefinitionId)) {
      return {
        status: 400,
        code: 'BadRequest',
        message: `The role definition '${wanted.roleDefinitionId}' does not exist.`
      }
    }
    rbac.assignRole({ id: stored?.name ?? name, ...wanted })
    return undefined
  }
}

function definitionWrite(request: ArmRequest, name: string, body: unknown): Write {
  const { rbac } = request.cosmos
  const wanted = definitionFromBody(body, rbac)
  if (isArmError(wanted)) return wanted
  const stored = rbac.findDefinition(name)
  if (stored?.type === 'BuiltInRole') {
    return {
      status: 400,
      code: 'BadRequest',
      message: `The role definition '${stored.name}' is a built-in role and cannot be modified.`
    }
  }
  if (stored && sameDefinition(stored, wanted)) return 'unchanged'
  return async () => {
    const role = { id: stored?.name ?? name, ...wanted }
    if (rbac.findDefinition(name)) rbac.replaceRole(role)
    else rbac.defineRole(role)
    return undefined
  }
}

/**
 * ARM refuses an assignment to a principal Entra has not replicated to it yet, as it refuses one
 * to a principal that does not exist: 400 BadRequest, "The provided principal ID [..] was not found
 * in the AAD tenant(s) [..] which are associated with the customer's subscription."
 * (pulumi/pulumi-azure-native #2816; Azure/ARO-HCP #5323 retries it). A principal created less than
 * the replication delay ago is not seen yet; groups of the RBAC store count as known.
 */
function unseenPrincipal(request: ArmRequest, principalId: string): ArmError | undefined {
  const principal = request.entra.directory.principalByObjectId(principalId)
  const replicated =
    principal !== undefined &&
    Date.now() - principal.createdAt >= request.entra.directory.principalReplicationMs
  if (replicated || (principal === undefined && request.cosmos.rbac.isGroup(principalId)))
    return undefined
  return {
    status: 400,
    code: 'BadRequest',
    message: `The provided principal ID [${principalId}] was not found in the AAD tenant(s) [${request.cosmos.tenantId}] which are associated with the customer's subscription.`
  }
}

const invalidContent: ArmError = {
  status: 400,
  code: 'InvalidRequestContent',
  message: 'The request content was invalid and could not be deserialized.'
}

/** The parsed JSON body, or undefined when it is not JSON. */
async function jsonBody(request: ArmRequest): Promise<unknown> {
  try {
    return JSON.parse((await readBody(request.req)).toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

const mapDefined = <T, R>(value: T | undefined, map: (value: T) => R): R | undefined =>
  value === undefined ? undefined : map(value)
