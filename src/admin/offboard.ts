/**
 * `offboard`: removes what `setup` made for a repository, or for some of its triggers: the
 * federated credentials by setup's names, and the role assignment by setup's stable id once no
 * credential is left that signs in with it. Shown as a plan; `--apply` does it.
 */
import type { TokenCredential } from '@azure/identity'
import { listAccountRoles } from '../authorization/arm-roles.js'
import { evaluateAssignments } from '../authorization/index.js'
import { armClient, type AccountLocation } from '../cosmos/arm.js'
import { describeError } from '../errors.js'
import type { IdentityDirectory } from './identities.js'
import { planOffboard, type OffboardPlan } from './offboard-plan.js'
import {
  readAccount,
  readCloud,
  readEndpoints,
  readIdentity,
  readRepository,
  readRole,
  readScope,
  readTriggers,
  text,
  type Environment,
  type Flags
} from './options.js'
import { planRole, type RoleChoice } from './plan.js'
import { adminCredential, identityDirectory, type Console } from './setup.js'

/** The role setup assigned; a custom role is known by its name alone (its actions do not matter here). */
function readOffboardRole(flags: Flags): RoleChoice {
  if ((text(flags, 'role') ?? '').toLowerCase() !== 'custom') return readRole(flags)
  return {
    kind: 'custom',
    name: text(flags, 'role-name') ?? 'GitHub Actions data access',
    actions: []
  }
}

/** The assignment setup made, if the principal holds it, and what else the principal holds. */
interface RoleFinding {
  readonly assignmentName: string
  readonly found: boolean
  readonly roleName: string
  readonly scope: string
  readonly otherRoles: readonly string[]
}

export async function offboardCommand(
  flags: Flags,
  console: Console,
  env: Environment,
  credential: () => TokenCredential = () => adminCredential(flags, env)
): Promise<number> {
  const repository = readRepository(flags)
  const triggers = readTriggers(flags)
  const account = readAccount(flags)
  const identity = readIdentity(flags, account)
  const role = planRole({
    account,
    role: readOffboardRole(flags),
    scope: readScope(flags, text(flags, 'database'))
  })
  const signIn = credential()
  const endpoints = readEndpoints(flags, readCloud(flags))
  const directory = identityDirectory(signIn, endpoints, identity)
  const location: AccountLocation = {
    armEndpoint: endpoints.armEndpoint,
    armResource: endpoints.armResource,
    subscriptionId: account.subscriptionId,
    resourceGroup: account.resourceGroup,
    accountName: account.name
  }
  const principalId = await directory.principalId()
  const plan = planOffboard(await directory.listCredentials(), repository, triggers)
  const roles = await listAccountRoles(signIn, location)
  const assignmentName = role.assignmentGuid(principalId)
  const held = evaluateAssignments({ principalId, ...roles }).held
  const finding: RoleFinding = {
    assignmentName,
    found: held.some((h) => h.assignmentId?.toLowerCase().endsWith(`/${assignmentName}`)),
    roleName: role.roleName,
    scope: role.scope,
    otherRoles: held
      .filter((h) => !h.assignmentId?.toLowerCase().endsWith(`/${assignmentName}`))
      .map((h) => `${h.role} at ${h.scope}`)
  }
  const removeRole = finding.found && plan.remaining.length === 0
  const what = `${repository.owner}/${repository.name}${triggers.length > 0 ? ` (${plan.remove.map((r) => r.trigger).join(', ') || 'the triggers given'})` : ''}`
  console.out(
    [
      `Offboarding ${what} from ${directory.description} (principal ${principalId}) on account ${account.name}:`,
      ...describePlan(plan, finding, removeRole)
    ].join('\n')
  )
  if (plan.remove.length === 0 && !removeRole) {
    console.out('Nothing to remove.')
    return 0
  }
  if (flags['apply'] !== true) {
    console.out('This is the plan; nothing was changed. Run it again with --apply to remove these.')
    return 0
  }
  const done = await applyOffboard(
    plan,
    directory,
    removeRole ? assignmentName : undefined,
    signIn,
    location
  )
  console.out(['Removed:', ...done.map((line) => `  ${line}`)].join('\n'))
  return 0
}

function describePlan(plan: OffboardPlan, role: RoleFinding, removeRole: boolean): string[] {
  const lines = plan.remove.map(
    ({ credential, trigger }) =>
      `  - credential '${credential.name}' for ${trigger}: ${credential.subject ?? `matches ${credential.expression}`}`
  )
  if (removeRole)
    lines.push(`  - role '${role.roleName}' at ${role.scope} (assignment ${role.assignmentName})`)
  else if (role.found)
    lines.push(
      `  = role '${role.roleName}' at ${role.scope} stays: ${plan.remaining.length} other credential(s) (${plan.remaining.map((c) => c.name).join(', ')}) still sign in with it; it goes with the last`
    )
  else
    lines.push(
      `  ? no assignment of '${role.roleName}' at ${role.scope} as setup makes it${role.otherRoles.length > 0 ? `; the principal holds ${role.otherRoles.join(', ')} (give the --role and --database setup was given)` : ''}`
    )
  lines.push(
    ...plan.leftAlone.map((line) => `  ! ${line}`),
    ...plan.absent.map((line) => `  ? ${line}`)
  )
  return lines
}

/** Removes the credentials one at a time (managed identities refuse concurrent writes), then the role. */
async function applyOffboard(
  plan: OffboardPlan,
  directory: IdentityDirectory,
  assignmentName: string | undefined,
  signIn: TokenCredential,
  location: AccountLocation
): Promise<string[]> {
  const done: string[] = []
  for (const { credential, trigger } of plan.remove) {
    await directory.deleteCredential(credential)
    done.push(`- credential '${credential.name}' for ${trigger}`)
  }
  if (assignmentName === undefined) return done
  try {
    await (
      await armClient(signIn, location)
    ).sqlResources.beginDeleteSqlRoleAssignmentAndWait(
      location.resourceGroup,
      location.accountName,
      assignmentName
    )
  } catch (error) {
    if ((error as { statusCode?: unknown }).statusCode !== 403) throw error
    throw new Error(
      `Azure Resource Manager refused to delete the role assignment ${assignmentName} on account ${location.accountName} (403), after the credentials were removed: the signed-in account needs Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/delete (DocumentDB Account Contributor, Contributor or Owner; not Cosmos DB Operator). ARM said: ${describeError(error).replace(/\s+/g, ' ')}`,
      { cause: error }
    )
  }
  done.push(`- role assignment ${assignmentName}`)
  return done
}
