/**
 * Reliability, end to end with the built action on the local cloud: a release (migrations,
 * seeding, smoke checks) under injected faults, four release jobs at once, and runs killed at
 * random points then run again. Each ends in exactly the state a clean run leaves, or with a
 * clear error and nothing half-applied. Every run is leak-scanned (and the cloud's close scans
 * every captured run and stored document again).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let scenario = 0
let release: { migrations: string; seed: string; smoke: string }
/** What a clean run leaves, per container, normalised. */
let reference: Record<string, unknown[]>
/** How many Cosmos DB requests a clean release run makes: kill points fall among them. */
let cleanRunRequests = 0

/** A release run is killed after this long, and reported with its output. */
const RUN_TIMEOUT_MS = 120_000
/** Jest's timeouts: past every run's own, so that a slow run fails with its log, not jest's. */
const ONE_RUN_MS = RUN_TIMEOUT_MS + 60_000
const TWO_RUNS_MS = 2 * RUN_TIMEOUT_MS + 60_000

const SYSTEM = new Set(['_rid', '_self', '_etag', '_attachments', '_ts'])
const PRODUCTS = 300
const ORDERS = 300

/** A small seeded generator, so "random" kill points are the same on every run. */
function generator(seed: number): () => number {
  return () => {
    let t = (seed += 0x6d2b79f5)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function files(entries: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'release-'))
  for (const [name, text] of Object.entries(entries)) await writeFile(join(dir, name), text)
  return dir
}

beforeAll(async () => {
  cloud = await startLocalCloud()
  cloud.arm.setOperationLatency({ polls: 0 })
  release = {
    migrations: await files({
      '0001-product-status.yaml': `operations:
  - patch:
      container: products
      where: NOT IS_DEFINED(c.status)
      set: { status: active }
`,
      '0002-order-cents.mjs': `export const containers = ['orders']
export async function up(ctx) {
  await ctx.updateWhere('orders', 'NOT IS_DEFINED(c.totalCents)', (order) => ({
    ...order,
    totalCents: Math.round(order.total * 100)
  }))
}
`,
      'R__featured.json': JSON.stringify({
        operations: [
          {
            upsert: {
              container: 'products',
              documents: [{ id: 'featured', kind: 'list', items: ['p-1', 'p-2'] }]
            }
          }
        ]
      })
    }),
    seed: await files({
      'categories.json': JSON.stringify(
        Array.from({ length: 50 }, (_, i) => ({ id: `cat-${i}`, name: `Category ${i}` }))
      )
    }),
    smoke: join(
      await files({
        'smoke.yml': `checks:
  - name: every product has a status
    container: products
    query: SELECT VALUE COUNT(1) FROM c WHERE IS_DEFINED(c.price) AND NOT IS_DEFINED(c.status)
    expect: { equals: 0 }
  - name: the categories are there
    container: categories
    query: SELECT VALUE COUNT(1) FROM c
    expect: { equals: 50 }
  - name: orders are in cents
    container: orders
    read: { id: o-7, partitionKey: c-7 }
    expect: { fields: { totalCents: 700 } }
  - name: orders accept writes
    container: orders
    canary: true
`
      }),
      'smoke.yml'
    )
  }
  // Kill points are counted in the clean run's requests to Cosmos DB, not in its time: a killed
  // run that happens to be quicker than the clean one still has its kill point ahead of it. The
  // count does not shrink with the machine's speed (slower runs only renew the lock more often).
  const clean = await repository()
  const before = cloud.cosmos.requestCount()
  const run = await releaseRun(clean)
  cleanRunRequests = cloud.cosmos.requestCount() - before
  expect(run.errors).toEqual([])
  reference = await state(clean)
  expect(reference['products']).toHaveLength(PRODUCTS + 1)
}, ONE_RUN_MS)

afterAll(async () => {
  await cloud.close()
})

