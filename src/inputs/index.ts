import { CLOUDS, type CloudProfile } from '../clouds.js'
import { endpointProblem } from '../cosmos/endpoint-kind.js'
import { InputError } from '../errors.js'
import { formatProblem } from './problems.js'
import type { Field } from './readers.js'
import { INPUT_TABLE, type InputName, type InputValues } from './table.js'
import { WHOLE, type Shard } from '../shard/index.js'

export type { InputName } from './table.js'

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
  /** Record each seeded container in the ledger container, so that re-seeds skip what is unchanged. */
  readonly seedRecord: boolean
  /**
   * The priority of the job's data work (seeding, migration helpers): `low` is throttled before
   * production traffic where the account has priority-based execution.
   */
  readonly priority: 'high' | 'low'
  /** The throughput bucket of the job's data work (1-5); undefined: none. */
  readonly throughputBucket: number | undefined
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
  /**
   * How long the run may work, in milliseconds from its start: data work stops cleanly before
   * it, recorded to continue next run (output complete=false); undefined: no limit.
   */
  readonly maxRunMs: number | undefined
  /**
   * This job's part of the work when a matrix splits it (`shard: 2/4`); the whole work (1 of 1)
   * when unset.
   */
  readonly shard: Shard
  /** A YAML file of smoke checks, if the job checks the database. */
  readonly smoke: string | undefined
  /** Give the Cosmos DB access token as an output (masked, not renewed). */
  readonly accessTokenOutput: boolean
  /** Let the job's later steps log in as this identity (a token file and AZURE_* variables). */
  readonly exportCredentials: boolean
}

/** Every input the action takes, as action.yml declares them (a test keeps the two equal). */
export const INPUT_NAMES = Object.keys(INPUT_TABLE) as readonly InputName[]

/** Reads one input by name; `''` when it is not set (as @actions/core's getInput does). */
export type InputReader = (name: string) => string

/** The inputs read once: what `on-missing-oidc` says, and the whole, validated set. */
export interface ReadInputs {
  /**
   * Known before the rest is valid: a run without a token (a fork's pull request, Dependabot)
   * may skip with empty secrets. An InputError when the value itself is wrong.
   */
  readonly onMissingOidc: 'fail' | 'skip' | InputError
  /** The validated inputs; throws an InputError listing every problem when there are any. */
  complete(): ActionInputs
  /**
   * For a run that skips: throws an InputError listing every problem of the inputs that are set.
   * Required inputs may be empty then, as secrets are on a fork's pull request.
   */
  checkGiven(): void
}

/**
 * Reads every input through its row of the table, then the rules that weigh two inputs
 * together. All problems are collected, each naming the input, the value and the rule, so a
 * user fixes a workflow in one round trip.
 */
export function readInputs(
  read: InputReader,
  options: { readonly developer?: boolean } = {}
): ReadInputs {
  const problems: string[] = []
  const absent = new Set<string>()
  const raw = new Map(INPUT_NAMES.map((name) => [name, read(name).trim()]))
  // Its own problems alone: a run without a token must hear of them without the rest.
  let onMissingProblems: string[] = []
  const values = Object.fromEntries(
    INPUT_NAMES.map((name) => {
      const before = problems.length
      const field = fieldOf(name, raw.get(name) ?? '', !!options.developer, problems, absent)
      const value = INPUT_TABLE[name](field)
      if (name === 'on-missing-oidc') onMissingProblems = problems.slice(before)
      return [name, value]
    })
  ) as unknown as InputValues
  checkEndpointCloud(values, raw.get('endpoint') ?? '', problems)
  checkArmLocation(values, problems)
  checkShardedRecord(values, problems)
  const assembled = assemble(values, !!options.developer)
  return {
    onMissingOidc:
      onMissingProblems.length > 0 ? new InputError(onMissingProblems) : values['on-missing-oidc'],
    complete: () => {
      if (problems.length > 0) throw new InputError(problems)
      return assembled
    },
    checkGiven: () => {
      const given = problems.filter((problem) => !absent.has(problem))
      if (given.length > 0) throw new InputError(given)
    }
  }
}

