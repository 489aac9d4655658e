import { ActionError } from '../errors.js'
import {
  describeHolder,
  Lease,
  type LeaseDocument,
  type LeaseName,
  type LeaseParameters,
  type LeaseWatch
} from './lease.js'

export interface LockParameters extends LeaseParameters {
  /** How long to wait for a lock someone else holds. */
  readonly timeoutMs: number
  readonly sleep: (ms: number) => Promise<void>
  /** How often to look again while waiting. */
  readonly pollMs?: number
  /** Throws when the job is cancelled: checked before each look while waiting. */
  readonly throwIfCancelled?: () => void
}

/** The lock's lease document, `lock` in the ledger container. */
export const LOCK: LeaseName = { id: 'lock', type: 'lock', what: 'the migration lock' }

/**
 * The migration lock: one lease (lease.ts) in the ledger container that every run of the
 * migrations takes before it plans and applies them, waiting up to its timeout while another run
 * holds it.
 */
export const MigrationLock = {
  /** Takes the lock, waiting up to the timeout while someone else holds it. */
  async acquire(parameters: LockParameters): Promise<Lease> {
    const { now, log } = parameters
    const deadline = now() + parameters.timeoutMs
    const watch: LeaseWatch = {}
    let lastSeen = ''
    for (;;) {
      parameters.throwIfCancelled?.()
      const attempt = await Lease.attempt(parameters, LOCK, watch)
      if ('taken' in attempt) return attempt.taken
      const held: LeaseDocument = 'held' in attempt ? attempt.held : attempt.done
      const seen = `${describeHolder(held)} since ${held.acquiredAt}`
      if (now() >= deadline) {
        throw new ActionError(
          `The migration lock is held by ${seen} (last renewed ${held.renewedAt}). Waited ${Math.round(parameters.timeoutMs / 1000)} s ('lock-timeout'): let that run finish, or raise 'lock-timeout'.`
        )
      }
      if (seen !== lastSeen)
        log(`Waiting for the migration lock, held by ${seen} (last renewed ${held.renewedAt}).`)
      lastSeen = seen
      await parameters.sleep(Math.min(parameters.pollMs ?? 1000, Math.max(0, deadline - now())))
    }
  }
}

/** A holding of the migration lock. */
export type MigrationLock = Lease
