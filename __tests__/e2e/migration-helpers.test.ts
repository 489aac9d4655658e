/**
 * End to end: the write helpers a migration gets in `ctx` (docs/migrations.md, "`ctx` gives"),
 * in script and declarative migrations run by the built action against the local cloud.
 *
 *  - patchWhere: a document changed between the helper's query and its patch (If-Match fails
 *    with 412) is read again and patched again, and nothing of either change is lost; one deleted
 *    meanwhile (404, on the patch or on the read after a 412) is skipped; more than ten operations
 *    go in requests of at most ten, each with If-Match on the ETag the previous one returned; a
 *    `condition` is sent in a form the service accepts.
 *  - upsertMany: from 100 documents it takes the bulk path (below, one request a document), rides
 *    out throttling, writes again on its own each document the SDK gave up on, and ends with
 *    exactly the documents.
 *  - deleteWhere: past 1,000 documents in one migration it is refused unless the migration is
 *    declared destructive and allow-destructive is true; a refused call deletes nothing, while
 *    what earlier calls of the same migration deleted stays deleted.
 *  - A ledger entry whose migration file is gone is reported.
 *
 * "Changed meanwhile" is made deterministic rather than raced: the gateway throttles the helper's
 * request (429) until the test has changed the document, so the SDK's retry meets the change (see
 * `interpose`). Every run is leak-scanned, and the cloud's close scans everything again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RETRY_POLICIES } from '../../src/cosmos/transient.js'
import { accessTokenFor, httpsRequest } from '../../testkit/clients.js'
import {
  startLocalCloud,
  type CosmosRequestInfo,
  type CosmosRequestRecord,
  type LocalCloud
} from '../../testkit/index.js'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0

const SYSTEM = new Set(['_rid', '_self', '_etag', '_attachments', '_ts'])

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
})

afterAll(async () => {
  await cloud.close()
})

type Setup = RepositorySetup & { db: string }
type Doc = Record<string, unknown>

/** A directory of migration files. */
async function migrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migration-helpers-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

/**
 * A repository whose identity may write data and create containers (the ledger), with the given
 * documents in `items` (partitioned on /pk) and, when asked, more containers.
 */
