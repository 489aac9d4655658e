/**
 * A helper's progress in words (src/migrate/progress/report.ts): against the total counted first,
 * at this run's rate (not counting what an earlier run did), with the time left at that rate; a
 * log line at most every 5 s and at the last page.
 */
import { describe, expect, it } from '@jest/globals'
import { progressReporter } from '../../src/migrate/progress/index.js'
import type { ScanProgress } from '../../src/migrate/progress/store.js'
import { progressRecord } from './progress-record.js'

const record = (seen: number, total: number | null, exhausted = false): ScanProgress =>
  progressRecord({ container: 'orders', seen, total, exhausted })

describe('progress of a helper', () => {
  it("says the share done, this run's rate and the time left", () => {
    let clock = 0
    const reporter = progressReporter(
      () => undefined,
      10_000,
      () => clock
    )
    clock = 2_000
    // 2,000 in 2 s this run (10,000 were done by an earlier one): 1,000/s, 8 s for the rest.
    expect(reporter.phrase(record(12_000, 20_000))).toBe(
      '12,000 of 20,000 (60%), 1,000/s, about 8 s left'
    )
    clock = 62_000
    expect(reporter.phrase(record(12_060, 2_000_000))).toBe(
      '12,060 of 2,000,000 (0%), 33/s, about 16.6 h left'
    )
    expect(reporter.phrase(record(15_000, null))).toBe('15,000, 81/s')
  })

  it('logs every 5 s at most, and at the last page', () => {
    let clock = 0
    const lines: string[] = []
    const report = progressReporter(
      (line) => lines.push(line),
      0,
      () => clock
    )
    clock = 1_000
    report(record(500, 2_000))
    clock = 5_000
    report(record(2_000 - 500, 2_000))
    clock = 6_000
    report(record(2_000, 2_000, true))
    expect(lines).toEqual([
      "patchWhere on 'orders': 1,500 of 2,000 (75%), 300/s, about 2 s left.",
      "patchWhere on 'orders': 2,000 of 2,000 (100%), 333/s."
    ])
  })
})
