/**
 * Repeated ids found in fixed memory: the first pass keeps every key in a KeyFilter (a Bloom
 * filter), whose false alarms an exact pass sorts out. The same cases run with the real filter
 * and with filters so small that nearly every document is a false alarm: the outcome (which
 * documents repeat, and both lines) must not depend on the filter.
 */
import { describe, expect, it } from '@jest/globals'
import type { CosmosClient } from '@azure/cosmos'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkSeedFiles } from '../../src/seed/check.js'
import { FILTER_BITS, KeyFilter, keyHash } from '../../src/seed/keys.js'
import type { SeedFile } from '../../src/seed/index.js'
import type { SeedParameters } from '../../src/seed/seed.js'
import type { Logger } from '../../src/runtime.js'

const FILTERS = [FILTER_BITS, 64, 8]

const lines = (...documents: object[]): string =>
  documents.map((document) => JSON.stringify(document)).join('\n')
const ids = (from: number, to: number): object[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: `d-${from + i}` }))

/** Files in a new directory, each seeding the container its entry names. */
async function seedFiles(
  files: ReadonlyArray<readonly [name: string, container: string, text: string]>
): Promise<SeedFile[]> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-repeats-'))
  return Promise.all(
    files.map(async ([name, container, text]) => {
      await writeFile(join(dir, name), text)
      return { path: join(dir, name), container, format: 'ndjson' as const }
    })
  )
}

/** The first pass's outcome: the log's "Checked" lines, or the problems' messages. */
async function check(files: SeedFile[], filterBits: number): Promise<string[]> {
  const logged: string[] = []
  const log = (message: string): void => void logged.push(message)
  const logger: Logger = {
    info: log,
    debug: log,
    notice: log,
    warning: log,
    error: log,
    group: (_name, work) => work()
  }
  // Every container is partitioned by /id: the key is the id.
  const container = () => ({
    read: () => Promise.resolve({ resource: { partitionKey: { paths: ['/id'] } } })
  })
  const parameters = {
    client: { database: () => ({ container }) } as unknown as CosmosClient,
    database: 'shop',
    files,
    log: logger
  } as unknown as SeedParameters
  try {
    await checkSeedFiles(parameters, filterBits)
    return logged.filter((line) => line.startsWith('Checked'))
  } catch (error) {
    const { problems } = error as { problems?: Error[] }
    return (problems ?? [error as Error]).map((problem) =>
      problem.message.replaceAll(`${join(files[0]?.path ?? '', '..')}/`, '')
    )
  }
}

/** How many of `count` distinct keys a filter of `bits` takes for repeats. */
function falseAlarms(bits: number, count: number): number {
  const filter = new KeyFilter(bits)
  let alarms = 0
  for (let i = 0; i < count; i++) if (filter.add(keyHash('c', { id: `k-${i}` }, ['/id']))) alarms++
  return alarms
}

describe('KeyFilter', () => {
  it('says "maybe" for every key added before, and for some others once it is small', () => {
    const keys = Array.from({ length: 200 }, (_, i) => keyHash('c', { id: `k-${i}` }, ['/id']))
    const small = new KeyFilter(64)
    const alarms = keys.filter((key) => small.add(key)).length
    expect(alarms).toBeGreaterThan(0)
    expect(keys.every((key) => small.add(key))).toBe(true)
    const large = new KeyFilter()
    expect(keys.filter((key) => large.add(key))).toEqual([])
    expect(keys.every((key) => large.add(key))).toBe(true)
  })

  it('refuses a size that is not a power of two', () => {
    expect(() => new KeyFilter(1000)).toThrow('1000 bits is not a power of two')
  })

  it('spreads keys as a Bloom filter should: few false alarms at 21 bits a key', () => {
    // Theory for 7 bits set per key in blocks of 512: one or two false alarms in all, most of them
    // near the end. Keys that crowded a few blocks, or the same bits of one, would raise many
    // more (a few bits of the hash for each key's positions raised 40 at 1,000,000 keys in the
    // full filter, where theory says none).
    expect(falseAlarms(2 ** 20, 50_000)).toBeLessThan(20)
  })

  it('raises no false alarm at about 134 bits a key, as theory says', () => {
    // The full filter's density at 1,000,000 keys (theory: one alarm in 60 million keys).
    // The keys and the hash are fixed: so is the count.
    expect(falseAlarms(2 ** 25, 250_000)).toBe(0)
  })

  it('hashes the same key alike, and a key in another container or partition apart', () => {
    const key = keyHash('c', { id: 'a', p: 'x' }, ['/p'])
    expect(keyHash('c', { id: 'a', p: 'x', more: 1 }, ['/p'])).toEqual(key)
    expect(keyHash('d', { id: 'a', p: 'x' }, ['/p']).text).not.toBe(key.text)
    expect(keyHash('c', { id: 'a', p: 'y' }, ['/p']).first).not.toBe(key.first)
  })
})

