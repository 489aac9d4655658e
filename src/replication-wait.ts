/**
 * Waiting for something Azure replicates in its own time: a new federated credential reaching
 * Entra's token service, a new principal reaching Azure Resource Manager. Both take from seconds to
 * a couple of minutes, so the waits start short and settle at 30 s, within a limit.
 */

/** 5, 10, 20 s, then every 30 s. */
const STEPS_MS = [5000, 10_000, 20_000, 30_000] as const

/**
 * How long to wait before attempt `waits + 1`, having waited `waitedMs` of at most `limitMs`; the
 * last wait is cut to the limit. Undefined once the limit is reached.
 */
export function nextReplicationWait(
  waits: number,
  waitedMs: number,
  limitMs: number
): number | undefined {
  const left = limitMs - waitedMs
  if (left <= 0) return undefined
  return Math.min(STEPS_MS[Math.min(waits, STEPS_MS.length - 1)] ?? 30_000, left)
}
