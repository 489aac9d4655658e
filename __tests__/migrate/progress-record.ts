import type { ScanProgress } from '../../src/migrate/progress/store.js'

/** A helper call's progress record as a new call starts it, with what a test sets. */
export function progressRecord(fields: Partial<ScanProgress> = {}): ScanProgress {
  return {
    id: 'progress-1',
    type: 'progress',
    migration: '1',
    checksum: 'c',
    call: 1,
    helper: 'patchWhere',
    container: 'items',
    fingerprint: 'f',
    status: 'running',
    continuation: null,
    exhausted: false,
    inFlight: [],
    seen: 0,
    changed: 0,
    total: null,
    startedAt: '',
    updatedAt: '',
    ...fields
  }
}
