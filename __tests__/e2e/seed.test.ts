/**
 * End to end: seeding by the built action against the local cloud.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
})

afterAll(async () => {
  await cloud.close()
})

async function seedDirectory(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

async function repository(): Promise<RepositorySetup> {
  const n = ++scenario
  return setUpRepository(cloud, {
    repository: `octo-org/seed-${n}`,
    database: `seed${n}`,
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customer/id'] } },
      { id: 'events', partitionKey: { paths: ['/tenant', '/day'], kind: 'MultiHash', version: 2 } }
    ],
    role: 'contributor',
    controlPlaneRead: true
  })
}

async function seed(
  setup: RepositorySetup,
  dir: string,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; writes: number }> {
  const before = cloud.cosmos.requests().length
  const run = await runAction({
    inputs: { ...setup.inputs, seed: dir, ...inputs },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  const writes = cloud.cosmos
    .requests()
    .slice(before)
    .filter(
      (r) =>
        r.method !== 'GET' &&
        /\/docs(\/|$)/.test(r.path) &&
        !r.actions.some((a) => a.endsWith('/executeQuery'))
    ).length
  return { run, writes }
}

/** The statuses the gateway answered since request number `before`. */
function statusesSince(before: number): number[] {
  return cloud.cosmos
    .requests()
    .slice(before)
    .map((r) => r.status)
}

const FILES = {
  'products.json': JSON.stringify(
    [
      { id: 'p-1', name: 'Widget' },
      { id: 'p-2', name: 'Gadget' }
    ],
    null,
    2
  ),
  'orders.csv': 'id,customer.id,total\no-1,c-1,19.5\no-2,c-2,24\n',
  'events.ndjson':
    '{"id":"e-1","tenant":"t-1","day":"2026-11-28","kind":"login"}\n{"id":"e-2","tenant":"t-1","day":"2026-11-29","kind":"logout"}\n'
}

