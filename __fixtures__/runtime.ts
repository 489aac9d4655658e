import { neverCancelled, type Cancellation } from '../src/cancellation/index.js'
import type { Runtime } from '../src/runtime.js'

/** Everything a run did through its runtime, in order, for assertions. */
export interface RuntimeRecording {
  /** Every setOutput call, in order: an output set twice shows up twice. */
  readonly outputs: Array<readonly [string, string]>
  /** Log lines as `level: message` (`group: name` when a group opens). */
  readonly log: string[]
  readonly summaries: string[]
  readonly failures: Array<{ message: string; location?: { file: string; line: number } }>
  readonly secrets: string[]
  /** Variables exported for later steps, and state kept for the post step, in order. */
  readonly exported: Array<readonly [string, string]>
  readonly state: Array<readonly [string, string]>
  /** The outputs as the runner keeps them: the last value of each. */
  output(name: string): string | undefined
}

export interface FakeRuntimeOptions {
  readonly inputs: Readonly<Record<string, string>>
  readonly env?: NodeJS.ProcessEnv
  readonly getIDToken?: (audience: string) => Promise<string>
  /** The job's cancellation; never cancelled unless a test gives one it controls. */
  readonly cancellation?: Cancellation
}

/**
 * A runtime that records instead of talking to the runner: inputs from a table, outputs,
 * logs, summaries and failures kept in memory. Time is real (the steps' figures are not
 * asserted), sleeps are instant.
 */
export function fakeRuntime(options: FakeRuntimeOptions): {
  runtime: Runtime
  seen: RuntimeRecording
} {
  const seen: RuntimeRecording = {
    outputs: [],
    log: [],
    summaries: [],
    failures: [],
    secrets: [],
    exported: [],
    state: [],
    output: (name) => seen.outputs.filter(([key]) => key === name).at(-1)?.[1]
  }
  const line = (level: string) => (message: string) => void seen.log.push(`${level}: ${message}`)
  const runtime: Runtime = {
    getInput: (name) => options.inputs[name] ?? '',
    env: options.env ?? {},
    log: {
      info: line('info'),
      debug: line('debug'),
      notice: line('notice'),
      warning: line('warning'),
      error: line('error'),
      group: async (name, work) => {
        seen.log.push(`group: ${name}`)
        return work()
      }
    },
    setOutput: (name, value) => void seen.outputs.push([name, value]),
    setSecret: (value) => void seen.secrets.push(value),
    exportVariable: (name, value) => void seen.exported.push([name, value]),
    saveState: (name, value) => void seen.state.push([name, value]),
    writeSummary: async (markdown) => void seen.summaries.push(markdown),
    fail: (message, location) =>
      void seen.failures.push(location === undefined ? { message } : { message, location }),
    getIDToken:
      options.getIDToken ?? (() => Promise.reject(new Error('this runtime has no OIDC token'))),
    script: undefined,
    now: () => Date.now(),
    sleep: async () => undefined,
    cancellation: options.cancellation ?? neverCancelled()
  }
  return { runtime, seen }
}
