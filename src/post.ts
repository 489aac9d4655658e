import { join } from 'node:path'
import {
  REFRESHER_STATE,
  TOKEN_DIRECTORY_STATE,
  TOKEN_FILE_NAME,
  removeTokenDirectory,
  stopRefresher
} from './credentials/index.js'
import { describeError } from './errors.js'
import { LOCK_STATE, type AbandonedLockOutcome } from './migrate/lock-state.js'
import type { Logger } from './runtime.js'

/** What the post step reads: the state the main step kept, and where to log. */
export interface PostRuntime {
  readonly getState: (name: string) => string
  readonly log: Pick<Logger, 'info' | 'warning'>
  /** Frees the migration lock the step's run still holds under this holder id. */
  readonly releaseLock: (holderId: string) => Promise<AbandonedLockOutcome>
}

const LOCK_OUTCOMES: Record<AbandonedLockOutcome, string> = {
  released:
    'Released the migration lock the cancelled run still held, and marked the migration it was running as interrupted: the next run starts at once.',
  'not held': 'The migration lock the run held is gone already.',
  'taken over': 'The migration lock the run held has been taken over by another run; left to it.'
}

/**
 * The post step, run by the runner after the job's steps whatever became of them: releases a
 * migration lock a cancelled run still held, stops the token refresher and removes the token
 * file later steps logged in with. Its own problems are logged, never fail the job.
 */
export async function post(runtime: PostRuntime): Promise<void> {
  await releaseLock(runtime)
  await removeCredentials(runtime)
}

async function releaseLock(runtime: PostRuntime): Promise<void> {
  const holderId = runtime.getState(LOCK_STATE)
  if (holderId === '') return
  try {
    runtime.log.info(LOCK_OUTCOMES[await runtime.releaseLock(holderId)])
  } catch (error) {
    runtime.log.warning(
      `Could not release the migration lock the cancelled run held; it expires after its 'lock-lease': ${describeError(error)}`
    )
  }
}

async function removeCredentials(runtime: PostRuntime): Promise<void> {
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
