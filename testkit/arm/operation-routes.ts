import type { ServerResponse } from 'node:http'
import { sendJson } from '../http/server.js'
import { missingResource, sendArmError, type ArmError } from './auth.js'
import type { ArmOperationRecord, PolledOperation } from './operations.js'
import { scopeOf, type ArmRequest, type ArmRoute } from './route.js'

/** The region in operation URLs; the account has no other notion of one. */
export const operationRegion = 'local'

const statusPath =
  /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.DocumentDB\/locations\/([^/]+)\/operationsStatus\/([^/]+)\/?$/i

/** The headers of a 202: Azure-AsyncOperation (status) and Location (result), as Cosmos DB's RP. */
export function operationHeaders(
  request: ArmRequest,
  subscription: string,
  operation: ArmOperationRecord
): Record<string, string> {
  const apiVersion = encodeURIComponent(request.url.searchParams.get('api-version') ?? '')
  const status =
    `${request.origin}/subscriptions/${subscription}/providers/Microsoft.DocumentDB` +
    `/locations/${operationRegion}/operationsStatus/${operation.id}?api-version=${apiVersion}`
  const result = `${request.origin}${operation.resourceId}/operationResults/${operation.id}?api-version=${apiVersion}`
  return { 'azure-asyncoperation': status, location: result }
}

/** A 202 for a started operation. */
export function accepted(res: ServerResponse, headers: Record<string, string>): void {
  // Cosmos DB's resource provider acknowledges with this body; clients read the headers.
  sendJson(res, 202, { status: 'Enqueued' }, headers)
}

/** `GET /subscriptions/{s}/providers/Microsoft.DocumentDB/locations/{r}/operationsStatus/{id}`. */
export function operationStatusRoute(request: ArmRequest): ArmRoute | undefined {
  const match = statusPath.exec(request.url.pathname)
  if (!match || request.method !== 'GET') return undefined
  const [, subscription = '', , id = ''] = match
  const { cosmos, operations, res } = request
  return {
    action: 'Microsoft.DocumentDB/locations/operationsStatus/read',
    needs: 'read',
    scope: scopeOf(request.url.pathname),
    // Status URLs live under the subscription only.
    missing: () => missingResource(cosmos, subscription, cosmos.resourceGroup, cosmos.accountName),
    serve: async () => {
      const operation = await operations.poll(id)
      if (!operation) return sendArmError(res, unknownOperation(id))
      sendJson(res, 200, {
        id: scopeOf(request.url.pathname),
        name: operation.id,
        status: operation.status,
        startTime: operation.startTime,
        ...(operation.endTime ? { endTime: operation.endTime } : {}),
        ...(operation.error ? { error: operation.error } : {})
      })
    }
  }
}

/**
 * Answers the Location URL of an operation: 202 while running, then the resource
 * (PUT, served by `serveResource`) or 204 (DELETE), or the failure with its HTTP status.
 */
export async function serveOperationResult(
  res: ServerResponse,
  operation: PolledOperation | undefined,
  id: string,
  selfUrl: string,
  serveResource: () => Promise<void>
): Promise<void> {
  if (!operation) return sendArmError(res, unknownOperation(id))
  if (operation.status === 'InProgress') {
    res.writeHead(202, { location: selfUrl, 'content-length': 0 })
    return void res.end()
  }
  if (operation.status === 'Failed' && operation.error) {
    return sendArmError(res, { status: operation.failureStatus ?? 400, ...operation.error })
  }
  if (operation.method === 'DELETE') {
    res.writeHead(204)
    return void res.end()
  }
  await serveResource()
}

function unknownOperation(id: string): ArmError {
  return {
    status: 404,
    code: 'NotFound',
    message: `The operation '${id}' could not be found.`
  }
}
