/** Small helpers for the benchmarks: percentiles, timing, tables, and a logger that says nothing. */
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
