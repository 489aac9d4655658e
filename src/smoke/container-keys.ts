import type { Database } from '@azure/cosmos'
import { ActionError } from '../errors.js'
import type { Retry } from './kinds/index.js'

/**
 * The partition key paths of each container the checks use, read once per container. Reading
 * the container first tells a missing container from a missing database.
 */
export function containerKeyPaths(
  database: Database,
  retry: Retry
): (container: string) => Promise<string[]> {
  const keyPaths = new Map<string, Promise<string[]>>()
  return (container) => {
    let paths = keyPaths.get(container)
    if (paths === undefined) {
      const missing = (): ActionError =>
        new ActionError(
          `container '${container}' does not exist in database '${database.id}'; create it (a migration's ctx.createContainer, Bicep, Terraform) or fix the check's 'container'.`
        )
      paths = retry(() => database.container(container).read()).then(
        (response) => {
          if (response.resource === undefined) throw missing()
          return response.resource.partitionKey?.paths ?? ['/id']
        },
        (error: unknown) => {
          throw (error as { code?: unknown }).code === 404 ? missing() : error
        }
      )
      keyPaths.set(container, paths)
    }
    return paths
  }
}
