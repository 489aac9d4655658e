import { ACTIONS, type ActionName } from '../cosmos/roles.js'
import { CLOUDS, CLOUD_NAMES, type CloudProfile } from '../clouds.js'
import type { Endpoints } from './identities.js'
import { GITHUB_ISSUER, type AccountTarget, type IdentityTarget, type RoleChoice } from './plan.js'
import { parseRepository, type Repository, type SubjectForm, type Trigger } from './subjects.js'

/** A command-line mistake: the message names the flag and what it takes. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** The environment variables the commands read (process.env, or a test's own). */
export type Environment = Readonly<Record<string, string | undefined>>

/** Flag values as node:util parseArgs returns them. */
export type Flags = Record<string, string | boolean | string[] | boolean[] | undefined>

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function text(flags: Flags, name: string): string | undefined {
  const value = flags[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} takes a value`)
  return value.trim()
}

export function required(flags: Flags, name: string, what: string): string {
  const value = text(flags, name)
  if (value === undefined) throw new UsageError(`--${name} is required: ${what}`)
  return value
}

function list(flags: Flags, name: string): string[] {
  const value = flags[name]
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []
}

export function guid(flags: Flags, name: string, what: string): string {
  const value = required(flags, name, what)
  if (!GUID.test(value)) throw new UsageError(`--${name} is '${value}': ${what} is a GUID`)
  return value.toLowerCase()
}

function digits(flags: Flags, name: string): string | undefined {
  const value = text(flags, name)
  if (value !== undefined && !/^\d+$/.test(value))
    throw new UsageError(`--${name} is '${value}': a numeric GitHub id`)
  return value
}

export function readRepository(flags: Flags): Repository {
  const value = required(flags, 'repo', 'the repository, OWNER/REPO')
  const repository = parseRepository(value)
  if (!repository) throw new UsageError(`--repo is '${value}': give OWNER/REPO`)
  return { ...repository, ownerId: digits(flags, 'owner-id'), repoId: digits(flags, 'repo-id') }
}

/** `--immutable` or `--classic`; undefined when neither is given (then GitHub is asked). */
export function readForm(flags: Flags): SubjectForm | undefined {
  if (flags['immutable'] === true && flags['classic'] === true)
    throw new UsageError('--immutable and --classic exclude each other')
  if (flags['immutable'] === true) return 'immutable'
  return flags['classic'] === true ? 'classic' : undefined
}

/** Claim keys as GitHub allows them: letters, digits and underscores (`repo_property_team1`). */
const CLAIM_KEY = /^[A-Za-z0-9_]+$/

export function readTemplate(flags: Flags): string[] | undefined {
  const value = text(flags, 'subject-template')
  if (value === undefined) return undefined
  const keys = value.split(',').map((key) => key.trim())
  if (keys.some((key) => !CLAIM_KEY.test(key)))
    throw new UsageError(
      `--subject-template is '${value}': claim keys (letters, digits, _) separated by commas, as GitHub's include_claim_keys (e.g. repo,context,job_workflow_ref or repo,repo_property_team)`
    )
  return keys
}

/** `--claim KEY=VALUE` (repeatable): values of template claims a trigger does not determine. */
export function readClaims(flags: Flags): Record<string, string> {
  const claims: Record<string, string> = {}
  for (const entry of list(flags, 'claim')) {
    const match = /^([A-Za-z0-9_]+)=(.+)$/.exec(entry)
    if (!match)
      throw new UsageError(
        `--claim is '${entry}': give KEY=VALUE, e.g. --claim job_workflow_ref=octo-org/infra/.github/workflows/deploy.yml@refs/heads/main`
      )
    claims[match[1] as string] = match[2] as string
  }
  return claims
}

const NAME = /^[^\s:][^:]*$/

