import { round2 } from '../round.js'
import type { Logger } from '../runtime.js'
import type { CheckResult, SmokeResult } from './run.js'

/** One log line per check, its unmet expectations and why it could not run below it. */
export function logResult(result: CheckResult, log: Logger): void {
  const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '-' : '✗'
  const figures = result.latency
    ? `, p50 ${result.latency.p50Ms} ms, p95 ${result.latency.p95Ms} ms, max ${result.latency.maxMs} ms`
    : ''
  // Only a kind that writes is skipped, by a dry run.
  const skipped = result.status === 'skipped' ? ` (dry run: a ${result.kind} writes)` : ''
  log.info(
    `${mark} ${result.name} (${result.kind} on ${result.container}): ${result.status}${skipped}, ${result.durationMs} ms, ${round2(result.requestCharge)} RU${figures}`
  )
  for (const expectation of result.expectations.filter((expectation) => !expectation.met))
    log.info(`    ${unmet(expectation)}`)
  if (result.error !== undefined) log.info(`    could not run: ${result.error}`)
}

function unmet(expectation: CheckResult['expectations'][number]): string {
  return `${expectation.what}: expected ${expectation.expected}, actual ${expectation.actual}`
}

/** The failure message when checks failed: each failed check with expected against actual. */
export function smokeFailure(result: SmokeResult): string {
  const failed = result.checks.filter((check) => check.status === 'failed')
  const lines = failed.map((check) => {
    const reasons =
      check.error !== undefined
        ? [`could not run: ${check.error}`]
        : check.expectations.filter((expectation) => !expectation.met).map(unmet)
    return `  - '${check.name}' (${check.file}:${check.line}): ${reasons.join('; ')}`
  })
  return `${failed.length} of ${result.checks.length} smoke checks failed:\n${lines.join('\n')}`
}
