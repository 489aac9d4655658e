import { sendJson } from '../http/server.js'
import type { Application } from '../entra/directory.js'
import { graphErrors } from './errors.js'
import type { ApplicationKey } from './paths.js'
import type { GraphContext } from './routes.js'

/**
 * `GET /servicePrincipals/{id}`: a service principal by its object id, the id role assignments
 * name; a managed identity's lists its ARM resource id in `alternativeNames`, as Graph does.
 */
export const servePrincipalById = (objectId: string) => async (context: GraphContext) => {
  const app = context.directory.principalByObjectId(objectId)
  if (!app || app.tenantId !== context.tenantId) return context.fail(graphErrors.notFound(objectId))
  sendJson(context.res, 200, {
    '@odata.context': `${context.base}/$metadata#servicePrincipals/$entity`,
    id: app.objectId,
    appId: app.clientId,
    displayName: app.displayName,
    servicePrincipalType: app.kind === 'managedIdentity' ? 'ManagedIdentity' : 'Application',
    alternativeNames: [...(app.alternativeNames ?? [])]
  })
}

/**
 * `DELETE /applications(appId='…')/federatedIdentityCredentials/{id or name}`: 204, as Graph
 * answers; a credential that is not there is 404.
 */
export const deleteCredential =
  (
    find: (context: GraphContext, key: ApplicationKey) => Application | undefined,
    key: ApplicationKey,
    idOrName: string
  ) =>
  async (context: GraphContext) => {
    const app = find(context, key)
    if (!app) return context.fail(graphErrors.notFound(key.value))
    const index = app.federatedCredentials.findIndex(
      (credential) => credential.id === idOrName || credential.name === idOrName
    )
    if (index < 0) return context.fail(graphErrors.notFound(idOrName))
    const [removed] = app.federatedCredentials.splice(index, 1)
    context.log(`[graph] removed federated credential ${removed?.name} from ${app.clientId}`)
    context.res.writeHead(204).end()
  }
