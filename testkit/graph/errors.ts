import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { sendJson } from '../http/server.js'

/** A Graph failure before it is rendered: the HTTP status, the OData error code and the text. */
export interface GraphError {
  status: number
  code: string
  message: string
}

/** Narrows an outcome to the failure. */
export const isGraphError = (value: object): value is GraphError =>
  'status' in value && typeof value.status === 'number' && 'code' in value

/** Answers with Graph's OData error envelope; `requestId` also goes into the request-id header. */
export function sendGraphError(res: ServerResponse, error: GraphError, requestId = randomUUID()) {
  // Graph writes the date without fractional seconds.
  const date = new Date().toISOString().slice(0, 19)
  sendJson(
    res,
    error.status,
    {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date, 'request-id': requestId, 'client-request-id': requestId }
      }
    },
    { 'request-id': requestId, 'client-request-id': requestId }
  )
}

const badRequest = (message: string): GraphError => ({
  status: 400,
  code: 'Request_BadRequest',
  message
})

/** The failures this stand-in produces, with Graph's codes and (where known) texts. */
export const graphErrors = {
  invalidToken: (message: string): GraphError => ({
    status: 401,
    code: 'InvalidAuthenticationToken',
    message
  }),
  insufficientPrivileges: (): GraphError => ({
    status: 403,
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.'
  }),
  notFound: (key: string): GraphError => ({
    status: 404,
    code: 'Request_ResourceNotFound',
    message: `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`
  }),
  noSuchSegment: (segment: string): GraphError => ({
    status: 400,
    code: 'BadRequest',
    message: `Resource not found for the segment '${segment}'.`
  }),
  unreadableBody: (): GraphError => ({
    status: 400,
    code: 'BadRequest',
    message:
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
  }),
  unknownProperty: (property: string, type: string): GraphError =>
    badRequest(
      `Property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
    ),
  invalidValue: (property: string, detail = ''): GraphError =>
    badRequest(
      `Invalid value specified for property '${property}' of resource 'FederatedIdentityCredential'.${detail ? ` ${detail}` : ''}`
    ),
  unsupportedFilter: (filter: string): GraphError => ({
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: `Unsupported or invalid query filter clause specified: '${filter}'. Only "name eq '...'" and "subject eq '...'" are supported.`
  }),
  badRequest
}
