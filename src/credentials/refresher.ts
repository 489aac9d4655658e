import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { refreshTokenFile, type RefreshEnd } from './refresh-loop.js'

/** The variable that makes the bundled action run as the refresher instead of as a step. */
export const REFRESHER_MODE = 'COSMOS_OIDC_REFRESHER_FILE'

/** The longest a job runs: 6 hours on GitHub-hosted runners, 5 days on self-hosted ones. */
const LONGEST_JOB_MS = { 'github-hosted': 6 * 3600_000, 'self-hosted': 5 * 24 * 3600_000 }

/**
 * Starts the refresher: this same file, in a process of its own, detached from the step (it
 * outlives it, and holds none of its output open), with only what it needs in its environment.
 * Returns its pid, for the post step to stop it.
 */
export function startRefresher(parameters: {
  readonly script: string
  readonly file: string
  readonly audience: string
  readonly env: NodeJS.ProcessEnv
}): number | undefined {
  const { env } = parameters
  const child = spawn(process.execPath, [parameters.script], {
    detached: true,
    stdio: 'ignore',
    env: {
      PATH: env['PATH'] ?? '',
      ...(env['NODE_EXTRA_CA_CERTS'] ? { NODE_EXTRA_CA_CERTS: env['NODE_EXTRA_CA_CERTS'] } : {}),
      ACTIONS_ID_TOKEN_REQUEST_URL: env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ?? '',
      RUNNER_ENVIRONMENT: env['RUNNER_ENVIRONMENT'] ?? '',
      // The runner ends every process of the job that carries its tracking id when the job is
      // complete ("Cleaning up orphan processes", after the post steps): a backstop for a
      // refresher its post step could not stop.
      ...(env['RUNNER_TRACKING_ID'] ? { RUNNER_TRACKING_ID: env['RUNNER_TRACKING_ID'] } : {}),
      COSMOS_OIDC_AUDIENCE: parameters.audience,
      [REFRESHER_MODE]: parameters.file
    }
  })
  child.unref()
  return child.pid
}

/** The refresher's own entry point (index.ts): refreshes until it has reason to stop. */
export async function runRefresher(env: NodeJS.ProcessEnv): Promise<RefreshEnd> {
  const hosted = env['RUNNER_ENVIRONMENT'] === 'self-hosted' ? 'self-hosted' : 'github-hosted'
  return refreshTokenFile({
    file: env[REFRESHER_MODE] ?? '',
    audience: env['COSMOS_OIDC_AUDIENCE'] ?? '',
    requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '',
    requestToken: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ?? '',
    deadline: Date.now() + LONGEST_JOB_MS[hosted],
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    fetch
  })
}

/**
 * Stops the refresher of `file` if it still runs. Only a process whose environment names that
 * file is signalled (where /proc shows it), so a pid reused by another process is left alone;
 * elsewhere the refresher stops by itself within a minute of its file's removal.
 */
export async function stopRefresher(pid: number, file: string): Promise<boolean> {
  const environment = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '')
  if (!environment.split('\0').includes(`${REFRESHER_MODE}=${file}`)) return false
  process.kill(pid, 'SIGTERM')
  return true
}
