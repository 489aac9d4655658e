/**
 * Runs `work` on every item, at most `limit` at a time, starting them in the items' order. After
 * a failure (of the work or of the items themselves) nothing new starts; the work already started
 * finishes, then the first failure is thrown.
 */
export async function forEachLimited<T>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  try {
    for await (const item of items) {
      if (failure !== undefined) break
      const task: Promise<void> = work(item)
        .catch((error: unknown) => {
          failure ??= { error }
        })
        .finally(() => running.delete(task))
      running.add(task)
      if (running.size >= limit) await Promise.race(running)
    }
  } finally {
    await Promise.allSettled(running)
  }
  if (failure !== undefined) throw failure.error
}
