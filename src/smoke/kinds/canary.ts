import type { Container, PartitionKey } from '@azure/cosmos'
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import { partitionKeyOf } from '../../cosmos/partition-key.js'
import { segmentsOf, setAt } from '../../documents/property-path.js'
import { CONTAINER, NAME, PARTITION_KEY } from '../check-schema.js'
import { clean, show, type Expectation } from '../expect.js'
import { given } from '../issue-messages.js'
import { pointRead } from '../point-read.js'
import { defineKind, type Meter, type Retry } from './kind.js'

/** Canary documents carry this prefix, so a stray one (a killed run) is easy to find. */
export const CANARY_PREFIX = 'cosmos-oidc-canary-'

const CANARY_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  canary: z.union(
    [
      z.literal(true),
      z.strictObject({
        /** The canary's partition key value; its own id when omitted. */
        partitionKey: PARTITION_KEY.optional()
      })
    ],
    {
      error: (issue) =>
        `expected true, or an object with an optional partitionKey, got ${given(issue.input)}`
    }
  )
})

export interface CanaryCheckSpec {
  name: string
  container: string
  partitionKey: unknown
}

/** `canary`: writes a document, reads it back, deletes it and checks it is gone. */
export const CANARY = defineKind({
  name: 'canary',
  schema: CANARY_CHECK,
  writes: true,
  actions: ['readMetadata', 'read', 'create', 'delete'],
  specOf: (written: z.infer<typeof CANARY_CHECK>): CanaryCheckSpec => ({
    name: written.name,
    container: written.container,
    partitionKey: written.canary === true ? undefined : written.canary.partitionKey
  }),
  async run(spec, { container, paths, retry, meter }) {
    return { expectations: await canary(container, retry, paths, spec, meter) }
  }
})

/** The canary document for a check: its own id as the key unless the check gives one. */
function canaryDocument(spec: CanaryCheckSpec, paths: readonly string[]): Record<string, unknown> {
  const id = `${CANARY_PREFIX}${randomUUID()}`
  const document: Record<string, unknown> = {
    id,
    check: spec.name,
    createdAt: new Date().toISOString(),
    // Removed by Cosmos DB after an hour should the delete never run (when the container has TTL on).
    ttl: 3600
  }
  const given = spec.partitionKey
  paths.forEach((path, level) => {
    const value = given === undefined ? id : Array.isArray(given) ? given[level] : given
    // The id path keeps the id: a canary's key value defaults to it anyway.
    const segments = segmentsOf(path)
    if (!(segments.length === 1 && segments[0] === 'id'))
      setAt(document, path, value, { replaceArrays: false })
  })
  return document
}

/**
 * Runs a write that may be retried, counting its request units. A retried write may find its
 * first attempt done: `done` is the status that then means success (409 after a create, 404
 * after a delete).
 */
async function retriedWrite(
  retry: Retry,
  write: () => Promise<{ requestCharge?: number }>,
  done: number,
  meter: Meter
): Promise<void> {
  let attempts = 0
  await retry(async () => {
    attempts++
    try {
      const response = await write()
      meter.requestCharge += response.requestCharge ?? 0
    } catch (error) {
      if (attempts === 1 || (error as { code?: unknown }).code !== done) throw error
    }
  })
}

/** Creates a canary document, reads it back, deletes it and checks it is gone. */
async function canary(
  container: Container,
  retry: Retry,
  paths: readonly string[],
  spec: CanaryCheckSpec,
  meter: Meter
): Promise<Expectation[]> {
  const document = canaryDocument(spec, paths)
  const id = document['id'] as string
  const partitionKey = partitionKeyOf(document, paths) as PartitionKey
  await retriedWrite(retry, () => container.items.create(document), 409, meter)
  const expectations: Expectation[] = [
    { what: 'create', expected: 'created (201)', actual: 'created', met: true }
  ]
  try {
    const read = await retry(() => pointRead(container, id, partitionKey, meter))
    const same = read !== undefined && isDeepStrictEqual(clean(read), document)
    expectations.push({
      what: 'read back',
      expected: 'the document as written',
      actual: read === undefined ? 'not found (404)' : same ? 'the same' : show(clean(read)),
      met: same
    })
  } finally {
    await retriedWrite(retry, () => container.item(id, partitionKey).delete(), 404, meter)
  }
  const after = await retry(() => pointRead(container, id, partitionKey, meter))
  expectations.push({
    what: 'delete',
    expected: 'gone (404)',
    actual: after === undefined ? 'gone (404)' : 'still there',
    met: after === undefined
  })
  return expectations
}
