/**
 * The emulator's query shortcuts (testkit/cosmos/query-shortcuts.ts) against its general path:
 * every page, every continuation token, with several partition key layouts, with writes between
 * pages, for random containers and queries (fast-check), and end to end through the gateway with
 * @azure/cosmos, shortcuts on and off. Also the gateway's memory of verified tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CosmosClient, type Container, type SqlQuerySpec } from '@azure/cosmos'
import accountModule from '@vercel/cosmosdb-server/lib/account/index.js'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { rememberVerified } from '../../testkit/cosmos/auth.js'
import {
  generalQuery,
  generalRead,
  installQueryShortcuts,
  queryShortcutCounts,
  setQueryShortcuts,
  shortcutQuery,
  type EmulatorDocuments,
  type PageOptions,
  type QueryPage,
  type QueryParameters
} from '../../testkit/cosmos/query-shortcuts.js'
import type { AccessTokenClaims } from '../../testkit/entra/access-token.js'
import { jobCredential } from '../../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository } from '../../testkit/scenario.js'

installQueryShortcuts()

type Doc = Record<string, unknown>

interface EmulatorAccount {
  databases: { create(body: Doc): unknown }
  database(id: string): {
    collections: { create(body: Doc): unknown }
    collection(id: string): { documents: EmulatorDocuments & EmulatorWrites }
  }
}
interface EmulatorWrites {
  upsert(body: Doc): Doc
  create(body: Doc): Doc
  replace(body: Doc, original: Doc): Doc
  delete(id: string, partition: unknown): void
}

const Account = (
  accountModule as unknown as { default: new (host: string, port: number) => EmulatorAccount }
).default

/** More pages than any walk here has: a walk that goes on past it is broken. */
const MAX_PAGES = 2000

let containers = 0
/** A fresh container of the in-process emulator (no HTTP), with this partition key. */
function emulatorContainer(paths: readonly string[]): EmulatorDocuments & EmulatorWrites {
  const account = new Account('localhost', 1)
  account.databases.create({ id: 'db' })
  const id = `c${++containers}`
  account
    .database('db')
    .collections.create({ id, partitionKey: { paths: [...paths], kind: 'Hash' } })
  return account.database('db').collection(id).documents
}

/** Every page of a query or read feed, following continuation tokens. */
function pages(
  answer: (options: PageOptions) => QueryPage | null | undefined,
  maxItemCount: number | null
): Array<QueryPage | null | undefined> {
  const all: Array<QueryPage | null | undefined> = []
  let continuation: PageOptions['continuation'] = null
  do {
    const page = answer({ maxItemCount, continuation })
    all.push(page)
    continuation = page?.continuation ?? null
  } while (continuation && all.length < MAX_PAGES)
  return all
}

/**
 * Walks both paths page by page, each page asked with the general path's token, and expects the
 * same page (documents and next token) every time; returns how many pages there were.
 */
function expectSamePages(
  documents: EmulatorDocuments,
  params: QueryParameters,
  maxItemCount: number | null
): number {
  let continuation: PageOptions['continuation'] = null
  let count = 0
  do {
    const general = generalQuery(documents, params, { maxItemCount, continuation })
    const ours = shortcutQuery(documents, params, { maxItemCount, continuation })
    expect(ours).toBeDefined()
    expect(ours).toEqual(general)
    continuation = general?.continuation ?? null
    count++
  } while (continuation && count < MAX_PAGES)
  expect(continuation).toBeNull()
  return count
}

