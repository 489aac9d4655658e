/**
 * Re-seeding with records (memory.ts): against the local cloud, whose gateway answers the change
 * feed as Cosmos DB does, with the real SDK. Requests are counted from the gateway's log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosClient } from '@azure/cosmos'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { jobCredential } from '../../testkit/clients.js'
import { setUpRepository } from '../../testkit/scenario.js'
import { seedContainers, type SeedFile } from '../../src/seed/index.js'
import { BATCH } from '../../src/seed/batches.js'
import type { Logger } from '../../src/runtime.js'
import { OutOfTime } from '../../src/time-budget.js'

trustTestCaInProcess()

const DOCUMENTS = 2000
let cloud: LocalCloud
let client: CosmosClient
let count = 0
const lines: string[] = []
const log: Logger = {
  info: (line) => void lines.push(line),
  debug: () => undefined,
  notice: (line) => void lines.push(line),
  warning: (line) => void lines.push(line),
  error: (line) => void lines.push(line),
  group: (_name, work) => work()
}

beforeAll(async () => {
  cloud = await startLocalCloud()
  const setup = await setUpRepository(cloud, { repository: 'octo-org/reseed', role: 'contributor' })
  client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup)
  })
  await cloud.cosmos.createDatabase('appdb')
  await cloud.cosmos.createContainer('appdb', {
    id: 'migrations',
    partitionKey: { paths: ['/id'] }
  })
})
afterAll(async () => {
  client.dispose()
  await cloud.close()
})

function documents(change: (i: number) => Record<string, unknown> = () => ({})) {
  return Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `d${i}`,
    pk: `p${i % 7}`,
    n: i,
    ...change(i)
  }))
}

async function scenario(): Promise<{ container: string; file: SeedFile; dir: string }> {
  const container = `items${++count}`
  await cloud.cosmos.createContainer('appdb', { id: container, partitionKey: { paths: ['/pk'] } })
  const dir = await mkdtemp(join(tmpdir(), 'reseed-'))
  const file: SeedFile = { path: join(dir, `${container}.ndjson`), container, format: 'ndjson' }
  await writeLines(file, documents())
  return { container, file, dir }
}

async function writeLines(file: SeedFile, docs: Record<string, unknown>[]): Promise<void> {
  await writeFile(file.path, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
}

/** Seeds and returns the counts and the gateway requests it made (writes among them). */
async function seed(
  file: SeedFile,
  options: { dryRun?: boolean; ledger?: string | undefined; stop?: { check: () => void } } = {}
) {
  const before = cloud.cosmos.requests().length
  lines.length = 0
  const result = await seedContainers({
    client,
    database: 'appdb',
    files: [file],
    mode: 'upsert',
    ruPerSecond: 0,
    dryRun: options.dryRun ?? false,
    log,
    sleep: async () => undefined,
    errorContext: {
      endpoint: cloud.cosmos.endpoint,
      database: 'appdb',
      accountName: cloud.cosmos.accountName,
      resourceGroup: undefined,
      principalId: undefined
    },
    ledgerContainer: 'ledger' in options ? options.ledger : 'migrations',
    runBy: 'octo-org/reseed run 7',
    stop: options.stop
  })
  const requests = cloud.cosmos.requests().slice(before)
  const writes = requests.filter(
    (r) =>
      r.method !== 'GET' &&
      r.path.includes(`/colls/${file.container}/docs`) &&
      r.action !== undefined &&
      !r.actions.some((a) => a.endsWith('/executeQuery'))
  )
  // Reads of documents: lookups by id (a full compare reads every document this way) and the feed.
  const lookups = requests.filter(
    (r) =>
      r.path.includes(`/colls/${file.container}/docs`) &&
      r.actions.some((a) => a.endsWith('/executeQuery'))
  ).length
  return {
    complete: result.complete,
    counts: result.counts[file.container],
    requests: requests.length,
    writes: writes.length,
    lookups
  }
}

async function stored(container: string, id: string) {
  return (await cloud.cosmos.readItems('appdb', container)).find((doc) => doc['id'] === id)
}