/** A production database: products and orders from before this release, and a write role. */
async function repository(): Promise<RepositorySetup> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/release-${n}`,
    environment: 'production',
    database: `release${n}`,
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customerId'] } },
      { id: 'categories', partitionKey: { paths: ['/id'] } }
    ],
    role: 'contributor',
    controlPlaneWrite: true
  })
  const database = setup.inputs['database'] as string
  await cloud.cosmos.upsertItems(
    database,
    'products',
    Array.from({ length: PRODUCTS }, (_, i) => ({ id: `p-${i}`, price: i + 1 }))
  )
  await cloud.cosmos.upsertItems(
    database,
    'orders',
    Array.from({ length: ORDERS }, (_, i) => ({ id: `o-${i}`, customerId: `c-${i}`, total: i }))
  )
  return setup
}

async function releaseRun(
  setup: RepositorySetup,
  extra: { inputs?: Record<string, string>; killWhen?: RegExp | (() => boolean) } = {}
): Promise<ActionRun> {
  const run = await runAction({
    inputs: {
      ...setup.inputs,
      migrations: release.migrations,
      seed: release.seed,
      smoke: release.smoke,
      // Long enough that a renewal delayed by the injected faults on a busy machine does not
      // stop the run; a killed run's post step releases the lock, so no run waits it out.
      'lock-lease': '15',
      'lock-timeout': '60',
      ...extra.inputs
    },
    env: setup.job.env,
    caFile: cloud.caFile,
    timeoutMs: RUN_TIMEOUT_MS,
    ...(extra.killWhen === undefined ? {} : { killWhen: extra.killWhen })
  })
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  return run
}

/**
 * The database as a clean run leaves it: documents without system properties, sorted; the
 * ledger without times, durations, charges and who ran it; no lock; canaries listed apart.
 */
async function state(setup: RepositorySetup): Promise<Record<string, unknown[]>> {
  const database = setup.inputs['database'] as string
  const result: Record<string, unknown[]> = {}
  for (const container of ['products', 'orders', 'categories', 'migrations']) {
    const documents = await cloud.cosmos.readItems(database, container)
    result[container] = documents
      .filter((doc) => !String(doc['id']).startsWith('cosmos-oidc-canary-'))
      .filter((doc) => doc['type'] !== 'lock')
      .map((doc) => {
        const kept = Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM.has(key)))
        if (container !== 'migrations') return kept
        const { version, name, checksum, status, kind, id } = kept as Record<string, unknown>
        return { id, version, name, checksum, status, kind }
      })
      .sort((a, b) => String(a['id']).localeCompare(String(b['id'])))
  }
  return result
}

/** Canary documents a killed run may leave: each must expire on its own. */
async function strayCanaries(setup: RepositorySetup): Promise<Array<Record<string, unknown>>> {
  const database = setup.inputs['database'] as string
  const all = [
    ...(await cloud.cosmos.readItems(database, 'orders')),
    ...(await cloud.cosmos.readItems(database, 'products'))
  ]
  return all.filter((doc) => String(doc['id']).startsWith('cosmos-oidc-canary-'))
}

describe('a release under faults', () => {
  it(
    'ends with exactly the data and ledger of a clean run',
    async () => {
      const setup = await repository()
      const match = (): boolean => true
      cloud.cosmos.injectFaults({
        count: 10_000,
        kind: 'throttle',
        retryAfterMs: 20,
        rate: 0.08,
        match
      })
      cloud.cosmos.injectFaults({ count: 10_000, kind: 'unavailable', rate: 0.03, match })
      cloud.cosmos.injectFaults({ count: 10_000, kind: 'timeout', rate: 0.02, match })
      cloud.cosmos.injectFaults({ count: 20, kind: 'reset', rate: 0.02, match })
      cloud.cosmos.setLatency(3)
      cloud.github.failNext(2, 500)
      cloud.entra.failFor(3000)
      let run: ActionRun
      try {
        run = await releaseRun(setup)
      } finally {
        cloud.cosmos.clearFaults()
        cloud.cosmos.setLatency(0)
      }
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs['smoke-passed']).toBe('true')
      expect(JSON.parse(run.outputs['migrations-applied'] ?? '[]')).toEqual([1, 2, 'R__featured'])
      const statuses = cloud.cosmos.requests().map((r) => r.status)
      // The faults happened: throttles, 503s, 408s and resets were all answered and survived.
      for (const status of [429, 503, 408, 0]) expect(statuses).toContain(status)
      expect(await state(setup)).toEqual(reference)
      expect(await strayCanaries(setup)).toEqual([])
    },
    ONE_RUN_MS
  )

  it(
    'fails clearly when the account stays unavailable, then a re-run completes the release',
    async () => {
      const setup = await repository()
      const database = setup.inputs['database'] as string
      // Every write to orders fails for good: 0002 cannot complete.
      cloud.cosmos.injectFaults({
        count: 100_000,
        kind: 'unavailable',
        match: (req) =>
          req.method !== 'GET' &&
          req.path.includes('/colls/orders/') &&
          !req.actions.some((a) => a.endsWith('/executeQuery'))
      })
      let failed: ActionRun
      try {
        failed = await releaseRun(setup)
      } finally {
        cloud.cosmos.clearFaults()
      }
      expect(failed.exitCode).toBe(1)
      expect(failed.errors.at(-1)).toMatch(/0002-order-cents\.mjs/)
      // Faults kept coming (503s, and resets as the gateway drops failed connections): said so.
      expect(failed.errors.at(-1)).toMatch(/still failing after \d+ attempts/)
      // Nothing half-applied: 0001 is recorded applied, 0002 failed, nothing after it ran.
      const ledger = (await cloud.cosmos.readItems(database, 'migrations')).filter(
        (d) => d['type'] === 'migration'
      )
      expect(ledger.map((d) => [d['name'], d['status']]).sort()).toEqual([
        ['order-cents', 'failed'],
        ['product-status', 'applied']
      ])
      expect(await cloud.cosmos.readItems(database, 'categories')).toEqual([])
      expect(
        (await cloud.cosmos.readItems(database, 'migrations')).some((d) => d['type'] === 'lock')
      ).toBe(false)

      const again = await releaseRun(setup)
      expect(again.errors).toEqual([])
      expect(await state(setup)).toEqual(reference)
    },
    TWO_RUNS_MS
  )
})

describe('four release jobs at once', () => {
  it(
    'apply each migration exactly once and all end well',
    async () => {
      const setup = await repository()
      const database = setup.inputs['database'] as string
      // The lock holder's first migration waits for a file the test writes once the other jobs
      // have been refused the lock three times (a 409 on the ledger): they overlap on any machine.
      const gate = join(await files({}), 'go')
      const counted = await files({
        '0001-count.mjs': `import { access } from 'node:fs/promises'
