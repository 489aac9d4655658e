/**
 * Rounds to two decimals, as request charges and figures are shown everywhere: in logs,
 * outputs and the summary (a charge of 5.714285 RU reads as 5.71).
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100
}
