import { spawnSync } from 'node:child_process'
import type { Problem, YamlFile } from './problem.js'

/**
 * Every `run:` script of a workflow checked by ShellCheck, as bash runs it on an Ubuntu runner.
 * Expressions (`${{ ... }}`) are replaced by as many underscores first: the runner substitutes
 * them before the shell sees the script. The rules left out only misfire on that stand-in or on
 * variables the workflow sets in `env:`: SC2050 and SC2194 (a constant comparison or case),
 * SC2154 (a variable never assigned), SC2157 (a string never empty), SC1091 (a sourced file).
 */
const EXCLUDED = ['SC1091', 'SC2050', 'SC2154', 'SC2157', 'SC2194']

interface ShellCheckComment {
  readonly line: number
  readonly code: number
  readonly message: string
}

interface RunScript {
  readonly path: (string | number)[]
  readonly script: string
  readonly shell: string | undefined
}

export function checkRunScripts(file: YamlFile, shellcheck = 'shellcheck'): Problem[] {
  return runScripts(file.data).flatMap(({ path, script, shell }) => {
    if (shell !== undefined && !['bash', 'sh'].includes(shell)) return []
    const firstLine = scriptFirstLine(file, path)
    return shellCheck(script, shell ?? 'bash', shellcheck).map((comment) => ({
      file: file.path,
      line: firstLine + comment.line - 1,
      message: comment.message,
      rule: `SC${comment.code}`
    }))
  })
}

/** Every step's `run:` with the shell it runs in (the step's, else the job's or workflow's default). */
function runScripts(data: unknown): RunScript[] {
  const workflow = data as { defaults?: Defaults; jobs?: Record<string, Job> }
  return Object.entries(workflow.jobs ?? {}).flatMap(([id, job]) =>
    (job.steps ?? []).flatMap((step, index) =>
      typeof step.run === 'string'
        ? [
            {
              path: ['jobs', id, 'steps', index, 'run'],
              script: step.run,
              shell: step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell
            }
          ]
        : []
    )
  )
}

interface Defaults {
  run?: { shell?: string }
}
interface Job {
  defaults?: Defaults
  steps?: { run?: unknown; shell?: string }[]
}

/** The file's line of a script's first line: the line after `run: |`, or the line of `run:`. */
function scriptFirstLine(file: YamlFile, path: (string | number)[]): number {
  const node = file.document.getIn(path, true) as { type?: string } | undefined
  const line = file.lineOf(path)
  return node?.type === 'BLOCK_LITERAL' || node?.type === 'BLOCK_FOLDED' ? line + 1 : line
}

function shellCheck(script: string, shell: string, command: string): ShellCheckComment[] {
  const input = script.replace(/\$\{\{[\s\S]*?\}\}/gu, (expression) =>
    '_'.repeat(expression.length)
  )
  const result = spawnSync(
    command,
    ['--norc', '--format=json', `--shell=${shell}`, `--exclude=${EXCLUDED.join(',')}`, '-'],
    { input, encoding: 'utf8' }
  )
  if (result.error) {
    throw new Error(
      `${command} could not run (${result.error.message}): install ShellCheck (apt-get install shellcheck), or source .ci/shellcheck.sh`
    )
  }
  // ShellCheck exits 1 when it has comments; anything else with no JSON is its own failure.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command}: ${result.stderr}`)
  return JSON.parse(result.stdout || '[]') as ShellCheckComment[]
}