export const containers = ['products']
export async function up(ctx) {
  const item = ctx.container('products').item('runs-1', 'runs-1')
  const { resource } = await item.read()
  while (!(await access(${JSON.stringify(gate)}).then(() => true, () => false)))
    await new Promise((resolve) => setTimeout(resolve, 50))
  await ctx.container('products').items.upsert({ id: 'runs-1', count: (resource?.count ?? 0) + 1 })
}
`,
        '0002-count.mjs': `export const containers = ['products']
export async function up(ctx) {
  const item = ctx.container('products').item('runs-2', 'runs-2')
  const { resource } = await item.read()
  await ctx.container('products').items.upsert({ id: 'runs-2', count: (resource?.count ?? 0) + 1 })
}
`
      })
      const before = cloud.cosmos.requests().length
      const running = Promise.all(
        [1, 2, 3, 4].map(() => releaseRun(setup, { inputs: { migrations: counted, smoke: '' } }))
      )
      await openWhenRefused(gate, before, database, 3)
      const runs = await running
      expect(runs.flatMap((run) => run.errors)).toEqual([])
      expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0, 0])
      const applied = runs.flatMap(
        (run) => JSON.parse(run.outputs['migrations-applied'] ?? '[]') as number[]
      )
      expect(applied.sort()).toEqual([1, 2])
      const products = await cloud.cosmos.readItems(database, 'products')
      expect(products.find((d) => d['id'] === 'runs-1')?.['count']).toBe(1)
      expect(products.find((d) => d['id'] === 'runs-2')?.['count']).toBe(1)
      expect(
        runs.filter((run) => run.log.includes('Waiting for the migration lock')).length
      ).toBeGreaterThan(0)
      const ledger = (await cloud.cosmos.readItems(database, 'migrations')).filter(
        (d) => d['type'] === 'migration'
      )
      expect(ledger.map((d) => d['status'])).toEqual(['applied', 'applied'])
    },
    ONE_RUN_MS
  )
})

/**
 * Writes `gate` once `count` lock attempts on the database's ledger were refused (409) since
 * request `from`; after a minute it writes it anyway, so that a missing wait fails the test's
 * assertions instead of hanging it.
 */
async function openWhenRefused(
  gate: string,
  from: number,
  database: string,
  count: number
): Promise<void> {
  const deadline = Date.now() + 60_000
  const refused = (): number =>
    cloud.cosmos
      .requests()
      .slice(from)
      .filter(
        (r) =>
          r.method === 'POST' &&
          r.status === 409 &&
          r.path.includes(`/dbs/${database}/colls/migrations`)
      ).length
  while (refused() < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
  await writeFile(gate, '')
}

/**
 * A release run killed with SIGKILL, then run again: the second ends as a clean run does, and a
 * canary caught by the kill stays behind with a time to live, for the service to remove. Returns
 * the killed run.
 */
async function killThenRerun(kill: { atRequest: number } | { killWhen: RegExp }) {
  const setup = await repository()
  const before = cloud.cosmos.requestCount()
  const killWhen =
    'atRequest' in kill
      ? () => cloud.cosmos.requestCount() - before >= kill.atRequest
      : kill.killWhen
  const killed = await releaseRun(setup, { killWhen })
  expect(killed.exitCode).toBeNull()
  const again = await releaseRun(setup)
  expect(again.errors).toEqual([])
  expect(again.exitCode).toBe(0)
  expect(await state(setup)).toEqual(reference)
  for (const canary of await strayCanaries(setup)) expect(canary['ttl']).toBe(3600)
  return killed
}

describe('runs killed at random points', () => {
  // Seeded: the same shares of a clean run's requests on every run of the suite, spread over
  // its first two thirds, so a run that needs a few requests fewer is still killed mid-way.
  const random = generator(0xc0ffee)
  const shares = [0, 1, 2, 3, 4].map(
    (i) => Math.round(((i + 0.3 + random() * 0.7) / 8) * 100) / 100
  )

  it.each(shares)(
    "killed at %f of a clean run's requests, then run again, ends as a clean run does",
    async (share) => {
      const atRequest = Math.max(1, Math.round(share * cleanRunRequests))
      await killThenRerun({ atRequest })
    },
    TWO_RUNS_MS
  )

  // Points no share of the time reaches reliably: the step that starts as the log says so.
  it.each([
    ['migrations', /::group::Migrations\n/],
    ['seeding', /::group::Seed '/],
    ['smoke checks', /::group::Smoke checks\n/]
  ])(
    'killed as the %s step begins, then run again, ends as a clean run does',
    async (_step, marker) =>
      expect((await killThenRerun({ killWhen: marker })).log).toMatch(marker),
    TWO_RUNS_MS
  )
})
