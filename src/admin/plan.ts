import { createHash } from 'node:crypto'
import { ACTIONS, BUILT_IN_ROLES, type ActionName } from '../cosmos/roles.js'
import type { CloudProfile } from '../clouds.js'
import { accountResourceId as armAccountResourceId } from '../cosmos/arm.js'
import { formatExpression } from './expression.js'
import {
  contextOf,
  customSubject,
  describeTrigger,
  isPattern,
  repoPart,
  subjectFor,
  type Repository,
  type SubjectForm,
  type Trigger
} from './subjects.js'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const PLURAL = { branch: 'branches', tag: 'tags', environment: 'environments' } as const

/** Entra allows this many federated credentials per application or managed identity. */
export const MAX_CREDENTIALS = 20

/** The identity the job logs in as. */
export type IdentityTarget =
  | { readonly kind: 'application'; readonly clientId: string }
  | {
      readonly kind: 'managedIdentity'
      readonly name: string
      readonly resourceGroup: string
      readonly subscriptionId: string
    }

export interface AccountTarget {
  readonly name: string
  readonly resourceGroup: string
  readonly subscriptionId: string
}

export type RoleChoice =
  | { readonly kind: 'reader' | 'contributor' }
  | { readonly kind: 'custom'; readonly name: string; readonly actions: readonly ActionName[] }

export interface SetupOptions {
  readonly repository: Repository
  readonly triggers: readonly Trigger[]
  readonly form: SubjectForm
  /** A custom subject template (`include_claim_keys`), when the repository or organisation set one. */
  readonly template?: readonly string[] | undefined
  /** Values of template claims a trigger does not determine (`--claim KEY=VALUE`). */
  readonly claims?: Readonly<Record<string, string>> | undefined
  readonly identity: IdentityTarget
  readonly cloud: CloudProfile
  readonly issuer: string
  /** The only issuer a flexible credential may name: github.com's (or a test cloud's stand-in). */
  readonly flexibleIssuer: string
  readonly account: AccountTarget
  readonly database: string | undefined
  readonly role: RoleChoice
  /** `/`, `/dbs/<db>` or `/dbs/<db>/colls/<container>`. */
  readonly scope: string
  /** The identity's object id, when known (otherwise looked up, or left to the templates). */
  readonly principalId?: string | undefined
  readonly tenantId?: string | undefined
}

/** One federated credential to create: an exact subject, or a claims-matching expression. */
export interface CredentialPlan {
  readonly name: string
  readonly issuer: string
  readonly audience: string
  readonly subject: string | undefined
  readonly expression: string | undefined
  readonly description: string
  readonly trigger: Trigger
}

export interface RolePlan {
  readonly roleName: string
  /** The definition's GUID: a built-in's, or a stable one derived for a custom role. */
  readonly definitionGuid: string
  /** Full data actions for a custom role; undefined for a built-in one. */
  readonly customActions: readonly string[] | undefined
  readonly scope: string
  /** A stable GUID for the assignment, so applying twice changes nothing. */
  readonly assignmentGuid: (principalId: string) => string
}

export interface SetupPlan {
  readonly options: SetupOptions
  readonly credentials: readonly CredentialPlan[]
  readonly role: RolePlan
  /** Advice worth reading before applying (patterns that would save credentials, limits). */
  readonly notes: readonly string[]
}

/** A GUID derived from text: the same inputs always give the same id (as Bicep's guid()). */
export function stableGuid(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A credential name Entra accepts (3-120 letters, digits, - and _, starting alphanumeric). */
export function credentialName(repository: Repository, trigger: Trigger): string {
  const raw = `${repository.name}-${trigger.kind === 'environment' ? 'env' : trigger.kind === 'pull_request' ? 'pr' : trigger.kind}${trigger.kind === 'pull_request' ? '' : `-${trigger.name}`}`
  let name = raw
    .replace(/\*/g, '-any-')
    .replace(/\?/g, '-one-')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '')
  if (name.length < 3) name = `gh-${name}`
  if (name.length > 120) name = `${name.slice(0, 111)}-${stableGuid(raw).slice(0, 8)}`
  return name
}

