import { CLOUD_NAMES } from '../clouds.js'
import { shown } from '../cosmos/resource-id.js'

/** Pasted account keys and connection strings, wherever they were pasted: never echoed. */
export const KEY_MATERIAL = /AccountKey\s*=|AccountEndpoint\s*=/i

/** The rules inputs are held to, as the problems state them ("it must be …"). */
export const RULE = {
  guid: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
  tenant: 'must be the tenant GUID or one of its verified domains (e.g. contoso.onmicrosoft.com)',
  httpsUrl: 'must be an https:// URL with no path, query or credentials',
  database: 'must be 1-255 characters without / \\ # ? or control characters, and not . or ..',
  resourceGroup: 'must be 1-90 letters, digits, and - _ . ( ), not ending with a period',
  accountName: 'must be 3-44 lowercase letters, digits or hyphens, not starting or ending with -',
  audience: 'must be a single token of at most 512 characters without spaces or control characters',
  onMissingOidc: "must be 'fail' or 'skip'",
  roleCheck: "must be 'strict', 'warn' or 'off'",
  seedMode: "must be 'upsert' or 'insert'",
  boolean: "must be 'true' or 'false'",
  path: 'must be a path without control characters',
  container:
    'must be a container name of 1-255 characters without / \\ # ? or control characters, and not . or ..',
  seconds: 'must be a whole number of seconds from 0 to 86400',
  propagationWait: 'must be a whole number of seconds from 0 to 3600',
  lockLease: 'must be a whole number of seconds from 1 to 3600',
  maxRunMinutes:
    'must be a number of minutes above 0, at most 1440 (decimals allowed: 0.5 is 30 seconds; unset: no limit)',
  shard:
    "must be this job's part and the number of parts, such as 2/4 (from 1 to the count, at most 100): with a matrix, '${{ matrix.shard }}/4' over shard: [1, 2, 3, 4]",
  ruPerSecond: 'must be a whole number of request units per second (0: no limit)',
  priority: "must be 'high' or 'low'",
  throughputBucket: 'must be a throughput bucket from 1 to 5 (0 or unset: none)',
  cloud: `must be one of ${CLOUD_NAMES.join(', ')}`
} as const

/** One problem with one input: its name, its value (shown legibly) and the rule it breaks. */
export function formatProblem(name: string, value: string, rule: string): string {
  // Never echo an account key, whichever input it was pasted into.
  if (KEY_MATERIAL.test(value)) {
    return `'${name}' looks like a connection string with an account key (not shown here): it ${rule}. Remove the key from the workflow, then rotate it, since it has been exposed.`
  }
  // Long values are cut and control characters escaped: the log shows what is wrong, legibly.
  return `'${name}' is '${shown(value, 100)}': it ${rule}.`
}
