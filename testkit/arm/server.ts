import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EntraStandIn } from '../entra/server.js'
import { requestUrl, startHttpsServer, watchResponseHead } from '../http/server.js'
import type { CosmosGateway } from '../cosmos/gateway.js'
import {
  authenticateArm,
  authorizationFailed,
  ControlPlaneGrants,
  isArmError,
  sendArmError
} from './auth.js'
import { containerRoute } from './containers.js'
import { throughputSettingsRoute } from './throughput-settings.js'
import { identityRoute } from './identities.js'
import { identityCredentialDeleteRoute } from './identity-credential-delete.js'
import { UserAssignedIdentities, type UserAssignedIdentityInfo } from './identity-store.js'
import { serveListing } from './listings.js'
import { operationStatusRoute } from './operation-routes.js'
import { OperationStore, type ArmOperationRecord, type OperationLatency } from './operations.js'
import { roleRoute } from './roles.js'
import { roleDeleteRoute } from './role-deletes.js'
import { roleWriteRoute } from './role-writes.js'
import { parseAccountPath, type ArmRequest, type ArmRoute } from './route.js'

export type { ArmOperationRecord, ArmOperationStatus, OperationLatency } from './operations.js'
export type { UserAssignedIdentityInfo } from './identity-store.js'

/** One ARM request as the stand-in saw it. */
export interface ArmRequestRecord {
  at: number
  method: string
  path: string
  /** The control-plane action the request needed, when it named one. */
  action?: string
  principalId?: string
  status: number
}

/**
 * The Azure Resource Manager stand-in for the gateway's account and subscription: Cosmos DB SQL
 * role definitions and assignments (read, and PUT or DELETE as long-running operations), SQL
 * container management with long-running operations, and user-assigned managed identities with
 * their federated identity credentials (read, PUT, DELETE).
 */
export interface ArmStandIn {
  /** `https://localhost:PORT` */
  endpoint: string
  /**
   * Lets this principal (object id) read role definitions, assignments, containers and
   * managed identities with their federated credentials.
   */
  grantControlPlaneRead(principalId: string): void
  revokeControlPlaneRead(principalId: string): void
  /**
   * Lets this principal create and delete containers, write role assignments and definitions,
   * and write managed identities' federated credentials; implies read (Contributor-like).
   */
  grantControlPlaneWrite(principalId: string): void
  revokeControlPlaneWrite(principalId: string): void
  /**
   * Creates a user-assigned managed identity (an Entra identity of kind 'managedIdentity' in the
   * account's tenant) in `resourceGroup` (default: the account's).
   */
  addUserAssignedIdentity(options: {
    resourceGroup?: string
    name: string
  }): UserAssignedIdentityInfo
  /**
   * How long a principal Entra created stays unknown to ARM (default 0): role assignments to it
   * are refused with 400 "The provided principal ID … was not found in the AAD tenant(s)", as
   * when ARM's replica of the directory lags behind a new identity.
   */
  setPrincipalReplication(ms: number): void
  /** How long operations started from now on stay InProgress (default 1 poll, 0 ms). */
  setOperationLatency(latency: Partial<OperationLatency>): void
  /** Every long-running operation so far, with what each of its polls answered. */
  operations(): ArmOperationRecord[]
  requests(): ArmRequestRecord[]
  clearRequests(): void
  close(): Promise<void>
}

/** Starts ARM for the gateway's account, trusting tokens of the account's tenant. */
export async function startArm(
  entra: EntraStandIn,
  cosmos: CosmosGateway,
  log: (line: string) => void
): Promise<ArmStandIn> {
  const grants = new ControlPlaneGrants()
  const operations = new OperationStore()
  const identities = new UserAssignedIdentities(
    entra,
    cosmos.subscriptionId,
    cosmos.tenantId,
    cosmos.resourceGroup
  )
  let records: ArmRequestRecord[] = []
  let origin = ''

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req)
    const method = req.method ?? 'GET'
    const record: ArmRequestRecord = { at: Date.now(), method, path: url.pathname, status: 0 }
    records.push(record)
    watchResponseHead(res, () => (record.status = res.statusCode))

    const request: ArmRequest = {
      req,
      res,
      url,
      method,
      cosmos,
      entra,
      identities,
      operations,
      origin,
      log
    }
    const route = findRoute(request)
    if (route) record.action = route.action
    if (!url.searchParams.get('api-version')) {
      return sendArmError(res, {
        status: 400,
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.'
      })
    }
    const claims = await authenticateArm(req, entra, cosmos.tenantId)
    if (isArmError(claims)) return sendArmError(res, claims)
    record.principalId = claims.oid
    if (!route && serveListing(request, grants.canRead(claims.oid))) return
    if (!route) {
      return sendArmError(res, {
        status: 404,
        code: 'NotFound',
        message: `No route for ${method} ${url.pathname}.`
      })
    }
    const allowed =
      route.needs === 'read' ? grants.canRead(claims.oid) : grants.canWrite(claims.oid)
    if (!allowed)
      return sendArmError(res, authorizationFailed(claims.oid, route.action, route.scope))
    const missing = route.missing()
    if (missing) return sendArmError(res, missing)
    await route.serve(claims.oid)
  }

  const server = await startHttpsServer('arm', handler, log)
  origin = server.origin
  return {
    endpoint: server.origin,
    grantControlPlaneRead: (principalId) => grants.grant(principalId, 'read'),
    revokeControlPlaneRead: (principalId) => grants.revoke(principalId, 'read'),
    grantControlPlaneWrite: (principalId) => grants.grant(principalId, 'write'),
    revokeControlPlaneWrite: (principalId) => grants.revoke(principalId, 'write'),
    addUserAssignedIdentity(options) {
      const { clientId, principalId, tenantId, resourceId } = identities.add(options)
      return { clientId, principalId, tenantId, resourceId }
    },
    setPrincipalReplication(ms) {
      entra.directory.principalReplicationMs = ms
    },
    setOperationLatency: (latency) => operations.setLatency(latency),
    operations: () => operations.list(),
    requests: () => records.map((record) => ({ ...record })),
    clearRequests() {
      records = []
    },
    close: () => server.close()
  }
}

function findRoute(request: ArmRequest): ArmRoute | undefined {
  const account = parseAccountPath(request.url.pathname)
  if (!account)
    return (
      identityRoute(request) ??
      identityCredentialDeleteRoute(request) ??
      operationStatusRoute(request)
    )
  return (
    roleRoute(request, account) ??
    roleWriteRoute(request, account) ??
    roleDeleteRoute(request, account) ??
    containerRoute(request, account) ??
    throughputSettingsRoute(request, account)
  )
}
