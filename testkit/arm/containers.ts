import { readBody, sendJson } from '../http/server.js'
import type { CosmosGateway } from '../cosmos/gateway.js'
import { isArmError, missingResource, sendArmError, type ArmError } from './auth.js'
import {
  containerDefinition,
  containerResource,
  containerType,
  samePartitionKey
} from './container-resource.js'
import { accepted, operationHeaders, serveOperationResult } from './operation-routes.js'
import { scopeOf, type AccountPath, type ArmRequest, type ArmRoute } from './route.js'

const containerPath =
  /^\/sqlDatabases\/([^/]+)\/containers(?:\/([^/]+)(?:\/operationResults\/([^/]+))?)?\/?$/i

/**
 * SQL container management as ARM does it: GET one or all, and PUT (create or update) and
 * DELETE as long-running operations that touch the backend only when they complete.
 */
export function containerRoute(request: ArmRequest, path: AccountPath): ArmRoute | undefined {
  const match = containerPath.exec(path.rest)
  if (!match) return undefined
  const [, rawDatabase = '', rawContainer, operationId] = match
  const database = decodeURIComponent(rawDatabase)
  const container = rawContainer === undefined ? undefined : decodeURIComponent(rawContainer)
  const { method, cosmos, res } = request
  const scope = scopeOf(request.url.pathname)
  const route = (
    action: string,
    needs: ArmRoute['needs'],
    serve: ArmRoute['serve'],
    // Operation results answer for their operation even after the database is gone.
    checkDatabase = true
  ): ArmRoute => ({
    action: `${containerType}/${action}`,
    needs,
    scope,
    missing: () => missingResource(cosmos, path.subscription, path.group, path.account),
    serve: async (principalId) => {
      if (checkDatabase && !(await cosmos.hasDatabase(database))) {
        return sendArmError(res, databaseNotFound(database, path.account))
      }
      await serve(principalId)
    }
  })
  const databaseId = `${cosmos.accountResourceId}/sqlDatabases/${database}`
  const serveContainer = async (id: string) => {
    const stored = await cosmos.readContainer(database, id)
    if (!stored) return sendArmError(res, containerNotFound(id, database))
    sendJson(res, 200, containerResource(databaseId, stored))
  }

  if (container === undefined) {
    if (method !== 'GET') return undefined
    return route('read', 'read', async () => {
      const stored = await cosmos.listContainers(database)
      sendJson(res, 200, { value: stored.map((item) => containerResource(databaseId, item)) })
    })
  }
  if (operationId !== undefined) {
    if (method !== 'GET') return undefined
    const serveResult = async () => {
      const operation = await request.operations.poll(operationId)
      const self = `${request.origin}${request.url.pathname}${request.url.search}`
      await serveOperationResult(res, operation, operationId, self, () => serveContainer(container))
    }
    return route('operationResults/read', 'read', serveResult, false)
  }
  if (method === 'GET') return route('read', 'read', () => serveContainer(container))
  if (method === 'PUT') {
    return route('write', 'write', (principalId) =>
      startCreateOrUpdate(request, path, { database, container, scope, principalId })
    )
  }
  if (method === 'DELETE') {
    return route('delete', 'write', async (principalId) => {
      // ARM's contract: deleting what does not exist succeeds at once, without an operation.
      if (!(await cosmos.readContainer(database, container))) return void res.writeHead(204).end()
      const operation = request.operations.start({
        method: 'DELETE',
        resourceId: scope,
        principalId,
        run: async () => {
          await cosmos.deleteContainer(database, container)
          return undefined
        }
      })
      accepted(res, operationHeaders(request, path.subscription, operation))
    })
  }
  return undefined
}

interface Target {
  database: string
  container: string
  scope: string
  principalId: string
}

/** PUT: a body ARM cannot parse fails at once; everything else is the operation's to judge. */
async function startCreateOrUpdate(
  request: ArmRequest,
  path: AccountPath,
  target: Target
): Promise<void> {
  const { res, cosmos } = request
  let body: unknown
  try {
    body = JSON.parse((await readBody(request.req)).toString('utf8'))
  } catch {
    body = undefined
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return sendArmError(res, {
      status: 400,
      code: 'InvalidRequestContent',
      message: 'The request content was invalid and could not be deserialized.'
    })
  }
  const definition = containerDefinition(body as Record<string, unknown>, target.container)
  const operation = request.operations.start({
    method: 'PUT',
    resourceId: target.scope,
    principalId: target.principalId,
    run: async () => {
      if (isArmError(definition)) return definition
      return createOrKeep(cosmos, target.database, definition, path.account)
    }
  })
  request.log(`[arm] ${target.principalId} PUT container ${target.database}/${target.container}`)
  accepted(res, operationHeaders(request, path.subscription, operation))
}

/**
 * Creates the container, or keeps an existing one with the same partition key. Updating its
 * indexing policy or TTL is not modelled: the emulator's replace would drop every document.
 */
async function createOrKeep(
  cosmos: CosmosGateway,
  database: string,
  definition: Parameters<CosmosGateway['createContainer']>[1],
  account: string
): Promise<ArmError | undefined> {
  if (!(await cosmos.hasDatabase(database))) return databaseNotFound(database, account)
  const existing = await cosmos.readContainer(database, definition.id)
  if (!existing) return void (await cosmos.createContainer(database, definition))
  if (samePartitionKey(existing, definition.partitionKey)) return undefined
  return {
    status: 400,
    code: 'BadRequest',
    message: `Document collection partition key cannot be changed (container '${definition.id}').`
  }
}

function databaseNotFound(database: string, account: string): ArmError {
  return {
    status: 404,
    code: 'NotFound',
    message: `Owner resource does not exist: the SQL database '${database}' was not found in the account '${account}'.`
  }
}

function containerNotFound(container: string, database: string): ArmError {
  return {
    status: 404,
    code: 'NotFound',
    message: `Resource Not Found: the SQL container '${container}' was not found in the database '${database}'.`
  }
}