describe('re-seeding with a record in the ledger container', () => {
  it('skips 2,000 unchanged documents in a few dozen requests and writes nothing', async () => {
    const { file } = await scenario()
    const first = await seed(file)
    expect(first.counts).toEqual({ created: DOCUMENTS, updated: 0, unchanged: 0 })
    const again = await seed(file)
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: DOCUMENTS })
    expect(again.writes).toBe(0)
    expect(again.requests).toBeLessThanOrEqual(36)
    // One query, the count (with its query plan): no document was looked up.
    expect(again.lookups).toBe(2)
    expect(first.lookups).toBeGreaterThan(1)
    expect(lines.join('\n')).toMatch(
      /unchanged since the last seed at .* by octo-org\/reseed run 7/
    )
    // Byte for byte what was recorded: the file was neither checked nor parsed again.
    expect(lines.filter((line) => line.startsWith('Checked '))).toEqual([])
  })

  it('checks a reformatted file again, and still writes nothing', async () => {
    const { file } = await scenario()
    await seed(file)
    // The same documents, written with spaces: other bytes, the same parsed documents.
    await writeFile(
      file.path,
      documents()
        .map((doc) => JSON.stringify(doc, null, 0).replace(/,/g, ', '))
        .join('\n')
    )
    const again = await seed(file)
    expect(lines.filter((line) => line.startsWith('Checked '))).toHaveLength(1)
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: DOCUMENTS })
    expect(again.writes).toBe(0)
    expect(again.lookups).toBe(2)
    // Recorded again with the new bytes: the next seed skips before any check.
    await seed(file)
    expect(lines.filter((line) => line.startsWith('Checked '))).toEqual([])
  })

  it('repairs a document edited out of band, comparing only it', async () => {
    const { file, container } = await scenario()
    await seed(file)
    await client
      .database('appdb')
      .container(container)
      .item('d5', 'p5')
      .replace({ id: 'd5', pk: 'p5', n: -1 })
    const repair = await seed(file)
    expect(repair.counts).toEqual({ created: 0, updated: 1, unchanged: DOCUMENTS - 1 })
    expect(repair.requests).toBeLessThanOrEqual(50)
    // Counts (proof, start, record) and one lookup of the changed document, each with its plan.
    expect(repair.lookups).toBeLessThanOrEqual(10)
    expect(await stored(container, 'd5')).toMatchObject({ n: 5 })
    expect((await seed(file)).writes).toBe(0)
  })

  it('recreates a document deleted out of band (the count differs: a full compare)', async () => {
    const { file, container } = await scenario()
    await seed(file)
    await client.database('appdb').container(container).item('d9', 'p2').delete()
    const repair = await seed(file)
    expect(repair.counts).toEqual({ created: 1, updated: 0, unchanged: DOCUMENTS - 1 })
    expect(await stored(container, 'd9')).toMatchObject({ n: 9 })
    const after = await seed(file)
    expect(after.writes).toBe(0)
    expect(after.lookups).toBe(2)
  })

  it('leaves a document added out of band alone, and the proof holds next time', async () => {
    const { file, container } = await scenario()
    await seed(file)
    await cloud.cosmos.upsertItems('appdb', container, [{ id: 'extra', pk: 'p1' }])
    const repair = await seed(file)
    expect(repair.counts).toEqual({ created: 0, updated: 0, unchanged: DOCUMENTS })
    expect(await stored(container, 'extra')).toBeDefined()
    const after = await seed(file)
    expect(after.lookups).toBe(2)
    expect(lines.join('\n')).toMatch(/unchanged since the last seed/)
  })

  it('rewrites only what changed in a changed file, reading only its chunk', async () => {
    const { file, container } = await scenario()
    await seed(file)
    await writeLines(
      file,
      documents((i) => (i === 1500 ? { n: 'changed' } : {}))
    )
    const changed = await seed(file)
    expect(changed.counts).toEqual({ created: 0, updated: 1, unchanged: DOCUMENTS - 1 })
    expect(changed.writes).toBe(1)
    expect(await stored(container, 'd1500')).toMatchObject({ n: 'changed' })
    expect(changed.lookups).toBeLessThanOrEqual(10)
    expect((await seed(file)).lookups).toBe(2)
  })

  it('records nothing in a dry run', async () => {
    const { file, container } = await scenario()
    await seed(file, { dryRun: true })
    const ledger = await cloud.cosmos.readItems('appdb', 'migrations')
    expect(ledger.find((doc) => doc['id'] === `seed-${container}`)).toBeUndefined()
  })

  it('compares every document, as before, without a ledger container', async () => {
    const { file } = await scenario()
    await seed(file, { ledger: 'no-such-ledger' })
    const again = await seed(file, { ledger: 'no-such-ledger' })
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: DOCUMENTS })
    expect(lines.join('\n')).toMatch(/Re-seeding reads and compares every document/)
    const ledger = await cloud.cosmos.readItems('appdb', 'migrations')
    expect(ledger.find((doc) => doc['id'] === `seed-${file.container}`)).toBeUndefined()
  })
})