export function readTriggers(flags: Flags): Trigger[] {
  const triggers: Trigger[] = []
  for (const kind of ['branch', 'tag', 'environment'] as const) {
    for (const name of list(flags, kind)) {
      if (!NAME.test(name)) throw new UsageError(`--${kind} '${name}' is not a name`)
      triggers.push({
        kind,
        name:
          kind === 'branch'
            ? name.replace(/^refs\/heads\//, '')
            : kind === 'tag'
              ? name.replace(/^refs\/tags\//, '')
              : name
      })
    }
  }
  if (flags['pull-request'] === true) triggers.push({ kind: 'pull_request' })
  return triggers
}

export function readCloud(flags: Flags): CloudProfile {
  const value = text(flags, 'cloud') ?? 'AzureCloud'
  const name = CLOUD_NAMES.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
  if (!name) throw new UsageError(`--cloud is '${value}': one of ${CLOUD_NAMES.join(', ')}`)
  return CLOUDS[name]
}

export function readIdentity(flags: Flags, account: AccountTarget | undefined): IdentityTarget {
  const clientId = text(flags, 'client-id')
  const identity = text(flags, 'identity')
  if ((clientId === undefined) === (identity === undefined))
    throw new UsageError(
      'give the identity: --client-id for an Entra application, or --identity NAME (with --identity-resource-group) for a user-assigned managed identity'
    )
  if (clientId !== undefined) {
    if (!GUID.test(clientId))
      throw new UsageError(`--client-id is '${clientId}': the application (client) id, a GUID`)
    return { kind: 'application', clientId: clientId.toLowerCase() }
  }
  const resourceGroup = text(flags, 'identity-resource-group') ?? account?.resourceGroup
  const subscriptionId = text(flags, 'identity-subscription') ?? account?.subscriptionId
  if (resourceGroup === undefined || subscriptionId === undefined)
    throw new UsageError('--identity needs --identity-resource-group (and --subscription)')
  return { kind: 'managedIdentity', name: identity as string, resourceGroup, subscriptionId }
}

export function readAccount(flags: Flags): AccountTarget {
  const name = required(flags, 'account', 'the Cosmos DB account name')
  if (!/^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/.test(name))
    throw new UsageError(`--account is '${name}': 3-44 lowercase letters, digits or hyphens`)
  return {
    name,
    resourceGroup: required(flags, 'resource-group', "the account's resource group"),
    subscriptionId: guid(flags, 'subscription', "the account's subscription id")
  }
}

export function readRole(flags: Flags): RoleChoice {
  const role = (text(flags, 'role') ?? 'reader').toLowerCase()
  if (role === 'reader' || role === 'contributor') {
    if (flags['actions'] !== undefined) throw new UsageError('--actions goes with --role custom')
    return { kind: role }
  }
  if (role !== 'custom')
    throw new UsageError(`--role is '${role}': reader, contributor or custom (with --actions)`)
  const names = required(
    flags,
    'actions',
    `the data actions, from ${Object.keys(ACTIONS).join(', ')}`
  )
    .split(',')
    .map((name) => name.trim())
  const unknown = names.filter((name) => !(name in ACTIONS))
  if (unknown.length > 0)
    throw new UsageError(
      `--actions names ${unknown.join(', ')}: the actions are ${Object.keys(ACTIONS).join(', ')}`
    )
  return {
    kind: 'custom',
    name: text(flags, 'role-name') ?? 'GitHub Actions data access',
    actions: names as ActionName[]
  }
}

/** `/`, `/dbs/<db>` or `/dbs/<db>/colls/<container>`: given, or from --database and --container. */
export function readScope(flags: Flags, database: string | undefined): string {
  const scope = text(flags, 'scope')
  const container = text(flags, 'container')
  if (scope !== undefined) {
    if (!/^\/(dbs\/[^/]+(\/colls\/[^/]+)?)?$/.test(scope))
      throw new UsageError(
        `--scope is '${scope}': /, /dbs/<database> or /dbs/<database>/colls/<container>`
      )
    return scope
  }
  if (database === undefined) return '/'
  return container === undefined ? `/dbs/${database}` : `/dbs/${database}/colls/${container}`
}

export function readEndpoints(flags: Flags, cloud: CloudProfile): Endpoints {
  const graphEndpoint = text(flags, 'graph-endpoint') ?? cloud.graphEndpoint
  const armEndpoint = text(flags, 'arm-endpoint') ?? cloud.armEndpoint
  return {
    graphEndpoint,
    graphResource: cloud.graphEndpoint,
    armEndpoint,
    armResource: cloud.armResource
  }
}

/**
 * github.com's issuer, or the one that plays its part in a test cloud
 * (`COSMOS_OIDC_GITHUB_ISSUER`): the default issuer, and the only one flexible credentials may name.
 */
export function githubIssuer(env: Environment): string {
  return env['COSMOS_OIDC_GITHUB_ISSUER'] || GITHUB_ISSUER
}

export function readIssuer(flags: Flags, env: Environment): string {
  const issuer = text(flags, 'issuer') ?? githubIssuer(env)
  if (!/^https:\/\/[^\s]+[^/\s]$/.test(issuer))
    throw new UsageError(
      `--issuer is '${issuer}': an https URL without a trailing slash (a trailing slash fails every exchange with AADSTS700211)`
    )
  return issuer
}
