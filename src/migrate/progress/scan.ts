import { forEachLimited } from '../../concurrency.js'
import type { ProgressStore, InFlight, ScanProgress } from './store.js'

/** Documents in flight read again at once, when a run resumes. */
const REREADS_IN_FLIGHT = 16

/** One page of a query, with where the next one starts. */
export interface Page<T> {
  readonly documents: readonly T[]
  /** The continuation token after this page; undefined when it is the last. */
  readonly continuation: string | undefined
}

/** What a helper's scan is stopped by, between pages: the run's time budget, for one. */
export interface ScanStop {
  /** Throws when the scan must stop before its next page; `where` says where it stopped. */
  readonly check: (where: () => string) => void
}

/** A helper's pass over the documents a query matches, recorded page by page. */
export interface ResumableScan<T> {
  readonly store: ProgressStore
  readonly record: ScanProgress
  /** The query's pages, from a continuation token (undefined: from the beginning). */
  readonly pages: (continuation: string | undefined) => AsyncIterable<Page<T>>
  /** A document's key and the version it was handed out at. */
  readonly keyOf: (document: T) => InFlight
  /** A document as it is now; undefined when it is gone. */
  readonly reread: (key: InFlight) => Promise<T | undefined>
  /** Runs the helper's work on documents (some at a time); how many it changed. */
  readonly run: (documents: readonly T[]) => Promise<number>
  /** Told after each page, for the log's rate and time left. */
  readonly report: (record: ScanProgress) => void
  readonly stop: ScanStop
}

/**
 * Runs a helper's scan so that it can stop anywhere and resume: before a page's documents are
 * handed out, the record names them (with their versions) and where the next page starts. A run
 * that resumes gives again only the documents of that page still at the version recorded (the
 * others were written before it stopped), then goes on from the next page: it reads nothing
 * already done, and writes no document twice. Returns the documents changed over every run.
 */
export async function resumeScan<T>(scan: ResumableScan<T>): Promise<number> {
  const { store, keyOf } = scan
  let record = scan.record
  if (record.status === 'done') return record.changed
  if (record.inFlight.length > 0) {
    const left = await unwritten(scan, record.inFlight)
    record = await store.save({
      ...record,
      changed: record.changed + (await scan.run(left)),
      inFlight: []
    })
  }
  const pages = scan.pages(record.continuation ?? undefined)[Symbol.asyncIterator]()
  while (!record.exhausted) {
    await stopIfDue(scan, record)
    const next = await pages.next()
    if (next.done === true) break
    const page = next.value
    record = await store.save({
      ...record,
      continuation: page.continuation ?? null,
      exhausted: page.continuation === undefined,
      inFlight: page.documents.map(keyOf),
      seen: record.seen + page.documents.length
    })
    record = { ...record, changed: record.changed + (await scan.run(page.documents)) }
    scan.report(record)
  }
  record = await store.save({ ...record, status: 'done', inFlight: [], exhausted: true })
  return record.changed
}

/** Before a page: when the scan must stop, records that nothing is in flight, then throws. */
async function stopIfDue<T>(scan: ResumableScan<T>, record: ScanProgress): Promise<void> {
  try {
    scan.stop.check(
      () =>
        `${record.helper} on '${record.container}' stopped after ${record.seen} document(s), recorded to continue from there`
    )
  } catch (stopped) {
    await scan.store.save({ ...record, inFlight: [] })
    throw stopped
  }
}

/** The documents in flight when a run stopped that it had not written: still at that version. */
async function unwritten<T>(scan: ResumableScan<T>, inFlight: readonly InFlight[]): Promise<T[]> {
  const left: (T | undefined)[] = []
  await forEachLimited(inFlight.entries(), REREADS_IN_FLIGHT, async ([index, key]) => {
    const current = await scan.reread(key)
    if (current !== undefined && scan.keyOf(current).etag === key.etag) left[index] = current
  })
  return left.filter((document) => document !== undefined)
}
