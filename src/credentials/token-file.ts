import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, isAbsolute } from 'node:path'

/** The file later steps read the job's GitHub token from (AZURE_FEDERATED_TOKEN_FILE). */
export const TOKEN_FILE_NAME = 'federated-token'

/**
 * A directory of its own for the token file, readable by the runner's user only (0700), under
 * the runner's temporary directory: never inside the workspace, which is checked out, cached and
 * uploaded by other steps. Falls back to the system's temporary directory when RUNNER_TEMP is
 * unset or lies inside the workspace.
 */
export async function createTokenDirectory(env: NodeJS.ProcessEnv): Promise<string> {
  const runnerTemp = env['RUNNER_TEMP']
  const workspace = env['GITHUB_WORKSPACE']
  const base =
    runnerTemp !== undefined && runnerTemp !== '' && !inside(runnerTemp, workspace)
      ? runnerTemp
      : tmpdir()
  // mkdtemp creates the directory with mode 0700.
  return mkdtemp(join(base, 'cosmos-oidc-'))
}

/**
 * Writes the token so that a reader never sees half a token: to a new file (mode 0600), then
 * renamed over the old one, which is atomic on one file system.
 */
export async function writeTokenFile(path: string, token: string): Promise<void> {
  const next = `${path}.${process.pid}.next`
  await writeFile(next, token, { mode: 0o600 })
  await rename(next, path)
}

/** Removes the token directory and everything in it; nothing happens when it is gone already. */
export async function removeTokenDirectory(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true })
}

function inside(path: string, parent: string | undefined): boolean {
  if (parent === undefined || parent === '') return false
  const between = relative(parent, path)
  return between === '' || (!between.startsWith('..') && !isAbsolute(between))
}
