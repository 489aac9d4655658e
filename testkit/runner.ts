import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { capture, fragments } from './hygiene.js'

/**
 * Runs the built action the way a GitHub runner does, for the end-to-end tests and the demo.
 */

/** What a run of the built action left behind, as a runner would see it. */
export interface ActionRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  /** stdout without the runner's own `::add-mask::` commands: what a person would read. */
  readonly log: string
  readonly masked: readonly string[]
  readonly outputs: Readonly<Record<string, string>>
  readonly outputFile: string
  readonly summary: string
  readonly errors: readonly string[]
  /** What the step exported for later steps (GITHUB_ENV), and the raw file. */
  readonly exported: Readonly<Record<string, string>>
  readonly envFile: string
  /** What the step kept for its post step (GITHUB_STATE). */
  readonly state: Readonly<Record<string, string>>
  /** The post step, run as the runner does once the job's steps are done (unless `post: false`). */
  readonly post:
    { readonly exitCode: number | null; readonly log: string; readonly stderr: string } | undefined
  /** The signals sent to a cancelled step, in order (SIGKILL only when it outlived SIGTERM). */
  readonly signals: readonly string[]
}

/** A later step of the job: runs between the action's step and its post step. */
export type LaterStep = (job: {
  /** The job's variables with what the action exported through GITHUB_ENV applied. */
  readonly env: Readonly<Record<string, string>>
}) => Promise<void>

export interface RunOptions {
  readonly inputs: Readonly<Record<string, string>>
  /** Job variables: ACTIONS_ID_TOKEN_REQUEST_* and anything else the step sees. */
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly caFile: string
  /**
   * Kills the step (and, separately, the post step) after this long: 60 s by default, under the
   * end-to-end tests' jest timeout (jest.timeouts.js), so that a run too slow fails its test with
   * its output printed rather than in jest's bare timeout.
   */
  readonly timeoutMs?: number
  /**
   * Kills the process with SIGKILL as soon as its stdout matches, or the function (asked every
   * few milliseconds) says so: a runner dying mid-step.
   */
  readonly killWhen?: RegExp | (() => boolean)
  /** Cancels the job as the runner does (SIGINT, SIGTERM, SIGKILL) once stdout matches. */
  readonly cancel?: Cancel
  /** Kills the process with SIGKILL this many milliseconds after it starts. */
  readonly killAfterMs?: number
  /** The job's workspace (GITHUB_WORKSPACE and the working directory); the test's own by default. */
  readonly workspace?: string
  /** The job's later steps, run after the action's step and before its post step. */
  readonly laterSteps?: LaterStep
  /** Runs the post step, as the runner always does (true by default). */
  readonly post?: boolean
}

/** How long a run of the step, the post step or the CLI may take unless told otherwise. */
export const DEFAULT_RUN_TIMEOUT_MS = 60_000

const ACTION = resolve(import.meta.dirname, '..', 'dist', 'index.js')
const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
const POST = resolve(import.meta.dirname, '..', 'dist', 'post', 'index.js')

/** What a run of the built admin CLI printed. */
export interface CliRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs dist/cli/index.js with arguments, trusting the test CA, with only PATH, HOME and the given
 * variables from this process's environment (an admin's AZURE_* sign-in, say).
 */