/** Plans the credentials and the role assignment; throws with what to change when it cannot. */
export function planSetup(options: SetupOptions): SetupPlan {
  if (options.triggers.length === 0)
    throw new Error(
      'give at least one trigger: --branch NAME, --tag NAME, --environment NAME or --pull-request'
    )
  const notes: string[] = []
  const audience = options.cloud.tokenExchangeAudience
  const names = new Set<string>()
  const credentials = options.triggers.map((trigger): CredentialPlan => {
    let name = credentialName(options.repository, trigger)
    if (names.has(name))
      name = `${name.slice(0, 111)}-${stableGuid(describeTrigger(trigger)).slice(0, 8)}`
    names.add(name)
    const base = {
      name,
      issuer: options.issuer,
      audience,
      description: `GitHub Actions: ${options.repository.owner}/${options.repository.name} ${describeTrigger(trigger)} (cosmos-oidc-action setup)`,
      trigger
    }
    if (!isPattern(trigger)) {
      const subject =
        options.template !== undefined
          ? customSubject(
              options.template,
              options.repository,
              trigger,
              options.claims,
              options.form
            )
          : subjectFor(options.repository, trigger, options.form)
      return { ...base, subject, expression: undefined }
    }
    if (options.issuer !== options.flexibleIssuer)
      throw new Error(
        `${describeTrigger(trigger)} is a pattern, which needs a flexible credential, and Entra supports those for GitHub only with the issuer ${options.flexibleIssuer}; Graph refuses them for '${options.issuer}'. List the ${PLURAL[trigger.kind as keyof typeof PLURAL]} one by one instead (one credential each, at most ${MAX_CREDENTIALS}).`
      )
    if (options.template !== undefined)
      throw new Error(
        `${describeTrigger(trigger)} is a pattern, and a custom subject template is set: write the expression by hand, matching claims['sub'] in the template's form.`
      )
    if (options.repository.repoId === undefined)
      throw new Error(
        `${describeTrigger(trigger)} is a pattern, so it needs a flexible credential, and Entra requires a flexible credential for GitHub to match the repository id too: give --repo-id (gh api repos/${options.repository.owner}/${options.repository.name} --jq .id).`
      )
    const expression = formatExpression([
      {
        claim: 'sub',
        operator: 'matches',
        value: `${repoPart(options.repository, options.form)}:${contextOf(trigger)}`
      },
      { claim: 'repository_id', operator: 'eq', value: options.repository.repoId }
    ])
    return { ...base, subject: undefined, expression }
  })
  if (credentials.length > MAX_CREDENTIALS)
    throw new Error(
      `${credentials.length} triggers need ${credentials.length} federated credentials, and an identity holds at most ${MAX_CREDENTIALS}: use patterns (--branch 'release/*', --tag 'v*') so one flexible credential covers many.`
    )
  for (const kind of ['branch', 'tag'] as const) {
    const exact = options.triggers.filter(
      (trigger): trigger is Extract<Trigger, { kind: typeof kind }> =>
        trigger.kind === kind && !isPattern(trigger)
    )
    if (exact.length < 3) continue
    notes.push(
      `${exact.length} ${kind === 'branch' ? 'branches' : 'tags'} take ${exact.length} of the ${MAX_CREDENTIALS} credentials an identity may hold; a pattern (--${kind} '${commonPrefix(exact.map((trigger) => trigger.name))}*') would take one flexible credential.`
    )
  }
  if (credentials.some((credential) => credential.expression !== undefined))
    notes.push(
      'Flexible credentials (claims-matching expressions) are created through Microsoft Graph beta for applications, and through the preview ARM API for managed identities.'
    )
  return { options, credentials, role: planRole(options), notes }
}

function commonPrefix(values: readonly string[]): string {
  const [first = ''] = values
  let length = first.length
  for (const value of values) {
    while (!value.startsWith(first.slice(0, length))) length--
  }
  return first.slice(0, length)
}

/** The role definition and the stable assignment id setup uses for an account, role and scope. */
export function planRole(options: Pick<SetupOptions, 'account' | 'role' | 'scope'>): RolePlan {
  const accountId = `${options.account.subscriptionId}/${options.account.resourceGroup}/${options.account.name}`
  const scope = options.scope
  if (options.role.kind === 'custom') {
    const actions = [...new Set(options.role.actions.map((name) => ACTIONS[name]))]
    const definitionGuid = stableGuid('role-definition', accountId, options.role.name)
    return {
      roleName: options.role.name,
      definitionGuid,
      customActions: actions,
      scope,
      assignmentGuid: (principalId) =>
        stableGuid('role-assignment', accountId, principalId, definitionGuid, scope)
    }
  }
  const id = `00000000-0000-0000-0000-00000000000${options.role.kind === 'reader' ? 1 : 2}`
  const builtIn = BUILT_IN_ROLES.find((role) => role.id === id)
  if (!builtIn) throw new Error(`no built-in role ${id}`)
  return {
    roleName: builtIn.name,
    definitionGuid: builtIn.id,
    customActions: undefined,
    scope,
    assignmentGuid: (principalId) =>
      stableGuid('role-assignment', accountId, principalId, builtIn.id, scope)
  }
}

/** The full ARM id of the account. */
export function accountResourceId(account: AccountTarget): string {
  return armAccountResourceId({ ...account, accountName: account.name })
}

/** A short scope (`/dbs/app`) as the full ARM id role assignments take. */
export function fullScope(account: AccountTarget, scope: string): string {
  return scope === '/' ? accountResourceId(account) : `${accountResourceId(account)}${scope}`
}
