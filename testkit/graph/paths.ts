/** The two Graph versions the stand-in serves. */
export type GraphVersion = 'v1.0' | 'beta'

/** How a request names an application: by object id or by the `appId` alternate key. */
export interface ApplicationKey {
  by: 'id' | 'appId'
  value: string
}

/** What a Graph path addresses. */
export type GraphTarget =
  | { kind: 'servicePrincipal'; appId: string }
  | { kind: 'servicePrincipalById'; objectId: string }
  | { kind: 'application'; key: ApplicationKey }
  | { kind: 'credentials'; key: ApplicationKey; credential?: string }

export interface GraphPath {
  version: GraphVersion
  target: GraphTarget
}

const servicePrincipal = /^\/servicePrincipals\(appId='([^'/]+)'\)\/?$/i
const servicePrincipalById = /^\/servicePrincipals\/([^'/()]+)\/?$/i
const application =
  /^\/applications(?:\(appId='([^'/]+)'\)|\/([^/()]+))(\/federatedIdentityCredentials(?:\/([^/]+))?)?\/?$/i

/**
 * Parses `/v1.0/...` or `/beta/...` (percent-decoded first: clients may encode the quotes of
 * `appId='...'`); a string is the first segment Graph would not know.
 */
export function parseGraphPath(pathname: string): GraphPath | string {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return pathname
  }
  const [, version = '', ...segments] = decoded.split('/')
  if (version !== 'v1.0' && version !== 'beta') return version
  const rest = `/${segments.join('/')}`
  const sp = servicePrincipal.exec(rest)
  if (sp) return { version, target: { kind: 'servicePrincipal', appId: sp[1] ?? '' } }
  const byId = servicePrincipalById.exec(rest)
  if (byId) return { version, target: { kind: 'servicePrincipalById', objectId: byId[1] ?? '' } }
  const app = application.exec(rest)
  if (!app) return segments[0] ?? ''
  const [, appId, id, credentials, credential] = app
  const key: ApplicationKey =
    appId !== undefined ? { by: 'appId', value: appId } : { by: 'id', value: id ?? '' }
  if (credentials === undefined) return { version, target: { kind: 'application', key } }
  return {
    version,
    target: { kind: 'credentials', key, ...(credential === undefined ? {} : { credential }) }
  }
}
