/**
 * End to end: smoke checks and the run report, by the built action against the local cloud.
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

const PRODUCTS = [
  { id: 'p-1', name: 'Widget', price: 10, active: true, tags: ['blue', 'small'] },
  { id: 'p-2', name: 'Gadget', price: 25, active: true, tags: ['red'] },
  { id: 'p-3', name: 'Gizmo', price: 40, active: true, tags: [] },
  { id: 'p-4', name: 'Relic', price: 5, active: false, tags: [] }
]
const ORDERS = [
  { id: 'o-1', customerId: 'c-1', total: 35 },
  { id: 'o-2', customerId: 'c-1', total: 10 },
  { id: 'o-3', customerId: 'c-2', total: 40 }
]

async function repository(
  role: 'reader' | 'contributor' = 'contributor'
): Promise<RepositorySetup> {
  const n = ++scenario
  const setup = await setUpRepository(cloud, {
    repository: `octo-org/smoke-${n}`,
    database: `smoke${n}`,
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customerId'] } }
    ],
    role,
    controlPlaneRead: true
  })
  await cloud.cosmos.upsertItems(`smoke${n}`, 'products', PRODUCTS)
  await cloud.cosmos.upsertItems(`smoke${n}`, 'orders', ORDERS)
  return setup
}

async function smokeFile(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'smoke-'))
  const path = join(dir, 'smoke.yml')
  await writeFile(path, text)
  return path
}

async function smoke(
  setup: RepositorySetup,
  text: string,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; file: string; writes: number }> {
  const file = await smokeFile(text)
  const before = cloud.cosmos.requests().length
  const run = await runAction({
    inputs: { ...setup.inputs, smoke: file, ...inputs },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  const writes = cloud.cosmos
    .requests()
    .slice(before)
    .filter((r) => r.actions.some((a) => /\/items\/(create|upsert|replace|delete)$/.test(a))).length
  return { run, file, writes }
}

const PASSING = `checks:
  - name: active products
    container: products
    query: SELECT VALUE COUNT(1) FROM c WHERE c.active = true
    expect: { min: 3, max: 3 }
  - name: cheap products by parameter
    container: products
    query: SELECT c.id, c.price FROM c WHERE c.price < @limit ORDER BY c.id
    parameters: { limit: 20 }
    expect:
      count: 2
      equals: [{ id: p-1, price: 10 }, { id: p-4, price: 5 }]
  - name: one customer's orders
    container: orders
    query: SELECT * FROM c WHERE c.customerId = 'c-1'
    partitionKey: c-1
    expect:
      count: 2
      contains: [{ id: o-1, total: 35 }, { id: o-2 }]
  - name: the widget
    container: products
    read: { id: p-1 }
    expect:
      fields: { name: Widget, price: 10, tags: [blue, small] }
  - name: an order by its key
    container: orders
    read: { id: o-3, partitionKey: c-2 }
  - name: no ghost
    container: products
    read: { id: p-99 }
    expect: { exists: false }
  - name: the widget reads fast
    container: products
    read: { id: p-1 }
    latency: { samples: 10, p50Ms: 5000, p95Ms: 10000, maxMs: 20000 }
  - name: a count query within budget
    container: products
    query: SELECT VALUE COUNT(1) FROM c
    latency: { samples: 5, p95Ms: 10000 }
  - name: orders accept writes
    container: orders
    canary: { partitionKey: c-canary }
  - name: products accept writes
    container: products
    canary: true
`

describe('smoke checks', () => {
  it('passes checks of every kind and leaves no canary behind', async () => {
    const setup = await repository()
    const before = cloud.cosmos.requests().length
    const { run, writes } = await smoke(setup, PASSING)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['smoke-passed']).toBe('true')
    expect(run.summary).toContain('### Smoke checks')
    expect(run.summary).toContain('10 of 10 checks passed.')
    expect(run.summary).toMatch(
      /\| the widget reads fast \| read \| `products` \| ✅ passed \| p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms \(10 samples\) \|/
    )
    expect(run.log).toMatch(/^::group::Smoke checks$/m)
    expect(run.log).toContain('✓ orders accept writes (canary on orders): passed')
    // Each canary is created and deleted, and nothing else is written.
    const requests = cloud.cosmos.requests().slice(before)
    const creates = requests.filter((r) => r.action?.endsWith('/items/create'))
    const deletes = requests.filter((r) => r.action?.endsWith('/items/delete'))
    expect(creates.map((r) => r.status)).toEqual([201, 201])
    expect(deletes.map((r) => r.status)).toEqual([204, 204])
    expect(writes).toBe(4)
    const setupDatabase = setup.inputs['database'] as string
    expect(
      (await cloud.cosmos.readItems(setupDatabase, 'orders')).map((d) => d['id']).sort()
    ).toEqual(['o-1', 'o-2', 'o-3'])
    expect((await cloud.cosmos.readItems(setupDatabase, 'products')).length).toBe(4)
    // The latency samples were taken: eleven reads of p-1 (the check and ten samples) plus the
    // field check's one.
    const widgetReads = requests.filter((r) => r.method === 'GET' && r.path.endsWith('/docs/p-1'))
    expect(widgetReads.length).toBe(12)
    // The partition-scoped query named its partition key.
    const scoped = requests.filter(
      (r) => r.action?.endsWith('/executeQuery') && r.path.includes('/colls/orders/')
    )
    expect(scoped.map((r) => r.partitionKey)).toContain('["c-1"]')
  })

  it('runs every check when some fail, and says what was expected against what was found', async () => {
    const setup = await repository()
    const { run, writes } = await smoke(
      setup,
      `checks:
  - name: too few active
    container: products
    query: SELECT VALUE COUNT(1) FROM c WHERE c.active = true
    expect: { min: 4 }
  - name: too many rows
    container: products
    query: SELECT * FROM c
    expect: { max: 2, count: 3 }
  - name: wrong equals
    container: products
    query: SELECT VALUE c.name FROM c WHERE c.id = @id
    parameters: { '@id': p-2 }
    expect: { equals: Widget }
  - name: missing subset
    container: orders
    query: SELECT * FROM c
    expect: { contains: { customerId: c-9 } }
  - name: a passing one in between
    container: products
    read: { id: p-2 }
  - name: missing document
    container: products
    read: { id: p-99 }
  - name: wrong field
    container: products
    read: { id: p-1 }
    expect: { fields: { price: 11, tags.0: blue } }
  - name: impossible budget
    container: products
    read: { id: p-1 }
    latency: { samples: 3, p95Ms: 1 }
  - name: no such container
    container: nowhere
    query: SELECT * FROM c
`
    )
    expect(run.exitCode).toBe(1)
    expect(writes).toBe(0)
    expect(run.outputs['smoke-passed']).toBe('false')
    const error = run.errors.at(-1)
    expect(error).toContain('8 of 9 smoke checks failed:')
    expect(error).toContain("'too few active' (")
    expect(error).toContain('min: expected ≥ 4, actual value 3')
    expect(error).toContain(
      'count: expected 3 results, actual 4 results; max: expected ≤ 2, actual 4 results'
    )
    expect(error).toContain('equals: expected "Widget", actual "Gadget"')
    expect(error).toContain(
      'contains: expected {"customerId":"c-9"}, actual no result matches {"customerId":"c-9"} (3 results)'
    )
    expect(error).toContain('exists: expected the document exists, actual not found (404)')
    expect(error).toContain('field price: expected 11, actual 10')
    expect(error).toMatch(/latency p95: expected ≤ 1 ms, actual [\d.]+ ms over 3 samples/)
    expect(error).toContain("'no such container'")
    expect(error).toContain("could not run: container 'nowhere' does not exist in database")
    expect(error).not.toContain("'a passing one in between'")
    // One annotation per failed check, on its line.
    expect(run.log).toMatch(
      /::error file=.*smoke\.yml,line=2::Smoke check 'too few active' failed\./
    )
    expect(run.log).toMatch(
      /::error file=.*smoke\.yml,line=29::Smoke check 'impossible budget' failed\./
    )
    expect(run.summary).toContain('1 of 9 checks passed.')
    expect(run.summary.indexOf('❌ failed')).toBeLessThan(run.summary.indexOf('✅ passed'))
    expect(run.summary).toMatch(/^## Cosmos DB: ❌ failed at smoke checks$/m)
  })

  it('fails an impossible latency budget even when it is a valid number', async () => {
    const setup = await repository()
    cloud.cosmos.setLatency(25)
    try {
      const { run } = await smoke(
        setup,
        `checks:
  - name: a query under 20 ms
    container: products
    query: SELECT * FROM c WHERE c.id = 'p-1'
    latency: { samples: 4, p50Ms: 20, maxMs: 20 }
`
      )
      expect(run.exitCode).toBe(1)
      expect(run.errors.at(-1)).toMatch(
        /latency p50: expected ≤ 20 ms, actual (2[5-9]|[3-9]\d|\d{3,})(\.\d)? ms over 4 samples/
      )
      expect(run.errors.at(-1)).toMatch(/latency max: expected ≤ 20 ms/)
    } finally {
      cloud.cosmos.setLatency(0)
    }
  })

  it('refuses a canary without a write role before any check runs', async () => {
    const setup = await repository('reader')
    const before = cloud.cosmos.requests().length
    const { run, writes } = await smoke(
      setup,
      `checks:
  - name: reads work
    container: products
    read: { id: p-1 }
  - name: writes work
    container: products
    canary: true
`
    )
    expect(run.exitCode).toBe(1)
    expect(writes).toBe(0)
    expect(run.errors[0]).toMatch(/smoke.*products.*items\/create/s)
    expect(run.errors[0]).toContain('Cosmos DB Built-in Data Contributor')
    expect(run.outputs['smoke-passed']).toBeUndefined()
    // Not even the read check ran: the role check stops the run before the steps.
    const pointReads = cloud.cosmos
      .requests()
      .slice(before)
      .filter((r) => r.method === 'GET' && r.path.endsWith('/docs/p-1'))
    expect(pointReads).toEqual([])
  })

  it('skips canaries in a dry run and still runs the reads', async () => {
    const setup = await repository('reader')
    const { run, writes } = await smoke(
      setup,
      `checks:
  - name: reads work
    container: products
    read: { id: p-1 }
  - name: writes work
    container: products
    canary: true
`,
      { 'dry-run': 'true' }
    )
    expect(run.errors).toEqual([])
    expect(writes).toBe(0)
    expect(run.outputs['smoke-passed']).toBe('true')
    expect(run.summary).toContain('| writes work | canary | `products` | ⏭️ skipped (dry run) |')
  })

  it('refuses a bad smoke file with its line before logging in', async () => {
    const setup = await repository()
    const before = cloud.cosmos.requests().length
    const issued = cloud.entra.issuedTokens().length
    const { run } = await smoke(
      setup,
      `checks:
  - name: fine
    container: products
    read: { id: p-1 }
  - name: typo
    container: products
    query: SELECT * FROM c
    expect:
      minimum: 3
`
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /smoke\.yml:9: unknown key 'minimum' in 'expect': expected count, min, max, equals, contains\./
    )
    expect(run.log).toMatch(/::error file=.*smoke\.yml,line=9::/)
    expect(cloud.cosmos.requests().length).toBe(before)
    expect(cloud.entra.issuedTokens().length).toBe(issued)
  })
})

describe('the run report', () => {
  it('tells a whole run (migrate, seed, smoke) in one summary with no token', async () => {
    const setup = await repository()
    const dir = await mkdtemp(join(tmpdir(), 'report-'))
    await writeFile(
      join(dir, '0001-price-in-cents.yaml'),
      `operations:
  - patch:
      container: products
      where: NOT IS_DEFINED(c.cents)
      set: { cents: 0 }
`
    )
    const seedDir = await mkdtemp(join(tmpdir(), 'report-seed-'))
    await writeFile(join(seedDir, 'orders.ndjson'), '{"id":"o-9","customerId":"c-9","total":1}\n')
    const ledgerCreated = await cloud.cosmos
      .createContainer(setup.inputs['database'] as string, {
        id: 'migrations',
        partitionKey: { paths: ['/id'] }
      })
      .then(() => true)
    expect(ledgerCreated).toBe(true)
    const before = cloud.cosmos.requests().length
    const { run } = await smoke(
      setup,
      `checks:
  - name: every product has cents
    container: products
    query: SELECT VALUE COUNT(1) FROM c WHERE NOT IS_DEFINED(c.cents)
    expect: { equals: 0 }
  - name: the seeded order
    container: orders
    read: { id: o-9, partitionKey: c-9 }
`,
      { migrations: dir, seed: seedDir }
    )
    expect(run.errors).toEqual([])
    const summary = run.summary
    const sections = [
      '## Cosmos DB: ✅ passed',
      '| step | status | result | time | request charge |',
      '### Identity',
      '### Database',
      '### Authorization',
      '### Migrations',
      '### Seeding',
      '### Smoke checks'
    ]
    const positions = sections.map((section) => summary.indexOf(section))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    for (const step of ['login', 'role check', 'migrations', 'seeding', 'smoke checks'])
      expect(summary).toMatch(
        new RegExp(`^\\| ${step} \\| ✅ passed \\| .* \\| \\d+\\.\\d s \\| [\\d.]+ RU \\|$`, 'm')
      )
    expect(summary).toMatch(/\| GitHub token lifetime \| \d+ s \|/)
    expect(summary).toMatch(/\| Access token lifetime \| \d+ s \|/)
    // The total request charge is what the account answered, request by request.
    const charged = cloud.cosmos
      .requests()
      .slice(before)
      .reduce((sum, r) => sum + r.requestCharge, 0)
    expect(Number(run.outputs['request-charge'])).toBeCloseTo(charged, 1)
    expect(summary).toContain(`| **total** |  |  |`)
    for (const secret of cloud.secrets()) expect(summary).not.toContain(secret)
  })
})

describe('partition-scoped queries', () => {
  // Cosmos DB runs a query given a partition key in that logical partition only; a count with
  // partitionKey c-1 is c-1's orders (2), not the container's (3).
  it('count what the partition holds, as users will see on Azure', async () => {
    const setup = await repository('reader')
    const { run } = await smoke(
      setup,
      `checks:
  - name: c-1 has two orders
    container: orders
    query: SELECT VALUE COUNT(1) FROM c
    partitionKey: c-1
    expect: { equals: 2 }
  - name: every order without a key
    container: orders
    query: SELECT VALUE COUNT(1) FROM c
    expect: { equals: 3 }
  - name: nothing in an empty partition
    container: orders
    query: SELECT * FROM c
    partitionKey: c-404
    expect: { count: 0 }
`
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['smoke-passed']).toBe('true')
  })
})
