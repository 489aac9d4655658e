import type { TokenCredential } from '@azure/identity'
import { armClient, type AccountLocation } from '../cosmos/arm.js'

/** What ARM says of a resource's throughput: manual RU/s, or autoscale's maximum. */
interface ThroughputSettings {
  readonly resource?: {
    readonly throughput?: number
    readonly autoscaleSettings?: { readonly maxThroughput?: number }
  }
}

/**
 * The RU/s a container may serve, read through Azure Resource Manager (`az cosmosdb sql container
 * throughput show`): its own throughput, else its database's shared throughput; autoscale's
 * maximum, which it scales to at once. Undefined when it cannot be known: no ARM location, no
 * control-plane read role, a serverless account (no throughput settings). Known, the governor
 * paces the work from its first send instead of learning the rate from throttles; the data plane
 * cannot say it (Entra tokens cover data operations, not throughput: learn.microsoft.com, "Use
 * data plane role-based access control with Azure Cosmos DB for NoSQL").
 */
export async function provisionedThroughput(
  credential: TokenCredential,
  location: AccountLocation,
  database: string,
  container: string
): Promise<number | undefined> {
  try {
    const { sqlResources } = await armClient(credential, location)
    const { resourceGroup, accountName } = location
    const own = await settingsOrNone(() =>
      sqlResources.getSqlContainerThroughput(resourceGroup, accountName, database, container)
    )
    const settings =
      own ??
      (await settingsOrNone(() =>
        sqlResources.getSqlDatabaseThroughput(resourceGroup, accountName, database)
      ))
    const resource = settings?.resource
    return resource?.autoscaleSettings?.maxThroughput ?? resource?.throughput
  } catch {
    // Not knowing only means learning the rate from the service's throttles.
    return undefined
  }
}

/**
 * `provisionedThroughput` for one database, each container's asked once a run: seeding and every
 * migration's helpers share the answer rather than asking ARM again.
 */
export function provisionedThroughputOf(
  credential: TokenCredential,
  location: AccountLocation,
  database: string
): (container: string) => Promise<number | undefined> {
  const known = new Map<string, Promise<number | undefined>>()
  return (container) => {
    let ruPerSecond = known.get(container)
    if (ruPerSecond === undefined) {
      ruPerSecond = provisionedThroughput(credential, location, database, container)
      known.set(container, ruPerSecond)
    }
    return ruPerSecond
  }
}

/** The settings, or undefined where the resource has none of its own (404). */
async function settingsOrNone(
  read: () => Promise<ThroughputSettings>
): Promise<ThroughputSettings | undefined> {
  try {
    return await read()
  } catch (error) {
    if ((error as { statusCode?: unknown }).statusCode === 404) return undefined
    throw error
  }
}
