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
  /**
   * Runs the helper's work on every document (some at a time, none started after a failure of
   * the work or of the documents' source); how many it changed.
   */
  readonly run: (
    documents: AsyncIterable<T> | Iterable<T>,
    each: (document: T) => Promise<boolean>
  ) => Promise<number>
  /** The helper's work on one document: true when it changed it. */
  readonly each: (document: T) => Promise<boolean>
  /** Told as pages are handed out, for the log's rate and time left. */
  readonly report: (record: ScanProgress) => void
  readonly stop: ScanStop
}

/**
 * Runs a helper's scan so that it can stop anywhere and resume. Before a page's documents are
 * handed out, the record names every document handed out and not yet done (with the version each
 * had) and where the next page starts; the work never waits for a page to finish, so recording
 * costs one ledger write a page and nothing else. A run that resumes gives again only the
 * documents named that are still at the version recorded (the others were written before it
 * stopped), then goes on from the next page: it reads nothing already done, and writes no
 * document twice. Returns the documents changed over every run (those written just before a stop
 * are not counted again).
 */
export async function resumeScan<T>(scan: ResumableScan<T>): Promise<number> {
  let record = scan.record
  if (record.status === 'done') return record.changed
  let changed = record.changed
  const count = (done: boolean): void => {
    if (done) changed++
  }
  if (record.inFlight.length > 0) {
    await scan.run(await unwritten(scan, record.inFlight), async (document) => {
      const done = await scan.each(document)
      count(done)
      return done
    })
    record = await scan.store.save({ ...record, changed, inFlight: [] })
  }
  const handout = new Handout(scan, record, () => changed)
  try {
    await scan.run(handout.documents(), async (document) => {
      const done = await scan.each(document)
      count(done)
      handout.finished(document)
      return done
    })
  } catch (failure) {
    // Whatever stopped it, the record names what was not done (nothing, when it was the budget).
    await scan.store.save(handout.current()).catch(() => undefined)
    throw failure
  }
  record = await scan.store.save({
    ...handout.current(),
    status: 'done',
    inFlight: [],
    exhausted: true
  })
  return record.changed
}

/** Hands the query's documents out page by page, each page recorded before its first document. */
class Handout<T> {
  /** Handed out and not finished, by id and partition key. */
  private readonly pending = new Map<string, InFlight>()

  constructor(
    private readonly scan: ResumableScan<T>,
    private record: ScanProgress,
    /** Documents changed so far, over every run. */
    private readonly changed: () => number
  ) {}

  async *documents(): AsyncGenerator<T> {
    const { scan } = this
    if (this.record.exhausted) return
    for await (const page of scan.pages(this.record.continuation ?? undefined)) {
      // The whole page is pending from here: a run that fails before handing all of it out
      // records the rest as in flight, not as done.
      for (const key of page.documents.map(scan.keyOf)) this.pending.set(keyName(key), key)
      this.record = await scan.store.save({
        ...this.record,
        continuation: page.continuation ?? null,
        exhausted: page.continuation === undefined,
        inFlight: [...this.pending.values()],
        seen: this.record.seen + page.documents.length,
        changed: this.changed()
      })
      yield* page.documents
      scan.report(this.record)
      if (page.continuation === undefined) return
      const { helper, container, seen } = this.record
      scan.stop.check(
        () =>
          `${helper} on '${container}' stopped after ${seen} document(s), recorded to continue from there`
      )
    }
  }

  finished(document: T): void {
    this.pending.delete(keyName(this.scan.keyOf(document)))
  }

  /** The record as it stands: what is still pending is in flight. */
  current(): ScanProgress {
    return { ...this.record, inFlight: [...this.pending.values()], changed: this.changed() }
  }
}

const keyName = (key: InFlight): string => JSON.stringify([key.id, key.partitionKey])

/** The documents in flight when a run stopped that it had not written: still at that version. */
async function unwritten<T>(scan: ResumableScan<T>, inFlight: readonly InFlight[]): Promise<T[]> {
  const left: (T | undefined)[] = []
  await forEachLimited(inFlight.entries(), REREADS_IN_FLIGHT, async ([index, key]) => {
    const current = await scan.reread(key)
    if (current !== undefined && scan.keyOf(current).etag === key.etag) left[index] = current
  })
  return left.filter((document) => document !== undefined)
}
