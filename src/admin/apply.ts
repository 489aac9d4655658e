import type { CosmosDBManagementClient } from '@azure/arm-cosmosdb'
import type { TokenCredential } from '@azure/identity'
import { describeError } from '../errors.js'
import { nextReplicationWait } from '../replication-wait.js'
import { armClient, type AccountLocation } from '../cosmos/arm.js'
import type { IdentityDirectory, StoredCredential } from './identities.js'
import {
  MAX_CREDENTIALS,
  accountResourceId,
  fullScope,
  type CredentialPlan,
  type SetupPlan
} from './plan.js'
import { describeTrigger } from './subjects.js'

/** What applying did, one line per credential and role. */
export interface ApplyReport {
  readonly principalId: string
  readonly clientId: string
  readonly lines: readonly string[]
}

/** True when a stored credential already does what the planned one would. */
function sameMatch(stored: StoredCredential, planned: CredentialPlan): boolean {
  return (
    stored.issuer === planned.issuer &&
    stored.audiences.includes(planned.audience) &&
    (planned.expression === undefined
      ? stored.subject === planned.subject
      : stored.expression === planned.expression)
  )
}

/**
 * Applies a setup plan with the admin's own sign-in: the credentials first (each checked against
 * what the identity holds, so applying twice creates nothing and a name taken by something else
 * stops the run before any write), then the role definition and assignment through ARM.
 */
export async function applySetup(
  plan: SetupPlan,
  directory: IdentityDirectory,
  credential: TokenCredential,
  location: AccountLocation,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  const principalId = await directory.principalId()
  const clientId = await directory.clientId()
  const lines = await applyCredentials(plan, directory)
  const client = await armClient(credential, location)
  if (plan.role.customActions !== undefined)
    lines.push(await applyRoleDefinition(plan, client, location, plan.role.customActions))
  lines.push(await applyRoleAssignment(plan, client, location, principalId, options))
  return { principalId, clientId, lines }
}

/**
 * Creates the planned credentials the identity lacks, one at a time (managed identities refuse
 * concurrent credential writes), after checking them all: a name taken by another credential, or
 * the limit passed, stops the run before any write.
 */
async function applyCredentials(plan: SetupPlan, directory: IdentityDirectory): Promise<string[]> {
  const existing = await directory.listCredentials()
  const lines: string[] = []
  const toCreate: CredentialPlan[] = []
  for (const planned of plan.credentials) {
    const same = existing.find((stored) => sameMatch(stored, planned))
    if (same) {
      lines.push(`= credential '${same.name}' already matches ${describeTrigger(planned.trigger)}`)
      continue
    }
    const taken = existing.find((stored) => stored.name === planned.name)
    if (taken)
      throw new Error(
        `${directory.description} already has a credential named '${planned.name}' for ${taken.subject ?? taken.expression}, not ${planned.subject ?? planned.expression}. Remove or rename it, then run setup again. Nothing was written.`
      )
    toCreate.push(planned)
  }
  if (existing.length + toCreate.length > MAX_CREDENTIALS)
    throw new Error(
      `${directory.description} holds ${existing.length} federated credentials; ${toCreate.length} more would pass the limit of ${MAX_CREDENTIALS}. Remove unused ones or use patterns (one flexible credential covers many branches or tags). Nothing was written.`
    )
  for (const planned of toCreate) {
    await directory.createCredential(planned)
    lines.push(
      `+ credential '${planned.name}' for ${describeTrigger(planned.trigger)}: ${planned.subject ?? planned.expression}`
    )
  }
  return lines
}

/** Writes the custom role definition (a PUT: writing it again changes nothing). */
async function applyRoleDefinition(
  plan: SetupPlan,
  client: CosmosDBManagementClient,
  location: AccountLocation,
  customActions: readonly string[]
): Promise<string> {
  await explainRoleWrite('sqlRoleDefinitions', location, () =>
    client.sqlResources.createUpdateSqlRoleDefinition(
      location.resourceGroup,
      location.accountName,
      plan.role.definitionGuid,
      {
        roleName: plan.role.roleName,
        type: 'CustomRole',
        assignableScopes: [accountResourceId(plan.options.account)],
        permissions: [{ dataActions: [...customActions] }]
      }
    )
  )
  return `+ role definition '${plan.role.roleName}' (${plan.role.definitionGuid}): ${customActions.length} data actions`
}

