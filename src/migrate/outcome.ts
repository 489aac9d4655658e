import type { PreparedMigration } from './prepare.js'

/** What happened, or would happen, to one migration. */
export interface MigrationOutcome {
  readonly key: string
  readonly version: number | undefined
  readonly name: string
  readonly file: string
  readonly status:
    | 'applied'
    | 'failed'
    | 'interrupted'
    | 'paused'
    | 'up to date'
    | 'would apply'
    | 'would re-run'
    | 'drifted'
    | 'file missing'
  readonly destructive: boolean
  readonly durationMs: number
  readonly documentsTouched: number
  readonly requestCharge: number
  readonly note: string | undefined
}

/** What an outcome says of its migration before anything has run: nothing done yet. */
export function untouched(migration: PreparedMigration): Omit<MigrationOutcome, 'status' | 'note'> {
  return {
    key: migration.key,
    version: migration.file.version,
    name: migration.file.description,
    file: migration.file.path,
    destructive: migration.destructive,
    durationMs: 0,
    documentsTouched: 0,
    requestCharge: 0
  }
}
