import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ChangeFeedStartFrom,
  CosmosClient,
  StatusCodes,
  type ChangeFeedIteratorOptions,
  type ChangeFeedIteratorResponse,
  type Container
} from '@azure/cosmos'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../../testkit/index.js'
import { jobCredential } from '../../../testkit/clients.js'
import { setUpRepository } from '../../../testkit/scenario.js'

// The SDKs use the default CA store; NODE_EXTRA_CA_CERTS would be read too late in jest.
trustTestCaInProcess()

type Doc = { id: string; pk: string; n?: number; _lsn?: number }

let cloud: LocalCloud
let client: CosmosClient
let count = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
  await cloud.cosmos.createDatabase('appdb')
  const setup = await setUpRepository(cloud, { repository: 'octo-org/feed', role: 'contributor' })
  client = new CosmosClient({
    endpoint: cloud.cosmos.endpoint,
    aadCredentials: jobCredential(cloud, setup)
  })
})
afterAll(async () => {
  client.dispose()
  await cloud.close()
})

/** A new, empty container for each test. */
async function freshContainer(): Promise<Container> {
  const id = `feed${++count}`
  await cloud.cosmos.createContainer('appdb', { id, partitionKey: { paths: ['/pk'] } })
  return client.database('appdb').container(id)
}

/** Reads until the feed answers 304; returns the documents and the last continuation. */
async function drain(
  container: Container,
  startFrom: NonNullable<ChangeFeedIteratorOptions['changeFeedStartFrom']>,
  maxItemCount?: number
): Promise<{ docs: Doc[]; continuation: string; pages: ChangeFeedIteratorResponse<Doc[]>[] }> {
  const iterator = container.items.getChangeFeedIterator<Doc>({
    changeFeedStartFrom: startFrom,
    ...(maxItemCount === undefined ? {} : { maxItemCount })
  })
  const pages: ChangeFeedIteratorResponse<Doc[]>[] = []
  for (;;) {
    const page = await iterator.readNext()
    pages.push(page)
    if (page.statusCode === StatusCodes.NotModified) {
      return { docs: pages.flatMap((p) => p.result), continuation: page.continuationToken, pages }
    }
  }
}

describe('the gateway answers the change feed as Cosmos DB does in latest-version mode', () => {
  it('Beginning returns every document once, each with its _lsn', async () => {
    const container = await freshContainer()
    await container.items.create({ id: 'a', pk: 'p1' })
    await container.items.upsert({ id: 'b', pk: 'p2' })
    await cloud.cosmos.upsertItems('appdb', container.id, [{ id: 'c', pk: 'p1' }])
    const { docs } = await drain(container, ChangeFeedStartFrom.Beginning())
    expect(docs.map((doc) => doc.id)).toEqual(['a', 'b', 'c'])
    expect(docs.map((doc) => typeof doc._lsn)).toEqual(['number', 'number', 'number'])
  })

  it('Now, then a write, returns just that write; no change answers 304', async () => {
    const container = await freshContainer()
    await container.items.create({ id: 'old', pk: 'p1' })
    const now = await drain(container, ChangeFeedStartFrom.Now())
    expect(now.docs).toEqual([])
    await container.item('old', 'p1').replace({ id: 'old', pk: 'p1', n: 2 })
    const after = await drain(container, ChangeFeedStartFrom.Continuation(now.continuation))
    expect(after.docs.map(({ id, n }) => ({ id, n }))).toEqual([{ id: 'old', n: 2 }])
    const quiet = await drain(container, ChangeFeedStartFrom.Continuation(after.continuation))
    expect(quiet.pages.map((page) => page.statusCode)).toEqual([304])
    expect(quiet.docs).toEqual([])
  })

  it('does not show deletes', async () => {
    const container = await freshContainer()
    await container.items.create({ id: 'kept', pk: 'p1' })
    await container.items.create({ id: 'gone', pk: 'p1' })
    const start = await drain(container, ChangeFeedStartFrom.Now())
    await container.item('gone', 'p1').delete()
    const since = await drain(container, ChangeFeedStartFrom.Continuation(start.continuation))
    expect(since.docs).toEqual([])
    const all = await drain(container, ChangeFeedStartFrom.Beginning())
    expect(all.docs.map((doc) => doc.id)).toEqual(['kept'])
  })

  it('resumes from a continuation, page by page', async () => {
    const container = await freshContainer()
    await container.items.executeBulkOperations(
      Array.from({ length: 5 }, (_, i) => ({
        operationType: 'Create' as const,
        partitionKey: 'p1',
        resourceBody: { id: `d${i}`, pk: 'p1' }
      }))
    )
    const iterator = container.items.getChangeFeedIterator<Doc>({
      changeFeedStartFrom: ChangeFeedStartFrom.Beginning(),
      maxItemCount: 2
    })
    const first = await iterator.readNext()
    expect(first.result.map((doc) => doc.id)).toEqual(['d0', 'd1'])
    const rest = await drain(
      container,
      ChangeFeedStartFrom.Continuation(first.continuationToken),
      2
    )
    expect(rest.docs.map((doc) => doc.id)).toEqual(['d2', 'd3', 'd4'])
  })

  it('returns a document written several times once, in its latest version', async () => {
    const container = await freshContainer()
    const start = await drain(container, ChangeFeedStartFrom.Now())
    await container.items.upsert({ id: 'x', pk: 'p1', n: 1 })
    await container.items.create({ id: 'y', pk: 'p1', n: 1 })
    await container.items.upsert({ id: 'x', pk: 'p1', n: 2 })
    await container.item('x', 'p1').patch([{ op: 'set', path: '/n', value: 3 }])
    const { docs } = await drain(container, ChangeFeedStartFrom.Continuation(start.continuation))
    expect(docs.map(({ id, n }) => ({ id, n }))).toEqual([
      { id: 'y', n: 1 },
      { id: 'x', n: 3 }
    ])
  })

  it('scopes a feed to a partition key', async () => {
    const container = await freshContainer()
    await container.items.create({ id: 'a', pk: 'p1' })
    await container.items.create({ id: 'b', pk: 'p2' })
    const { docs } = await drain(container, ChangeFeedStartFrom.Beginning('p2'))
    expect(docs.map((doc) => doc.id)).toEqual(['b'])
  })
})
