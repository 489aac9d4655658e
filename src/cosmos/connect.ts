import { CosmosClient, type Database } from '@azure/cosmos'
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
}

/** A Cosmos DB client that authenticates every request with an Entra token: no key anywhere. */
export function createCosmosClient(parameters: CosmosConnectionParameters): CosmosClient {
  return new CosmosClient({
    endpoint: parameters.endpoint,
    aadCredentials: parameters.credential,
    userAgentSuffix: parameters.userAgentSuffix
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