async function repository(documents: Doc[], more: string[] = []): Promise<Setup> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/helpers-${n}`,
    database: `helpers${n}`,
    containers: ['items', ...more].map((id) => ({ id, partitionKey: { paths: ['/pk'] } })),
    role: 'contributor',
    controlPlaneWrite: true
  })
  const db = setup.inputs['database'] ?? ''
  await cloud.cosmos.upsertItems(db, 'items', documents)
  return { ...setup, db }
}

async function run(setup: Setup, inputs: Record<string, string>): Promise<ActionRun> {
  const result = await runAction({
    inputs: { ...setup.inputs, ...inputs },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  expect(leakedSecrets(result, cloud.secrets())).toEqual([])
  return result
}

/** Runs the action with faults injected, clearing them whatever happens. */
async function runWithFaults(setup: Setup, inputs: Record<string, string>): Promise<ActionRun> {
  try {
    return await run(setup, inputs)
  } finally {
    cloud.cosmos.clearFaults()
  }
}

/** A container's documents without the system properties, by id. */
async function stored(setup: Setup, container = 'items'): Promise<Map<string, Doc>> {
  const documents = await cloud.cosmos.readItems(setup.db, container)
  return new Map(
    documents.map((document) => [
      String(document['id']),
      Object.fromEntries(Object.entries(document).filter(([key]) => !SYSTEM.has(key)))
    ])
  )
}

async function ledger(setup: Setup): Promise<Doc[]> {
  const documents = await cloud.cosmos.readItems(setup.db, 'migrations')
  return documents.filter((document) => document['type'] === 'migration')
}

/** The gateway path of a document of `items`, as the request log records it. */
function docPath(setup: Setup, id: string, container = 'items'): string {
  return `/dbs/${setup.db}/colls/${container}/docs/${id}`
}

/** The statuses the gateway answered to `method` on `path` since `before`, in order. */
function statuses(before: number, method: string, path: string): number[] {
  return cloud.cosmos
    .requests()
    .slice(before)
    .filter((request) => request.method === method && request.path === path)
    .map((request) => request.status)
}

/** Without the 429s `interpose` answered: what the helper's request itself met. */
function unthrottled(list: number[]): number[] {
  return list.filter((status) => status !== 429)
}

/** Document writes to a container (creates, upserts, bulk batches), not queries. */
function writes(
  requests: readonly CosmosRequestRecord[],
  setup: Setup,
  container: string
): CosmosRequestRecord[] {
  return requests.filter(
    (request) =>
      request.method === 'POST' &&
      request.path === `/dbs/${setup.db}/colls/${container}/docs` &&
      !request.actions.some((action) => action.endsWith('/executeQuery'))
  )
}

/**
 * A bulk (batch) request: it names a partition key range, not a partition key, so the gateway
 * records no partition key for it; a point write always names its document's partition key.
 */
function isBatch(request: CosmosRequestInfo): boolean {
  return (request as CosmosRequestRecord).partitionKey === undefined
}

/**
 * Makes `change` happen just before the first request `when` picks reaches the emulator: that
 * request is throttled (429, retry after 500 ms) until `change` has finished, so the SDK's retry
 * meets the changed document, however long the change takes (within the SDK's and the helpers'
 * retries). Returns a check that the request came and the change succeeded.
 */
function interpose(
  when: (request: CosmosRequestInfo) => boolean,
  change: () => Promise<void>
): () => Promise<void> {
  let changing: Promise<void> | undefined
  let done = false
  cloud.cosmos.injectFaults({
    count: 1000,
    kind: 'throttle',
    retryAfterMs: 500,
    match: (request) => {
      if (done || !when(request)) return false
      if (changing === undefined) {
        changing = change().finally(() => {
          done = true
        })
        changing.catch(() => undefined) // awaited by the check
      }
      return true
    }
  })
  return async () => {
    if (changing === undefined) throw new Error('the request to interpose on never came')
    await changing
  }
}

/** Another writer replacing a document (a blind upsert, straight to the emulator). */
function replaceDocument(setup: Setup, document: Doc): () => Promise<void> {
  return () => cloud.cosmos.upsertItems(setup.db, 'items', [document])
}

/** Another writer adding a note to a document: read, modify, write back. */
function annotateDocument(setup: Setup, id: string): () => Promise<void> {
  return async () => {
    const current = (await stored(setup)).get(id)
    if (current === undefined) throw new Error(`${id} is not there to annotate`)
    await cloud.cosmos.upsertItems(setup.db, 'items', [{ ...current, note: 'changed meanwhile' }])
  }
}

/** Another writer deleting a document, through the gateway with the repository's identity. */
function deleteDocument(setup: Setup, id: string, pk: string): () => Promise<void> {
  return async () => {
    const token = await accessTokenFor(cloud, setup, 'https://cosmos.azure.com/.default')
    const response = await httpsRequest(`${cloud.cosmos.endpoint}${docPath(setup, id).slice(1)}`, {
      method: 'DELETE',
      headers: {
        authorization: `type=aad&ver=1.0&sig=${token}`,
        'x-ms-documentdb-partitionkey': JSON.stringify([pk]),
        'x-ms-version': '2020-07-15',
        'x-ms-date': new Date().toUTCString()
      }
    })
    if (response.status !== 204) throw new Error(`deleting ${id}: ${response.status}`)
  }
}

/** A script migration running `body` on `containers`; destructive when said so. */
function script(body: string, destructive = false, containers = ['items']): string {
  return `export const containers = ${JSON.stringify(containers)}
