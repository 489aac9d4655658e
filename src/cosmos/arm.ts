import type { CosmosDBManagementClient } from '@azure/arm-cosmosdb'
import type { TokenCredential } from '@azure/identity'
import { ActionError, describeError } from '../errors.js'

/** Where the account lives in Azure Resource Manager. */
export interface AccountLocation {
  readonly armEndpoint: string
  /** The resource ARM tokens are requested for (the cloud's, even with an overridden host). */
  readonly armResource: string
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly accountName: string
}

/** The ARM resource id of a Cosmos DB account. */
export function accountResourceId(
  location: Pick<AccountLocation, 'subscriptionId' | 'resourceGroup' | 'accountName'>
): string {
  return `/subscriptions/${location.subscriptionId}/resourceGroups/${location.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${location.accountName}`
}

/**
 * An ARM client for the account's subscription, with tokens from the job's identity. The ARM
 * SDK is loaded only by the jobs that use it: it is one of the largest parts of the bundle, and
 * a job that only logs in should not wait for it to start.
 */
export async function armClient(
  credential: TokenCredential,
  location: AccountLocation
): Promise<CosmosDBManagementClient> {
  const { CosmosDBManagementClient } = await import('@azure/arm-cosmosdb')
  return new CosmosDBManagementClient(credential, location.subscriptionId, {
    endpoint: location.armEndpoint.replace(/\/$/, ''),
    credentials: { scopes: [`${location.armResource.replace(/\/$/, '')}/.default`] }
  })
}

/** How often a long-running ARM operation is polled. */
const POLL_INTERVAL_MS = 1000

/**
 * Creates a container through ARM, the only way with an Entra identity: Cosmos DB refuses
 * container DDL on the data plane. Waits for the long-running operation to finish.
 */
export async function createContainerThroughArm(
  credential: TokenCredential,
  location: AccountLocation | undefined,
  database: string,
  container: string,
  partitionKeyPaths: readonly string[]
): Promise<void> {
  const provision = `provision it with Bicep or Terraform, or: az cosmosdb sql container create --account-name ${location?.accountName ?? '<account>'} --resource-group ${location?.resourceGroup ?? '<resource-group>'} --database-name ${database} --name ${container} --partition-key-path ${partitionKeyPaths.join(' ')}`
  if (location === undefined) {
    throw new ActionError(
      `Container '${container}' does not exist and cannot be created without 'subscription-id' and 'resource-group' (Cosmos DB refuses container creation with Entra tokens on the data plane). Set them and give the identity a control-plane role such as 'Cosmos DB Operator', or ${provision}`
    )
  }
  try {
    await (
      await armClient(credential, location)
    ).sqlResources.createUpdateSqlContainer(
      location.resourceGroup,
      location.accountName,
      database,
      container,
      {
        resource: {
          id: container,
          // Without a version ARM creates version 1, which hashes only the first 101 bytes of a
          // key; Microsoft recommends version 2 (large partition keys) for every new container,
          // and it cannot be changed later (learn.microsoft.com, "Create containers with large
          // partition key"; Azure/bicep #5807).
          partitionKey: {
            paths: [...partitionKeyPaths],
            kind: partitionKeyPaths.length > 1 ? 'MultiHash' : 'Hash',
            version: 2
          }
        },
        options: {}
      },
      { updateIntervalInMs: POLL_INTERVAL_MS }
    )
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode
    throw new ActionError(
      status === 403
        ? `Creating container '${container}' through ARM was refused (403): the identity needs a control-plane role on the account such as 'Cosmos DB Operator'. Grant it, or ${provision}`
        : `Creating container '${container}' through ARM failed: ${describeError(error).replace(/\s+/g, ' ')}. Or ${provision}`,
      { cause: error }
    )
  }
}

/** Deletes a container through ARM and waits for the long-running operation to finish. */
export async function deleteContainerThroughArm(
  credential: TokenCredential,
  location: AccountLocation | undefined,
  database: string,
  container: string
): Promise<void> {
  if (location === undefined) {
    throw new ActionError(
      `Container '${container}' cannot be dropped without 'subscription-id' and 'resource-group': Cosmos DB refuses container deletion with Entra tokens on the data plane.`
    )
  }
  try {
    await (
      await armClient(credential, location)
    ).sqlResources.deleteSqlContainer(
      location.resourceGroup,
      location.accountName,
      database,
      container,
      { updateIntervalInMs: POLL_INTERVAL_MS }
    )
  } catch (error) {
    throw new ActionError(
      `Dropping container '${container}' through ARM failed: ${describeError(error).replace(/\s+/g, ' ')}`,
      { cause: error }
    )
  }
}