describe('seeding', () => {
  it('streams JSON, CSV and NDJSON into containers with nested and hierarchical partition keys', async () => {
    const setup = await repository()
    const { run } = await seed(setup, await seedDirectory(FILES))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['seeded'] ?? '')).toEqual({
      events: { created: 2, updated: 0, unchanged: 0 },
      orders: { created: 2, updated: 0, unchanged: 0 },
      products: { created: 2, updated: 0, unchanged: 0 }
    })
    expect(Number(run.outputs['seed-request-charge'])).toBeGreaterThan(0)
    // Each container's progress in its own log group.
    expect(run.log).toMatch(/^::group::Seed 'orders' from /m)
    const db = setup.inputs['database'] ?? ''
    const orders = await cloud.cosmos.readItems(db, 'orders')
    expect(orders.find((o) => o['id'] === 'o-1')).toMatchObject({
      customer: { id: 'c-1' },
      total: 19.5
    })
    expect(await cloud.cosmos.readItems(db, 'events')).toHaveLength(2)
  })

  it('writes nothing when re-seeding identical data, and only what changed otherwise', async () => {
    const setup = await repository()
    const dir = await seedDirectory(FILES)
    expect((await seed(setup, dir)).run.exitCode).toBe(0)
    const again = await seed(setup, dir)
    expect(again.run.exitCode).toBe(0)
    expect(again.writes).toBe(0)
    expect(JSON.parse(again.run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2
    })
    await writeFile(
      join(dir, 'products.json'),
      JSON.stringify([
        { id: 'p-1', name: 'Widget 2' },
        { id: 'p-2', name: 'Gadget' }
      ])
    )
    const changed = await seed(setup, dir)
    expect(JSON.parse(changed.run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1
    })
    expect(changed.writes).toBe(1)
  })

  it('re-seeds documents exported from Cosmos DB (with _rid, _self, _etag, _ts, _attachments) without writing', async () => {
    const setup = await repository()
    expect((await seed(setup, await seedDirectory(FILES))).run.exitCode).toBe(0)
    const exported = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'products')
    const withSystem = exported.map((document) => ({
      _self: `dbs/x/colls/y/docs/${String(document['id'])}/`,
      _attachments: 'attachments/',
      ...document
    }))
    expect(withSystem[0]).toHaveProperty('_rid')
    expect(withSystem[0]).toHaveProperty('_etag')
    expect(withSystem[0]).toHaveProperty('_ts')
    const again = await seed(
      setup,
      await seedDirectory({ 'products.json': JSON.stringify(withSystem) })
    )
    expect(again.run.exitCode).toBe(0)
    expect(again.writes).toBe(0)
    expect(JSON.parse(again.run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2
    })
  })

  it('in insert mode leaves existing ids alone and counts them', async () => {
    const setup = await repository()
    const db = setup.inputs['database'] ?? ''
    await cloud.cosmos.upsertItems(db, 'products', [{ id: 'p-1', name: 'Kept' }])
    const { run } = await seed(
      setup,
      await seedDirectory({ 'products.json': FILES['products.json'] }),
      { 'seed-mode': 'insert' }
    )
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 1,
      updated: 0,
      unchanged: 1
    })
    expect(
      (await cloud.cosmos.readItems(db, 'products')).find((d) => d['id'] === 'p-1')?.['name']
    ).toBe('Kept')
  })

  it("follows seed-mode for manifest entries without a mode, and an entry's own mode otherwise", async () => {
    const setup = await repository()
    const db = setup.inputs['database'] ?? ''
    await cloud.cosmos.upsertItems(db, 'products', [{ id: 'p-1', name: 'Kept' }])
    await cloud.cosmos.upsertItems(db, 'orders', [{ id: 'o-1', customer: { id: 'c-1' }, total: 1 }])
    const { run } = await seed(
      setup,
      await seedDirectory({
        'seed.yml':
          'files:\n  - file: products.json\n    container: products\n  - file: orders.csv\n    container: orders\n    mode: upsert\n',
        'products.json': FILES['products.json'],
        'orders.csv': FILES['orders.csv']
      }),
      { 'seed-mode': 'insert' }
    )
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs['seeded'] ?? '')).toEqual({
      products: { created: 1, updated: 0, unchanged: 1 },
      orders: { created: 1, updated: 1, unchanged: 0 }
    })
    const products = await cloud.cosmos.readItems(db, 'products')
    expect(products.find((d) => d['id'] === 'p-1')?.['name']).toBe('Kept')
    const orders = await cloud.cosmos.readItems(db, 'orders')
    expect(orders.find((d) => d['id'] === 'o-1')?.['total']).toBe(19.5)
  })

  it('writes a few documents one by one, through throttling, 503s and resets', async () => {
    const setup = await repository()
    const db = setup.inputs['database'] ?? ''
    await cloud.cosmos.upsertItems(db, 'products', [{ id: 'p-0', name: 'Kept' }])
    const docs = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `p-${i}`, n: i }))
    const match = (request: { path: string; method: string }): boolean =>
      request.method === 'POST' && request.path.endsWith(`/dbs/${db}/colls/products/docs`)
    cloud.cosmos.injectFaults({ count: 100, kind: 'throttle', retryAfterMs: 10, rate: 0.3, match })
    cloud.cosmos.injectFaults({ count: 100, kind: 'unavailable', rate: 0.1, match })
    cloud.cosmos.injectFaults({ count: 3, kind: 'reset', rate: 0.1, match })
    const before = cloud.cosmos.requests().length
    const { run, writes } = await seed(
      setup,
      await seedDirectory({ 'products.ndjson': `${docs.join('\n')}\n` }),
      { 'seed-mode': 'insert' }
    )
    cloud.cosmos.clearFaults()
    const statuses = statusesSince(before)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    // One request a document (and the retries): a bulk call would carry them in one or two.
    expect(writes).toBeGreaterThanOrEqual(59)
    expect(JSON.parse(run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 59,
      updated: 0,
      unchanged: 1
    })
    const stored = await cloud.cosmos.readItems(db, 'products')
    expect(stored).toHaveLength(60)
    expect(stored.find((d) => d['id'] === 'p-0')?.['name']).toBe('Kept')
  })

  it('names a problem in each bad file, not only the first, and writes nothing', async () => {
    const setup = await repository()
    const dir = await seedDirectory({
      'events.ndjson': '{"id":"e-1","tenant":"t","day":"d"}\n{"id":"e-2","tenant":"t"}\n',
      'orders.csv': 'id,customer.id\no-1,c-1\no-2,"Caf\u00e9"\n',
      'products.ndjson': '{"id":"p-1"}\n{"id": }\n'
    })
    const { run, writes } = await seed(setup, dir)
    expect(run.exitCode).toBe(1)
    expect(writes).toBe(0)
    const error = run.errors.join('\n')
    expect(error).toContain('2 problems, each to fix:')
    expect(error).toContain(`${join(dir, 'events.ndjson')}:2: the document has no string`)
    expect(error).toContain(`${join(dir, 'products.ndjson')}:2: the document is not JSON`)
  })

  it('writes nothing when the last line of a large file is bad, and names file and line', async () => {
    const setup = await repository()
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ id: `e-${i}`, tenant: 't', day: 'd' })
    )
    lines.push('{"id": "broken", ')
    const dir = await seedDirectory({
      'products.json': FILES['products.json'],
      'events.ndjson': `${lines.join('\n')}\n`
    })
    const { run, writes } = await seed(setup, dir)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `${join(dir, 'events.ndjson')}:5001: the document is not JSON`
    )
    expect(run.errors.join('\n')).toContain('Nothing was written.')
    // An annotation on the file and line, as GitHub shows it on the pull request.
    expect(run.log).toMatch(/^::error file=[^,\n]*events\.ndjson,line=5001::/m)
    expect(writes).toBe(0)
  })

  it('names the line of a document without its partition key value', async () => {
    const setup = await repository()
    const dir = await seedDirectory({ 'orders.csv': 'id,customer.id,total\no-1,c-1,1\no-2,,2\n' })
    const { run, writes } = await seed(setup, dir)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `${join(dir, 'orders.csv')}:3: the document has no string, number or boolean value for the partition key /customer/id`
    )
    expect(writes).toBe(0)
  })

  it('keeps to a request-unit budget over any 5 seconds', async () => {
    const setup = await repository()
    const docs = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: `p-${i}`, pad: 'x'.repeat(500) })
    )
    const before = cloud.cosmos.requests().length
    const { run } = await seed(setup, await seedDirectory({ 'products.ndjson': docs.join('\n') }), {
      'seed-ru-per-second': '200'
    })
    expect(run.exitCode).toBe(0)
    const spent = Number(/### Seeding[\s\S]*?Request charge: ([\d.]+) RU/.exec(run.summary)?.[1])
    expect(spent).toBeGreaterThan(800)
    // What the account charged the container, as it arrived: every stretch of arrivals holds at
    // most the budget of its length plus one second. The second is for stalls: arrival times are
    // taken in this process, so a pause of it (or of the action) lands requests sent evenly at one
    // instant; 5 s windows were held to exactly 5 s of budget, and the action, pacing at 95% of
    // it, was within 80 ms of stall of failing. Over the whole run (about 28 s) this still fails
    // an action that spends 5% over the budget, and in 5 s windows one that spends 20% over.
    const db = setup.inputs['database'] ?? ''
    const charged = cloud.cosmos
      .requests()
      .slice(before)
      .filter((request) => request.scope === `/dbs/${db}/colls/products`)
    expect(charged.reduce((sum, request) => sum + request.requestCharge, 0)).toBeGreaterThan(800)
    const sums = [0]
    for (const request of charged) sums.push((sums.at(-1) ?? 0) + request.requestCharge)
    let worst = { excess: -Infinity, from: 0, to: 0 }
    charged.forEach((first, i) => {
      charged.slice(i).forEach((last, k) => {
        const spent = (sums[i + k + 1] ?? 0) - (sums[i] ?? 0)
        const excess = spent - 200 * ((last.at - first.at) / 1000 + 1)
        if (excess > worst.excess) worst = { excess, from: first.at, to: last.at }
      })
    })
    // No stretch over budget (the worst one is named when there is one).
    expect(worst.excess > 0 ? worst : undefined).toBeUndefined()
  })

  it('refuses an id repeated with the same partition key, naming both lines', async () => {
    const setup = await repository()
    const dir = await seedDirectory({
      'products.ndjson': '{"id":"a"}\n{"id":"b"}\n{"id":"a","v":2}\n'
    })
    const { run, writes } = await seed(setup, dir)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `${join(dir, 'products.ndjson')}:3: the document repeats id 'a' with the same partition key (first at ${join(dir, 'products.ndjson')}:1)`
    )
    expect(writes).toBe(0)
  })

  it('reports what would change in a dry run and writes nothing', async () => {
    const setup = await repository()
    const { run, writes } = await seed(setup, await seedDirectory(FILES), { 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(writes).toBe(0)
    expect(JSON.parse(run.outputs['seeded'] ?? '')['products']).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0
    })
    expect(run.summary).toContain('### Seeding (dry run: nothing written)')
  })

  it('ends with exactly the input documents through 10% throttling, 2% 503s and resets', async () => {
    const setup = await repository()
    const docs = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: `p-${i}`, n: i }))
    // Faults on the document requests of this database: the seed's reads and bulk writes.
    const match = (request: { path: string }): boolean =>
      request.path.includes(`/dbs/${setup.inputs['database']}/colls/products/docs`)
    cloud.cosmos.injectFaults({ count: 1000, kind: 'throttle', retryAfterMs: 20, rate: 0.1, match })
    cloud.cosmos.injectFaults({ count: 1000, kind: 'unavailable', rate: 0.02, match })
    cloud.cosmos.injectFaults({ count: 3, kind: 'reset', rate: 0.05, match })
    const before = cloud.cosmos.requests().length
    const { run } = await seed(
      setup,
      await seedDirectory({ 'products.ndjson': `${docs.join('\n')}\n` })
    )
    cloud.cosmos.clearFaults()
    const statuses = statusesSince(before)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 0).length).toBeGreaterThan(0)
    // The bulk writes ask for statuses only: the documents stay out of the answers.
    const bulk = cloud.cosmos
      .requests()
      .slice(before)
      .filter((r) => r.operations !== undefined)
    expect(bulk.length).toBeGreaterThan(0)
    expect(bulk.filter((r) => r.returnMinimal !== true)).toEqual([])
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const stored = await cloud.cosmos.readItems(setup.inputs['database'] ?? '', 'products')
    expect(stored).toHaveLength(10_000)
    expect(new Set(stored.map((d) => d['id']))).toEqual(
      new Set(docs.map((d) => (JSON.parse(d) as { id: string }).id))
    )
  }, 180_000)
})