${destructive ? 'export const destructive = true\n' : ''}export async function up(ctx) {
${body
  .trim()
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
}
`
}

describe('patchWhere', () => {
  const six = (): Doc[] =>
    Array.from({ length: 6 }, (_, i) => ({ id: `d-${i}`, pk: `p-${i % 2}`, kind: 'doc', n: i }))
  const patchAll = script(`
const n = await ctx.patchWhere('items', "c.kind = 'doc'", [
  { op: 'set', path: '/status', value: 'active' },
  { op: 'incr', path: '/n', value: 100 }
])
ctx.log('patched ' + n)
`)

  it('reads again and patches again a document changed between the query and its patch (412), losing neither change', async () => {
    const setup = await repository(six())
    const dir = await migrations({ '0001-activate.mjs': patchAll })
    const changed = interpose(
      (request) => request.method === 'PATCH' && request.path === docPath(setup, 'd-3'),
      replaceDocument(setup, { id: 'd-3', pk: 'p-1', kind: 'doc', n: 1000, note: 'changed' })
    )
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    await changed()
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-activate.mjs] patched 6')

    // The helper's patch waited for the other writer (429), met its ETag change (412), read the
    // document again and patched that version: the other writer's note and n stay, and the
    // patch's set and incr apply to them once.
    const path = docPath(setup, 'd-3')
    expect(statuses(before, 'PATCH', path)).toContain(429)
    expect(unthrottled(statuses(before, 'PATCH', path))).toEqual([412, 200])
    expect(statuses(before, 'GET', path)).toEqual([200])
    const documents = await stored(setup)
    expect(documents.get('d-3')).toEqual({
      id: 'd-3',
      pk: 'p-1',
      kind: 'doc',
      n: 1100,
      note: 'changed',
      status: 'active'
    })
    // Every other document: one patch, applied once.
    for (const i of [0, 1, 2, 4, 5]) {
      expect(statuses(before, 'PATCH', docPath(setup, `d-${i}`))).toEqual([200])
      expect(documents.get(`d-${i}`)).toEqual({
        id: `d-${i}`,
        pk: `p-${i % 2}`,
        kind: 'doc',
        n: i + 100,
        status: 'active'
      })
    }
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 6 }])
  })

  it('skips a document deleted meanwhile, whether its patch or the read after a 412 finds it gone', async () => {
    const setup = await repository(six())
    const dir = await migrations({ '0001-activate.mjs': patchAll })
    const checks = [
      // d-1 is gone before its patch arrives: the patch gets 404.
      interpose(
        (request) => request.method === 'PATCH' && request.path === docPath(setup, 'd-1'),
        deleteDocument(setup, 'd-1', 'p-1')
      ),
      // d-4 changes before its patch (412), then is gone before the helper reads it again.
      interpose(
        (request) => request.method === 'PATCH' && request.path === docPath(setup, 'd-4'),
        replaceDocument(setup, { id: 'd-4', pk: 'p-0', kind: 'doc', n: 4, note: 'changed' })
      ),
      interpose(
        (request) => request.method === 'GET' && request.path === docPath(setup, 'd-4'),
        deleteDocument(setup, 'd-4', 'p-0')
      )
    ]
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    for (const check of checks) await check()
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-activate.mjs] patched 4')

    expect(unthrottled(statuses(before, 'PATCH', docPath(setup, 'd-1')))).toEqual([404])
    expect(unthrottled(statuses(before, 'PATCH', docPath(setup, 'd-4')))).toEqual([412])
    expect(unthrottled(statuses(before, 'GET', docPath(setup, 'd-4')))).toEqual([404])
    const documents = await stored(setup)
    expect([...documents.keys()].sort()).toEqual(['d-0', 'd-2', 'd-3', 'd-5'])
    for (const [id, document] of documents) {
      expect(document).toMatchObject({ status: 'active', n: Number(id.slice(2)) + 100 })
    }
    // Skipped documents are not counted as written.
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 4 }])
  })

  it('sends more than ten operations in requests of at most ten, each on the ETag the last one returned', async () => {
    const setup = await repository(
      Array.from({ length: 3 }, (_, i) => ({ id: `s-${i}`, pk: `p-${i}`, n: i }))
    )
    // 23 operations: an incr first (applied twice it would show), then 22 sets.
    const operations = [
      { op: 'incr', path: '/n', value: 10 },
      ...Array.from({ length: 22 }, (_, i) => ({ op: 'set', path: `/f${i + 1}`, value: i + 1 }))
    ]
    const dir = await migrations({
      '0001-many.mjs': script(`
const n = await ctx.patchWhere('items', undefined, ${JSON.stringify(operations)})
ctx.log('patched ' + n)
`)
    })
    // Another writer changes s-1 between its first and second request (read-modify-write, so the
    // first ten operations stay in it): the second request meets 412, the helper reads s-1 again
    // and goes on with the remaining operations, without applying the first ten again.
    const changed = interpose(
      (request) =>
        request.method === 'PATCH' &&
        request.path === docPath(setup, 's-1') &&
        cloud.cosmos
          .requests()
          .some((r) => r.method === 'PATCH' && r.path === request.path && r.status === 200),
      annotateDocument(setup, 's-1')
    )
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    await changed()
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-many.mjs] patched 3')

    // Ten, ten and three: the emulator refuses a request of more than ten (400). With the ETag of
    // each answer, no request of an unchanged document meets 412 or needs a read.
    for (const id of ['s-0', 's-2']) {
      expect(statuses(before, 'PATCH', docPath(setup, id))).toEqual([200, 200, 200])
      expect(statuses(before, 'GET', docPath(setup, id))).toEqual([])
    }
    expect(unthrottled(statuses(before, 'PATCH', docPath(setup, 's-1')))).toEqual([
      200, 412, 200, 200
    ])
    expect(statuses(before, 'GET', docPath(setup, 's-1'))).toEqual([200])
    const fields = Object.fromEntries(Array.from({ length: 22 }, (_, i) => [`f${i + 1}`, i + 1]))
    const documents = await stored(setup)
    expect(documents.get('s-0')).toEqual({ id: 's-0', pk: 'p-0', n: 10, ...fields })
    expect(documents.get('s-1')).toEqual({
      id: 's-1',
      pk: 'p-1',
      n: 11,
      note: 'changed meanwhile',
      ...fields
    })
    expect(documents.get('s-2')).toEqual({ id: 's-2', pk: 'p-2', n: 12, ...fields })

    // Exactly ten operations: one request a document.
    await writeFile(
      join(dir, '0002-ten.mjs'),
      script(`
await ctx.patchWhere('items', undefined, ${JSON.stringify(
        Array.from({ length: 10 }, (_, i) => ({ op: 'set', path: `/g${i}`, value: i }))
      )})
`)
    )
    const tenBefore = cloud.cosmos.requests().length
    const ten = await run(setup, { migrations: dir })
    expect(ten.errors).toEqual([])
    expect(JSON.parse(ten.outputs['migrations-applied'] ?? '')).toEqual([2])
    for (const id of ['s-0', 's-1', 's-2']) {
      expect(statuses(tenBefore, 'PATCH', docPath(setup, id))).toEqual([200])
      expect((await stored(setup)).get(id)).toMatchObject({ g0: 0, g9: 9 })
    }
  })

  it('sends a condition with each patch in a form the service checks, and patches the documents that meet it', async () => {
    // The emulator lower-cases a `FROM c WHERE ...` condition before it evaluates it: property
    // names and values here are lower case. Every document meets the condition: this shows the
    // condition reaches the service in a form it evaluates, not what happens when one does not.
    const setup = await repository(
      Array.from({ length: 4 }, (_, i) => ({ id: `c-${i}`, pk: `p-${i}`, kind: 'doc', n: i }))
    )
    const dir = await migrations({
      '0001-conditional.mjs': script(`
const n = await ctx.patchWhere(
  'items',
  "c.kind = 'doc'",
  [{ op: 'set', path: '/status', value: 'active' }],
  { condition: "FROM c WHERE c.kind = 'doc' AND c.n >= 0" }
)
ctx.log('patched ' + n)
`)
    })
    const before = cloud.cosmos.requests().length
    const result = await run(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-conditional.mjs] patched 4')
    const documents = await stored(setup)
    for (let i = 0; i < 4; i++) {
      expect(statuses(before, 'PATCH', docPath(setup, `c-${i}`))).toEqual([200])
      expect(documents.get(`c-${i}`)).toEqual({
        id: `c-${i}`,
        pk: `p-${i}`,
        kind: 'doc',
        n: i,
        status: 'active'
      })
    }
  })

  it('leaves alone, and does not count, the documents that do not meet the condition', async () => {
    // The service answers 412 to a condition not met, as to a changed ETag.
    const setup = await repository(
      Array.from({ length: 4 }, (_, i) => ({ id: `c-${i}`, pk: `p-${i}`, kind: 'doc', n: i }))
    )
    const dir = await migrations({
      '0001-conditional.mjs': script(`
const n = await ctx.patchWhere('items', "c.kind = 'doc'", [{ op: 'set', path: '/status', value: 'active' }], { condition: 'FROM c WHERE c.n >= 2' })
ctx.log('patched ' + n)
`)
    })
    const result = await run(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-conditional.mjs] patched 2')
    const documents = await stored(setup)
    expect(documents.get('c-0')).toEqual({ id: 'c-0', pk: 'p-0', kind: 'doc', n: 0 })
    expect(documents.get('c-1')).toEqual({ id: 'c-1', pk: 'p-1', kind: 'doc', n: 1 })
    expect(documents.get('c-2')).toMatchObject({ status: 'active' })
    expect(documents.get('c-3')).toMatchObject({ status: 'active' })
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 2 }])
  })

  it('applies all of more than ten operations to a document that met the condition', async () => {
    // The condition goes with the first request only: a guard the first ten operations make
    // false must not stop the last two.
    const setup = await repository([{ id: 'g-0', pk: 'p', kind: 'doc' }])
    const operations = Array.from({ length: 12 }, (_, i) => ({
      op: 'set',
      path: `/f${i}`,
      value: i
    }))
    const dir = await migrations({
      '0001-guarded.mjs': script(`
await ctx.patchWhere('items', undefined, ${JSON.stringify(operations)}, { condition: 'FROM c WHERE NOT IS_DEFINED(c.f0)' })
`)
    })
    const result = await run(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect((await stored(setup)).get('g-0')).toMatchObject({ f0: 0, f9: 9, f10: 10, f11: 11 })
  })
})

describe('upsertMany', () => {
  /** `count` documents over seven partition key values. */
  const documents = (count: number, prefix = 'u'): Doc[] =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, pk: `p-${i % 7}`, n: i }))

  it('takes the bulk path from 100 documents (one request a document below) and ends with exactly them', async () => {
    // An older u-7 with a property the new one does not have: an upsert replaces it whole.
    const setup = await repository(
      [
        { id: 'keep', pk: 'k' },
        { ...documents(8)[7], stale: true }
      ],
      ['few']
    )
    const hundred = documents(100)
    const ninetyNine = documents(99, 'f')
    const dir = await migrations({
      '0001-upsert.mjs': script(
        `
ctx.log('upserted ' + (await ctx.upsertMany('items', ${JSON.stringify(hundred)})))
ctx.log('upserted ' + (await ctx.upsertMany('few', ${JSON.stringify(ninetyNine)})))
`,
        false,
        ['items', 'few']
      )
    })
    const before = cloud.cosmos.requests().length
    const result = await run(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('upserted 100')
    expect(result.log).toContain('upserted 99')

    const requests = cloud.cosmos.requests().slice(before)
    const bulk = writes(requests, setup, 'items')
    expect(bulk.length).toBeGreaterThan(0)
    expect(bulk.length).toBeLessThanOrEqual(2) // 100 operations in one batch, or two
    expect(bulk.every(isBatch)).toBe(true)
    const point = writes(requests, setup, 'few')
    expect(point).toHaveLength(99)
    expect(point.some(isBatch)).toBe(false)

    const items = await stored(setup)
    expect(items).toEqual(
      new Map([['keep', { id: 'keep', pk: 'k' }], ...hundred.map((d) => [d['id'], d] as const)])
    )
    expect(await stored(setup, 'few')).toEqual(
      new Map(ninetyNine.map((d) => [d['id'], d] as const))
    )
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 199 }])
  })

  it('refuses a list with a document without an id before writing any of it', async () => {
    const setup = await repository([{ id: 'keep', pk: 'k' }])
    // The SDK would have written it under a random id: a re-run would add another copy.
    const listed = documents(100).map((d, i) => (i === 41 ? { pk: d['pk'], n: i } : d))
    const dir = await migrations({
      '0001-upsert.mjs': script(`await ctx.upsertMany('items', ${JSON.stringify(listed)})`)
    })
    const before = cloud.cosmos.requests().length
    const result = await run(setup, { migrations: dir })
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      "upsert into 'items': document 42 of 100 has no id (a non-empty string). Give every document its id, so that a re-run writes the same documents again."
    )
    expect(writes(cloud.cosmos.requests().slice(before), setup, 'items')).toEqual([])
    expect(await stored(setup)).toEqual(new Map([['keep', { id: 'keep', pk: 'k' }]]))
  })

  it('rides out throttled bulk requests, ending with exactly the documents', async () => {
    const setup = await repository([{ id: 'keep', pk: 'k' }])
    const many = documents(250)
    const dir = await migrations({
      '0001-upsert.mjs': script(
        `ctx.log('upserted ' + (await ctx.upsertMany('items', ${JSON.stringify(many)})))`
      )
    })
    cloud.cosmos.injectFaults({
      count: 3,
      kind: 'throttle',
      retryAfterMs: 20,
      match: (request) => writes([request as CosmosRequestRecord], setup, 'items').length === 1
    })
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('upserted 250')
    const requests = writes(cloud.cosmos.requests().slice(before), setup, 'items')
    expect(requests.filter((request) => request.status === 429)).toHaveLength(3)
    // The SDK's own retries got every batch through: no document went on its own.
    expect(requests.every(isBatch)).toBe(true)
    expect(await stored(setup)).toEqual(
      new Map([['keep', { id: 'keep', pk: 'k' }], ...many.map((d) => [d['id'], d] as const)])
    )
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 250 }])
  })

  it('rides out a storm of throttled bulk requests, waiting each one out once', async () => {
    const setup = await repository([{ id: 'keep', pk: 'k' }])
    const hundred = documents(100)
    const dir = await migrations({
      '0001-upsert.mjs': script(
        `ctx.log('upserted ' + (await ctx.upsertMany('items', ${JSON.stringify(hundred)})))`
      )
    })
    const isWrite = (request: CosmosRequestInfo): boolean =>
      writes([request as CosmosRequestRecord], setup, 'items').length === 1
    // More throttled rounds in a row than the helpers' retries for passing failures: throttles
    // are waited out (their retry-after, once a round), not counted against those.
    cloud.cosmos.injectFaults({
      count: RETRY_POLICIES.migrationHelpers.retries + 3,
      kind: 'throttle',
      retryAfterMs: 10,
      match: (request) => isWrite(request) && isBatch(request)
    })
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('upserted 100')
    const requests = writes(cloud.cosmos.requests().slice(before), setup, 'items')
    // One bulk request a round, each throttled whole, then one that wrote all 100 documents:
    // the SDK did not retry on its own between them (its bulk retries are off for the work).
    expect(requests.every(isBatch)).toBe(true)
    const statuses = requests.map((request) => request.status)
    expect(statuses.slice(0, -1)).toEqual(
      Array<number>(RETRY_POLICIES.migrationHelpers.retries + 3).fill(429)
    )
    expect(statuses.at(-1)).toBeLessThan(300)
    expect(await stored(setup)).toEqual(
      new Map([['keep', { id: 'keep', pk: 'k' }], ...hundred.map((d) => [d['id'], d] as const)])
    )
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 100 }])
  })
})

describe('deleteWhere', () => {
  /** `count` documents of a kind, over five partition key values, and one to keep. */
  const withKinds = (kinds: Record<string, number>): Doc[] => [
    ...Object.entries(kinds).flatMap(([kind, count]) =>
      Array.from({ length: count }, (_, i) => ({ id: `${kind}-${i}`, pk: `p-${i % 5}`, kind }))
    ),
    { id: 'keep', pk: 'k', kind: 'keep' }
  ]
  const deletes = (before: number, setup: Setup): CosmosRequestRecord[] =>
    cloud.cosmos
      .requests()
      .slice(before)
      .filter(
        (request) =>
          request.method === 'DELETE' && request.path.startsWith(`/dbs/${setup.db}/colls/items/`)
      )

  it('past 1,000 documents, refuses a script until it is declared destructive and allow-destructive is true', async () => {
    const setup = await repository(withKinds({ old: 1001 }))
    const purge =
      "const n = await ctx.deleteWhere('items', \"c.kind = 'old'\")\nctx.log('deleted ' + n)"
    const dir = await migrations({ '0001-purge.mjs': script(purge) })

    // Not declared: refused even with allow-destructive, before deleting anything.
    let before = cloud.cosmos.requests().length
    const undeclared = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(undeclared.exitCode).toBe(1)
    expect(undeclared.errors.join('\n')).toContain(
      "Deleting 1001 documents in one migration (more than 1000) is destructive: the migration must say so ('export const destructive = true'), so that plans and reviewers see it."
    )
    expect(deletes(before, setup)).toEqual([])
    expect((await stored(setup)).size).toBe(1002)
    expect(await ledger(setup)).toMatchObject([{ key: '1', status: 'failed', documentsTouched: 0 }])

    // Declared, without allow-destructive: refused before it runs.
    await writeFile(join(dir, '0001-purge.mjs'), script(purge, true))
    before = cloud.cosmos.requests().length
    const disallowed = await run(setup, { migrations: dir })
    expect(disallowed.exitCode).toBe(1)
    expect(disallowed.errors.join('\n')).toContain(
      `Destructive migrations are refused unless 'allow-destructive' is 'true':\n  - ${join(dir, '0001-purge.mjs')}: the migration declares itself destructive`
    )
    expect(deletes(before, setup)).toEqual([])
    expect((await stored(setup)).size).toBe(1002)

    // Both: every matching document goes, and only those.
    before = cloud.cosmos.requests().length
    const allowed = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(allowed.errors).toEqual([])
    expect(allowed.exitCode).toBe(0)
    expect(allowed.log).toContain('[0001-purge.mjs] deleted 1001')
    expect(deletes(before, setup)).toHaveLength(1001)
    expect([...(await stored(setup)).keys()]).toEqual(['keep'])
    expect(await ledger(setup)).toMatchObject([{ status: 'applied', documentsTouched: 1001 }])
  })

  it('past 1,000 documents, refuses a declarative delete unless allow-destructive is true', async () => {
    const setup = await repository(withKinds({ old: 1001 }))
    const dir = await migrations({
      '0001-purge.yaml': `operations:\n  - delete:\n      container: items\n      where: "c.kind = 'old'"\n`
    })
    let before = cloud.cosmos.requests().length
    const refused = await run(setup, { migrations: dir })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      "Deleting 1001 documents in one migration (more than 1000) is destructive: set 'allow-destructive: true' to allow it."
    )
    expect(deletes(before, setup)).toEqual([])
    expect((await stored(setup)).size).toBe(1002)

    before = cloud.cosmos.requests().length
    const allowed = await run(setup, { migrations: dir, 'allow-destructive': 'true' })
    expect(allowed.errors).toEqual([])
    expect(deletes(before, setup)).toHaveLength(1001)
    expect([...(await stored(setup)).keys()]).toEqual(['keep'])
  })

  it('counts every delete of the migration: up to 1,000 pass, the call that goes past is refused whole, earlier ones stay done', async () => {
    const setup = await repository(withKinds({ a: 600, b: 400, c: 1 }))
    const dir = await migrations({
      '0001-purge.mjs': script(`
for (const kind of ['a', 'b', 'c']) {
  ctx.log(kind + ': deleted ' + (await ctx.deleteWhere('items', "c.kind = '" + kind + "'")))
}
`)
    })
    const before = cloud.cosmos.requests().length
    const result = await run(setup, { migrations: dir })
    expect(result.exitCode).toBe(1)
    expect(result.log).toContain('[0001-purge.mjs] a: deleted 600')
    expect(result.log).toContain('[0001-purge.mjs] b: deleted 400')
    expect(result.log).not.toContain('c: deleted')
    expect(result.errors.join('\n')).toContain(
      'Deleting 1001 documents in one migration (more than 1000) is destructive: the migration must say so'
    )
    // Each call lists what it would delete before it deletes anything: the refused call deleted
    // nothing, and nothing the earlier calls deleted came back.
    const sent = deletes(before, setup)
    expect(sent).toHaveLength(1000)
    expect(sent.every((request) => request.status === 204)).toBe(true)
    expect(sent.some((request) => request.path.endsWith('/docs/c-0'))).toBe(false)
    expect([...(await stored(setup)).keys()].sort()).toEqual(['c-0', 'keep'])
    expect(await ledger(setup)).toMatchObject([{ status: 'failed', documentsTouched: 1000 }])
  })
})

describe('the 1,000-document limit under concurrent writes', () => {
  it('never deletes more than 1,000 documents in a migration not declared destructive', async () => {
    const setup = await repository(
      Array.from({ length: 1000 }, (_, i) => ({ id: `old-${i}`, pk: `p-${i % 5}`, kind: 'old' }))
    )
    const dir = await migrations({
      '0001-purge.mjs': script(
        `ctx.log('deleted ' + (await ctx.deleteWhere('items', "c.kind = 'old'")))`
      )
    })
    // Five more matching documents arrive as the first delete goes out.
    const added = interpose(
      (request) =>
        request.method === 'DELETE' &&
        request.path.startsWith(`/dbs/${setup.db}/colls/items/docs/`),
      () =>
        cloud.cosmos.upsertItems(
          setup.db,
          'items',
          Array.from({ length: 5 }, (_, i) => ({ id: `late-${i}`, pk: 'p-0', kind: 'old' }))
        )
    )
    const before = cloud.cosmos.requests().length
    const result = await runWithFaults(setup, { migrations: dir })
    await added()
    const deleted = cloud.cosmos
      .requests()
      .slice(before)
      .filter(
        (r) =>
          r.method === 'DELETE' &&
          r.status === 204 &&
          r.path.startsWith(`/dbs/${setup.db}/colls/items/docs/`)
      )
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain('[0001-purge.mjs] deleted 1000')
    expect(deleted).toHaveLength(1000)
    const left = [...(await stored(setup)).keys()].filter((id) => id.startsWith('late-'))
    expect(left.sort()).toEqual(['late-0', 'late-1', 'late-2', 'late-3', 'late-4'])
  })
})

describe('upsertMany under resets', () => {
  it('rides out a connection reset on a bulk request', async () => {
    const setup = await repository([{ id: 'keep', pk: 'k' }])
    const many: Doc[] = Array.from({ length: 250 }, (_, i) => ({
      id: `u-${i}`,
      pk: `p-${i % 7}`,
      n: i
    }))
    const dir = await migrations({
      '0001-upsert.mjs': script(`await ctx.upsertMany('items', ${JSON.stringify(many)})`)
    })
    cloud.cosmos.injectFaults({
      count: 1,
      kind: 'reset',
      match: (request) =>
        isBatch(request) && writes([request as CosmosRequestRecord], setup, 'items').length === 1
    })
    const result = await runWithFaults(setup, { migrations: dir })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(await stored(setup)).toEqual(
      new Map([['keep', { id: 'keep', pk: 'k' }], ...many.map((d) => [d['id'], d] as const)])
    )
  })
})

describe('the ledger', () => {
  it('reports an entry whose migration file is gone, in a run and in a dry run', async () => {
    const setup = await repository([])
    const marker = (id: string): string =>
      script(`await ctx.upsertMany('items', [{ id: '${id}', pk: '${id}' }])`)
    const dir = await migrations({
      '0001-first.mjs': marker('first'),
      '0002-second.mjs': marker('second')
    })
    const first = await run(setup, { migrations: dir })
    expect(JSON.parse(first.outputs['migrations-applied'] ?? '')).toEqual([1, 2])

    await rm(join(dir, '0002-second.mjs'))
    await writeFile(join(dir, '0003-third.mjs'), marker('third'))
    const dry = await run(setup, { migrations: dir, 'dry-run': 'true' })
    expect(dry.errors).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(dry.log).toContain('file missing: 0002-second.mjs')
    expect(dry.summary).toMatch(/\| 2 \| `second` \| file missing \|/)

    const next = await run(setup, { migrations: dir })
    expect(next.errors).toEqual([])
    expect(next.exitCode).toBe(0)
    expect(JSON.parse(next.outputs['migrations-applied'] ?? '')).toEqual([3])
    expect(next.log).toMatch(
      /^::warning::Migration 2 is in the ledger but its file is gone \(0002-second\.mjs\)\.$/m
    )
    expect(next.summary).toMatch(/\| 2 \| `second` \| file missing \|/)
    expect(next.summary).toMatch(/\| 1 \| `first` \| up to date \|/)
    // Reported, not forgotten: the entry stays as it was.
    const entries = await ledger(setup)
    expect(entries.map((entry) => [entry['key'], entry['status']]).sort()).toEqual([
      ['1', 'applied'],
      ['2', 'applied'],
      ['3', 'applied']
    ])
    expect(entries.find((entry) => entry['key'] === '2')).toMatchObject({
      file: '0002-second.mjs'
    })
  })
})
