import type { SeedDocument } from './document.js'

/**
 * How far a seed got through each file of a container, kept in the ledger container while it
 * runs (with seed-record) as `seed-progress-<container>`: the first `written` documents of a file
 * whose bytes hash to `bytes` are written. A seed that stopped (killed, cancelled, out of time)
 * leaves it; the next seed of the same bytes writes, and reads from the container, only what
 * comes after. The seed's record replaces it once the container is seeded.
 */
export interface SeedProgressRecord {
  readonly id: string
  readonly type: 'seed-progress'
  readonly container: string
  readonly files: readonly FileProgress[]
  readonly updatedAt: string
}

export interface FileProgress {
  readonly path: string
  /** The file's bytes hash (fingerprint.ts, bytesHash): another file starts from its beginning. */
  readonly bytes: string
  readonly written: number
}

/** Where a seed's progress is kept: the seed records (record.ts). */
export interface ProgressKeeper {
  read(container: string): Promise<SeedProgressRecord | undefined>
  write(record: SeedProgressRecord): Promise<void>
  clear(container: string): Promise<void>
}

/** Progress records are written at most this often while batches complete. */
const SAVE_EVERY_MS = 1000

/** One container's progress through its files, as this seed makes it. */
export class ContainerProgress {
  private readonly files: Map<string, FileProgress>
  private savedAt = -Infinity
  private dirty = false

  private constructor(
    private readonly keeper: ProgressKeeper,
    private readonly container: string,
    earlier: SeedProgressRecord | undefined,
    private readonly now: () => number
  ) {
    this.files = new Map((earlier?.files ?? []).map((file) => [file.path, file]))
  }

  static async open(
    keeper: ProgressKeeper,
    container: string,
    now: () => number
  ): Promise<ContainerProgress> {
    return new ContainerProgress(keeper, container, await keeper.read(container), now)
  }

  /** Documents of the file an earlier seed wrote: 0 unless its bytes are as they were. */
  written(path: string, bytes: string): number {
    const earlier = this.files.get(path)
    return earlier?.bytes === bytes ? earlier.written : 0
  }

  /** The file's first `written` documents are written; saved now when `force`, else now and then. */
  async advance(file: FileProgress, force = false): Promise<void> {
    this.files.set(file.path, file)
    this.dirty = true
    if (force || this.now() - this.savedAt >= SAVE_EVERY_MS) await this.save()
  }

  private async save(): Promise<void> {
    this.savedAt = this.now()
    this.dirty = false
    await this.keeper.write({
      id: progressId(this.container),
      type: 'seed-progress',
      container: this.container,
      files: [...this.files.values()],
      updatedAt: new Date(Date.now()).toISOString()
    })
  }

  /** Writes what advanced since the last save: a seed that stops leaves where it stood. */
  async flush(): Promise<void> {
    if (this.dirty) await this.save()
  }

  /** The container is seeded: its progress has nothing left to resume. */
  clear(): Promise<void> {
    return this.keeper.clear(this.container)
  }
}

export function progressId(container: string): string {
  return `seed-progress-${container}`
}

/**
 * The batches of a file done so far, which finish in any order: the file's documents are written
 * up to the end of the last batch of an unbroken run from the first.
 */
export class Watermark {
  private readonly ends = new Map<number, number>()
  private next = 0
  private mark: number

  constructor(start: number) {
    this.mark = start
  }

  /** Batch `index` is done, ending after document `end`; the new mark when it moved. */
  done(index: number, end: number): number | undefined {
    this.ends.set(index, end)
    const before = this.mark
    for (let at = this.ends.get(this.next); at !== undefined; at = this.ends.get(this.next)) {
      this.ends.delete(this.next++)
      this.mark = at
    }
    return this.mark === before ? undefined : this.mark
  }
}

/**
 * The file's documents, counting those taken: when a batch is handed on, `taken()` is where the
 * file stands, the end of that batch (the generators between are lazy and take no further).
 */
export function counted(documents: AsyncIterable<SeedDocument>): {
  documents: AsyncGenerator<SeedDocument>
  taken: () => number
} {
  let taken = 0
  async function* each(): AsyncGenerator<SeedDocument> {
    for await (const document of documents) {
      taken++
      yield document
    }
  }
  return { documents: each(), taken: () => taken }
}
