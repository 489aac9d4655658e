/** Authorization: what the planned work needs, what the identity holds, and the decision. */
import type { CosmosClient } from '@azure/cosmos'
import type { TokenCredential } from '@azure/identity'
import { ActionError, describeError } from '../errors.js'
import type { Logger } from '../runtime.js'
import { evaluateAssignments, roleGranting, type HeldRole } from './assignments.js'
import type { AccountLocation } from '../cosmos/arm.js'
import { AccountNotFound, ArmAccessDenied, listAccountRoles } from './arm-roles.js'
import {
  armContradicted,
  judge,
  leastPrivilegeNotices,
  missingPermissionsMessage,
  type Verdict
} from './decide.js'
import { requiredActions, type Requirement, type StepUse } from './needs.js'
import { probeContainers, type ProbeFinding } from './probe.js'
import { ACTIONS, shortAction } from '../cosmos/roles.js'

export {
  requiredActions,
  STEP_NEEDS,
  type Requirement,
  type StepUse,
  type StepName
} from './needs.js'
export { evaluateAssignments, shortScope, scopeCovers, type HeldRole } from './assignments.js'
export { judge, leastPrivilegeNotices, missingPermissionsMessage, type Verdict } from './decide.js'
export { ACTIONS, shortAction } from '../cosmos/roles.js'

export type RoleCheckMode = 'strict' | 'warn' | 'off'

/** One entry of the `roles` output. */
export interface RoleOutput {
  readonly role: string
  readonly roleDefinitionId: string
  readonly scope: string
  readonly source: 'arm' | 'probe'
}

export interface AuthorizationParameters {
  readonly mode: RoleCheckMode
  readonly database: string
  readonly uses: readonly StepUse[]
  readonly principalId: string
  readonly accountName: string
  readonly resourceGroup: string | undefined
  readonly client: CosmosClient
  readonly credential: TokenCredential
  /** Where to list role assignments; undefined without subscription and resource group. */
  readonly location: AccountLocation | undefined
  readonly log: Logger
}

export interface AuthorizationReport {
  readonly mode: RoleCheckMode
  readonly source: 'arm' | 'probe' | 'off'
  readonly verdicts: readonly Verdict[]
  /** Actions held (through ARM) on the job's containers that the job does not need. */
  readonly unneeded: readonly Requirement[]
  readonly roles: readonly RoleOutput[]
  readonly notices: readonly string[]
  /** The explanation of what is missing, when anything is known to be. */
  readonly missing: string | undefined
}

/** The planned work cannot start: a needed data action is known not to be held (strict mode). */
export class AuthorizationError extends ActionError {}

/**
 * Works out what the planned steps need and what the identity holds, before any data operation.
 * A known-missing action is reported; enforceRoleCheck then fails a strict run. Warn mode goes
 * on; off skips the check.
 */
export async function authorize(parameters: AuthorizationParameters): Promise<AuthorizationReport> {
  const { log } = parameters
  if (parameters.mode === 'off') {
    log.info("Role check is off ('role-check: off').")
    return {
      mode: 'off',
      source: 'off',
      verdicts: [],
      unneeded: [],
      roles: [],
      notices: [],
      missing: undefined
    }
  }
  const requirements = requiredActions(parameters.database, parameters.uses)
  const context = {
    principalId: parameters.principalId,
    accountName: parameters.accountName,
    resourceGroup: parameters.resourceGroup,
    database: parameters.database
  }

  const armRoles = await readArmRoles(parameters)
  const armConclusive = armRoles !== undefined && armRoles.length > 0
  const containers = [...new Set(parameters.uses.flatMap((use) => use.containers))]
  const probe = armConclusive
    ? { findings: [], missingContainers: [] }
    : await probeContainers(parameters.client, parameters.database, containers)
  // The login read the database: readMetadata there is proven whatever else is known.
  const loginProof = {
    scope: `/dbs/${parameters.database}`,
    action: ACTIONS.readMetadata,
    held: true,
    how: 'login: database read succeeded'
  }
  const verdicts = judge(requirements, { armRoles, probe: [loginProof, ...probe.findings] })

  if (armRoles !== undefined && armRoles.length === 0) {
    log.warning(
      `No usable role assignment on this account names principal ${parameters.principalId}. Roles assigned to a group the identity belongs to are invisible to this check, so reads were probed and writes are unknown.`
    )
  }
  if (armContradicted(verdicts)) {
    log.warning(
      `Requests succeeded that no role assignment of principal ${parameters.principalId} grants: the identity holds roles through a group, which this check cannot list. What no request proved is reported as unknown, not missing.`
    )
  }
  if (probe.missingContainers.length > 0) {
    // A migration may create them; a step that needs them says so when it gets there.
    log.warning(
      `Container(s) ${probe.missingContainers.map((c) => `'${c}'`).join(', ')} do not exist in database '${parameters.database}' yet.`
    )
  }

  // Narrowing roles is advice for a job that can run; a refused one needs its grant first.
  const refused = verdicts.some((verdict) => verdict.held === 'no')
  const notices =
    armConclusive && !refused ? leastPrivilegeNotices(requirements, armRoles, context) : []
  for (const notice of notices) log.notice(notice)
  const unknown = verdicts.filter((verdict) => verdict.held === 'unknown')
  if (unknown.length > 0) {
    log.warning(
      `Could not verify ${unknown.length} needed action(s) (${[...new Set(unknown.map((v) => v.action.split('/').pop()))].join(', ')}) without reading role assignments; a refusal will be explained when it happens. Give the identity read access to the account's role assignments (e.g. 'Cosmos DB Account Reader Role') and set 'subscription-id' and 'resource-group' to check them up front.`
    )
  }
  const missingVerdicts = verdicts.filter((verdict) => verdict.held === 'no')
  const groupNote = armConclusive
    ? "\nRoles the identity holds through a group are not seen by this check (it compares principal ids); if it has them, set 'role-check: warn'."
    : ''
  const missing =
    missingVerdicts.length > 0
      ? missingPermissionsMessage(missingVerdicts, context) + groupNote
      : undefined
  const report: AuthorizationReport = {
    mode: parameters.mode,
    source: armConclusive ? 'arm' : 'probe',
    verdicts,
    unneeded: armConclusive ? unneededActions(requirements, armRoles) : [],
    roles: armConclusive ? armRoles.map(toOutput) : probedRoles(probe.findings),
    notices,
    missing
  }
  if (missing !== undefined) {
    if (parameters.mode === 'warn') {
      log.warning(
        `${missing}\nGoing on ('role-check: warn'): the first refused request will fail the run.`
      )
    }
  } else {
    log.info(
      `Role check passed: ${verdicts.filter((v) => v.held === 'yes').length} of ${verdicts.length} needed action(s) proven (${report.source}).`
    )
  }
  return report
}

