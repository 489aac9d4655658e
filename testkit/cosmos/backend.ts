import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpServer } from '@vercel/cosmosdb-server'
import { installPartitionScope } from './partition-scope.js'
import { installLinearGather } from './linear-gather.js'
import { installQueryShortcuts } from './query-shortcuts.js'

/** A response from the backend, fully read. */
export interface BackendResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface ContainerDefinition {
  id: string
  partitionKey: { paths: string[]; kind?: 'Hash' | 'MultiHash'; version?: number }
  /** Seconds; -1 turns TTL on without a default. Stored, not enforced by the emulator. */
  defaultTtl?: number
  indexingPolicy?: Record<string, unknown>
}

/** A container as the backend stores it. */
export interface StoredContainer extends ContainerDefinition {
  partitionKey: { paths: string[]; kind: 'Hash' | 'MultiHash'; version: number }
  indexingPolicy: Record<string, unknown>
  _rid: string
  _ts: number
  _etag: string
}

/**
 * @vercel/cosmosdb-server on plain HTTP on loopback, reached only by the gateway and the admin
 * helpers. It ignores Authorization, so everything that is not the gateway bypasses auth.
 */
export class CosmosBackend {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

  private constructor(
    private readonly server: http.Server,
    readonly port: number
  ) {}

  /** Starts the backend with keep-alive (without it every response closes its connection). */
  static async start(): Promise<CosmosBackend> {
    // Large containers: the emulator's general query path is quadratic in their size.
    installQueryShortcuts()
    installLinearGather()
    // After the shortcuts: a query scoped to a partition runs over that partition's documents.
    installPartitionScope()
    const server = createHttpServer({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    return new CosmosBackend(server, (server.address() as AddressInfo).port)
  }

  /** Sends one request to the backend and reads the whole answer. */
  request(
    method: string,
    path: string,
    headers: http.OutgoingHttpHeaders = {},
    body?: Buffer
  ): Promise<BackendResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks)
            })
          )
          res.on('error', reject)
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  private async json(
    method: string,
    path: string,
    body?: unknown,
    headers = {}
  ): Promise<BackendResponse> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    return this.request(
      method,
      path,
      {
        'content-type': 'application/json',
        ...headers,
        ...(payload ? { 'content-length': payload.length } : {})
      },
      payload
    )
  }

  /** Creates a database; an existing one is fine. */
  async createDatabase(id: string): Promise<void> {
    const res = await this.json('POST', '/dbs', { id })
    if (res.status !== 201 && res.status !== 409) throw backendError('create database', id, res)
  }

  /** Creates a container; an existing one is fine. */
  async createContainer(databaseId: string, container: ContainerDefinition): Promise<void> {
    const partitionKey = { kind: 'Hash', version: 2, ...container.partitionKey }
    const res = await this.json('POST', `/dbs/${enc(databaseId)}/colls`, {
      ...container,
      partitionKey
    })
    if (res.status !== 201 && res.status !== 409)
      throw backendError('create container', container.id, res)
  }

  /** Whether the database exists. */
  async hasDatabase(id: string): Promise<boolean> {
    const res = await this.json('GET', `/dbs/${enc(id)}`)
    if (res.status !== 200 && res.status !== 404) throw backendError('read database', id, res)
    return res.status === 200
  }

  /** The container's stored definition, or undefined when it does not exist. */
  async readContainer(
    databaseId: string,
    containerId: string
  ): Promise<StoredContainer | undefined> {
    const res = await this.json('GET', `/dbs/${enc(databaseId)}/colls/${enc(containerId)}`)
    if (res.status === 404) return undefined
    if (res.status !== 200) throw backendError('read container', containerId, res)
    return JSON.parse(res.body.toString('utf8')) as StoredContainer
  }

  /** Every container of the database (the emulator answers them in one page). */
  async listContainers(databaseId: string): Promise<StoredContainer[]> {
    const res = await this.json('GET', `/dbs/${enc(databaseId)}/colls`)
    if (res.status !== 200) throw backendError('list containers of', databaseId, res)
    return (JSON.parse(res.body.toString('utf8')) as { DocumentCollections: StoredContainer[] })
      .DocumentCollections
  }

  /** Drops a container with its documents; false when it did not exist. */
  async deleteContainer(databaseId: string, containerId: string): Promise<boolean> {
    const res = await this.json('DELETE', `/dbs/${enc(databaseId)}/colls/${enc(containerId)}`)
    if (res.status !== 204 && res.status !== 404)
      throw backendError('delete container', containerId, res)
    return res.status === 204
  }

  /**
   * Upserts documents one by one, computing each partition key header from the container;
   * returns them as stored, each with that header (for the gateway's change feed).
   */
  async upsertItems(
    databaseId: string,
    containerId: string,
    docs: Record<string, unknown>[]
  ): Promise<{ document: Record<string, unknown>; partitionKey: string }[]> {
    const stored: { document: Record<string, unknown>; partitionKey: string }[] = []
    const collPath = `/dbs/${enc(databaseId)}/colls/${enc(containerId)}`
    const definition = await this.json('GET', collPath)
    if (definition.status !== 200) throw backendError('read container', containerId, definition)
    const paths = (JSON.parse(definition.body.toString('utf8')) as ContainerDefinition).partitionKey
      .paths
    for (const doc of docs) {
      const partitionKey = JSON.stringify(paths.map((path) => valueAtPath(doc, path)))
      const res = await this.json('POST', `${collPath}/docs`, doc, {
        'x-ms-documentdb-is-upsert': 'True',
        'x-ms-documentdb-partitionkey': partitionKey
      })
      if (res.status !== 200 && res.status !== 201)
        throw backendError('upsert', String(doc.id), res)
      const document = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>
      stored.push({ document, partitionKey })
    }
    return stored
  }

  /** Reads every document of a container (following continuations). */
  async readItems(databaseId: string, containerId: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = []
    let continuation: string | undefined
    do {
      const headers: Record<string, string> = { 'x-ms-max-item-count': '1000' }
      if (continuation) headers['x-ms-continuation'] = continuation
      const res = await this.json(
        'GET',
        `/dbs/${enc(databaseId)}/colls/${enc(containerId)}/docs`,
        undefined,
        headers
      )
      if (res.status !== 200) throw backendError('read items of', containerId, res)
      items.push(
        ...(JSON.parse(res.body.toString('utf8')) as { Documents: Record<string, unknown>[] })
          .Documents
      )
      const next = res.headers['x-ms-continuation']
      continuation = typeof next === 'string' && next !== '' ? next : undefined
    } while (continuation)
    return items
  }

  close(): Promise<void> {
    this.agent.destroy()
    return new Promise((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }
}

const enc = encodeURIComponent

/** The value at a partition key path like `/tenant` or `/address/city`. */
function valueAtPath(doc: Record<string, unknown>, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('/').filter(Boolean)) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined
  }
  return value ?? {}
}

function backendError(what: string, id: string, res: BackendResponse): Error {
  return new Error(`${what} ${id} failed: ${res.status} ${res.body.toString('utf8')}`)
}
