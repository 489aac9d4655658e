import { createHash, randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

/** A Cosmos DB error before it is sent. */
export interface CosmosFailure {
  status: number
  code: string
  message: string
  substatus?: number
  headers?: Record<string, string>
}

/** Sends a Cosmos DB error: JSON `{ code, message }`, `x-ms-substatus`, a zero request charge. */
export function sendCosmosFailure(res: ServerResponse, failure: CosmosFailure): void {
  const activityId = randomUUID()
  // Cosmos appends the activity id and backend version on a new line of every error message.
  const message = `${failure.message}\r\nActivityId: ${activityId}, Microsoft.Azure.Documents.Common/2.14.0`
  const text = JSON.stringify({ code: failure.code, message })
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-ms-activity-id': activityId,
    'x-ms-request-charge': '0',
    ...failure.headers
  }
  if (failure.substatus !== undefined) headers['x-ms-substatus'] = String(failure.substatus)
  // setHeader rather than writeHead(status, headers): the request log reads them back.
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.writeHead(failure.status)
  res.end(text)
}

const learnMore = 'Learn more: https://aka.ms/cosmos-native-rbac.'

/** How a 403/5301 names the resource (see cosmosFailures.missingPermission). */
export type RbacMessageShape = 'path' | 'internalId' | 'anyScope'

/** A stable stand-in for Cosmos's internal resource id of a scope: 8 bytes, base64. */
function internalResourceId(scope: string): string {
  return createHash('sha256').update(scope).digest().subarray(0, 8).toString('base64')
}

/** The failures the gateway produces, with Cosmos DB's texts where they are known. */
export const cosmosFailures = {
  missingAuthorization: (): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    message:
      'Required Header authorization is missing. Ensure a valid Authorization token is passed.'
  }),
  localAuthDisabled: (): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    message: 'Local Authorization is disabled. Use an AAD token to authorize all requests.'
  }),
  invalidToken: (account: string, reason: string): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    message: `Request blocked by Auth ${account} : The AAD token is invalid (${reason}). ${learnMore}`
  }),
  wrongAudience: (account: string, audience: string, accepted: string[]): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    substatus: 5008,
    message:
      `Request blocked by Auth ${account} : The AAD token audience [${audience}] is not valid ` +
      `for this account. Accepted audiences: [${accepted.join(', ')}]. ${learnMore}`
  }),
  untrustedTenant: (account: string, tenant: string): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    substatus: 5007,
    message:
      `Request blocked by Auth ${account} : The AAD token was issued by tenant [${tenant}], ` +
      `which is not the tenant of this account. ${learnMore}`
  }),
  expiredToken: (expiredAt: number, now: number): CosmosFailure => ({
    status: 401,
    code: 'Unauthorized',
    message:
      'Provided AAD token has been expired. ' +
      `Token expiry: ${new Date(expiredAt * 1000).toISOString()}, ` +
      `current time: ${new Date(now * 1000).toISOString()}.`
  }),
  dataPlaneDdl: (account: string, method: string, path: string): CosmosFailure => ({
    status: 403,
    code: 'Forbidden',
    substatus: 5300,
    message:
      `Request blocked by Auth ${account} : The given request [${method} ${path}] cannot be ` +
      `authorized by AAD token in data plane. ${learnMore}`
  }),
  /**
   * 403/5301 in the shape `shape`: the resource as a path (the common form), as an internal
   * resource id (`on resource [3TxEAO5CNTo=]`, azure-cosmos-dotnet-v3 #3110), or not at all
   * (`… to perform action [...] on any scope.`). Real accounts answer all three.
   */
  missingPermission: (
    account: string,
    principalId: string,
    action: string,
    scope: string,
    shape: RbacMessageShape = 'path'
  ): CosmosFailure => ({
    status: 403,
    code: 'Forbidden',
    substatus: 5301,
    message:
      `Request blocked by Auth ${account} : Request is blocked because principal [${principalId}] ` +
      `does not have required RBAC permissions to perform action [${action}] ` +
      (shape === 'anyScope'
        ? `on any scope. ${learnMore}`
        : `on resource [${shape === 'internalId' ? internalResourceId(scope) : scope}]. ${learnMore}`)
  }),
  /**
   * The account firewall refusing a client: the text Cosmos DB answered in
   * microsoft/azure-tools-for-java#7123 and learn.microsoft.com's "troubleshoot forbidden" page
   * (also the answer when public network access is disabled and only private endpoints remain).
   */
  firewallBlocked: (clientIp: string): CosmosFailure => ({
    status: 403,
    code: 'Forbidden',
    substatus: 0,
    message:
      `Request originated from IP ${clientIp} through public internet. This is blocked by your ` +
      'Cosmos DB account firewall settings. More info: https://aka.ms/cosmosdb-tsg-forbidden'
  }),
  unsupported: (method: string, path: string): CosmosFailure => ({
    status: 400,
    code: 'BadRequest',
    message: `The local cloud gateway does not support ${method} ${path}.`
  }),
  /** 3200: the partition's RU/s are spent; 3212: the request's throughput bucket's share is. */
  throttled: (retryAfterMs: number, substatus = 3200): CosmosFailure => ({
    status: 429,
    code: 'TooManyRequests',
    substatus,
    headers: { 'x-ms-retry-after-ms': String(retryAfterMs) },
    message:
      'Request rate is large. More Request Units may be needed, so no changes were made. ' +
      'Please retry this request later. Learn more: http://aka.ms/cosmosdb-error-429'
  }),
  /** Our wording: Cosmos documents only that ids other than 1-5 are a bad request. */
  invalidThroughputBucket: (value: string): CosmosFailure => ({
    status: 400,
    code: 'BadRequest',
    message: `Invalid throughput bucket [${value}]: only buckets 1 to 5 are valid.`
  }),
  /**
   * A partition key range that split or merged (1002), is completing a split (1007) or a
   * migration (1008): the sub-statuses of the SDK's SubStatusCodes (common/statusCodes.js) that
   * its bulk retries take as passing (bulkExecutionRetryPolicy.js). The wording is ours.
   */
  gone: (substatus: number): CosmosFailure => ({
    status: 410,
    code: 'Gone',
    substatus,
    message: 'The partition key range is gone or moving. Please retry the request.'
  }),
  unavailable: (): CosmosFailure => ({
    status: 503,
    code: 'ServiceUnavailable',
    message: 'Service is currently unavailable. Please retry the request later.'
  }),
  timeout: (): CosmosFailure => ({
    status: 408,
    code: 'RequestTimeout',
    message: 'Request timed out. The operation did not complete in the allotted time.'
  })
}
