import type { TokenCredential } from '@azure/identity'
import { relative } from 'node:path'
import { INPUT_NAMES } from '../inputs/index.js'
import { run } from '../main.js'
import { neverCancelled } from '../cancellation/index.js'
import type { Runtime } from '../runtime.js'
import type { Environment, Flags } from './options.js'
import { adminCredential, type Console } from './setup.js'

/**
 * The action's inputs `run` takes, as flags of the same names: all but the identity and the
 * token's audience, which a developer's own sign-in replaces (tenant-id is a sign-in flag).
 */
export const RUN_INPUTS = INPUT_NAMES.filter(
  (name) =>
    ![
      'client-id',
      'tenant-id',
      'audience',
      'on-missing-oidc',
      'propagation-wait',
      'export-credentials'
    ].includes(name)
)

/**
 * A runtime for a developer's terminal: log lines on standard error with every secret masked,
 * outputs and annotations there too, the job summary's Markdown on standard output.
 */
export function terminalRuntime(
  flags: Flags,
  console: Console
): Runtime & { exitCode: () => number } {
  const secrets: string[] = []
  const mask = (text: string): string =>
    secrets.reduce((masked, secret) => masked.replaceAll(secret, '***'), text)
  const say = (text: string): void => console.err(mask(text))
  let exitCode = 0
  const where = (location?: { file: string; line: number }): string =>
    location ? `${relative(process.cwd(), location.file)}:${location.line}: ` : ''
  return {
    getInput: (name) => {
      const value = flags[name]
      return value === true ? 'true' : typeof value === 'string' ? value : ''
    },
    env: process.env,
    log: {
      info: say,
      debug: (text) => {
        if (flags['verbose'] === true) say(text)
      },
      notice: (text) => say(`notice: ${text}`),
      warning: (text) => say(`warning: ${text}`),
      error: (text, location) => say(`error: ${where(location)}${text}`),
      group: async (name, work) => {
        say(`▸ ${name}`)
        return work()
      }
    },
    setOutput: (name, value) => say(`output ${name}=${value}`),
    // A terminal has no later steps and no post step.
    exportVariable: () => undefined,
    saveState: () => undefined,
    setSecret: (value) => {
      if (value !== '') secrets.push(value)
    },
    writeSummary: async (markdown) => console.out(mask(markdown)),
    fail: (message, location) => {
      exitCode = 1
      say(`error: ${where(location)}${message}`)
    },
    getIDToken: () =>
      Promise.reject(new Error('run uses your own Azure sign-in, not a GitHub token')),
    script: undefined,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    // Ctrl-C ends the process at once; a lock it held expires after its lease.
    cancellation: neverCancelled(),
    exitCode: () => exitCode
  }
}

/**
 * `run`: the action's steps from a developer machine, with the developer's own Azure sign-in:
 * the same inputs (as flags), files, role check, migrations, seeding and smoke checks.
 */
export async function runCommand(
  flags: Flags,
  console: Console,
  env: Environment,
  credential: () => TokenCredential = () => adminCredential(flags, env)
): Promise<number> {
  const runtime = terminalRuntime(flags, console)
  await run(runtime, { developerCredential: credential() })
  return runtime.exitCode()
}
