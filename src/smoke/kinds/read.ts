import type { PartitionKey } from '@azure/cosmos'
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import { valueAt } from '../../documents/property-path.js'
import { ActionError } from '../../errors.js'
import { CONTAINER, ID, LATENCY, NAME, PARTITION_KEY } from '../check-schema.js'
import { show, type Expectation } from '../expect.js'
import { runOnceThenSample } from '../latency.js'
import { pointRead } from '../point-read.js'
import { defineKind } from './kind.js'

const READ_CHECK = z.strictObject({
  name: NAME,
  container: CONTAINER,
  read: z
    .strictObject({ id: ID, partitionKey: PARTITION_KEY.optional() })
    .describe("the document's id, and its partition key"),
  expect: z
    .strictObject({
      exists: z.boolean().default(true),
      /** Property paths (`a.b`) and the values they must hold. */
      fields: z
        .record(z.string().regex(/^[^.]+(\.[^.]+)*$/, 'is not a property path'), z.json())
        .optional()
    })
    .optional(),
  latency: LATENCY.optional()
})

export type ReadCheckSpec = z.infer<typeof READ_CHECK>

/** `read`: a point read of one document, and the fields it must hold. */
export const READ = defineKind({
  name: 'read',
  schema: READ_CHECK,
  writes: false,
  actions: ['readMetadata', 'read'],
  specOf: (written: ReadCheckSpec): ReadCheckSpec => written,
  run(spec, { container, paths, retry, meter, now }) {
    const key = readKey(spec, paths)
    return runOnceThenSample(
      () => retry(() => pointRead(container, spec.read.id, key, meter)),
      (document) => checkRead(document, spec.expect ?? { exists: true }),
      spec.latency,
      now
    )
  }
})

/** The partition key of a point read: given, or the id when the container is keyed on /id. */
function readKey(spec: ReadCheckSpec, paths: readonly string[]): PartitionKey {
  if (spec.read.partitionKey !== undefined) return spec.read.partitionKey as PartitionKey
  if (paths.length === 1 && paths[0] === '/id') return spec.read.id
  throw new ActionError(
    `container '${spec.container}' is partitioned by ${paths.join(', ')}: give 'read.partitionKey' for id '${spec.read.id}'.`
  )
}

/** Checks a point read: that the document exists (or not), and the fields it must hold. */
export function checkRead(
  document: Record<string, unknown> | undefined,
  expect: { exists: boolean; fields?: Record<string, unknown> | undefined }
): Expectation[] {
  const found: Expectation[] = [
    {
      what: 'exists',
      expected: expect.exists ? 'the document exists' : 'no such document',
      actual: document === undefined ? 'not found (404)' : 'found',
      met: (document !== undefined) === expect.exists
    }
  ]
  if (document === undefined) return found
  for (const [path, value] of Object.entries(expect.fields ?? {})) {
    // Expectations name dotted paths; a leading `/` is part of the first property's name.
    const actual = valueAt(document, path.split('.'))
    found.push({
      what: `field ${path}`,
      expected: show(value),
      actual: show(actual),
      met: isDeepStrictEqual(actual, value)
    })
  }
  return found
}
