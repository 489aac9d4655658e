import { CLOUD_NAMES, type CloudName } from '../clouds.js'
import { parseShard, type Shard } from '../shard/index.js'
import { RULE } from './problems.js'
import {
  boolean,
  endpoint,
  matching,
  oneOf,
  optional,
  path,
  positiveNumber,
  required,
  resourceName,
  token,
  wholeNumber,
  type Reader
} from './readers.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
/** ARM allows letters and digits of any script (.NET's Char.IsLetterOrDigit), - _ . ( ). */
const RESOURCE_GROUP = /^[-\p{L}\p{Nd}_.()]{1,90}$/u
const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/

/** A cloud's name, without case; undefined (with a problem) when it is none of them. */
const cloud: Reader<CloudName | undefined> = (field) => {
  const value = field.value || 'AzureCloud'
  const name = CLOUD_NAMES.find((known) => known.toLowerCase() === value.toLowerCase())
  if (name === undefined) field.problem(RULE.cloud, value)
  return name
}

/** `index/count` of a matrix's jobs; undefined (the whole work) when unset. */
const shard: Reader<Shard | undefined> = (field) => {
  if (field.value === '') return undefined
  const parsed = parseShard(field.value)
  if (parsed === undefined) field.problem(RULE.shard, field.value)
  return parsed
}

/**
 * Every input the action takes, one row each, in action.yml's order (a test keeps the two
 * equal): the row's reader says what the input may hold and what it is when unset. Rules that
 * weigh two inputs together are in `index.ts`.
 */
export const INPUT_TABLE = {
  'client-id': required(
    'the application or managed identity client id',
    matching(RULE.guid, (value) => GUID.test(value)),
    { developerMayOmit: true }
  ),
  'tenant-id': required(
    'the Microsoft Entra tenant id',
    matching(RULE.tenant, (value) => GUID.test(value) || DOMAIN.test(value)),
    {
      developerMayOmit: true
    }
  ),
  endpoint: required('the account endpoint, https://<account>.documents.azure.com:443/', endpoint),
  database: required('the database the job works in', resourceName(RULE.database)),
  cloud,
  audience: token(RULE.audience),
  'authority-host': endpoint,
  'arm-endpoint': endpoint,
  'subscription-id': optional(matching(RULE.guid, (value) => GUID.test(value))),
  'resource-group': optional(
    matching(RULE.resourceGroup, (value) => RESOURCE_GROUP.test(value) && !value.endsWith('.'))
  ),
  'account-name': optional(matching(RULE.accountName, (value) => ACCOUNT_NAME.test(value))),
  'propagation-wait': wholeNumber({ max: 3600, fallback: 300 }, RULE.propagationWait),
  'on-missing-oidc': oneOf(['fail', 'skip'], 'fail', RULE.onMissingOidc),
  'role-check': oneOf(['strict', 'warn', 'off'], 'strict', RULE.roleCheck),
  seed: path,
  'seed-mode': oneOf(['upsert', 'insert'], 'upsert', RULE.seedMode),
  'seed-ru-per-second': wholeNumber({ max: 1_000_000, fallback: 0 }, RULE.ruPerSecond),
  'seed-record': boolean(false),
  priority: oneOf(['high', 'low'], 'high', RULE.priority),
  'throughput-bucket': wholeNumber({ max: 5, fallback: 0 }, RULE.throughputBucket),
  migrations: path,
  'ledger-container': resourceName(RULE.container, 'migrations'),
  'lock-timeout': wholeNumber({ max: 86_400, fallback: 300 }, RULE.seconds),
  'lock-lease': wholeNumber({ min: 1, max: 3600, fallback: 60 }, RULE.lockLease),
  'allow-destructive': boolean(false),
  'max-run-minutes': positiveNumber(1440, RULE.maxRunMinutes),
  shard,
  smoke: path,
  'dry-run': boolean(false),
  'access-token-output': boolean(false),
  'export-credentials': boolean(true)
} as const satisfies Record<string, Reader<unknown>>

export type InputName = keyof typeof INPUT_TABLE

/** What each input reads as, by name. */
export type InputValues = { readonly [K in InputName]: ReturnType<(typeof INPUT_TABLE)[K]> }
