/** Whether the identity's role assignments on the account allow the planned steps. */
import type { TokenCredential } from '@azure/identity'
import {
  evaluateAssignments,
  judge,
  missingPermissionsMessage,
  requiredActions
} from '../../authorization/index.js'
import { listAccountRoles } from '../../authorization/arm-roles.js'
import type { AccountLocation } from '../../cosmos/arm.js'
import { planWork } from '../../plan.js'

export interface RoleFindings {
  readonly held: ReadonlyArray<{ role: string; scope: string }>
  /** Assignments made to the client id or the application object id instead of the principal. */
  readonly misassigned: readonly string[]
  readonly lines: readonly string[]
  readonly allowed: boolean
}

/** The roles the principal holds and whether they cover the planned steps. */
export async function checkRoles(parameters: {
  readonly credential: TokenCredential
  readonly principalId: string
  readonly clientId: string
  readonly applicationObjectId: string | undefined
  readonly location: AccountLocation
  readonly database: string | undefined
  readonly steps: {
    migrations: string | undefined
    seed: string | undefined
    smoke: string | undefined
    dryRun: boolean
    seedMode: 'upsert' | 'insert'
    ledgerContainer: string
  }
}): Promise<RoleFindings> {
  const roles = await listAccountRoles(parameters.credential, parameters.location)
  const { held } = evaluateAssignments({
    principalId: parameters.principalId,
    accountResourceId: roles.accountResourceId,
    assignments: roles.assignments,
    definitions: roles.definitions
  })
  const wrongIds = new Map<string, string>([[parameters.clientId, 'client id']])
  if (parameters.applicationObjectId !== undefined)
    wrongIds.set(parameters.applicationObjectId, 'application object id')
  const misassigned = roles.assignments
    .filter((assignment) => wrongIds.has(assignment.principalId?.toLowerCase() ?? ''))
    .map(
      (assignment) =>
        `assignment ${assignment.id ?? '?'} names the ${wrongIds.get(assignment.principalId?.toLowerCase() ?? '')} ${assignment.principalId}, not the principal (object) id ${parameters.principalId}: it grants the job nothing. Delete it and assign the role to ${parameters.principalId}.`
    )
  const lines = [
    `Roles of principal ${parameters.principalId} on account ${parameters.location.accountName}:`,
    ...(held.length === 0
      ? ['  (none assigned directly; roles through groups are not listed)']
      : held.map((role) => `  ${role.role} at ${role.scope}`)),
    ...misassigned.map((line) => `  ✗ ${line}`)
  ]
  if (parameters.database === undefined) {
    lines.push(
      'Give --database (and the steps: --migrations, --seed, --smoke) to check the planned work.'
    )
    return { held, misassigned, lines, allowed: held.length > 0 && misassigned.length === 0 }
  }
  const plan = await planWork({
    migrations: parameters.steps.migrations,
    seed: parameters.steps.seed,
    smoke: parameters.steps.smoke,
    dryRun: parameters.steps.dryRun,
    seedMode: parameters.steps.seedMode,
    ledgerContainer: parameters.steps.ledgerContainer
  })
  const verdicts = judge(requiredActions(parameters.database, plan.uses), {
    armRoles: held,
    probe: []
  })
  const missing = verdicts.filter((verdict) => verdict.held !== 'yes')
  const steps = [...new Set(plan.uses.map((use) => use.step))].join(', ')
  if (missing.length === 0) {
    lines.push(`✓ The roles allow the planned steps (${steps}): ${verdicts.length} data actions.`)
  } else {
    lines.push(
      `✗ The roles do not allow the planned steps (${steps}):`,
      missingPermissionsMessage(missing, {
        principalId: parameters.principalId,
        accountName: parameters.location.accountName,
        resourceGroup: parameters.location.resourceGroup
      })
    )
  }
  return { held, misassigned, lines, allowed: missing.length === 0 }
}
