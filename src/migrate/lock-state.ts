// What the step and its post step share about the migration lock; no imports, so that the post
// step's bundle does not carry the migration code for it.

/** The name under which the step keeps the lock's holder id for its post step. */
export const LOCK_STATE = 'migration-lock'

/** What the post step did about a lock its run held when it ended. */
export type AbandonedLockOutcome = 'released' | 'not held' | 'taken over'