/** What a call returned, or the error it threw as the emulator's handlers read it. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() }
  } catch (error) {
    return {
      error: (error as Error).message,
      badRequest: (error as { badRequest?: boolean }).badRequest
    }
  }
}

const documentsOf = (count: number, key: (i: number) => unknown): Doc[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `d-${(i * 7919) % count}`,
    pk: key(i),
    n: i,
    ...(i % 3 === 0 ? { tags: ['a', { b: i }] } : {}),
    ...(i % 5 === 0 ? { address: { city: `city-${i % 4}` } } : {}),
    ...(i % 4 === 0 ? { maybe: null } : {})
  }))

const recognisedQueries = (ids: string[]): QueryParameters[] => [
  { query: 'SELECT * FROM c' },
  { query: 'select * from c' },
  { query: 'SELECT * FROM root r' },
  { query: 'SELECT c.id FROM c' },
  { query: 'SELECT c.id, c.maybe, c.tags AS t, c.absent FROM c' },
  { query: 'SELECT TOP 5 * FROM c' },
  { query: 'SELECT TOP 1 c.id FROM c' },
  { query: 'SELECT TOP 0 * FROM c' },
  {
    query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
    parameters: [{ name: '@ids', value: ids }]
  },
  {
    query: 'SELECT * FROM c WHERE array_contains(@ids, c.id)',
    parameters: [{ name: '@ids', value: ids }]
  },
  {
    query: 'SELECT c.id FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
    parameters: [{ name: '@ids', value: ids }]
  },
  {
    query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
    parameters: [{ name: '@ids', value: [] }]
  },
  {
    query: 'SELECT TOP 3 * FROM r WHERE ARRAY_CONTAINS(@keys, r.pk)',
    parameters: [{ name: '@keys', value: ['p-1', 'p-3', 'nowhere'] }]
  },
  {
    // As the emulator binds them, the last parameter of a name wins.
    query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
    parameters: [
      { name: '@ids', value: ['d-1'] },
      { name: '@ids', value: ids.slice(0, 4) }
    ]
  }
]

describe('query shortcuts against the emulator in process', () => {
  const layouts: Array<[string, string[], (i: number) => unknown]> = [
    ['/id', ['/id'], () => undefined],
    ['/pk (strings)', ['/pk'], (i) => `p-${i % 6}`],
    ['/pk (numbers, some missing)', ['/pk'], (i) => (i % 4 === 0 ? undefined : i % 9)],
    ['/address/city', ['/address/city'], () => undefined]
  ]

  it.each(layouts)(
    'same pages and tokens with partition key %s, every page size',
    (_name, paths, key) => {
      const documents = emulatorContainer(paths)
      for (const doc of documentsOf(240, key)) documents.upsert(doc)
      const ids = ['d-5', 'd-239', 'd-0', 'd-5', 'missing', 'd-120', 'd-42']
      for (const params of recognisedQueries(ids)) {
        for (const size of [null, -1, 1, 3, 100, 239, 240, 241]) {
          expectSamePages(documents, params, size)
        }
      }
      const read = (shortcut: boolean) =>
        pages((options) => {
          setQueryShortcuts(shortcut)
          try {
            return documents.read(options)
          } finally {
            setQueryShortcuts(true)
          }
        }, 64)
      expect(read(true)).toEqual(read(false))
      expect(read(true)).toEqual(pages((options) => generalRead(documents, options), 64))
    }
  )

  it('actually pages: ARRAY_CONTAINS over 1,000 ids in pages of 100, SELECT * in pages of 7', () => {
    const documents = emulatorContainer(['/pk'])
    for (const doc of documentsOf(1500, (i) => `p-${i % 5}`)) documents.upsert(doc)
    const ids = Array.from({ length: 1000 }, (_, i) => `d-${i * 3}`)
    const params = {
      query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
      parameters: [{ name: '@ids', value: ids }]
    }
    expect(expectSamePages(documents, params, 100)).toBe(5)
    expect(expectSamePages(documents, { query: 'SELECT * FROM c' }, 7)).toBe(215)
  })

  it('counts a whole container as the general path does, across writes and deletes', () => {
    const documents = emulatorContainer(['/pk'])
    const count = { query: 'SELECT VALUE COUNT(1) FROM c' }
    expect(expectSamePages(documents, count, null)).toBe(1)
    for (const doc of documentsOf(300, (i) => `p-${i % 5}`)) documents.upsert(doc)
    expect(expectSamePages(documents, { query: 'select value count(1)\n from root' }, null)).toBe(1)
    const stored = documents.read({ maxItemCount: 1 })?.result[0] as { id: string; pk: string }
    documents.delete(stored.id, stored.pk)
    expect(shortcutQuery(documents, count, {})?.result).toEqual([299])
    expect(expectSamePages(documents, count, null)).toBe(1)
    // With a filter it is not a count of everything: the general path answers.
    expect(
      shortcutQuery(documents, { query: 'SELECT VALUE COUNT(1) FROM c WHERE c.n > 3' }, {})
    ).toBeUndefined()
  })

  it('stays right across writes between pages: creates, replaces, deletes', () => {
    const documents = emulatorContainer(['/pk'])
    const stored = documentsOf(300, (i) => `p-${i % 4}`)
    for (const doc of stored) documents.upsert(doc)
    const pkOf = (id: string): unknown => stored.find((doc) => doc.id === id)?.pk
    const params = { query: 'SELECT * FROM c' }
    const ids = {
      query: 'SELECT c.id, c.n FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
      parameters: [{ name: '@ids', value: ['d-1', 'd-2', 'd-3', 'new-1', 'd-299'] }]
    }
    let continuation: PageOptions['continuation'] = null
    const writes: Array<() => void> = [
      () => documents.create({ id: 'new-1', pk: 'p-9', n: -1 }),
      () => {
        const original = { id: 'd-2', pk: pkOf('d-2') }
        documents.replace({ ...original, n: 'replaced' }, original)
      },
      () => documents.delete('d-3', pkOf('d-3')),
      () => documents.upsert({ id: 'd-1', pk: pkOf('d-1'), n: 'upserted' }),
      () => documents.create({ id: 'new-2', pk: 'p-0', n: -2 }),
      () => documents.delete('new-2', 'p-0'),
      () => documents.upsert({ id: 'd-3', pk: pkOf('d-3'), n: 'back' }),
      () => {
        // As many documents as before, not the same ones.
        documents.delete('new-1', 'p-9')
        documents.create({ id: 'new-3', pk: 'p-1', n: -3 })
      }
    ]
    for (const write of writes) {
      write()
      // A token from before the write goes on the same way in both paths.
      const general = generalQuery(documents, params, { maxItemCount: 40, continuation })
      const ours = shortcutQuery(documents, params, { maxItemCount: 40, continuation })
      expect(ours).toEqual(general)
      continuation = general?.continuation ?? null
      expectSamePages(documents, params, 50)
      expectSamePages(documents, ids, 2)
    }
  })

  it('tokens the page window must read as paginate does: SRC, a deleted _rid, odd sizes', () => {
    const documents = emulatorContainer(['/id'])
    for (const doc of documentsOf(120, () => undefined)) documents.upsert(doc)
    const params = { query: 'SELECT * FROM c' }
    const first = generalQuery(documents, params, { maxItemCount: 10 })
    const token = first?.continuation?.token ?? ''
    expect(token).toMatch(/^\+RID:/)
    const variants = [
      token,
      `${token}#SRC:1`,
      token.replace('#TRC:', '#SRC:3#TRC:'),
      token.replace(/RID:[^#]*/, 'RID:'),
      token.replace(/RID:[^#]*/, 'RID:zzzz'),
      token.replace(/#RID:[^#]*|RID:[^#]*#/, '')
    ]
    for (const variant of variants) {
      for (const size of [1, 10, 2.5, 0, -3, 119, 500, Number.POSITIVE_INFINITY, null]) {
        const options = { maxItemCount: size, continuation: { token: variant } }
        const general = outcome(() => generalQuery(documents, params, options))
        expect(outcome(() => documents.query(params, options))).toEqual(general)
        // Whatever the general path answers, the shortcut answers itself.
        if ('value' in (general as object))
          expect(shortcutQuery(documents, params, options)).toEqual(
            (general as { value: unknown }).value
          )
      }
    }
    // The document the token names is gone: both go on from the next _rid.
    const after = first?.continuation ?? null
    const named = generalQuery(documents, params, { maxItemCount: 11 })?.result[10] as Doc
    documents.delete(named.id as string, named.id)
    expectSamePages(documents, params, 10)
    expect(shortcutQuery(documents, params, { maxItemCount: 7, continuation: after })).toEqual(
      generalQuery(documents, params, { maxItemCount: 7, continuation: after })
    )
    expect(
      (generalQuery(documents, params, { maxItemCount: 7, continuation: after })?.result[0] as Doc)
        ._rid
    ).not.toBe(named._rid)
  })

  it('leaves every other shape to the general path, which answers as before', () => {
    const documents = emulatorContainer(['/pk'])
    for (const doc of documentsOf(60, (i) => `p-${i % 3}`)) documents.upsert(doc)
    const others: QueryParameters[] = [
      { query: 'SELECT * FROM c WHERE c.n > 10' },
      { query: 'SELECT * FROM c ORDER BY c.n DESC' },
      { query: 'SELECT VALUE c.id FROM c' },
      { query: 'SELECT VALUE COUNT(1) FROM c WHERE c.n > 3' },
      { query: 'SELECT c.id FROM c JOIN t IN c.tags' },
      { query: 'SELECT c["id"] FROM c' },
      { query: 'SELECT r.id FROM root r JOIN t IN r.tags' },
      { query: 'SELECT x.id FROM c' },
      { query: 'SELECT c.address.city FROM c' },
      { query: 'SELECT c.__proto__ FROM c' },
      { query: 'SELECT TOP @n * FROM c', parameters: [{ name: '@n', value: 2 }] },
      {
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id, true)',
        parameters: [{ name: '@ids', value: ['d-1'] }]
      },
      {
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.n)',
        parameters: [{ name: '@ids', value: [1, 2, 3] }]
      },
      {
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
        parameters: [{ name: '@ids', value: ['d-1', { id: 'd-2' }] }]
      },
      { query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@missing, c.id)' },
      { query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(c.tags, c.id)' },
      {
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id) AND c.n > 3',
        parameters: [{ name: '@ids', value: ['d-1'] }]
      }
    ]
    for (const params of others) {
      expect(shortcutQuery(documents, params, {})).toBeUndefined()
      const before = queryShortcutCounts().query
      expect(outcome(() => documents.query(params, { maxItemCount: 7 }))).toEqual(
        outcome(() => generalQuery(documents, params, { maxItemCount: 7 }))
      )
      expect(queryShortcutCounts().query).toBe(before)
    }
  })

  it('malformed input (syntax, parameters, tokens): answers or fails as the general path does', () => {
    const documents = emulatorContainer(['/id'])
    for (const doc of documentsOf(20, () => undefined)) documents.upsert(doc)
    const cases: Array<[QueryParameters, PageOptions]> = [
      [{ query: 'SELECT * FORM c' }, {}],
      [{ query: 'SELECT * FROM c', parameters: [{ name: 5 as unknown as string, value: 1 }] }, {}],
      [{ query: 'SELECT * FROM c' }, { maxItemCount: 5, continuation: { token: 'garbage' } }],
      [{ query: 'SELECT * FROM c' }, { maxItemCount: 5, continuation: {} as { token: string } }],
      [
        { query: 'SELECT * FROM c' },
        { maxItemCount: 5, continuation: { token: '+RID:x#RT:1#TRC:5#RTD:bm90IGFuIGFycmF5' } }
      ]
    ]
    for (const [params, options] of cases) {
      const general = outcome(() => generalQuery(documents, params, options))
      expect(outcome(() => documents.query(params, options))).toEqual(general)
    }
  })

  it('random containers, writes and queries: the same pages (fast-check)', () => {
    const id = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `k${i}`))
    const pk = fc.oneof(
      fc.constantFrom('a', 'b', 'c'),
      fc.integer({ min: 0, max: 3 }),
      fc.boolean()
    )
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('upsert' as const),
        id,
        pk,
        n: fc.integer(),
        query: fc.boolean()
      }),
      fc.record({ kind: fc.constant('delete' as const), id, pk, query: fc.boolean() })
    )
    fc.assert(
      fc.property(
        fc.constantFrom(['/id'], ['/pk']),
        fc.array(write, { maxLength: 120 }),
        fc.array(id, { maxLength: 30 }),
        fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 50 })),
        fc.constantFrom('SELECT * FROM c', 'SELECT c.id, c.n FROM c', 'SELECT TOP 7 * FROM c'),
        fc.boolean(),
        (paths, writes, ids, size, select, filtered) => {
          const documents = emulatorContainer(paths)
          for (const w of writes) {
            const body = { id: w.id, pk: w.pk, ...(w.kind === 'upsert' ? { n: w.n } : {}) }
            try {
              if (w.kind === 'upsert') documents.upsert(body)
              else documents.delete(w.id, paths[0] === '/id' ? w.id : w.pk)
            } catch {
              // deleting what is not there
            }
            // Queries between some of the writes: the kept _rid order meets every kind of change.
            if (!w.query) continue
            if (w.kind === 'delete') generalQuery(documents, { query: 'SELECT * FROM c' }, {})
            else shortcutQuery(documents, { query: 'SELECT * FROM c' }, {})
          }
          const params: QueryParameters = filtered
            ? {
                query: `${select} WHERE ARRAY_CONTAINS(@ids, c.id)`,
                parameters: [{ name: '@ids', value: ids }]
              }
            : { query: select }
          const general = pages((options) => generalQuery(documents, params, options), size)
          const ours = pages((options) => shortcutQuery(documents, params, options), size)
          return isDeepStrictEqual(ours, general)
        }
      ),
      { numRuns: 150 }
    )
  })
})

