import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EntraStandIn } from '../entra/server.js'
import { requestUrl, startHttpsServer, watchResponseHead } from '../http/server.js'
import { authenticateGraph, GraphGrants, graphResource } from './auth.js'
import { graphErrors, isGraphError, sendGraphError } from './errors.js'
import { parseGraphPath } from './paths.js'
import { graphRoute } from './routes.js'

/** One Graph request as the stand-in saw it. */
export interface GraphRequestRecord {
  at: number
  method: string
  path: string
  principalId?: string
  status: number
}

/**
 * The Microsoft Graph stand-in: service principals (by appId or object id), applications and their
 * federated identity credentials (list, create, delete), under `/v1.0` and `/beta`, for callers holding Application.Read.All or
 * Application.ReadWrite.All. Credentials it creates live in the Entra stand-in's directory, so a
 * token exchange presenting them works at once (real Entra can take minutes to propagate).
 */
export interface GraphStandIn {
  /** `https://localhost:PORT`; paths start with `/v1.0/` or `/beta/`. */
  endpoint: string
  /** `https://graph.microsoft.com`: registered at Entra, so `<resource>/.default` tokens work. */
  resource: string
  /** Like the application permission Application.Read.All, for this caller (object id). */
  grantApplicationRead(principalId: string): void
  /** Like Application.ReadWrite.All (implies read). */
  grantApplicationWrite(principalId: string): void
  requests(): GraphRequestRecord[]
  close(): Promise<void>
}

/** Starts Graph, trusting tokens of any tenant of the Entra stand-in for Graph's audience. */
export async function startGraph(
  entra: EntraStandIn,
  log: (line: string) => void
): Promise<GraphStandIn> {
  const grants = new GraphGrants()
  const records: GraphRequestRecord[] = []
  let origin = ''

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req)
    const method = req.method ?? 'GET'
    const record: GraphRequestRecord = { at: Date.now(), method, path: url.pathname, status: 0 }
    records.push(record)
    watchResponseHead(res, () => (record.status = res.statusCode))
    const requestId = randomUUID()
    const fail = (error: Parameters<typeof sendGraphError>[1]) =>
      sendGraphError(res, error, requestId)

    const claims = await authenticateGraph(req, entra)
    if (isGraphError(claims)) return fail(claims)
    record.principalId = claims.oid
    const path = parseGraphPath(url.pathname)
    if (typeof path === 'string') return fail(graphErrors.noSuchSegment(path))
    const route = graphRoute(path, method)
    if (!route) {
      return fail({
        status: 405,
        code: 'Request_BadRequest',
        message: `The HTTP method '${method}' is not allowed on ${url.pathname}.`
      })
    }
    if (!grants.allows(claims.oid, route.needs)) {
      log(
        `[graph] ${claims.oid} lacks Application.${route.needs === 'read' ? 'Read' : 'ReadWrite'}.All`
      )
      return fail(graphErrors.insufficientPrivileges())
    }
    await route.serve({
      req,
      res,
      url,
      version: path.version,
      tenantId: claims.tid,
      directory: entra.directory,
      base: `${origin}/${path.version}`,
      fail,
      log
    })
  }

  const server = await startHttpsServer('graph', handler, log)
  origin = server.origin
  entra.registerResource(graphResource)
  return {
    endpoint: server.origin,
    resource: graphResource,
    grantApplicationRead: (principalId) => grants.grant(principalId, 'read'),
    grantApplicationWrite: (principalId) => grants.grant(principalId, 'write'),
    requests: () => records.map((record) => ({ ...record })),
    close: () => server.close()
  }
}
