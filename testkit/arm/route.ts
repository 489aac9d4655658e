import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CosmosGateway } from '../cosmos/gateway.js'
import type { EntraStandIn } from '../entra/server.js'
import type { ArmError } from './auth.js'
import type { UserAssignedIdentities } from './identity-store.js'
import type { OperationStore } from './operations.js'

/** One request to route, with what every route may need from the stand-in. */
export interface ArmRequest {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  method: string
  cosmos: CosmosGateway
  entra: EntraStandIn
  identities: UserAssignedIdentities
  operations: OperationStore
  /** `https://localhost:PORT`, for the operation URLs ARM hands out. */
  origin: string
  log: (line: string) => void
}

/** A matched route: what it needs, checked by the server, and how to serve it. */
export interface ArmRoute {
  /** The control-plane action the request needs (recorded, and named in a 403). */
  action: string
  /** The grant that allows the action. */
  needs: 'read' | 'write'
  /** The scope a 403 names: the requested resource. */
  scope: string
  /** The first missing parent (subscription, group, account), checked after authorization. */
  missing(): ArmError | undefined
  /** Answers the request for an authorized caller. */
  serve(principalId: string): Promise<void>
}

/** The account segments of a path under `.../databaseAccounts/{account}`. */
export interface AccountPath {
  subscription: string
  group: string
  account: string
  /** What follows the account name, e.g. `/sqlDatabases/db/containers` ('' for none). */
  rest: string
}

const accountPrefix =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)(\/.*)?$/i

/** Splits a path under a Cosmos DB account; undefined for any other path. */
export function parseAccountPath(pathname: string): AccountPath | undefined {
  const match = accountPrefix.exec(pathname)
  if (!match) return undefined
  const [, subscription = '', group = '', account = '', rest = ''] = match
  return { subscription, group, account, rest }
}

/** The requested resource, as a 403 names it: the path without a trailing slash. */
export const scopeOf = (pathname: string): string => pathname.replace(/\/+$/, '')
