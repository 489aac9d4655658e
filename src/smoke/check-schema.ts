import { z } from 'zod'
import { CONTROL_CHARACTERS, isResourceId } from '../cosmos/resource-id.js'
import { given } from './issue-messages.js'

/*
 * The pieces of a check's schema that every kind shares. Each is one instance used by all the
 * kinds: the JSON Schema for editors names a piece used more than once in its $defs.
 * Descriptions are noun phrases: messages say "expected a string (a container name)".
 */

/** A check's name: shown in logs, the summary and annotations. */
export const NAME = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not hold control characters')
  .describe("the check's name")

/** A name Cosmos DB can put in a request path. */
const resourceName = (max: number, what: string): z.ZodString =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(
      isResourceId,
      `must be a ${what} without / \\ # ? or control characters, and not . or ..`
    )
    .describe(`a ${what}`)

export const CONTAINER = resourceName(255, 'container name')
export const ID = resourceName(1023, 'document id')

const KEY_PART = z.union([z.string(), z.number(), z.boolean(), z.null()])
const KEY_LEVELS = z
  .array(KEY_PART)
  .min(1, 'an empty list: give the key value, or one value per level of a hierarchical key')
  .max(3, {
    error: (issue) =>
      `${(issue.input as unknown[]).length} values, but Cosmos DB hierarchical partition keys have at most 3 levels: give one value per path of the container's partition key`
  })
/** One value, or one per level of a hierarchical key. */
export const PARTITION_KEY = z.union([KEY_PART, KEY_LEVELS], {
  error: (issue) =>
    `expected a partition key value (a string, a number, a boolean or null) or a list of up to 3 (one per level of a hierarchical key), got ${given(issue.input)}`
})

const MILLISECONDS = z.number().positive().max(600_000)

/** A latency budget: how many samples, and at least one limit on their figures. */
export const LATENCY = z
  .strictObject({
    samples: z.int().min(1).max(1000).default(20),
    p50Ms: MILLISECONDS.optional(),
    p95Ms: MILLISECONDS.optional(),
    maxMs: MILLISECONDS.optional()
  })
  .refine(
    (budget) =>
      budget.p50Ms !== undefined || budget.p95Ms !== undefined || budget.maxMs !== undefined,
    'needs at least one budget: p50Ms, p95Ms or maxMs'
  )

export type LatencyBudget = z.infer<typeof LATENCY>