describe.each(FILTERS)('checkSeedFiles with a filter of %i bits', (bits) => {
  it('reports no repeat among distinct keys, however many false alarms', async () => {
    const files = await seedFiles([
      ['a.ndjson', 'products', lines(...ids(1, 300))],
      ['b.ndjson', 'products', lines(...ids(301, 600))],
      // The same ids in another container are other documents.
      ['c.ndjson', 'orders', lines(...ids(1, 300))]
    ])
    expect(await check(files, bits)).toEqual([
      expect.stringContaining('a.ndjson: 300 document(s)'),
      expect.stringContaining('b.ndjson: 300 document(s)'),
      expect.stringContaining('c.ndjson: 300 document(s)')
    ])
  })

  it('names both lines of a repeat far apart, within a file and across files', async () => {
    const files = await seedFiles([
      ['a.ndjson', 'products', lines(...ids(1, 400), { id: 'd-2', v: 2 }, ...ids(401, 410))],
      ['b.ndjson', 'products', lines(...ids(500, 505), { id: 'd-250' })]
    ])
    expect(await check(files, bits)).toEqual([
      "a.ndjson:401: the document repeats id 'd-2' with the same partition key (first at a.ndjson:2). Nothing was written.",
      "b.ndjson:7: the document repeats id 'd-250' with the same partition key (first at a.ndjson:250). Nothing was written."
    ])
  })

  it("reports a file's first problem, a repeat or another", async () => {
    const files = await seedFiles([
      // A repeat before bad JSON: the repeat.
      ['a.ndjson', 'products', `${lines(...ids(1, 5), { id: 'd-2' })}\n{oops\n`],
      // Bad JSON before a repeat: the bad JSON, and what follows it counts for nothing.
      ['b.ndjson', 'orders', `${lines(...ids(1, 3))}\n{oops\n${lines(...ids(1, 9))}`],
      // Ids past a file's problem were never taken: here they are not repeats.
      ['c.ndjson', 'orders', lines(...ids(4, 9))]
    ])
    expect(await check(files, bits)).toEqual([
      "a.ndjson:6: the document repeats id 'd-2' with the same partition key (first at a.ndjson:2). Nothing was written.",
      expect.stringMatching(/^b\.ndjson:4: the document is not JSON/)
    ])
  })

  it('counts ids up to the first repeat of a file only, as the writes would', async () => {
    const files = await seedFiles([
      ['a.ndjson', 'products', lines(...ids(1, 3), { id: 'd-1' }, ...ids(4, 6))],
      ['b.ndjson', 'products', lines(...ids(4, 6), { id: 'd-3' })]
    ])
    expect(await check(files, bits)).toEqual([
      "a.ndjson:4: the document repeats id 'd-1' with the same partition key (first at a.ndjson:1). Nothing was written.",
      "b.ndjson:4: the document repeats id 'd-3' with the same partition key (first at a.ndjson:3). Nothing was written."
    ])
  })
})
