import { round2 } from '../round.js'
import type { SeedResult } from '../seed/index.js'
import { code, table } from './markdown.js'

/** One row per seeded container. */
export function seedSummary(result: SeedResult, dryRun: boolean): string {
  const rows = Object.entries(result.counts).map(([container, counts]) => [
    code(container),
    String(counts.created),
    String(counts.updated),
    String(counts.unchanged)
  ])
  return [
    dryRun ? '### Seeding (dry run: nothing written)' : '### Seeding',
    '',
    table(['container', 'created', 'updated', 'unchanged'], rows),
    '',
    `Request charge: ${round2(result.requestCharge)} RU`,
    ''
  ].join('\n')
}
