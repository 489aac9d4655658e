import type { SeedFile } from './seed-file.js'

/** Per container: documents created, replaced, and left as they were (or, inserting, existing). */
export interface SeedCounts {
  created: number
  updated: number
  unchanged: number
}

/** The line that closes a file's seeding, with its container's counts so far. */
export function seededLine(
  file: SeedFile,
  count: SeedCounts,
  mode: 'upsert' | 'insert',
  dryRun: boolean
): string {
  return `${dryRun ? 'Dry run: would seed' : 'Seeded'} '${file.container}' from ${file.path}: ${count.created} created, ${count.updated} updated, ${count.unchanged} ${mode === 'insert' ? 'existing' : 'unchanged'}.`
}
