import type { CosmosClient } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError, describeError } from '../errors.js'
import { ACTIONS } from '../cosmos/roles.js'

/** What one harmless read proved: an action held or not at a scope. */
export interface ProbeFinding {
  readonly scope: string
  readonly action: string
  readonly held: boolean
  readonly how: string
}

const DENIED_ACTION = /action \[([^\]]+)\]/i
const PROBE_ID = 'cosmos-oidc-action-probe-absent-id'

/**
 * Proves what reads the identity may do on each container, with reads that change nothing:
 * the container definition (readMetadata), `SELECT TOP 1` (executeQuery, readChangeFeed) and a
 * point read (items/read; a 404 for an absent id proves the right as well as a 200). Writes stay
 * unknown: no write is ever made to find out.
 */
export async function probeContainers(
  client: CosmosClient,
  database: string,
  containers: readonly string[]
): Promise<ProbeResult> {
  const findings: ProbeFinding[] = []
  const missingContainers: string[] = []
  for (const id of containers) {
    const scope = `/dbs/${database}/colls/${id}`
    const container = client.database(database).container(id)
    const record = (actions: readonly string[], outcome: Outcome, what: string): void => {
      for (const action of actions) {
        if (outcome.ok)
          findings.push({ scope, action, held: true, how: `probe: ${what} succeeded` })
        else if (outcome.deniedAction === action)
          findings.push({ scope, action, held: false, how: `probe: ${what} refused (403)` })
      }
    }
    const definition = await attempt(() => container.read())
    record([ACTIONS.readMetadata], definition, 'container read')
    if (!definition.ok) continue
    if (definition.status === 404) {
      missingContainers.push(id)
      continue
    }
    const read = definition.value as { resource?: { partitionKey?: { paths?: string[] } } }
    const paths = read.resource?.partitionKey?.paths ?? []

    const query = await attempt(() =>
      container.items.query('SELECT TOP 1 * FROM c', { maxItemCount: 1 }).fetchNext()
    )
    record([ACTIONS.executeQuery, ACTIONS.readChangeFeed], query, 'SELECT TOP 1')

    const page = query.ok ? (query.value as { resources?: unknown[] }) : undefined
    const sample = page?.resources?.[0] as Record<string, unknown> | undefined
    const itemId = typeof sample?.['id'] === 'string' ? sample['id'] : PROBE_ID
    const absent = paths.length === 1 ? PROBE_ID : paths.map(() => PROBE_ID)
    const partitionKey = (sample && partitionKeyOf(sample, paths)) ?? absent
    const pointRead = await attempt(() => container.item(itemId, partitionKey as string).read())
    record([ACTIONS.read], pointRead, 'point read')
  }
  return { findings, missingContainers }
}

/** What the probe proved, and which planned containers do not exist. */
export interface ProbeResult {
  readonly findings: readonly ProbeFinding[]
  readonly missingContainers: readonly string[]
}

type Outcome =
  { ok: true; value: unknown; status: number } | { ok: false; deniedAction: string | undefined }

/** Runs one read: 2xx and 404 both prove the right to read; 403 names the action refused. */
async function attempt(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await read(), status: 200 }
  } catch (error) {
    const record = error as { code?: unknown; body?: { message?: unknown }; message?: unknown }
    if (record.code === 404) return { ok: true, value: {}, status: 404 }
    if (record.code === 403) {
      const text =
        typeof record.body?.message === 'string' ? record.body.message : String(record.message)
      return { ok: false, deniedAction: DENIED_ACTION.exec(text)?.[1] }
    }
    // Active refusals are evidence; anything else (401, throttling the SDK gave up on) is not.
    throw new ActionError(
      `Probing the data plane failed: ${describeError(error).replace(/\s+/g, ' ')}`,
      { cause: error }
    )
  }
}
