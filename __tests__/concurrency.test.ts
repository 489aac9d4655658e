/** The one bounded-concurrency loop that seeding and the migration helpers share. */
import { describe, expect, it } from '@jest/globals'
import { forEachLimited } from '../src/concurrency.js'

const tick = (ms = 1): Promise<void> => new Promise((done) => setTimeout(done, ms))

describe('forEachLimited', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0
    let most = 0
    const seen: number[] = []
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++
      most = Math.max(most, running)
      await tick(item % 3)
      seen.push(item)
      running--
    })
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })

  it('starts nothing after a failure, lets the started work finish, then throws the first failure', async () => {
    const started: number[] = []
    const finished: number[] = []
    const work = async (item: number): Promise<void> => {
      started.push(item)
      if (item === 2) throw new Error('two failed')
      await tick(5)
      finished.push(item)
    }
    await expect(forEachLimited([1, 2, 3, 4, 5, 6], 2, work)).rejects.toThrow('two failed')
    // Item 2 fails while 1 runs: 3 would have started next.
    expect(started).toEqual([1, 2])
    expect(finished).toEqual([1])
  })

  it('when the items fail, waits for the work started before throwing their failure', async () => {
    const finished: number[] = []
    async function* items(): AsyncGenerator<number> {
      yield 1
      yield 2
      throw new Error('the query failed')
    }
    await expect(
      forEachLimited(items(), 4, async (item) => {
        await tick(5)
        finished.push(item)
      })
    ).rejects.toThrow('the query failed')
    expect(finished.sort()).toEqual([1, 2])
  })
})
