/**
 * What an account endpoint's host name says about the account: which API it serves and which
 * Azure cloud it lives in. The action speaks the NoSQL API only; the other APIs have hosts of
 * their own (the private endpoint DNS zones of learn.microsoft.com's "Azure Private Endpoint DNS
 * configuration" list them per cloud), so a wrong endpoint can be refused before any network call.
 */
import { CLOUDS, CLOUD_NAMES, type CloudName } from '../clouds.js'

/** The Cosmos DB APIs that are not NoSQL, by the label in their host names. */
const OTHER_APIS: Readonly<Record<string, string>> = {
  mongo: 'API for MongoDB',
  mongocluster: 'MongoDB vCore',
  table: 'API for Table',
  cassandra: 'API for Apache Cassandra',
  gremlin: 'API for Apache Gremlin',
  analytics: 'analytical store'
}

/** `<account>.<api>.cosmos.azure.com` and the older `<account>.<api>.cosmosdb.azure.com`. */
const OTHER_API_HOST = /^[^.]+\.([a-z]+)\.cosmos(?:db)?\.azure\.(?:com|us|cn)$/i

/** The port the API for MongoDB (RU) listens on under `documents.azure.com` for older accounts. */
const MONGO_WIRE_PORT = '10255'

/** Why this endpoint is not a NoSQL account of `cloud`, or undefined when nothing says so. */
export function endpointProblem(url: URL, cloud: CloudName): string | undefined {
  const host = url.hostname.toLowerCase()
  const api = OTHER_API_HOST.exec(host)?.[1]?.toLowerCase()
  if (api !== undefined && OTHER_APIS[api] !== undefined)
    return `is an account of the Cosmos DB ${OTHER_APIS[api]} (${host}); this action speaks the NoSQL API only, whose endpoints are https://<account>.documents.azure.com:443/`
  if (url.port === MONGO_WIRE_PORT)
    return `has port ${MONGO_WIRE_PORT}, the MongoDB wire protocol port; this action speaks the NoSQL API only, on https://<account>.documents.azure.com:443/`
  const owner = cloudOfHost(host)
  if (owner !== undefined && owner !== cloud)
    return `is an account in ${owner} (${CLOUDS[owner].cosmosDomain}), but 'cloud' is ${cloud}: set 'cloud: ${owner}' so that Entra, the token audience and ARM are that cloud's`
  return undefined
}

/** The cloud whose NoSQL domain the host is in (private link names included). */
function cloudOfHost(host: string): CloudName | undefined {
  return CLOUD_NAMES.find((name) => host.endsWith(`.${CLOUDS[name].cosmosDomain}`))
}
