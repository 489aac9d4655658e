import { CLOUDS, CLOUD_NAMES, type CloudProfile } from './clouds.js'
import { endpointProblem } from './cosmos/endpoint-kind.js'
import { CONTROL_CHARACTERS, isResourceId, shown } from './cosmos/resource-id.js'
import { InputError } from './errors.js'

/** Everything the action was asked to do, validated once, before any network call. */
export interface ActionInputs {
  readonly clientId: string
  readonly tenantId: string
  /** The account endpoint, normalised to `https://host[:port]/`. */
  readonly endpoint: string
  readonly database: string
  readonly cloud: CloudProfile
  /** The audience requested for the GitHub token (the cloud's exchange audience by default). */
  readonly audience: string
  readonly authorityHost: string
  /** True when `authority-host` was given: MSAL must not look the host up as a public cloud. */
  readonly customAuthority: boolean
  readonly armEndpoint: string
  readonly subscriptionId: string | undefined
  readonly resourceGroup: string | undefined
  readonly accountName: string
  readonly onMissingOidc: 'fail' | 'skip'
  /** How long a token exchange waits for a new federated credential to propagate. */
  readonly propagationWaitMs: number
  /** How the role check decides: fail before any data operation, report only, or skip. */
  readonly roleCheck: 'strict' | 'warn' | 'off'
  /** Directory of seed files, if the job seeds. */
  readonly seed: string | undefined
  /** upsert: write what changed; insert: create what is missing, leave existing ids alone. */
  readonly seedMode: 'upsert' | 'insert'
  /** Request units per second seeding may spend (0: no limit), to spare production traffic. */
  readonly seedRuPerSecond: number
  /** Plan and report, write nothing. */
  readonly dryRun: boolean
  /** Directory of migration files, if the job migrates. */
  readonly migrations: string | undefined
  readonly ledgerContainer: string
  /** How long to wait for the migration lock, in milliseconds. */
  readonly lockTimeoutMs: number
  /** How long the lock outlives its last heartbeat (a run that died holds it this long). */
  readonly lockLeaseMs: number
  /** Allow migrations that delete data or drop containers. */
  readonly allowDestructive: boolean
  /** A YAML file of smoke checks, if the job checks the database. */
  readonly smoke: string | undefined
}

/** Every input the action takes, as action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = [
  'client-id',
  'tenant-id',
  'endpoint',
  'database',
  'cloud',
  'audience',
  'authority-host',
  'arm-endpoint',
  'subscription-id',
  'resource-group',
  'account-name',
  'propagation-wait',
  'on-missing-oidc',
  'role-check',
  'seed',
  'seed-mode',
  'seed-ru-per-second',
  'migrations',
  'ledger-container',
  'lock-timeout',
  'lock-lease',
  'allow-destructive',
  'smoke',
  'dry-run'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** Reads one input by name; `''` when it is not set (as @actions/core's getInput does). */
export type InputReader = (name: string) => string

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
/** ARM allows letters and digits of any script (.NET's Char.IsLetterOrDigit), - _ . ( ). */
const RESOURCE_GROUP = /^[-\p{L}\p{Nd}_.()]{1,90}$/u
const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/
const AUDIENCE = /^\S{1,512}$/
const KEY_MATERIAL = /AccountKey\s*=|AccountEndpoint\s*=/i

const RULE = {
  guid: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
  tenant: 'must be the tenant GUID or one of its verified domains (e.g. contoso.onmicrosoft.com)',
  httpsUrl: 'must be an https:// URL with no path, query or credentials',
  database: 'must be 1-255 characters without / \\ # ? or control characters, and not . or ..',
  resourceGroup: 'must be 1-90 letters, digits, and - _ . ( ), not ending with a period',
  accountName: 'must be 3-44 lowercase letters, digits or hyphens, not starting or ending with -',
  audience: 'must be a single token of at most 512 characters without spaces or control characters',
  onMissingOidc: "must be 'fail' or 'skip'",
  roleCheck: "must be 'strict', 'warn' or 'off'",
  boolean: "must be 'true' or 'false'",
  path: 'must be a path without control characters',
  container:
    'must be a container name of 1-255 characters without / \\ # ? or control characters, and not . or ..',
  seconds: 'must be a whole number of seconds from 0 to 86400',
  cloud: `must be one of ${CLOUD_NAMES.join(', ')}`
} as const

/**
 * Reads and validates every input. All problems are collected and reported together, each
 * naming the input, the value and the rule, so a user fixes a workflow in one round trip.
 */