describe('query shortcuts through the gateway, with @azure/cosmos', () => {
  trustTestCaInProcess()
  let cloud: LocalCloud
  let container: Container
  let client: CosmosClient

  beforeAll(async () => {
    cloud = await startLocalCloud()
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/shortcuts',
      database: 'appdb',
      containers: [{ id: 'items', partitionKey: { paths: ['/tenant'] } }],
      role: 'contributor'
    })
    await cloud.cosmos.upsertItems(
      'appdb',
      'items',
      Array.from({ length: 1200 }, (_, i) => ({
        id: `item-${i}`,
        tenant: `tenant-${i % 7}`,
        n: i,
        pad: 'x'.repeat(i % 50)
      }))
    )
    client = new CosmosClient({
      endpoint: cloud.cosmos.endpoint,
      aadCredentials: jobCredential(cloud, setup)
    })
    container = client.database('appdb').container('items')
  })
  afterAll(async () => {
    setQueryShortcuts(true)
    client.dispose()
    await cloud.close()
  })

  /** Every page the SDK fetches: its documents and continuation token. */
  async function sdkPages(
    spec: SqlQuerySpec | undefined,
    options: { maxItemCount?: number; partitionKey?: string }
  ): Promise<Array<{ resources: unknown[]; continuationToken: string | undefined }>> {
    const iterator = spec ? container.items.query(spec, options) : container.items.readAll(options)
    const all: Array<{ resources: unknown[]; continuationToken: string | undefined }> = []
    while (iterator.hasMoreResults()) {
      const page = await iterator.fetchNext()
      all.push({ resources: page.resources, continuationToken: page.continuationToken })
    }
    return all
  }

  async function bothWays(
    spec: SqlQuerySpec | undefined,
    options: { maxItemCount?: number; partitionKey?: string }
  ): Promise<Array<{ resources: unknown[]; continuationToken: string | undefined }>> {
    const before = queryShortcutCounts()
    setQueryShortcuts(true)
    const ours = await sdkPages(spec, options)
    const after = queryShortcutCounts()
    expect(after.query + after.read).toBeGreaterThan(before.query + before.read)
    setQueryShortcuts(false)
    const general = await sdkPages(spec, options)
    setQueryShortcuts(true)
    expect(ours).toEqual(general)
    return ours
  }

  it('the seed existence check: ARRAY_CONTAINS over ids, across partitions and in one', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `item-${i * 3}`)
    const spec = {
      query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
      parameters: [{ name: '@ids', value: ids }]
    }
    const all = await bothWays(spec, {})
    expect(all.flatMap((page) => page.resources)).toHaveLength(400)
    const paged = await bothWays(spec, { maxItemCount: 50 })
    expect(paged.length).toBeGreaterThan(1)
    expect(paged.flatMap((page) => page.resources)).toEqual(all.flatMap((page) => page.resources))
    // The emulator does not scope queries by partition key; both paths answer alike.
    await bothWays(spec, { partitionKey: 'tenant-3', maxItemCount: 60 })
  })

  it('paged scans: SELECT *, a projection, TOP, and the read feed, with continuation tokens', async () => {
    const scan = await bothWays({ query: 'SELECT * FROM c' }, { maxItemCount: 100 })
    expect(scan.length).toBeGreaterThanOrEqual(12)
    expect(scan.at(-2)?.continuationToken).toBeDefined()
    expect(new Set(scan.flatMap((page) => page.resources.map((d) => (d as Doc).id))).size).toBe(
      1200
    )
    await bothWays({ query: 'SELECT c.id FROM c' }, { maxItemCount: 500 })
    await bothWays({ query: 'SELECT TOP 10 c.id, c.tenant FROM c' }, { maxItemCount: 3 })
    await bothWays(undefined, { maxItemCount: 250 })
  })

  it('writes between pages: each page, from the same token, is the same both ways', async () => {
    const page = async (shortcuts: boolean, continuationToken: string | undefined) => {
      setQueryShortcuts(shortcuts)
      try {
        const iterator = container.items.query('SELECT * FROM c', {
          maxItemCount: 300,
          ...(continuationToken === undefined ? {} : { continuationToken })
        })
        const { resources, continuationToken: next } = await iterator.fetchNext()
        return { resources, continuationToken: next }
      } finally {
        setQueryShortcuts(true)
      }
    }
    let token: string | undefined
    let count = 0
    do {
      const ours = await page(true, token)
      const general = await page(false, token)
      expect(ours).toEqual(general)
      token = general.continuationToken
      if (count++ === 0) {
        await container.item('item-1100', 'tenant-1').patch([{ op: 'incr', path: '/n', value: 1 }])
        await container.items.create({ id: 'late', tenant: 'tenant-0', n: -1 })
        await container.item('item-5', 'tenant-5').delete()
      }
    } while (token)
    expect(count).toBeGreaterThanOrEqual(4)
  })
})

describe('remembered token verification', () => {
  const claims = (exp: number): AccessTokenClaims =>
    ({ oid: 'o', tid: 't', aud: 'https://cosmos.azure.com', exp }) as AccessTokenClaims

  it('verifies each token once; failures are not remembered; copies are handed out', async () => {
    const calls: string[] = []
    const verify = rememberVerified(async (token) => {
      calls.push(token)
      if (token.startsWith('bad')) throw new Error('bad signature')
      return claims(123)
    }, 2)
    const first = await verify('a')
    first.oid = 'changed'
    expect(await verify('a')).toEqual(claims(123))
    await expect(verify('bad')).rejects.toThrow('bad signature')
    await expect(verify('bad')).rejects.toThrow('bad signature')
    expect(calls).toEqual(['a', 'bad', 'bad'])
    // Full: forgets everything and starts again.
    await verify('b')
    await verify('c')
    await verify('a')
    expect(calls).toEqual(['a', 'bad', 'bad', 'b', 'c', 'a'])
  })
})
