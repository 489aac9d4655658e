/**
 * `access`: who can reach what. For an account, every principal with a role on it; for one
 * identity, that identity: each subject that signs in as it (its federated credentials) with the
 * roles and scopes it gets. A table for people, JSON for tools.
 */
import type { TokenCredential } from '@azure/identity'
import { listAccountRoles } from '../authorization/arm-roles.js'
import { evaluateAssignments } from '../authorization/index.js'
import type { AccountLocation } from '../cosmos/arm.js'
import { accessJson, accessTable, type IdentityAccess } from './access-report.js'
import type { Endpoints, IdentityDirectory } from './identities.js'
import {
  readAccount,
  readCloud,
  readEndpoints,
  readIdentity,
  text,
  UsageError,
  type Environment,
  type Flags
} from './options.js'
import { principalDirectory } from './principals.js'
import { adminCredential, identityDirectory, type Console } from './setup.js'

/** A principal to report on: its directory when it is an identity, else why it has none. */
interface Found {
  readonly principalId: string
  readonly directory?: IdentityDirectory | undefined
  readonly displayName?: string | undefined
  readonly note?: string | undefined
}

export async function accessCommand(
  flags: Flags,
  console: Console,
  env: Environment,
  credential: () => TokenCredential = () => adminCredential(flags, env)
): Promise<number> {
  const account = readAccount(flags)
  const givesIdentity =
    text(flags, 'client-id') !== undefined || text(flags, 'identity') !== undefined
  const identity = givesIdentity ? readIdentity(flags, account) : undefined
  const format = text(flags, 'format') ?? 'table'
  if (format !== 'table' && format !== 'json')
    throw new UsageError(`--format is '${format}': table or json`)
  const signIn = credential()
  const endpoints = readEndpoints(flags, readCloud(flags))
  const location: AccountLocation = {
    armEndpoint: endpoints.armEndpoint,
    armResource: endpoints.armResource,
    subscriptionId: account.subscriptionId,
    resourceGroup: account.resourceGroup,
    accountName: account.name
  }
  const roles = await listAccountRoles(signIn, location)
  const found: Found[] =
    identity === undefined
      ? await principalsWithRoles(
          roles.assignments.map((assignment) => assignment.principalId),
          signIn,
          endpoints
        )
      : await (async () => {
          const directory = identityDirectory(signIn, endpoints, identity)
          return [{ principalId: await directory.principalId(), directory }]
        })()
  const identities: IdentityAccess[] = []
  for (const principal of found) {
    const held = evaluateAssignments({ principalId: principal.principalId, ...roles }).held
    identities.push({
      principalId: principal.principalId,
      identity: principal.directory?.description ?? `principal ${principal.principalId}`,
      displayName: principal.displayName,
      clientId: await principal.directory?.clientId(),
      credentials: (await principal.directory?.listCredentials()) ?? [],
      roles: held.map((role) => ({
        role: role.role,
        scope: role.scope,
        assignmentId: role.assignmentId
      })),
      note: principal.note
    })
  }
  const report = { account: account.name, identities }
  console.out(format === 'json' ? accessJson(report) : accessTable(report))
  return 0
}

/** Every principal the account's assignments name, each looked up in Graph once. */
async function principalsWithRoles(
  principalIds: ReadonlyArray<string | undefined>,
  signIn: TokenCredential,
  endpoints: Endpoints
): Promise<Found[]> {
  const find = principalDirectory(signIn, endpoints)
  const unique = [
    ...new Set(principalIds.filter((id): id is string => !!id).map((id) => id.toLowerCase()))
  ]
  const found: Found[] = []
  for (const principalId of unique) {
    const principal = await find(principalId)
    found.push(
      principal.kind === 'identity'
        ? {
            principalId,
            directory: identityDirectory(signIn, endpoints, principal.target),
            displayName: principal.displayName
          }
        : { principalId, note: principal.why }
    )
  }
  return found
}
