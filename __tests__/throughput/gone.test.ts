import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Container, CosmosClient, OperationInput } from '@azure/cosmos'
import { isTransientCosmosError } from '../../src/cosmos/transient.js'
import { sendBulk } from '../../src/throughput/bulk-calls.js'
import { runBulk, ThroughputGovernor } from '../../src/throughput/index.js'
import { workClient } from './work-client.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository } from '../../testkit/scenario.js'

/*
 * A partition key range that split, merged or moved answers 410 Gone with a sub-status. The SDK's
 * Items.bulk re-routes 1002 and 1007 itself, again and again with no pause, and throws the
 * others; bulk calls bound the first and send the second again in the next round. What is
 * asserted is what the operations and the service got, never how long anything took.
 */
trustTestCaInProcess()

let cloud: LocalCloud
let client: CosmosClient

beforeAll(async () => {
  cloud = await startLocalCloud()
  const setup = await setUpRepository(cloud, {
    repository: 'octo-org/gone',
    database: 'gonedb',
    containers: [{ id: 'gone', partitionKey: { paths: ['/pk'] } }],
    role: 'contributor'
  })
  client = workClient(cloud, setup, 'gone-test')
})
afterAll(async () => {
  client.dispose()
  await cloud.close()
})

const isBulk = (request: { path: string; method: string }): boolean =>
  request.method === 'POST' && request.path === '/dbs/gonedb/colls/gone/docs'

function upserts(prefix: string, count: number): OperationInput[] {
  return Array.from({ length: count }, (_, i) => ({
    operationType: 'Upsert' as const,
    resourceBody: { id: `${prefix}-${i}`, pk: `p${i % 5}` },
    partitionKey: `p${i % 5}`
  }))
}

function container(): Container {
  return client.database('gonedb').container('gone')
}

/**
 * runBulk over the container, its pauses not waited, settling as seeding does: what failed in
 * passing goes again.
 */
async function run(operations: OperationInput[]): Promise<void> {
  const sleep = async (): Promise<void> => undefined
  const governor = new ThroughputGovernor({ ceiling: 0, now: () => performance.now(), sleep })
  governor.expect(1_000_000_000)
  await runBulk(
    {
      container: container(),
      governor,
      sleep,
      policy: { retries: 2, baseMs: 1 },
      explain: (error) => error as Error
    },
    operations,
    (result) => result.error !== undefined && isTransientCosmosError(result.error)
  )
}

describe('a range that is moving', () => {
  it('gives the operations of a request answered 410/1008 that failure, to go again', async () => {
    cloud.cosmos.injectFaults({ count: 1, kind: 'gone', substatus: 1008, match: isBulk })
    const result = await sendBulk(container(), upserts('moved', 150))
    const gone = result.filter((outcome) => outcome.error !== undefined)
    expect(gone).toHaveLength(100)
    expect(gone.every((o) => o.error?.code === 410 && o.error.substatus === 1008)).toBe(true)
    expect(result.filter((outcome) => outcome.response?.statusCode === 201)).toHaveLength(50)
  })

  it('ends a call that the SDK re-routes while the range completes its split, at its limit', async () => {
    // Every request of the container answered 410/1007 until the faults are cleared: the SDK
    // reads the ranges and sends again, with no pause, until the call's limit.
    cloud.cosmos.injectFaults({ count: 1_000_000, kind: 'gone', substatus: 1007, match: isBulk })
    try {
      const result = await sendBulk(container(), upserts('splitting', 10), 200)
      expect(result.every((outcome) => outcome.error?.code === 408)).toBe(true)
      expect(result[0]?.error?.message).toBe('A bulk call took more than 200 ms.')
    } finally {
      cloud.cosmos.clearFaults()
    }
  })

  it('writes the documents once the range answers again', async () => {
    cloud.cosmos.injectFaults({ count: 2, kind: 'gone', substatus: 1008, match: isBulk })
    const operations = upserts('again', 250)
    await run(operations)
    const stored = await cloud.cosmos.readItems('gonedb', 'gone')
    expect(stored.filter((doc) => String(doc['id']).startsWith('again-'))).toHaveLength(250)
  })

  it('gives up on a range that stays gone, saying what kept failing', async () => {
    cloud.cosmos.injectFaults({ count: 1_000_000, kind: 'gone', substatus: 1008, match: isBulk })
    try {
      const done = run(upserts('lasting', 120))
      await expect(done).rejects.toThrow(
        /^120 document\(s\) were still throttled or failing after rounds that got nothing done .* The last failure: status 410\/1008: The partition key range is gone or moving\. Please retry the request\. Re-run the job/
      )
      await expect(done).rejects.toMatchObject({ cause: { code: 410, substatus: 1008 } })
    } finally {
      cloud.cosmos.clearFaults()
    }
  })
})