export function parseInputs(
  read: InputReader,
  options: { readonly developer?: boolean } = {}
): ActionInputs {
  const problems: string[] = []
  const get = (name: string): string => read(name).trim()
  const problem = (name: string, value: string, rule: string): void => {
    problems.push(formatProblem(name, value, rule))
  }
  const required = (name: string, hint: string): string => {
    const value = get(name)
    if (value === '') problems.push(`'${name}' is required: ${hint}.`)
    return value
  }

  // A developer's own sign-in (the admin CLI's run) needs neither: no token is exchanged.
  const clientId = options.developer
    ? get('client-id')
    : required('client-id', 'the application or managed identity client id')
  if (clientId !== '' && !GUID.test(clientId)) problem('client-id', clientId, RULE.guid)

  const tenantId = options.developer
    ? get('tenant-id')
    : required('tenant-id', 'the Microsoft Entra tenant id')
  if (tenantId !== '' && !GUID.test(tenantId) && !DOMAIN.test(tenantId)) {
    problem('tenant-id', tenantId, RULE.tenant)
  }

  const endpointValue = required(
    'endpoint',
    'the account endpoint, https://<account>.documents.azure.com:443/'
  )
  const endpoint =
    endpointValue === '' ? undefined : parseEndpoint('endpoint', endpointValue, problems)

  const database = required('database', 'the database the job works in')
  if (database !== '' && (database.length > 255 || !isResourceId(database))) {
    problem('database', database, RULE.database)
  }

  const cloudValue = get('cloud') || 'AzureCloud'
  const cloudName = CLOUD_NAMES.find((name) => name.toLowerCase() === cloudValue.toLowerCase())
  if (cloudName === undefined) problem('cloud', cloudValue, RULE.cloud)
  const cloud = CLOUDS[cloudName ?? 'AzureCloud']
  const wrongAccount =
    endpoint === undefined
      ? undefined
      : endpointProblem(new URL(endpoint), cloudName ?? 'AzureCloud')
  if (wrongAccount !== undefined && (cloudName !== undefined || !/'cloud'/.test(wrongAccount)))
    problem('endpoint', endpointValue, wrongAccount)

  const audience = get('audience') || cloud.tokenExchangeAudience
  if (!AUDIENCE.test(audience) || CONTROL_CHARACTERS.test(audience))
    problem('audience', audience, RULE.audience)

  const authorityValue = get('authority-host')
  const authorityHost =
    authorityValue === ''
      ? cloud.authorityHost
      : parseEndpoint('authority-host', authorityValue, problems)
  const armValue = get('arm-endpoint')
  const armEndpoint =
    armValue === '' ? cloud.armEndpoint : parseEndpoint('arm-endpoint', armValue, problems)

  const subscriptionId = get('subscription-id') || undefined
  if (subscriptionId !== undefined && !GUID.test(subscriptionId)) {
    problem('subscription-id', subscriptionId, RULE.guid)
  }
  const resourceGroup = get('resource-group') || undefined
  if (
    resourceGroup !== undefined &&
    (!RESOURCE_GROUP.test(resourceGroup) || resourceGroup.endsWith('.'))
  ) {
    problem('resource-group', resourceGroup, RULE.resourceGroup)
  }
  if ((subscriptionId === undefined) !== (resourceGroup === undefined)) {
    const [given, missing] =
      subscriptionId === undefined
        ? ['resource-group', 'subscription-id']
        : ['subscription-id', 'resource-group']
    problems.push(
      `'${given}' is set but '${missing}' is not: role assignments are read through ARM, which needs both.`
    )
  }

  const accountValue = get('account-name')
  if (accountValue !== '' && !ACCOUNT_NAME.test(accountValue)) {
    problem('account-name', accountValue, RULE.accountName)
  }
  const accountName =
    accountValue || (endpoint ? (new URL(endpoint).hostname.split('.')[0] ?? '') : '')

  let onMissingValue: 'fail' | 'skip' = 'fail'
  try {
    onMissingValue = readOnMissingOidc(read)
  } catch (error) {
    problems.push(...(error as InputError).problems)
  }

  const propagationWaitValue = get('propagation-wait') || '300'
  if (!/^\d+$/.test(propagationWaitValue) || Number(propagationWaitValue) > 3600)
    problem(
      'propagation-wait',
      propagationWaitValue,
      'must be a whole number of seconds from 0 to 3600'
    )

  const roleCheck = (get('role-check') || 'strict').toLowerCase()
  if (roleCheck !== 'strict' && roleCheck !== 'warn' && roleCheck !== 'off') {
    problem('role-check', roleCheck, RULE.roleCheck)
  }
  /** A path input: unset, or a path without control characters. */
  const path = (name: string): string | undefined => {
    const value = get(name) || undefined
    // eslint-disable-next-line no-control-regex
    if (value !== undefined && /[\u0000-\u001f]/.test(value)) problem(name, value, RULE.path)
    return value
  }
  const seed = path('seed')
  const dryRunValue = (get('dry-run') || 'false').toLowerCase()
  if (dryRunValue !== 'true' && dryRunValue !== 'false')
    problem('dry-run', dryRunValue, RULE.boolean)
  const migrations = path('migrations')
  const smoke = path('smoke')
  const ledgerContainer = get('ledger-container') || 'migrations'
  if (ledgerContainer.length > 255 || !isResourceId(ledgerContainer)) {
    problem('ledger-container', ledgerContainer, RULE.container)
  }
  const lockTimeoutValue = get('lock-timeout') || '300'
  const lockTimeout = Number(lockTimeoutValue)
  if (!/^\d+$/.test(lockTimeoutValue) || lockTimeout > 86_400)
    problem('lock-timeout', lockTimeoutValue, RULE.seconds)
  const seedModeValue = (get('seed-mode') || 'upsert').toLowerCase()
  if (seedModeValue !== 'upsert' && seedModeValue !== 'insert') {
    problem('seed-mode', seedModeValue, "must be 'upsert' or 'insert'")
  }
  const budgetValue = get('seed-ru-per-second') || '0'
  if (!/^\d+$/.test(budgetValue) || Number(budgetValue) > 1_000_000) {
    problem(
      'seed-ru-per-second',
      budgetValue,
      'must be a whole number of request units per second (0: no limit)'
    )
  }
  const lockLeaseValue = get('lock-lease') || '60'
  const lockLease = Number(lockLeaseValue)
  if (!/^\d+$/.test(lockLeaseValue) || lockLease < 1 || lockLease > 3600) {
    problem('lock-lease', lockLeaseValue, 'must be a whole number of seconds from 1 to 3600')
  }
  const allowDestructiveValue = (get('allow-destructive') || 'false').toLowerCase()
  if (allowDestructiveValue !== 'true' && allowDestructiveValue !== 'false') {
    problem('allow-destructive', allowDestructiveValue, RULE.boolean)
  }

  if (problems.length > 0) throw new InputError(problems)
  return {
    clientId: clientId.toLowerCase(),
    tenantId,
    endpoint: endpoint as string,
    database,
    cloud,
    audience,
    authorityHost: authorityHost as string,
    customAuthority: authorityValue !== '',
    armEndpoint: armEndpoint as string,
    subscriptionId: subscriptionId?.toLowerCase(),
    resourceGroup,
    accountName,
    onMissingOidc: onMissingValue,
    propagationWaitMs: Number(propagationWaitValue) * 1000,
    roleCheck: roleCheck as 'strict' | 'warn' | 'off',
    seed,
    dryRun: dryRunValue === 'true',
    seedMode: seedModeValue as 'upsert' | 'insert',
    seedRuPerSecond: Number(budgetValue),
    migrations,
    ledgerContainer,
    lockTimeoutMs: lockTimeout * 1000,
    lockLeaseMs: lockLease * 1000,
    allowDestructive: allowDestructiveValue === 'true',
    smoke
  }
}

