import type { IncomingMessage, ServerResponse } from 'node:http'
import { credentialProblem } from '../entra/credential-rules.js'
import type { Application, Directory } from '../entra/directory.js'
import { readBody, sendJson } from '../http/server.js'
import {
  credentialFromBody,
  credentialResource,
  filterCredentials,
  graphProblem
} from './credentials.js'
import { deleteCredential, servePrincipalById } from './principal-routes.js'
import { graphErrors, isGraphError, type GraphError } from './errors.js'
import type { ApplicationKey, GraphPath, GraphVersion } from './paths.js'

/** One authenticated request, with what the routes need to answer it. */
export interface GraphContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  version: GraphVersion
  /** The caller's tenant: Graph only shows objects of that tenant. */
  tenantId: string
  directory: Directory
  /** `https://localhost:PORT/v1.0` (or `/beta`), for `@odata.context`. */
  base: string
  fail(error: GraphError): void
  log: (line: string) => void
}

/** A matched route: the permission it needs (checked by the server) and how to serve it. */
export interface GraphRoute {
  needs: 'read' | 'write'
  serve(context: GraphContext): Promise<void>
}

/** The route for a parsed path and method; undefined when the method is not served there. */
export function graphRoute(path: GraphPath, method: string): GraphRoute | undefined {
  const { target } = path
  if (target.kind === 'servicePrincipal') {
    return method === 'GET' ? { needs: 'read', serve: servePrincipal(target.appId) } : undefined
  }
  if (target.kind === 'servicePrincipalById') {
    return method === 'GET'
      ? { needs: 'read', serve: servePrincipalById(target.objectId) }
      : undefined
  }
  if (target.kind === 'application') {
    return method === 'GET' ? { needs: 'read', serve: serveApplication(target.key) } : undefined
  }
  if (target.credential !== undefined) {
    const credential = target.credential
    if (method === 'DELETE')
      return { needs: 'write', serve: deleteCredential(findApplication, target.key, credential) }
    return method === 'GET'
      ? { needs: 'read', serve: serveCredential(target.key, credential) }
      : undefined
  }
  if (method === 'GET') return { needs: 'read', serve: listCredentials(target.key) }
  if (method === 'POST') return { needs: 'write', serve: createCredential(target.key) }
  return undefined
}

const servePrincipal = (appId: string) => async (context: GraphContext) => {
  const { directory, tenantId, res, base } = context
  const app = directory.findApplication(tenantId, appId)
  if (!app) return context.fail(graphErrors.notFound(`appId=${appId}`))
  sendJson(res, 200, {
    '@odata.context': `${base}/$metadata#servicePrincipals/$entity`,
    id: app.objectId,
    appId: app.clientId,
    displayName: app.displayName,
    servicePrincipalType: app.kind === 'managedIdentity' ? 'ManagedIdentity' : 'Application'
  })
}

/** The app a key names in the caller's tenant; managed identities have no application object. */
function findApplication(context: GraphContext, key: ApplicationKey): Application | undefined {
  const { directory, tenantId } = context
  const app =
    key.by === 'appId'
      ? directory.findApplication(tenantId, key.value)
      : directory.applicationByObjectId(tenantId, key.value)
  return app?.kind === 'application' ? app : undefined
}

const keyText = (key: ApplicationKey) => (key.by === 'appId' ? `appId=${key.value}` : key.value)

const serveApplication = (key: ApplicationKey) => async (context: GraphContext) => {
  const app = findApplication(context, key)
  if (!app) return context.fail(graphErrors.notFound(keyText(key)))
  sendJson(context.res, 200, {
    '@odata.context': `${context.base}/$metadata#applications/$entity`,
    id: app.applicationObjectId,
    appId: app.clientId,
    displayName: app.displayName
  })
}

const credentialsContext = (context: GraphContext, app: Application) =>
  `${context.base}/$metadata#applications('${app.applicationObjectId}')/federatedIdentityCredentials`

const listCredentials = (key: ApplicationKey) => async (context: GraphContext) => {
  const app = findApplication(context, key)
  if (!app) return context.fail(graphErrors.notFound(keyText(key)))
  const filtered = filterCredentials(
    app.federatedCredentials,
    context.url.searchParams.get('$filter')
  )
  if (isGraphError(filtered)) return context.fail(filtered)
  sendJson(context.res, 200, {
    '@odata.context': credentialsContext(context, app),
    value: filtered.map((fic) => credentialResource(fic, context.version))
  })
}

const serveCredential =
  (key: ApplicationKey, idOrName: string) => async (context: GraphContext) => {
    const app = findApplication(context, key)
    if (!app) return context.fail(graphErrors.notFound(keyText(key)))
    const fic = app.federatedCredentials.find((c) => c.id === idOrName || c.name === idOrName)
    if (!fic) return context.fail(graphErrors.notFound(idOrName))
    sendJson(context.res, 200, {
      '@odata.context': `${credentialsContext(context, app)}/$entity`,
      ...credentialResource(fic, context.version)
    })
  }

const createCredential = (key: ApplicationKey) => async (context: GraphContext) => {
  const app = findApplication(context, key)
  if (!app) return context.fail(graphErrors.notFound(keyText(key)))
  let body: unknown
  try {
    body = JSON.parse((await readBody(context.req)).toString('utf8'))
  } catch {
    return context.fail(graphErrors.unreadableBody())
  }
  const candidate = credentialFromBody(body, context.version)
  if (isGraphError(candidate)) return context.fail(candidate)
  const problem = credentialProblem(app.federatedCredentials, candidate, {
    flexibleIssuers: context.directory.flexibleIssuers
  })
  if (problem) return context.fail(graphProblem(problem, candidate))
  const stored = context.directory.addFederatedCredential(app.clientId, candidate, {
    propagate: true
  })
  context.log(`[graph] added federated credential ${stored.name} to ${app.clientId}`)
  const location = `${context.base}/applications/${app.applicationObjectId}/federatedIdentityCredentials/${stored.id}`
  sendJson(
    context.res,
    201,
    {
      '@odata.context': `${credentialsContext(context, app)}/$entity`,
      ...credentialResource(stored, context.version)
    },
    { location }
  )
}
