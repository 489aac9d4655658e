import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * What `npm run cloud` leaves for `npm run action` and for a shell: the running cloud's job
 * (OIDC variables, the action's inputs, the test CA) in `.demo/cloud.json`, and the files a
 * runner gives a step (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …) under `.demo/runner/`. `.demo/` is
 * git-ignored; LOCAL_CLOUD_DIR puts it elsewhere (the tests do, to leave a running cloud alone).
 */

/** The running local cloud, as another process needs it to run the action against it. */
export interface CloudSession {
  readonly pid: number
  /** The action's inputs for the cloud's repository (client-id, endpoint, database, …). */
  readonly inputs: Readonly<Record<string, string>>
  /** The job's variables: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. */
  readonly env: Readonly<Record<string, string>>
  readonly caFile: string
}

/** The directory of the session file and the runner's files. */
export function sessionDirectory(
  root: string,
  env: Readonly<Record<string, string | undefined>>
): string {
  return resolve(env['LOCAL_CLOUD_DIR'] ?? join(root, '.demo'))
}

/** Writes the session, readable by this user only (it holds the job's request token). */
export function writeSession(directory: string, session: CloudSession): void {
  mkdirSync(directory, { recursive: true })
  writeFileSync(join(directory, 'cloud.json'), JSON.stringify(session, null, 2), { mode: 0o600 })
}

/** The session of a cloud still running, or undefined (none started, or its process is gone). */
export function readSession(directory: string): CloudSession | undefined {
  const file = join(directory, 'cloud.json')
  if (!existsSync(file)) return undefined
  const session = JSON.parse(readFileSync(file, 'utf8')) as CloudSession
  try {
    process.kill(session.pid, 0)
    return session
  } catch {
    return undefined
  }
}

/** Removes the session when its cloud stops. */
export function removeSession(directory: string): void {
  rmSync(join(directory, 'cloud.json'), { force: true })
}

/**
 * Creates the files a runner gives a step, empty (@actions/core refuses a file that does not
 * exist), and returns the variables that point at them.
 */
export function runnerFiles(directory: string): Record<string, string> {
  const runner = join(directory, 'runner')
  mkdirSync(join(runner, 'temp'), { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_STATE: join(runner, 'state')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  return { ...files, RUNNER_TEMP: join(runner, 'temp'), GITHUB_ACTIONS: 'true' }
}

/**
 * A shell command that runs the action as a runner would: this Node (24, not whatever `node`
 * comes first on PATH), the runner's files, the job's variables and the inputs as INPUT_*.
 * `env` rather than `export`: INPUT_CLIENT-ID is not a shell identifier.
 */
export function runnerCommand(options: {
  readonly node: string
  readonly script: string
  readonly env: Readonly<Record<string, string>>
}): string {
  const assignments = Object.entries(options.env).map(
    ([name, value]) => `  ${quote(`${name}=${value}`)} \\`
  )
  return ['env \\', ...assignments, `  ${quote(options.node)} ${quote(options.script)}`].join('\n')
}

/** Single-quotes a word for a POSIX shell. */
function quote(word: string): string {
  return /^[\w./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