/**
 * Reads `on-missing-oidc` alone. A run without an OIDC token (a fork's pull request, Dependabot)
 * usually has empty secrets too, so skipping must not wait for the other inputs to validate.
 */
export function readOnMissingOidc(read: InputReader): 'fail' | 'skip' {
  const value = (read('on-missing-oidc').trim() || 'fail').toLowerCase()
  if (value !== 'fail' && value !== 'skip') {
    throw new InputError([formatProblem('on-missing-oidc', value, RULE.onMissingOidc)])
  }
  return value
}

/** Validates an https base URL and returns it as `https://host[:port]/`, or records a problem. */
function parseEndpoint(name: string, value: string, problems: string[]): string | undefined {
  if (KEY_MATERIAL.test(value)) {
    // Never echo it: the value holds an account key.
    problems.push(
      `'${name}' looks like a connection string with an account key. This action needs no key: ` +
        'give the account endpoint (https://<account>.documents.azure.com:443/) and remove the key ' +
        'from the workflow, then rotate it, since it has been exposed.'
    )
    return undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(formatProblem(name, value, `is not a URL; it ${RULE.httpsUrl}`))
    return undefined
  }
  if (/^mongodb(\+srv)?:$/.test(url.protocol)) {
    // Never echo it: a MongoDB connection string holds the account key.
    problems.push(
      `'${name}' is a MongoDB connection string (not shown here): this action speaks the Cosmos DB NoSQL API only, with no key; ` +
        'give the endpoint of a NoSQL account (https://<account>.documents.azure.com:443/). If the string held a key, rotate it, since it has been exposed.'
    )
    return undefined
  }
  if (url.protocol !== 'https:') {
    problems.push(
      formatProblem(name, value, `${RULE.httpsUrl}; Entra tokens are only ever sent over https`)
    )
    return undefined
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo it: the value holds a user name and password.
    problems.push(
      `'${name}' holds credentials (user:password@host), not shown here: it ${RULE.httpsUrl}. ` +
        'Remove them from the workflow, then rotate the password, since it has been exposed.'
    )
    return undefined
  }
  if (url.search !== '' || url.hash !== '' || url.pathname !== '/') {
    problems.push(formatProblem(name, value, RULE.httpsUrl))
    return undefined
  }
  return `${url.origin}/`
}

function formatProblem(name: string, value: string, rule: string): string {
  // Never echo an account key, whichever input it was pasted into.
  if (KEY_MATERIAL.test(value)) {
    return `'${name}' looks like a connection string with an account key (not shown here): it ${rule}. Remove the key from the workflow, then rotate it, since it has been exposed.`
  }
  // Long values are cut and control characters escaped: the log shows what is wrong, legibly.
  return `'${name}' is '${shown(value, 100)}': it ${rule}.`
}