/** Reads and validates every input (see readInputs); throws an InputError on any problem. */
export function parseInputs(
  read: InputReader,
  options: { readonly developer?: boolean } = {}
): ActionInputs {
  return readInputs(read, options).complete()
}

function fieldOf(
  name: string,
  value: string,
  developer: boolean,
  problems: string[],
  absent: Set<string>
): Field {
  return {
    name,
    value,
    developer,
    problem: (rule, shownValue = value) => problems.push(formatProblem(name, shownValue, rule)),
    report: (message) => problems.push(message),
    absent: (message) => {
      absent.add(message)
      problems.push(message)
    }
  }
}

/** The inputs as the action uses them, with the defaults that depend on other inputs. */
function assemble(values: InputValues, developer: boolean): ActionInputs {
  const cloud = CLOUDS[values.cloud ?? 'AzureCloud']
  const endpoint = values.endpoint
  return {
    clientId: values['client-id'].toLowerCase(),
    tenantId: values['tenant-id'],
    endpoint: endpoint as string,
    database: values.database,
    cloud,
    audience: values.audience ?? cloud.tokenExchangeAudience,
    authorityHost: values['authority-host'] ?? cloud.authorityHost,
    customAuthority: values['authority-host'] !== undefined,
    armEndpoint: values['arm-endpoint'] ?? cloud.armEndpoint,
    subscriptionId: values['subscription-id']?.toLowerCase(),
    resourceGroup: values['resource-group'],
    accountName:
      values['account-name'] ?? (endpoint ? (new URL(endpoint).hostname.split('.')[0] ?? '') : ''),
    onMissingOidc: values['on-missing-oidc'],
    propagationWaitMs: values['propagation-wait'] * 1000,
    roleCheck: values['role-check'],
    seed: values.seed,
    seedMode: values['seed-mode'],
    seedRuPerSecond: values['seed-ru-per-second'],
    seedRecord: values['seed-record'],
    priority: values.priority,
    throughputBucket: values['throughput-bucket'] || undefined,
    dryRun: values['dry-run'],
    migrations: values.migrations,
    ledgerContainer: values['ledger-container'],
    lockTimeoutMs: values['lock-timeout'] * 1000,
    lockLeaseMs: values['lock-lease'] * 1000,
    allowDestructive: values['allow-destructive'],
    maxRunMs:
      values['max-run-minutes'] === undefined ? undefined : values['max-run-minutes'] * 60_000,
    shard: values.shard ?? WHOLE,
    smoke: values.smoke,
    accessTokenOutput: values['access-token-output'],
    // A developer's terminal has no later steps to log in.
    exportCredentials: values['export-credentials'] && !developer
  }
}

/** An endpoint of another cloud's domain, or of another API, is refused before any request. */
function checkEndpointCloud(values: InputValues, written: string, problems: string[]): void {
  if (values.endpoint === undefined) return
  const wrong = endpointProblem(new URL(values.endpoint), values.cloud ?? 'AzureCloud')
  // With a misspelt cloud, advice to set 'cloud' would guess; the cloud's own problem says it.
  if (wrong === undefined || (values.cloud === undefined && /'cloud'/.test(wrong))) return
  problems.push(formatProblem('endpoint', written, wrong))
}

/**
 * A seed record proves a whole container unchanged since the last seed; shards each write a part
 * of it at once, so none of them could record the whole.
 */
function checkShardedRecord(values: InputValues, problems: string[]): void {
  if (!values['seed-record'] || (values.shard?.count ?? 1) <= 1) return
  problems.push(
    `'seed-record' is 'true' with 'shard' set to ${values.shard?.index}/${values.shard?.count}: a seed record speaks for a whole container, which no one shard writes. Leave 'seed-record' unset in sharded jobs (each shard's seed still writes only what changed).`
  )
}

/** ARM reads role assignments with both or neither of subscription and resource group. */
function checkArmLocation(values: InputValues, problems: string[]): void {
  const subscription = values['subscription-id']
  if ((subscription === undefined) === (values['resource-group'] === undefined)) return
  const [given, missing] =
    subscription === undefined
      ? ['resource-group', 'subscription-id']
      : ['subscription-id', 'resource-group']
  problems.push(
    `'${given}' is set but '${missing}' is not: role assignments are read through ARM, which needs both.`
  )
}
