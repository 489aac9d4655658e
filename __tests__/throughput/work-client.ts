import type { CosmosClient } from '@azure/cosmos'
import { createCosmosClient } from '../../src/cosmos/index.js'
import { jobCredential } from '../../testkit/clients.js'
import type { LocalCloud } from '../../testkit/index.js'
import type { RepositorySetup } from '../../testkit/scenario.js'

/**
 * A client for the job's bulk work, made as the action makes it: the SDK's own throttling
 * retries off unless asked for (WorkTraffic.sdkThrottleRetries).
 */
export function workClient(
  cloud: LocalCloud,
  setup: RepositorySetup,
  userAgentSuffix: string,
  sdkThrottleRetries = false
): CosmosClient {
  return createCosmosClient({
    endpoint: cloud.cosmos.endpoint,
    credential: jobCredential(cloud, setup),
    userAgentSuffix,
    work: { priority: 'high', throughputBucket: undefined, sdkThrottleRetries }
  })
}
