import { round2 } from '../round.js'
import type { MigrationOutcome } from '../migrate/index.js'
import { code, table } from './markdown.js'

const ORDER: Record<MigrationOutcome['status'], number> = {
  failed: 0,
  interrupted: 0,
  paused: 0,
  drifted: 1,
  'file missing': 2,
  'would apply': 3,
  'would re-run': 3,
  applied: 4,
  'up to date': 5
}

/** One row per migration, failures first: status, duration, documents and RU. */
export function migrationsSummary(outcomes: readonly MigrationOutcome[], dryRun: boolean): string {
  const rows = [...outcomes]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status])
    .map((outcome) => [
      outcome.version === undefined ? code(outcome.key) : String(outcome.version),
      code(outcome.name),
      outcome.status + (outcome.destructive ? ' ⚠️ destructive' : ''),
      outcome.durationMs > 0 ? `${outcome.durationMs} ms` : '-',
      String(outcome.documentsTouched),
      outcome.requestCharge > 0 ? `${round2(outcome.requestCharge)} RU` : '-',
      outcome.note ?? ''
    ])
  return [
    dryRun ? '### Migrations (dry run: the plan, nothing written)' : '### Migrations',
    '',
    table(['version', 'name', 'status', 'time', 'documents', 'request charge', 'note'], rows),
    ''
  ].join('\n')
}
