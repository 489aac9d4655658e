import type { ScanProgress } from './store.js'

/** Progress lines come at most this often, and at a scan's last page. */
const EVERY_MS = 5000

/**
 * A helper's progress for the log: documents so far against the total it counted first, the
 * rate of this run and the time left at that rate.
 */
export function progressReporter(
  log: (message: string) => void,
  now: () => number = () => performance.now()
): (record: ScanProgress) => void {
  const started = now()
  /** Documents the call had seen when this run started: the rate is this run's. */
  let seenAtStart: number | undefined
  let lastAt = started
  return (record) => {
    seenAtStart ??= record.seen
    const at = now()
    if (at - lastAt < EVERY_MS && !record.exhausted) return
    lastAt = at
    log(progressLine(record, (record.seen - seenAtStart) / Math.max(0.001, (at - started) / 1000)))
  }
}

/** `patchWhere on 'orders': 12,000 of 20,000 (60%), 1,234/s, about 7 s left.` */
function progressLine(record: ScanProgress, perSecond: number): string {
  const count = (n: number): string => n.toLocaleString('en-US')
  const { helper, container, seen, total } = record
  const of =
    total !== null && total > 0
      ? ` of ${count(total)} (${Math.min(100, Math.floor((seen / total) * 100))}%)`
      : ''
  const left =
    total !== null && total > seen && perSecond > 0
      ? `, about ${duration((total - seen) / perSecond)} left`
      : ''
  return `${helper} on '${container}': ${count(seen)}${of}, ${count(Math.round(perSecond))}/s${left}.`
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`
  return `${(seconds / 3600).toFixed(1)} h`
}