export async function runCli(
  args: readonly string[],
  options: { caFile: string; env?: Readonly<Record<string, string>>; timeoutMs?: number }
): Promise<CliRun> {
  const home = await mkdtemp(join(tmpdir(), 'cli-run-'))
  try {
    const run = await spawnNode(
      CLI,
      {
        PATH: process.env['PATH'] ?? '',
        HOME: home,
        NODE_EXTRA_CA_CERTS: options.caFile,
        // Never api.github.com: a run that does not point the CLI at the local GitHub finds
        // nothing listening (port 9 of loopback) and says what it assumed.
        GITHUB_API_URL: 'https://127.0.0.1:9',
        ...options.env
      },
      options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
      undefined,
      args
    )
    if (run.timedOut) reportTimeout(`the CLI (${args[0] ?? ''})`, run)
    capture(`a CLI run (${args[0] ?? ''})`, `${run.stdout}\n${run.stderr}`)
    return run
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

/**
 * Runs dist/index.js the way the runner does: inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and nothing else of this process's environment but PATH.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'action-run-'))
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    env: join(dir, 'env'),
    state: join(dir, 'state')
  }
  for (const file of Object.values(files)) await writeFile(file, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    NODE_EXTRA_CA_CERTS: options.caFile,
    ...(options.workspace === undefined ? {} : { GITHUB_WORKSPACE: options.workspace })
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value !== undefined) env[name] = value
  }
  try {
    const step = await spawnNode(
      ACTION,
      env,
      options.killAfterMs ?? options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
      options.killWhen,
      [],
      options.workspace,
      options.cancel
    )
    const { exitCode, stdout, stderr, signals } = step
    // killAfterMs is a kill the test asked for; the timeout is a run that took too long.
    if (step.timedOut && options.killAfterMs === undefined) reportTimeout("the action's step", step)
    const envFile = await readFile(files.env, 'utf8')
    const exported = parseOutputs(envFile)
    const state = parseOutputs(await readFile(files.state, 'utf8'))
    await options.laterSteps?.({ env: { ...env, ...exported } })
    const post = options.post === false ? undefined : await runPost(env, exported, state, options)
    const lines = stdout.split('\n')
    const masked = lines
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length))
    const outputText = await readFile(files.output, 'utf8')
    const summary = await readFile(files.summary, 'utf8')
    const log = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')
    capture(
      'an action run (log, stderr, outputs, summary, exported variables, post step)',
      [
        log,
        stderr,
        withoutRequestedToken(outputText),
        summary,
        envFile,
        post?.log ?? '',
        post?.stderr ?? ''
      ].join('\n')
    )
    return {
      exitCode,
      stdout,
      stderr,
      log,
      masked,
      outputs: parseOutputs(outputText),
      outputFile: outputText,
      summary,
      errors: lines.filter((l) => l.startsWith('::error')).map(unescapeCommand),
      exported,
      envFile,
      state,
      post,
      signals
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * The post step as the runner runs it: the same file, inputs and job variables, with what the
 * step exported and its state as STATE_* variables.
 */
async function runPost(
  env: Readonly<Record<string, string>>,
  exported: Readonly<Record<string, string>>,
  state: Readonly<Record<string, string>>,
  options: RunOptions
): Promise<{ exitCode: number | null; log: string; stderr: string }> {
  const postEnv: Record<string, string> = { ...env, ...exported }
  for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value
  const run = await spawnNode(
    POST,
    postEnv,
    options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    undefined,
    [],
    options.workspace
  )
  if (run.timedOut) reportTimeout('the post step', run)
  const { exitCode, stdout, stderr } = run
  const log = stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return { exitCode, log, stderr }
}

/**
 * A job cancelled as the runner cancels it (actions/runner, ProcessInvoker.cs): SIGINT to the
 * step's process, SIGTERM 7.5 s later, SIGKILL 2.5 s after that.
 */
export interface Cancel {
  /** Cancels once stdout matches. */
  readonly when: RegExp
  /** From SIGINT to SIGTERM (7,500 ms, as the runner does, by default). */
  readonly sigtermAfterMs?: number
  /** From SIGTERM to SIGKILL (2,500 ms, as the runner does, by default). */
  readonly sigkillAfterMs?: number
}

/**
 * Says on the test's console that a process outlived its timeout and was killed, with the end of
 * what it printed as the runner would show it (every masked value as ***): the test then fails on
 * its own assertions, and this says why.
 */
function reportTimeout(what: string, run: { stdout: string; stderr: string }): void {
  const lines = run.stdout.split('\n')
  const secrets = lines
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length))
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
  const shown = (text: string): string =>
    secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  const tail = (text: string): string => shown(text.split('\n').slice(-40).join('\n'))
  const log = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')
  console.error(
    `${what} was still running at its timeout and was killed (runAction's timeoutMs).\n` +
      `--- last lines of its stdout ---\n${tail(log)}\n` +
      `--- last lines of its stderr ---\n${tail(run.stderr)}`
  )
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  timeoutMs: number,
  killWhen: RegExp | (() => boolean) | undefined,
  args: readonly string[] = [],
  cwd?: string,
  cancel?: Cancel
) {
  return new Promise<{
    exitCode: number | null
    stdout: string
    stderr: string
    signals: string[]
    /** Killed because it outlived `timeoutMs`. */
    timedOut: boolean
  }>((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      env,
      ...(cwd === undefined ? {} : { cwd }),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    const signals: string[] = []
    let timedOut = false
    const timers: Array<ReturnType<typeof setTimeout>> = []
    const send = (signal: NodeJS.Signals): void => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signals.push(signal)
      child.kill(signal)
    }
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (killWhen instanceof RegExp && killWhen.test(stdout)) child.kill('SIGKILL')
      if (cancel?.when.test(stdout) && signals.length === 0) {
        send('SIGINT')
        const sigtermAfterMs = cancel.sigtermAfterMs ?? 7500
        timers.push(setTimeout(() => send('SIGTERM'), sigtermAfterMs))
        const sigkillAfterMs = cancel.sigkillAfterMs ?? 2500
        timers.push(setTimeout(() => send('SIGKILL'), sigtermAfterMs + sigkillAfterMs))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    timers.push(
      setTimeout(() => {
        if (child.exitCode !== null || child.signalCode !== null) return
        timedOut = true
        child.kill('SIGKILL')
      }, timeoutMs)
    )
    const watch =
      typeof killWhen === 'function'
        ? setInterval(() => {
            if (killWhen()) child.kill('SIGKILL')
          }, 5)
        : undefined
    child.on('error', fail)
    child.on('close', (exitCode) => {
      timers.forEach(clearTimeout)
      clearInterval(watch)
      done({ exitCode, stdout, stderr, signals, timedOut })
    })
  })
}

/**
 * GITHUB_OUTPUT without the `access-token` output, the one place a token belongs when a workflow
 * asks for it (`access-token-output: true`); every other output is still searched.
 */
function withoutRequestedToken(outputFile: string): string {
  return outputFile.replace(/^access-token<<(\S+)\n[\s\S]*?\n\1$/m, '')
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(block)) outputs[match[1] as string] = match[3] as string
  return outputs
}

/** The log as the runner shows it: every value the action masked replaced by `***`. */
export function maskedLog(run: ActionRun): string {
  const secrets = [...run.masked].sort((a, b) => b.length - a.length)
  return secrets.reduce((log, secret) => log.split(secret).join('***'), run.log)
}

function unescapeCommand(line: string): string {
  return line
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

/**
 * Every secret found anywhere the runner would show or keep: the log, stderr, outputs and the
 * step summary, the variables exported for later steps and the post step's log. The `::add-mask::` commands themselves are the runner protocol, not output.
 */
export function leakedSecrets(run: ActionRun, secrets: readonly string[]): string[] {
  const visible = [
    run.log,
    run.stderr,
    withoutRequestedToken(run.outputFile),
    run.summary,
    run.envFile,
    run.post?.log ?? '',
    run.post?.stderr ?? ''
  ].join('\n')
  return secrets.filter((secret) =>
    fragments(secret).some((fragment) => visible.includes(fragment))
  )
}