describe('a seed that stopped (with records)', () => {
  /** Two batches' worth: the first is written, the second stopped before. */
  const LARGE = 2 * BATCH
  /** Lookups of a batch: a query of at most 1,000 ids each, and its query plan. */
  const BATCH_LOOKUPS = 2 * Math.ceil(BATCH / 1000)

  /** A time budget spent before the second batch of a file: one batch goes. */
  const spentAtSecondBatch = (): { check: () => void } => {
    let batches = 0
    return {
      check: () => {
        if (++batches >= 2) throw new OutOfTime('at the second batch')
      }
    }
  }

  async function large(): Promise<{ container: string; file: SeedFile }> {
    const { container, file } = await scenario()
    const docs = Array.from({ length: LARGE }, (_, i) => ({ id: `d${i}`, pk: `p${i % 7}`, n: i }))
    await writeLines(file, docs)
    return { container, file }
  }

  const progressOf = async (container: string) =>
    (await cloud.cosmos.readItems('appdb', 'migrations')).find(
      (doc) => doc['id'] === `seed-progress-${container}`
    )

  it('continues after the documents it wrote: the next seed reads and writes only the rest', async () => {
    const { container, file } = await large()
    const stopped = await seed(file, { stop: spentAtSecondBatch() })
    expect(stopped.complete).toBe(false)
    expect(stopped.counts).toEqual({ created: BATCH, updated: 0, unchanged: 0 })
    expect((await progressOf(container))?.['files']).toEqual([
      expect.objectContaining({ path: file.path, written: BATCH })
    ])

    const resumed = await seed(file)
    expect(resumed.complete).toBe(true)
    // The first batch is left alone (counted unchanged); the rest compared and written.
    expect(resumed.counts).toEqual({ created: BATCH, updated: 0, unchanged: BATCH })
    expect(lines.join('\n')).toMatch(
      new RegExp(`the first ${BATCH} document\\(s\\) of .* were written by a seed that stopped`)
    )
    // The rest, one batch looked up, and 6 of the proof and the emptiness check. Every document
    // would be twice the batch's, as in the next test.
    expect(resumed.lookups).toBeLessThanOrEqual(BATCH_LOOKUPS + 6)
    expect(resumed.writes).toBeLessThanOrEqual(stopped.writes + 4)
    expect(await cloud.cosmos.readItems('appdb', container)).toHaveLength(LARGE)
    // Seeded: the record speaks for the container, and nothing is left to resume.
    expect(await progressOf(container)).toBeUndefined()
    const again = await seed(file)
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: LARGE })
    expect(again.writes).toBe(0)
  })

  it('starts a file that changed since from its beginning', async () => {
    const { container, file } = await large()
    await seed(file, { stop: spentAtSecondBatch() })
    const docs = Array.from({ length: LARGE }, (_, i) => ({
      id: `d${i}`,
      pk: `p${i % 7}`,
      n: i === 0 ? -1 : i
    }))
    await writeLines(file, docs)
    const resumed = await seed(file)
    expect(resumed.counts).toEqual({ created: BATCH, updated: 1, unchanged: BATCH - 1 })
    expect(resumed.lookups).toBe(2 * BATCH_LOOKUPS + 6)
    expect((await stored(container, 'd0'))?.['n']).toBe(-1)
  })
})
