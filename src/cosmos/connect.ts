import { CosmosClient, type Database } from '@azure/cosmos'
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { ActionError } from '../errors.js'
import { explainCosmosError, type CosmosErrorContext } from './errors.js'

/** What reading the database proved about access. */
export interface DatabaseAccess {
  readonly database: Database
  readonly containers: readonly string[]
  /** Request units spent proving it. */
  readonly requestCharge: number
}

export interface CosmosConnectionParameters {
  readonly endpoint: string
  readonly credential: TokenCredential
  readonly userAgentSuffix: string
  /** Adds up the request charge of every response the client receives. */
  readonly meter?: RequestChargeMeter
}

/** Request units spent, as Cosmos DB reported them in each response's x-ms-request-charge. */
export interface RequestChargeMeter {
  total: number
}

/**
 * The SDK's HTTP client, counting request units as responses arrive: every request is counted,
 * the SDK's own metadata reads and retries included, which per-operation charges would miss.
 */
function meteredHttpClient(meter: RequestChargeMeter): HttpClient {
  const inner = createDefaultHttpClient()
  return {
    async sendRequest(request) {
      const response = await inner.sendRequest(request)
      const charge = Number(response.headers.get('x-ms-request-charge'))
      if (Number.isFinite(charge)) meter.total += charge
      return response
    }
  }
}

/** A Cosmos DB client that authenticates every request with an Entra token: no key anywhere. */
export function createCosmosClient(parameters: CosmosConnectionParameters): CosmosClient {
  return new CosmosClient({
    endpoint: parameters.endpoint,
    aadCredentials: parameters.credential,
    userAgentSuffix: parameters.userAgentSuffix,
    ...(parameters.meter ? { httpClient: meteredHttpClient(parameters.meter) } : {})
  })
}

/**
 * Proves the identity can use the database by reading it and listing its containers (both need
 * only `readMetadata`, which every data-plane role grants). Failures say what to grant.
 */
export async function proveDatabaseAccess(
  client: CosmosClient,
  context: CosmosErrorContext
): Promise<DatabaseAccess> {
  try {
    const database = client.database(context.database)
    const read = await database.read()
    const listed = await database.containers.readAll().fetchAll()
    return {
      database,
      containers: listed.resources.map((container) => container.id).sort(),
      requestCharge: (read.requestCharge ?? 0) + (listed.requestCharge ?? 0)
    }
  } catch (error) {
    // Token failures surface through the SDK's pipeline, explained already.
    if (error instanceof ActionError) throw error
    throw explainCosmosError(error, context)
  }
}
