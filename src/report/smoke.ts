import type { SmokeResult } from '../smoke/index.js'
import { round2 } from '../round.js'
import { code, table } from './markdown.js'

const ORDER = { failed: 0, skipped: 1, passed: 2 } as const
const MARK = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped (dry run)' } as const

/**
 * One row per check, failures first, then one row per expectation of each failed check with
 * what was expected against what was found.
 */
export function smokeSummary(result: SmokeResult): string {
  const checks = [...result.checks].sort((a, b) => ORDER[a.status] - ORDER[b.status])
  const rows = checks.map((check) => [
    check.name,
    check.kind,
    code(check.container),
    MARK[check.status],
    check.latency
      ? `p50 ${check.latency.p50Ms} ms, p95 ${check.latency.p95Ms} ms, max ${check.latency.maxMs} ms (${check.latency.samples} samples)`
      : '-',
    `${check.durationMs} ms`,
    `${round2(check.requestCharge)} RU`
  ])
  const failures = checks
    .filter((check) => check.status === 'failed')
    .flatMap((check) =>
      check.error !== undefined
        ? [
            [
              check.name,
              code(`${check.file}:${check.line}`),
              'runs',
              '-',
              `could not run: ${check.error}`
            ]
          ]
        : check.expectations
            .filter((expectation) => !expectation.met)
            .map((expectation) => [
              check.name,
              code(`${check.file}:${check.line}`),
              expectation.what,
              expectation.expected,
              expectation.actual
            ])
    )
  const passed = result.checks.filter((check) => check.status === 'passed').length
  return [
    '### Smoke checks',
    '',
    `${passed} of ${result.checks.length} checks passed.`,
    '',
    ...(failures.length > 0
      ? [table(['failed check', 'where', 'expectation', 'expected', 'actual'], failures), '']
      : []),
    table(['check', 'kind', 'container', 'status', 'latency', 'time', 'request charge'], rows),
    ''
  ].join('\n')
}
