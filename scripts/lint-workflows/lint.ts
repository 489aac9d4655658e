import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkActionMetadata } from './action-metadata.js'
import { checkActionSteps, type ActionInputs } from './action-steps.js'
import { yamlBlocks } from './markdown.js'
import type { Problem } from './problem.js'
import { YamlFile } from './problem.js'
import { checkWorkflowSchema } from './schema.js'
import { checkRunScripts } from './shell.js'

/** Where the workflows are: the project's own, and the examples users copy. */
export const WORKFLOW_FOLDERS = ['.github/workflows', 'examples/workflows']
/** Markdown whose YAML blocks users copy. */
const DOCUMENT_FOLDERS = ['.', 'docs']

export interface LintOptions {
  /** The ShellCheck command. */
  readonly shellcheck?: string
}

/** Every problem of action.yml, the workflows, and the YAML blocks of the README and docs/. */
export async function lintRepository(root: string, options: LintOptions = {}): Promise<Problem[]> {
  const actionPath = join(root, 'action.yml')
  const action = new YamlFile(actionPath, await readFile(actionPath, 'utf8'))
  const actionProblems = action.syntaxProblems()
  if (actionProblems.length > 0) return actionProblems
  const inputs = actionInputs(action.data)
  const workflows = await filesIn(root, WORKFLOW_FOLDERS, /\.ya?ml$/u)
  const documents = await filesIn(root, DOCUMENT_FOLDERS, /\.md$/u)
  return [
    ...checkActionMetadata(action),
    ...(
      await Promise.all(
        workflows.map(async (path) =>
          lintWorkflow(new YamlFile(path, await readFile(path, 'utf8')), inputs, options)
        )
      )
    ).flat(),
    ...(
      await Promise.all(
        documents.map(async (path) =>
          yamlBlocks(path, await readFile(path, 'utf8')).flatMap((block) =>
            lintBlock(block, inputs, options)
          )
        )
      )
    ).flat()
  ]
}

export function lintWorkflow(
  file: YamlFile,
  inputs: ActionInputs,
  options: LintOptions = {}
): Problem[] {
  const syntax = file.syntaxProblems()
  if (syntax.length > 0) return syntax
  return [
    ...checkWorkflowSchema(file),
    ...checkRunScripts(file, options.shellcheck),
    ...checkActionSteps(file, inputs)
  ]
}

/** A README's block: a whole workflow is checked as one; a fragment for the action's inputs. */
function lintBlock(block: YamlFile, inputs: ActionInputs, options: LintOptions): Problem[] {
  const syntax = block.syntaxProblems()
  if (syntax.length > 0) return syntax
  const data = block.data as { on?: unknown; jobs?: unknown } | null
  if (data?.on !== undefined && data.jobs !== undefined) return lintWorkflow(block, inputs, options)
  return checkActionSteps(block, inputs)
}

export function actionInputs(data: unknown): ActionInputs {
  const inputs = (data as { inputs?: Record<string, { required?: unknown }> }).inputs ?? {}
  return {
    names: new Set(Object.keys(inputs)),
    required: new Set(
      Object.entries(inputs)
        .filter(([, input]) => input.required === true)
        .map(([name]) => name)
    )
  }
}

async function filesIn(
  root: string,
  folders: readonly string[],
  pattern: RegExp
): Promise<string[]> {
  const lists = await Promise.all(
    folders.map(async (folder) => {
      const names = await readdir(join(root, folder)).catch(() => [])
      return names
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => join(root, folder, name))
    })
  )
  return lists.flat()
}
