import { sendJson } from '../http/server.js'
import { missingResource, sendArmError } from './auth.js'
import { containerType } from './container-resource.js'
import { scopeOf, type AccountPath, type ArmRequest, type ArmRoute } from './route.js'

const settingsPath =
  /^\/sqlDatabases\/([^/]+)\/containers\/([^/]+)\/throughputSettings\/default\/?$/i

/**
 * A container's throughput settings (GET only), as ARM answers `az cosmosdb sql container
 * throughput show`: `properties.resource.throughput` for manual throughput (the local account
 * models manual RU/s only). A container without dedicated throughput (on a database's shared
 * throughput, or in a serverless account) has no settings: ARM answers 404 NotFound.
 */
export function throughputSettingsRoute(
  request: ArmRequest,
  path: AccountPath
): ArmRoute | undefined {
  const match = settingsPath.exec(path.rest)
  if (!match || request.method !== 'GET') return undefined
  const database = decodeURIComponent(match[1] ?? '')
  const container = decodeURIComponent(match[2] ?? '')
  const { cosmos, res } = request
  const id = `${cosmos.accountResourceId}/sqlDatabases/${database}/containers/${container}/throughputSettings/default`
  return {
    action: `${containerType}/throughputSettings/read`,
    needs: 'read',
    scope: scopeOf(request.url.pathname),
    missing: () => missingResource(cosmos, path.subscription, path.group, path.account),
    serve: async () => {
      const throughput = (await cosmos.readContainer(database, container))
        ? cosmos.throughputOf(database, container)
        : undefined
      if (throughput === undefined) {
        return sendArmError(res, {
          status: 404,
          code: 'NotFound',
          message: `Throughput settings for container '${container}' in database '${database}' do not exist: it has no dedicated throughput.`
        })
      }
      sendJson(res, 200, {
        id,
        name: 'default',
        type: `${containerType}/throughputSettings`,
        properties: { resource: { throughput: throughput.ruPerSecond, minimumThroughput: '400' } }
      })
    }
  }
}
