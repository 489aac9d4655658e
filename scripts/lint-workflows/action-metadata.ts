import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { Problem, YamlFile } from './problem.js'

/**
 * action.yml checked against GitHub's metadata syntax for a JavaScript action
 * (docs.github.com, "Metadata syntax reference"): the keys GitHub reads and nothing else, a
 * description for every input and output, a Node runtime GitHub still runs, and the files it
 * starts present. The Marketplace takes a description of at most 125 characters.
 */
export const MARKETPLACE_DESCRIPTION = 125
const NODE_RUNTIMES = ['node20', 'node24'] as const
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
/** Input and output ids: what GitHub turns into `INPUT_*` variables and `steps.x.outputs.*`. */
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/u

/** Text GitHub requires: its absence said as such, not as a type error. */
const text = (): z.ZodString =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') }).min(1)

const input = z.strictObject({
  description: text(),
  required: z.boolean().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  deprecationMessage: z.string().optional()
})

const metadata = z.strictObject({
  name: text(),
  description: text().max(MARKETPLACE_DESCRIPTION, {
    message: `is longer than the ${MARKETPLACE_DESCRIPTION} characters the Marketplace shows`
  }),
  author: z.string().optional(),
  branding: z
    .strictObject({ icon: z.string().regex(/^[a-z0-9-]+$/u), color: z.enum(COLORS) })
    .optional(),
  inputs: z.record(z.string().regex(ID), input).optional(),
  outputs: z.record(z.string().regex(ID), z.strictObject({ description: text() })).optional(),
  runs: z.strictObject({
    using: z.enum(NODE_RUNTIMES),
    main: z.string(),
    pre: z.string().optional(),
    'pre-if': z.string().optional(),
    post: z.string().optional(),
    'post-if': z.string().optional()
  })
})

export function checkActionMetadata(file: YamlFile): Problem[] {
  const parsed = metadata.safeParse(file.data)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) =>
      file.problem(
        issue.path as (string | number)[],
        `${issue.path.join('.') || 'the file'}: ${issue.message}`,
        'action.yml'
      )
    )
  }
  const { runs } = parsed.data
  const scripts = [
    ['main', runs.main],
    ['pre', runs.pre],
    ['post', runs.post]
  ] as const
  return scripts.flatMap(([key, script]) =>
    script === undefined || existsSync(join(dirname(file.path), script))
      ? []
      : [
          file.problem(
            ['runs', key],
            `runs.${key}: ${script} does not exist: run 'npm run build'`,
            'action.yml'
          )
        ]
  )
}
