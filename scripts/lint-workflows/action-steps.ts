import type { Problem, YamlFile } from './problem.js'

/** How a workflow names this action: its repository at a ref, or `./` in its own repository. */
const THIS_ACTION = /^(cosmos-oidc-action\/cosmos-oidc-action@\S+|\.\/?)$/u
const PUBLISHED = /^cosmos-oidc-action\/cosmos-oidc-action@/u

export interface ActionInputs {
  readonly names: ReadonlySet<string>
  /** Inputs marked `required: true` in action.yml. */
  readonly required: ReadonlySet<string>
}

/**
 * Every step that uses this action, wherever it sits (a whole workflow or a README's fragment):
 * its `with:` keys are inputs action.yml declares, and the required ones are given. A job of a
 * whole workflow that uses the published action grants `id-token: write`, without which GitHub
 * hands it no OIDC token.
 */
export function checkActionSteps(file: YamlFile, inputs: ActionInputs): Problem[] {
  return [...stepProblems(file, inputs), ...permissionProblems(file)]
}

function stepProblems(file: YamlFile, inputs: ActionInputs): Problem[] {
  return actionSteps(file.data, []).flatMap(({ step, path }) => {
    const given = Object.keys(step.with ?? {})
    const unknown = given
      .filter((key) => !inputs.names.has(key))
      .map((key) =>
        file.problem([...path, 'with', key], `'${key}' is not an input of action.yml`, 'inputs')
      )
    const missing = [...inputs.required]
      .filter((key) => !given.includes(key))
      .map((key) =>
        file.problem([...path, 'uses'], `the required input '${key}' is not given`, 'inputs')
      )
    return [...unknown, ...missing]
  })
}

interface Step {
  uses?: unknown
  with?: Record<string, unknown>
}

function actionSteps(
  node: unknown,
  path: (string | number)[]
): { step: Step; path: (string | number)[] }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => actionSteps(item, [...path, index]))
  if (node === null || typeof node !== 'object') return []
  const step = node as Step
  if (typeof step.uses === 'string' && THIS_ACTION.test(step.uses)) return [{ step, path }]
  return Object.entries(node).flatMap(([key, value]) => actionSteps(value, [...path, key]))
}

interface Workflow {
  permissions?: unknown
  jobs?: Record<string, { permissions?: unknown; steps?: Step[] }>
}

function permissionProblems(file: YamlFile): Problem[] {
  const workflow = file.data as Workflow
  return Object.entries(workflow.jobs ?? {}).flatMap(([id, job]) => {
    const uses = (job.steps ?? []).some(
      (step) => typeof step.uses === 'string' && PUBLISHED.test(step.uses)
    )
    // A job's permissions replace the workflow's whole: the job's are the ones in force.
    const granted = job.permissions ?? workflow.permissions
    if (!uses || grantsIdToken(granted)) return []
    return [
      file.problem(
        ['jobs', id, job.permissions ? 'permissions' : 'runs-on'],
        `job '${id}' uses the action without 'permissions: id-token: write': GitHub gives it no OIDC token`,
        'permissions'
      )
    ]
  })
}

function grantsIdToken(permissions: unknown): boolean {
  if (permissions === 'write-all') return true
  return (permissions as { 'id-token'?: unknown } | undefined)?.['id-token'] === 'write'
}
