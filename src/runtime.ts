import * as core from '@actions/core'
import { relative } from 'node:path'
import { cancellableSleep, neverCancelled, type Cancellation } from './cancellation/index.js'

/** What the action needs from the runner; injected so the flow can be driven in tests. */
export interface Runtime {
  readonly getInput: (name: string) => string
  readonly env: NodeJS.ProcessEnv
  readonly log: Logger
  readonly setOutput: (name: string, value: string) => void
  /** Masks a value in every later log line (the runner's add-mask). */
  readonly setSecret: (value: string) => void
  readonly writeSummary: (markdown: string) => Promise<void>
  /** Sets a variable for the job's later steps (GITHUB_ENV); never a secret's value. */
  readonly exportVariable: (name: string, value: string) => void
  /** Keeps a value for this action's post step (GITHUB_STATE). */
  readonly saveState: (name: string, value: string) => void
  /**
   * Marks the step failed with one message, shown as an error annotation: on the file and line
   * of the bad input when there is one.
   */
  readonly fail: (
    message: string,
    location?: { readonly file: string; readonly line: number }
  ) => void
  readonly getIDToken: (audience: string) => Promise<string>
  /**
   * The file the runner runs (dist/index.js), from which the token refresher is started;
   * undefined where there is none to start (in-process tests, the admin CLI).
   */
  readonly script: string | undefined
  readonly now: () => number
  /** Ends early, throwing the CancelledError, once the job is cancelled. */
  readonly sleep: (ms: number) => Promise<void>
  /** The job's cancellation: work checks it before starting more, and registers clean-ups. */
  readonly cancellation: Cancellation
}

/** Log lines, through the runner so that masked values stay masked. */
export interface Logger {
  readonly info: (message: string) => void
  readonly debug: (message: string) => void
  readonly notice: (message: string) => void
  readonly warning: (message: string) => void
  /** An error annotation that does not end the run; on a file and line when given. */
  readonly error: (
    message: string,
    location?: { readonly file: string; readonly line: number }
  ) => void
  readonly group: <T>(name: string, work: () => Promise<T>) => Promise<T>
}

/** The real runner, through @actions/core; cancelled as `cancellation` says (never by default). */
export function actionsRuntime(cancellation: Cancellation = neverCancelled()): Runtime {
  return {
    getInput: (name) => core.getInput(name),
    env: process.env,
    log: {
      info: (message) => core.info(message),
      debug: (message) => core.debug(message),
      notice: (message) => core.notice(message),
      warning: (message) => core.warning(message),
      error: (message, location) =>
        core.error(
          message,
          location === undefined
            ? undefined
            : { file: workspaceRelative(location.file), startLine: location.line }
        ),
      group: (name, work) => core.group(name, work)
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    saveState: (name, value) => core.saveState(name, value),
    writeSummary: async (markdown) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return
      await core.summary.addRaw(markdown, true).write()
    },
    fail: (message, location) => {
      if (location === undefined) return core.setFailed(message)
      process.exitCode = 1
      core.error(message, { file: workspaceRelative(location.file), startLine: location.line })
    },
    getIDToken: (audience) => core.getIDToken(audience),
    script: process.argv[1],
    now: () => Date.now(),
    sleep: cancellableSleep(
      cancellation,
      (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    ),
    cancellation
  }
}

/** Annotations name files relative to the workspace, as the checkout lays them out. */
function workspaceRelative(file: string): string {
  return relative(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), file)
}
