/** Authorization: what the planned work needs, what the identity holds, and the decision. */
import { ActionError } from '../errors.js'
import type { Logger } from '../runtime.js'
import { ACTIONS } from '../cosmos/roles.js'
import { judge, leastPrivilegeNotices, missingPermissionsMessage, type Verdict } from './decide.js'
import { warnOfGaps, warnOfUnknowns } from './gaps.js'
import { readArmRoles } from './held-roles.js'
import { requiredActions } from './needs.js'
import type { AuthorizationParameters, AuthorizationReport } from './parameters.js'
import { probeContainers, type ProbeFinding } from './probe.js'
import { probedRoles, toOutput, unneededActions } from './role-outputs.js'

export type {
  AuthorizationParameters,
  AuthorizationReport,
  RoleCheckMode,
  RoleOutput
} from './parameters.js'
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
    return OFF_REPORT
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
  const verdicts = judge(requirements, {
    armRoles,
    probe: [loginProof(parameters.database), ...probe.findings]
  })
  warnOfGaps(parameters, { armRoles, verdicts, missingContainers: probe.missingContainers })

  // Narrowing roles is advice for a job that can run; a refused one needs its grant first.
  const refused = verdicts.some((verdict) => verdict.held === 'no')
  const notices =
    armConclusive && !refused ? leastPrivilegeNotices(requirements, armRoles, context) : []
  for (const notice of notices) log.notice(notice)
  warnOfUnknowns(log, verdicts)
  const report: AuthorizationReport = {
    mode: parameters.mode,
    source: armConclusive ? 'arm' : 'probe',
    verdicts,
    unneeded: armConclusive ? unneededActions(requirements, armRoles) : [],
    roles: armConclusive ? armRoles.map(toOutput) : probedRoles(probe.findings),
    notices,
    missing: missingMessage(verdicts, context, armConclusive)
  }
  logOutcome(log, report)
  return report
}

const OFF_REPORT: AuthorizationReport = {
  mode: 'off',
  source: 'off',
  verdicts: [],
  unneeded: [],
  roles: [],
  notices: [],
  missing: undefined
}

/** The login read the database: readMetadata there is proven whatever else is known. */
function loginProof(database: string): ProbeFinding {
  return {
    scope: `/dbs/${database}`,
    action: ACTIONS.readMetadata,
    held: true,
    how: 'login: database read succeeded'
  }
}

/** What is missing, said once for the log, the summary and a strict failure. */
function missingMessage(
  verdicts: readonly Verdict[],
  context: Parameters<typeof missingPermissionsMessage>[1],
  armConclusive: boolean
): string | undefined {
  const missing = verdicts.filter((verdict) => verdict.held === 'no')
  if (missing.length === 0) return undefined
  const groupNote = armConclusive
    ? "\nRoles the identity holds through a group are not seen by this check (it compares principal ids); if it has them, set 'role-check: warn'."
    : ''
  return missingPermissionsMessage(missing, context) + groupNote
}

/** The check's last word in the log: passed, or what is missing when a warn run goes on. */
function logOutcome(log: Logger, report: AuthorizationReport): void {
  if (report.missing === undefined) {
    const proven = report.verdicts.filter((v) => v.held === 'yes').length
    log.info(
      `Role check passed: ${proven} of ${report.verdicts.length} needed action(s) proven (${report.source}).`
    )
  } else if (report.mode === 'warn') {
    log.warning(
      `${report.missing}\nGoing on ('role-check: warn'): the first refused request will fail the run.`
    )
  }
}

/** Fails the run, before any data operation, when strict mode found a needed action missing. */
export function enforceRoleCheck(report: AuthorizationReport): void {
  if (report.mode === 'strict' && report.missing !== undefined) {
    throw new AuthorizationError(`${report.missing}\nNothing was written ('role-check: strict').`)
  }
}
