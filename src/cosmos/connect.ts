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
  /** For a client of the job's bulk work: its priority and bucket, and who retries throttling. */
  readonly work?: WorkTraffic
}

/**
 * How the job's own data work (seeding, the migration helpers) shares the account's throughput
 * with production traffic.
 */
export interface WorkTraffic {
  /**
   * `low`: sent with priority-based execution's low priority, throttled before the account's
   * other traffic when the container is busy (where the account enables it; ignored elsewhere).
   */
  readonly priority: 'high' | 'low'
  /** Cosmos DB's throughput bucket (1-5) for these requests; undefined: none. */
  readonly throughputBucket: number | undefined
  /**
   * False: the SDK gives throttled requests back at once rather than waiting each one's
   * retry-after in turn (its bulk path does so per operation), so that the caller waits once
   * for a whole throttled batch.
   */
  readonly sdkThrottleRetries: boolean
}

/** Request units spent, as Cosmos DB reported them in each response's x-ms-request-charge. */
export interface RequestChargeMeter {
  total: number
}

/**
 * The SDK's HTTP client, counting request units as responses arrive: every request is counted,
 * the SDK's own metadata reads and retries included, which per-operation charges would miss.
 */
function meteredHttpClient(meter: RequestChargeMeter | undefined, work?: WorkTraffic): HttpClient {
  const inner = createDefaultHttpClient()
  return {
    async sendRequest(request) {
      // The SDK sets the priority per request option only; every request of this client is work.
      if (work?.priority === 'low') request.headers.set(PRIORITY_HEADER, 'Low')
      const response = await inner.sendRequest(request)
      const charge = Number(response.headers.get('x-ms-request-charge'))
      if (meter && Number.isFinite(charge)) meter.total += charge
      return response
    }
  }
}

/** The header of priority-based execution (the SDK's Constants.HttpHeaders.PriorityLevel). */
const PRIORITY_HEADER = 'x-ms-cosmos-priority-level'

/** The SDK's throttling retries turned off: each 429 comes back to the caller at once. */
const NO_THROTTLE_RETRIES = {
  maxRetryAttemptCount: 0,
  fixedRetryIntervalInMilliseconds: 0,
  maxWaitTimeInSeconds: 0
}

/** A Cosmos DB client that authenticates every request with an Entra token: no key anywhere. */
export function createCosmosClient(parameters: CosmosConnectionParameters): CosmosClient {
  const { work } = parameters
  return new CosmosClient({
    endpoint: parameters.endpoint,
    aadCredentials: parameters.credential,
    userAgentSuffix: parameters.userAgentSuffix,
    ...(parameters.meter || work ? { httpClient: meteredHttpClient(parameters.meter, work) } : {}),
    ...(work?.throughputBucket !== undefined ? { throughputBucket: work.throughputBucket } : {}),
    ...(work?.sdkThrottleRetries === false
      ? { connectionPolicy: { retryOptions: NO_THROTTLE_RETRIES } }
      : {})
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
