import type { ScanProgress } from './store.js'

/** Progress lines come at most this often, and at a scan's last page. */
const EVERY_MS = 5000

/** Tells a helper's progress to the log as pages are handed out; `phrase` says it in words. */
export interface ProgressReporter {
  (record: ScanProgress): void
  /** `12,000 of 20,000 (60%), 1,234/s, about 7 s left`, at this run's rate so far. */
  readonly phrase: (record: ScanProgress) => string
}

/**
 * A helper's progress for the log: documents so far against the total it counted first, the
 * rate of this run and the time left at that rate.
 */
export function progressReporter(
  log: (message: string) => void,
  /** Documents the call had seen when this run started: the rate is this run's. */
  seenAtStart: number,
  now: () => number = () => performance.now()
): ProgressReporter {
  const started = now()
  let lastAt = started
  const phrase = (record: ScanProgress): string => {
    const seconds = Math.max(0.001, (now() - started) / 1000)
    return progressPhrase(record, (record.seen - seenAtStart) / seconds)
  }
  const report = (record: ScanProgress): void => {
    const at = now()
    if (at - lastAt < EVERY_MS && !record.exhausted) return
    lastAt = at
    log(`${record.helper} on '${record.container}': ${phrase(record)}.`)
  }
  return Object.assign(report, { phrase })
}

/** `12,000 of 20,000 (60%), 1,234/s, about 7 s left` (`patchWhere on 'orders': ` before it). */
function progressPhrase(record: ScanProgress, perSecond: number): string {
  const count = (n: number): string => n.toLocaleString('en-US')
  const { seen, total } = record
  const of =
    total !== null && total > 0
      ? ` of ${count(total)} (${Math.min(100, Math.floor((seen / total) * 100))}%)`
      : ''
  const left =
    total !== null && total > seen && perSecond > 0
      ? `, about ${duration((total - seen) / perSecond)} left`
      : ''
  return `${count(seen)}${of}, ${count(Math.round(perSecond))}/s${left}`
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`
  return `${(seconds / 3600).toFixed(1)} h`
}
