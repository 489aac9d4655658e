import type { ContainerDefinition, StoredContainer } from '../cosmos/backend.js'
import type { ArmError } from './auth.js'

/** The ARM type of a Cosmos DB SQL container. */
export const containerType = 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers'

// What Azure reports for a container created without an indexing policy.
const defaultIndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/*' }],
  excludedPaths: [{ path: '/"_etag"/?' }]
}

const badRequest = (message: string): ArmError => ({ status: 400, code: 'BadRequest', message })

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Validates `properties.resource` of a create-or-update body as Cosmos DB's resource provider
 * does (its failures end the operation as Failed, not the PUT): the id must match the URL, the
 * partition key needs 1 path (Hash) or up to 3 (MultiHash, version 2), TTL is -1 or positive.
 */
export function containerDefinition(body: Json, name: string): ContainerDefinition | ArmError {
  const properties = body.properties
  const resource = isObject(properties) ? properties.resource : undefined
  if (!isObject(resource)) return badRequest("The request body must contain 'properties.resource'.")
  if (resource.id !== name) {
    return badRequest(
      `The container id '${String(resource.id)}' in the request body does not match the container name '${name}' in the request URL.`
    )
  }
  const partitionKey = partitionKeyOf(resource.partitionKey)
  if ('code' in partitionKey) return partitionKey
  const definition: ContainerDefinition = { id: name, partitionKey }
  const ttl = resource.defaultTtl
  if (ttl !== undefined && ttl !== null) {
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || (ttl !== -1 && ttl <= 0)) {
      return badRequest(
        `The value of 'defaultTtl' is invalid: ${JSON.stringify(ttl)}. It must be -1 or a positive integer.`
      )
    }
    definition.defaultTtl = ttl
  }
  definition.indexingPolicy = isObject(resource.indexingPolicy)
    ? resource.indexingPolicy
    : defaultIndexingPolicy
  return definition
}

function partitionKeyOf(value: unknown): ContainerDefinition['partitionKey'] | ArmError {
  const paths = isObject(value) ? value.paths : undefined
  if (!Array.isArray(paths) || paths.length === 0) {
    return badRequest('The partition key definition is missing: partitionKey.paths is required.')
  }
  const invalid = paths.find((path) => typeof path !== 'string' || !/^\/[^/]/.test(path))
  if (invalid !== undefined) {
    return badRequest(`The partition key path ${JSON.stringify(invalid)} is invalid.`)
  }
  const kind = isObject(value) && value.kind !== undefined ? value.kind : 'Hash'
  // ARM's default is version 1 for Hash (only the first 101 bytes of a key hashed): templates
  // must ask for 2 (learn.microsoft.com, "large partition keys"; MicrosoftDocs/azure-docs #42176).
  // MultiHash exists in version 2 only.
  const version =
    isObject(value) && value.version !== undefined && value.version !== null
      ? value.version
      : kind === 'MultiHash'
        ? 2
        : 1
  if (kind !== 'Hash' && kind !== 'MultiHash') {
    return badRequest(`The partition key kind ${JSON.stringify(kind)} is not supported.`)
  }
  if (version !== 1 && version !== 2) {
    return badRequest(`The partition key version ${JSON.stringify(version)} is invalid.`)
  }
  if (kind === 'Hash' && paths.length !== 1) {
    return badRequest("A partition key of kind 'Hash' takes exactly one path; use 'MultiHash'.")
  }
  if (kind === 'MultiHash' && (paths.length > 3 || version !== 2)) {
    return badRequest("A 'MultiHash' partition key takes up to 3 paths and version 2.")
  }
  return { paths: paths as string[], kind, version }
}

/** Whether a stored container's partition key is the requested one (it can never change). */
export function samePartitionKey(
  stored: StoredContainer,
  requested: ContainerDefinition['partitionKey']
): boolean {
  const a = stored.partitionKey
  return (
    a.kind === requested.kind &&
    a.version === requested.version &&
    a.paths.length === requested.paths.length &&
    a.paths.every((path, index) => path === requested.paths[index])
  )
}

/** The ARM resource of a stored container. */
export function containerResource(databaseResourceId: string, stored: StoredContainer) {
  return {
    id: `${databaseResourceId}/containers/${stored.id}`,
    name: stored.id,
    type: containerType,
    properties: {
      resource: {
        id: stored.id,
        indexingPolicy: { ...defaultIndexingPolicy, ...stored.indexingPolicy },
        partitionKey: stored.partitionKey,
        ...(stored.defaultTtl === undefined ? {} : { defaultTtl: stored.defaultTtl }),
        _rid: stored._rid,
        _ts: stored._ts,
        _etag: stored._etag
      }
    }
  }
}
