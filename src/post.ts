import { join } from 'node:path'
import {
  REFRESHER_STATE,
  TOKEN_DIRECTORY_STATE,
  TOKEN_FILE_NAME,
  removeTokenDirectory,
  stopRefresher
} from './credentials/index.js'
import { describeError } from './errors.js'
import type { Logger } from './runtime.js'

/** What the post step reads: the state the main step kept, and where to log. */
export interface PostRuntime {
  readonly getState: (name: string) => string
  readonly log: Pick<Logger, 'info' | 'warning'>
}

/**
 * The post step, run by the runner after the job's steps whatever became of them: stops the
 * token refresher and removes the token file later steps logged in with. Its own problems are
 * logged, never fail the job.
 */
export async function post(runtime: PostRuntime): Promise<void> {
  const directory = runtime.getState(TOKEN_DIRECTORY_STATE)
  if (directory === '') return
  const pid = Number(runtime.getState(REFRESHER_STATE))
  try {
    if (pid > 0 && (await stopRefresher(pid, join(directory, TOKEN_FILE_NAME))))
      runtime.log.info(`Stopped the token refresher (pid ${pid}).`)
  } catch (error) {
    runtime.log.warning(`Could not stop the token refresher (pid ${pid}): ${describeError(error)}`)
  }
  try {
    await removeTokenDirectory(directory)
    runtime.log.info('Removed the token file the later steps of this job logged in with.')
  } catch (error) {
    runtime.log.warning(`Could not remove ${directory}: ${describeError(error)}`)
  }
}
