import type { HelperScope } from './scope.js'

/**
 * `ctx.createContainer`: creates a container through Azure Resource Manager when it does not
 * exist yet; an existing one is left exactly as it is (its indexing policy and TTL included).
 */
export async function createContainer(
  scope: HelperScope,
  id: string,
  partitionKeyPaths: readonly string[]
): Promise<void> {
  const existing = await scope
    .container(id)
    .read()
    .then((response) => response.resource)
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 404) return undefined
      throw error
    })
  if (existing !== undefined) {
    scope.parameters.log(`Container '${id}' exists already.`)
    return
  }
  if (scope.parameters.dryRun) {
    scope.parameters.log(
      `Dry run: would create container '${id}' (${partitionKeyPaths.join(', ')}).`
    )
    return
  }
  scope.parameters.assertHeld()
  await scope.parameters.createContainer(id, partitionKeyPaths)
}

/**
 * `ctx.dropContainer`: deletes a container through ARM. Destructive, so only in a migration
 * declared so and allowed.
 */
export async function dropContainer(scope: HelperScope, id: string): Promise<void> {
  scope.requireDestructive(`Dropping container '${id}'`)
  scope.parameters.assertHeld()
  if (scope.parameters.dryRun) {
    scope.parameters.log(`Dry run: would drop container '${id}'.`)
    return
  }
  await scope.parameters.dropContainer(id)
}
