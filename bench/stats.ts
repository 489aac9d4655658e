/** Small helpers for the benchmarks: percentiles, timing, tables, and a logger that says nothing. */
import { appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../src/runtime.js'

/** A logger for the action's code under measurement: output would cost time and noise. */
export const quiet: Logger = {
  info() {},
  debug() {},
  notice() {},
  warning() {},
  error() {},
  group: (_name, work) => work()
}

/** The q-quantile (0..1) of samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

/** Milliseconds `work` takes. */
export async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await work()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Prints rows as an aligned text table. */
export function printTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>
): void {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

/** One row of the combined table that `npm run bench` prints at the end (bench/report.ts). */
export interface ReportRow {
  /** Which script measured it: rows print in the order the scripts ran. */
  bench: string
  measure: string
  unit: 'ms' | 'docs/s' | 'MiB' | 's'
  raw: number
  ours: number
  /** Whether a lower or a higher number is the better one (for the ratio ours/raw too). */
  better: 'lower' | 'higher'
  /** What the raw SDK baseline is, in a few words. */
  baseline: string
  /** The goal this row is held to, in a few words (e.g. `ours/raw <= 1.10`). */
  goal?: string
}

/**
 * Where the scripts leave their rows for bench/report.ts: BENCH_RESULTS, or one file in the
 * temporary directory that `tsx bench/report.ts start` empties at the start of a run.
 */
export function resultsFile(): string {
  return process.env['BENCH_RESULTS'] ?? join(tmpdir(), 'cosmos-oidc-action-bench.jsonl')
}

/** Adds rows measured in this run (our path and its raw baseline, both measured here). */
export function recordRows(rows: readonly ReportRow[]): void {
  for (const row of rows) {
    if (!Number.isFinite(row.raw) || !Number.isFinite(row.ours))
      throw new Error(`bench: ${row.measure} has no figure`)
  }
  appendFileSync(resultsFile(), rows.map((row) => `${JSON.stringify({ row })}\n`).join(''))
}
