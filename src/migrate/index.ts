/** Migrations: versioned and repeatable, checksummed, run once under a lease lock. */
export { prepareMigrations, type PreparedMigration } from './prepare.js'
export { runMigrations, type MigrationOutcome, type MigrationRunResult } from './run.js'
export { MigrationRunError } from './errors.js'
export type { RunBy } from './ledger.js'
export { Ledger } from './ledger.js'
export { releaseAbandonedLock } from './abandoned.js'
export { LOCK_STATE, type AbandonedLockOutcome } from './lock-state.js'
