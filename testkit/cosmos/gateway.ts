import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import type { EntraStandIn } from '../entra/server.js'
import { readBody, requestUrl, startHttpsServer, watchResponseHead } from '../http/server.js'
import {
  authenticate,
  isCosmosFailure,
  rememberVerified,
  type GatewayAuthSettings
} from './auth.js'
import { CosmosBackend, type ContainerDefinition, type StoredContainer } from './backend.js'
import { ChangeFeedLog, observedWrite, sendFeedAnswer } from './change-feed.js'
import { cosmosFailures, sendCosmosFailure, type RbacMessageShape } from './errors.js'
import { FaultQueue, type CosmosRequestInfo, type FaultOptions } from './faults.js'
import { classify, normalizePath, type ChargeKind } from './operations.js'
import {
  RbacStore,
  type AssignRoleOptions,
  type DefineRoleOptions,
  type RoleAssignment,
  type RoleDefinition
} from './rbac.js'
import { scopeQueryBody } from './partition-scope.js'
import { meterRequest, type MeteredRequest, type ThroughputRecordFields } from './metering.js'
import { ThroughputModel, throughputControls, type ThroughputControls } from './throughput.js'

/** One request as the gateway saw it; status 0 means the connection was reset. */
export interface CosmosRequestRecord extends CosmosRequestInfo, ThroughputRecordFields {
  /** Epoch milliseconds when the request arrived. */
  at: number
  status: number
  substatus?: number
  /** The x-ms-request-charge the gateway answered with (0 for faults and refusals). */
  requestCharge: number
  /**
   * The partition key the request named (x-ms-documentdb-partitionkey), as JSON. A query that
   * names one reads that partition only, as in Cosmos DB (partition-scope.ts).
   */
  partitionKey?: string
}

/** The Cosmos DB account: an Entra-only gateway with data-plane RBAC in front of the emulator. */
export interface CosmosGateway extends ThroughputControls {
  /** `https://localhost:PORT/` */
  endpoint: string
  accountName: string
  subscriptionId: string
  resourceGroup: string
  accountResourceId: string
  /** The only tenant whose tokens the account accepts. */
  tenantId: string
  /** Role definitions and assignments (shared with ARM). */
  rbac: RbacStore
  createDatabase(id: string): Promise<void>
  createContainer(databaseId: string, container: ContainerDefinition): Promise<void>
  hasDatabase(id: string): Promise<boolean>
  /** The container as the backend stores it; undefined when absent. */
  readContainer(databaseId: string, containerId: string): Promise<StoredContainer | undefined>
  listContainers(databaseId: string): Promise<StoredContainer[]>
  /** Drops the container and its documents; false when it did not exist. */
  deleteContainer(databaseId: string, containerId: string): Promise<boolean>
  upsertItems(
    databaseId: string,
    containerId: string,
    docs: Record<string, unknown>[]
  ): Promise<void>
  readItems(databaseId: string, containerId: string): Promise<Record<string, unknown>[]>
  defineRole(options: DefineRoleOptions): string
  assignRole(options: AssignRoleOptions): string
  removeRoleAssignment(id: string): boolean
  /** Makes an identity a member of an Entra group, so roles assigned to the group apply to it. */
  addGroupMember(groupId: string, memberObjectId: string): void
  roleDefinitions(): RoleDefinition[]
  roleAssignments(): RoleAssignment[]
  requests(): CosmosRequestRecord[]
  /** How many requests are recorded, without copying them. */
  requestCount(): number
  clearRequests(): void
  injectFaults(options: FaultOptions): void
  clearFaults(): void
  /** Delay before forwarding each request (after auth). */
  setLatency(ms: number): void
  /** How 403/5301 answers name the resource from now on (default 'path'). */
  setRbacMessageShape(shape: RbacMessageShape): void
  /**
   * Turns the account firewall on: every request is refused as coming from `clientIp` through the
   * public internet, before authentication, as an account with IP rules or private endpoints
   * only answers a GitHub-hosted runner. undefined turns it off.
   */
  setFirewall(clientIp: string | undefined): void
  close(): Promise<void>
}

export interface CosmosGatewayOptions {
  entra: EntraStandIn
  log: (line: string) => void
  accountName?: string
  subscriptionId?: string
  resourceGroup?: string
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host'
])