/** Fails the run, before any data operation, when strict mode found a needed action missing. */
export function enforceRoleCheck(report: AuthorizationReport): void {
  if (report.mode === 'strict' && report.missing !== undefined) {
    throw new AuthorizationError(`${report.missing}\nNothing was written ('role-check: strict').`)
  }
}

/**
 * Roles through ARM, or undefined when ARM cannot be asked, refuses, or fails (then: probe).
 * An account ARM does not know is a mistake in the inputs: strict mode stops there.
 */
async function readArmRoles(parameters: AuthorizationParameters): Promise<HeldRole[] | undefined> {
  const { log } = parameters
  if (parameters.location === undefined) {
    log.info(
      "No 'subscription-id' and 'resource-group': probing the data plane with reads instead of listing role assignments."
    )
    return undefined
  }
  try {
    const listed = await listAccountRoles(parameters.credential, parameters.location)
    const roles = evaluateAssignments({ principalId: parameters.principalId, ...listed })
    for (const reason of roles.ignored)
      log.warning(`Ignored a role assignment of principal ${parameters.principalId}: ${reason}.`)
    log.info(
      `Role assignments for principal ${parameters.principalId} (ARM): ${roles.held.map((role) => `${role.role} at ${role.scope}`).join('; ') || 'none'}.`
    )
    return [...roles.held]
  } catch (error) {
    if (error instanceof ArmAccessDenied) {
      log.warning(
        error.status === 401
          ? `${error.message}\nARM did not accept the identity's token: check 'cloud' and 'arm-endpoint'. Probing the data plane with reads instead.`
          : `${error.message}\nThe identity cannot read role assignments (it needs e.g. 'Cosmos DB Account Reader Role' on the account); probing the data plane with reads instead.`
      )
      return undefined
    }
    if (error instanceof AccountNotFound && parameters.mode === 'strict') throw error
    log.warning(`${describeError(error)}\nProbing the data plane with reads instead.`)
    return undefined
  }
}

/** Per container of the job: actions a listed role grants there that no step needs. */
function unneededActions(
  requirements: readonly Requirement[],
  held: readonly HeldRole[]
): Requirement[] {
  const needed = new Set(requirements.map((r) => `${r.scope}|${r.action}`))
  const containers = new Map(
    requirements.filter((r) => r.container !== undefined).map((r) => [r.scope, r.container])
  )
  const unneeded: Requirement[] = []
  for (const [scope, container] of containers) {
    for (const action of Object.values(ACTIONS)) {
      if (needed.has(`${scope}|${action}`) || roleGranting(held, action, scope) === undefined)
        continue
      unneeded.push({ step: 'login', container, action, scope })
    }
  }
  return unneeded
}

function toOutput(role: HeldRole): RoleOutput {
  return {
    role: role.role,
    roleDefinitionId: role.roleDefinitionId,
    scope: role.scope,
    source: role.source
  }
}

/** Probe results as `roles` entries: per scope, the actions requests proved (none: no entry). */
function probedRoles(findings: readonly ProbeFinding[]): RoleOutput[] {
  const proven = new Map<string, string[]>()
  for (const finding of findings.filter((f) => f.held)) {
    proven.set(finding.scope, [...(proven.get(finding.scope) ?? []), shortAction(finding.action)])
  }
  return [...proven].map(([scope, actions]) => ({
    role: `proven by probe: ${[...new Set(actions)].join(', ')}`,
    roleDefinitionId: '',
    scope,
    source: 'probe'
  }))
}
