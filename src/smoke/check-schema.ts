import { z } from 'zod'
import { given } from './issue-messages.js'

/*
 * The pieces of a check's schema that every kind shares. Each is one instance used by all the
 * kinds: the JSON Schema for editors names a piece used more than once in its $defs. Rules are
 * written so that z.toJSONSchema can carry them (a pattern, not a function), or carry a JSON
 * Schema equivalent in their metadata: smoke.schema.json then refuses what the action refuses.
 * Descriptions are noun phrases: messages say "expected a string (a container name)".
 */

/**
 * No control characters: CONTROL_CHARACTERS of cosmos/resource-id.ts as a whole-value pattern
 * (a test holds the two equal).
 */
// eslint-disable-next-line no-control-regex
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/

/**
 * isResourceId of cosmos/resource-id.ts as a pattern (a test holds the two equal): no
 * `/ \ ? #`, no control characters, not `.` or `..`.
 */
// eslint-disable-next-line no-control-regex
export const RESOURCE_ID = /^(?!\.\.?$)[^/\\?#\u0000-\u001f\u007f]*$/

/** A check's name: shown in logs, the summary and annotations. */
export const NAME = z
  .string()
  .min(1)
  .max(200)
  .regex(NO_CONTROL_CHARACTERS, 'must not hold control characters')
  .describe("the check's name")

/** A name Cosmos DB can put in a request path. */
const resourceName = (max: number, what: string): z.ZodString =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(RESOURCE_ID, `must be a ${what} without / \\ # ? or control characters, and not . or ..`)
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
const BUDGETS = ['p50Ms', 'p95Ms', 'maxMs'] as const

/** A latency budget: how many samples, and at least one limit on their figures. */
export const LATENCY = z
  .strictObject({
    samples: z.int().min(1).max(1000).default(20),
    p50Ms: MILLISECONDS.optional(),
    p95Ms: MILLISECONDS.optional(),
    maxMs: MILLISECONDS.optional()
  })
  .refine(
    (budget) => BUDGETS.some((key) => budget[key] !== undefined),
    'needs at least one budget: p50Ms, p95Ms or maxMs'
  )
  // The refinement above, in the words of JSON Schema.
  .meta({ anyOf: BUDGETS.map((key) => ({ required: [key] })) })

export type LatencyBudget = z.infer<typeof LATENCY>