/** Starts the emulator backend and the HTTPS gateway in front of it. */
export async function startCosmosGateway(options: CosmosGatewayOptions): Promise<CosmosGateway> {
  const { entra, log } = options
  const accountName = options.accountName ?? 'localcloud'
  const subscriptionId = options.subscriptionId ?? '00000000-1111-2222-3333-444444444444'
  const resourceGroup = options.resourceGroup ?? 'rg-localcloud'
  const accountResourceId =
    `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}` +
    `/providers/Microsoft.DocumentDB/databaseAccounts/${accountName}`
  const backend = await CosmosBackend.start()
  const rbac = new RbacStore(accountResourceId)
  const faults = new FaultQueue()
  const throughput = new ThroughputModel()
  // The emulator fakes the change feed: the gateway answers it from the writes it forwards.
  const changeFeed = new ChangeFeedLog()
  let records: CosmosRequestRecord[] = []
  let latencyMs = 0
  let rbacMessageShape: RbacMessageShape = 'path'
  let firewallClientIp: string | undefined
  let endpoint = ''
  let host = ''
  const auth: GatewayAuthSettings = {
    accountName,
    tenantId: entra.defaultTenantId,
    acceptedAudiences: ['https://cosmos.azure.com'],
    verifyAccessToken: rememberVerified((token) => entra.verifyAccessToken(token))
  }

  const forward = async (
    req: IncomingMessage,
    res: ServerResponse,
    metered: MeteredRequest,
    path: string,
    charge: ChargeKind
  ) => {
    const body = metered.body
    const headers: OutgoingHttpHeaders = { host, 'content-length': body.length }
    for (const [name, value] of Object.entries(req.headers)) {
      if (!hopByHop.has(name) && value !== undefined) headers[name] = value
    }
    const answer = await backend.request(req.method ?? 'GET', req.url ?? '/', headers, body)
    const write = observedWrite(
      { method: req.method ?? 'GET', path, headers: req.headers, body },
      charge,
      answer
    )
    if (write) changeFeed.observeWrite(write)
    let responseBody = answer.body
    if (req.method === 'GET' && path === '/' && answer.status === 200) {
      responseBody = rewriteAccount(responseBody, endpoint, accountName)
    }
    const outHeaders: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!hopByHop.has(name) && value !== undefined) outHeaders[name] = value
    }
    const priced = metered.finish(answer.status, responseBody)
    outHeaders['x-ms-request-charge'] = String(priced.charge)
    outHeaders['content-length'] = priced.body.length
    // setHeader rather than writeHead(status, headers): the request log reads them back.
    for (const [name, value] of Object.entries(outHeaders)) {
      if (value !== undefined) res.setHeader(name, value)
    }
    res.writeHead(priced.status)
    res.end(priced.body)
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET'
    const path = normalizePath(requestUrl(req).pathname)
    const record: CosmosRequestRecord = {
      at: Date.now(),
      method,
      path,
      actions: [],
      status: 0,
      requestCharge: 0
    }
    records.push(record)
    const partitionKey = req.headers['x-ms-documentdb-partitionkey']
    if (typeof partitionKey === 'string') record.partitionKey = partitionKey
    const body = await readBody(req)
    watchResponseHead(res, () => {
      record.status = res.statusCode
      const substatus = res.getHeader('x-ms-substatus')
      if (substatus !== undefined) record.substatus = Number(substatus)
      record.requestCharge = Number(res.getHeader('x-ms-request-charge') ?? 0)
    })

    const operation = classify(method, path, req.headers, body)
    if (operation.kind !== 'unsupported') record.scope = operation.scope
    if (operation.kind === 'data' && operation.actions[0] !== undefined) {
      record.actions = operation.actions
      record.action = operation.actions[0]
    }
    if (firewallClientIp !== undefined)
      return sendCosmosFailure(res, cosmosFailures.firewallBlocked(firewallClientIp))
    const claims = await authenticate(req.headers.authorization, auth)
    if (isCosmosFailure(claims)) return sendCosmosFailure(res, claims)
    record.principalId = claims.oid
    if (operation.kind === 'ddl') {
      return sendCosmosFailure(res, cosmosFailures.dataPlaneDdl(accountName, method, path))
    }
    if (operation.kind === 'unsupported') {
      return sendCosmosFailure(res, cosmosFailures.unsupported(method, path))
    }
    const missing = operation.actions.find((action) =>
      operation.anyScope
        ? !rbac.holdsAnywhere(claims.oid, action)
        : !rbac.isAllowed(claims.oid, action, operation.scope)
    )
    if (missing) {
      record.action = missing
      const failure = cosmosFailures.missingPermission(
        accountName,
        claims.oid,
        missing,
        operation.scope,
        rbacMessageShape
      )
      return sendCosmosFailure(res, failure)
    }

    const fault = faults.take({ ...record })
    if (fault) {
      log(`[cosmos] injected ${fault.kind} on ${method} ${path}`)
      if (fault.kind === 'reset') return void req.socket.destroy()
      if (fault.kind === 'throttle') {
        return sendCosmosFailure(res, cosmosFailures.throttled(fault.retryAfterMs ?? 100))
      }
      const failure =
        fault.kind === 'timeout'
          ? cosmosFailures.timeout()
          : fault.kind === 'gone'
            ? cosmosFailures.gone(fault.substatus ?? 1007)
            : cosmosFailures.unavailable()
      return sendCosmosFailure(res, failure)
    }
    if (latencyMs > 0) await delay(latencyMs)
    const scoped =
      operation.charge === 'query' && record.partitionKey !== undefined
        ? scopeQueryBody(body, record.partitionKey)
        : body
    const metered = meterRequest(throughput, {
      kind: operation.charge,
      method,
      scope: operation.scope,
      headers: req.headers,
      body: scoped,
      record
    })
    if ('status' in metered) return sendCosmosFailure(res, metered)
    // Change feed reads are answered from the gateway's own log, priced like any read.
    const feed = changeFeed.answer(operation.scope, method, req.headers)
    if (feed) return sendFeedAnswer(res, feed, metered)
    await forward(req, res, metered, path, operation.charge)
  }

  const server = await startHttpsServer('cosmos', handler, log)
  endpoint = `${server.origin}/`
  host = `localhost:${server.port}`
  auth.acceptedAudiences.push(server.origin)
  // Azure accepts tokens for the account's own endpoint, the SDK's default scope.
  entra.registerResource(server.origin)

  return {
    endpoint,
    accountName,
    subscriptionId,
    resourceGroup,
    accountResourceId,
    tenantId: auth.tenantId,
    rbac,
    createDatabase: (id) => backend.createDatabase(id),
    createContainer: (databaseId, container) => backend.createContainer(databaseId, container),
    hasDatabase: (id) => backend.hasDatabase(id),
    readContainer: (databaseId, containerId) => backend.readContainer(databaseId, containerId),
    listContainers: (databaseId) => backend.listContainers(databaseId),
    async deleteContainer(databaseId, containerId) {
      changeFeed.forget(`/dbs/${databaseId}/colls/${containerId}`)
      return backend.deleteContainer(databaseId, containerId)
    },
    async upsertItems(databaseId, containerId, docs) {
      const stored = await backend.upsertItems(databaseId, containerId, docs)
      changeFeed.observeDocuments(`/dbs/${databaseId}/colls/${containerId}`, stored)
    },
    readItems: (databaseId, containerId) => backend.readItems(databaseId, containerId),
    defineRole: (role) => rbac.defineRole(role),
    assignRole: (assignment) => rbac.assignRole(assignment),
    removeRoleAssignment: (id) => rbac.removeAssignment(id),
    addGroupMember: (groupId, memberObjectId) => rbac.addGroupMember(groupId, memberObjectId),
    roleDefinitions: () => rbac.listDefinitions(),
    roleAssignments: () => rbac.listAssignments(),
    requests: () => records.map((record) => ({ ...record, actions: [...record.actions] })),
    requestCount: () => records.length,
    clearRequests() {
      records = []
    },
    injectFaults: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    setLatency(ms) {
      latencyMs = ms
    },
    setRbacMessageShape(shape) {
      rbacMessageShape = shape
    },
    setFirewall(clientIp) {
      firewallClientIp = clientIp
    },
    ...throughputControls(throughput),
    async close() {
      await server.close()
      await backend.close()
    }
  }
}

/** Points the account's locations at the gateway, so the SDK never goes around it. */
function rewriteAccount(body: Buffer, endpoint: string, accountName: string): Buffer {
  const account = JSON.parse(body.toString('utf8')) as Record<string, unknown>
  const relocate = (locations: unknown) =>
    Array.isArray(locations)
      ? locations.map((location: Record<string, unknown>) => ({
          ...location,
          databaseAccountEndpoint: endpoint
        }))
      : locations
  account.id = accountName
  account.writableLocations = relocate(account.writableLocations)
  account.readableLocations = relocate(account.readableLocations)
  return Buffer.from(JSON.stringify(account))
}
