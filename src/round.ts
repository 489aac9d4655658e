/**
 * Rounds to two decimals, as request charges are shown in outputs, the summary and the smoke
 * log lines (a charge of 5.714285 RU reads as 5.71). Progress lines round to whole RU and
 * latencies to a tenth of a millisecond, where two decimals would only be noise.
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100
}