/** Assigns the role to the principal unless an assignment already gives it at that scope. */
async function applyRoleAssignment(
  plan: SetupPlan,
  client: CosmosDBManagementClient,
  location: AccountLocation,
  principalId: string,
  options: ApplyOptions
): Promise<string> {
  const definitionId = `${accountResourceId(plan.options.account)}/sqlRoleDefinitions/${plan.role.definitionGuid}`
  const scope = fullScope(plan.options.account, plan.role.scope)
  for await (const assignment of client.sqlResources.listSqlRoleAssignments(
    location.resourceGroup,
    location.accountName
  )) {
    if (
      assignment.principalId === principalId &&
      assignment.roleDefinitionId?.toLowerCase() === definitionId.toLowerCase() &&
      assignment.scope?.toLowerCase() === scope.toLowerCase()
    )
      return `= role '${plan.role.roleName}' at ${plan.role.scope} already assigned`
  }
  await untilPrincipalReplicated(principalId, options, () =>
    explainRoleWrite('sqlRoleAssignments', location, () =>
      client.sqlResources.createUpdateSqlRoleAssignment(
        location.resourceGroup,
        location.accountName,
        plan.role.assignmentGuid(principalId),
        { roleDefinitionId: definitionId, scope, principalId }
      )
    )
  )
  return `+ role '${plan.role.roleName}' at ${plan.role.scope} for principal ${principalId}`
}

/**
 * A refused write of a role definition or assignment, with the role that allows it. Cosmos DB
 * Operator does not: its NotActions exclude sqlRoleAssignments/write and sqlRoleDefinitions/write
 * (learn.microsoft.com, "Azure built-in roles for Databases").
 */
async function explainRoleWrite<T>(
  kind: 'sqlRoleAssignments' | 'sqlRoleDefinitions',
  location: AccountLocation,
  write: () => Promise<T>
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if ((error as { statusCode?: unknown }).statusCode !== 403) throw error
    throw new Error(
      `Azure Resource Manager refused to write ${kind} on account ${location.accountName} (403): the signed-in account needs Microsoft.DocumentDB/databaseAccounts/${kind}/write, which DocumentDB Account Contributor (5bd9cd88-fe45-4216-938b-f97437e15450), Contributor and Owner hold; Cosmos DB Operator does not (its NotActions exclude it). ARM said: ${describeError(error).replace(/\s+/g, ' ')}`,
      { cause: error }
    )
  }
}

/** What applying may be told, for its waits; real time and no log by default. */
export interface ApplyOptions {
  /** Told before each wait, in words for the terminal. */
  readonly log?: (line: string) => void
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  /** How long to wait at most for a new principal to reach ARM (default five minutes). */
  readonly principalWaitMs?: number
}

/**
 * Runs `write` until ARM knows the principal. An identity created moments ago is not yet in the
 * directory replica ARM checks, and ARM answers 400 "The provided principal ID … was not found in
 * the AAD tenant(s)" (pulumi/pulumi-azure-native #2816; the generic role assignment API calls it
 * PrincipalNotFound) until replication catches up, typically within a minute or two.
 */
export async function untilPrincipalReplicated<T>(
  principalId: string,
  options: ApplyOptions,
  write: () => Promise<T>
): Promise<T> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const limit = options.principalWaitMs ?? 300_000
  const started = now()
  for (let attempt = 0; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      const waited = now() - started
      const delay = isPrincipalNotFound(error)
        ? nextReplicationWait(attempt, waited, limit)
        : undefined
      if (delay === undefined) throw error
      options.log?.(
        `… principal ${principalId} is not known to Azure Resource Manager yet (a new identity takes a while to replicate): trying again in ${Math.round(delay / 1000)} s (waited ${Math.round(waited / 1000)} s of at most ${Math.round(limit / 1000)} s).`
      )
      await sleep(delay)
    }
  }
}

function isPrincipalNotFound(error: unknown): boolean {
  const record = error as { statusCode?: unknown; code?: unknown; message?: unknown }
  return (
    record.statusCode === 400 &&
    (record.code === 'PrincipalNotFound' ||
      /principal ID .* was not found in the AAD tenant/i.test(String(record.message)))
  )
}
