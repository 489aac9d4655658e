/**
 * `npm run bench`: the action's login path against the best raw SDK path, in the same run, on the
 * local cloud. Prints medians, p95 and the ratio ours/raw (1.00 = as fast as raw; lower is better).
 *
 *  - cold login: GitHub token, Entra exchange, database read and container listing, with a new
 *    credential and client each time (what every job pays once);
 *  - steady reads: point reads through one client (what the token plumbing adds per request);
 *  - the token exchange alone: a GitHub token exchanged at Entra for a Cosmos DB token, with a new
 *    credential each time (ours: FederatedCredential; raw: ClientAssertionCredential);
 *  - the role check: listing assignments through ARM (ours also evaluates them), and probing
 *    (container read, SELECT TOP 1, point read), against the same raw SDK calls;
 *  - the built action as a process, as the runner starts it (start-up to first log line, whole
 *    run), against bench/raw-action.ts (a plain SDK action) bundled by ncc the same way.
 * Its headline rows go to the combined table (bench/report.ts).
 */
import { CosmosDBManagementClient } from '@azure/arm-cosmosdb'
import { CosmosClient } from '@azure/cosmos'
import { ClientAssertionCredential } from '@azure/identity'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { authorize } from '../src/authorization/index.js'
import { FederatedCredential, GitHubTokenSource } from '../src/identity/index.js'
import { parseInputs } from '../src/inputs/index.js'
import { login } from '../src/session/index.js'
import type { Runtime } from '../src/runtime.js'
import { requestGitHubToken } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpDemoRepository } from '../testkit/demo/repository.js'
import { actionEnvironment, setUpRepository } from '../testkit/scenario.js'
import { printTable, quantile, quiet, recordRows, time } from './stats.js'
import { neverCancelled } from '../src/cancellation/index.js'

const COLD_ROUNDS = Number(process.env['BENCH_COLD_ROUNDS'] ?? 30)
const READS = Number(process.env['BENCH_READS'] ?? 2000)
const PROCESS_ROUNDS = Number(process.env['BENCH_PROCESS_ROUNDS'] ?? 9)

// The raw baseline action, bundled as dist/index.js is (ncc, es2022), before the cloud starts.
const rawActionDir = await mkdtemp(join(tmpdir(), 'bench-raw-action-'))
const ncc = spawnSync(
  process.execPath,
  [
    resolve(import.meta.dirname, '..', 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
    'build',
    resolve(import.meta.dirname, 'raw-action.ts'),
    '-o',
    rawActionDir,
    '--target',
    'es2022',
    '-q'
  ],
  { stdio: 'inherit' }
)
if (ncc.status !== 0) throw new Error('ncc could not build bench/raw-action.ts')

trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench',
  database: 'bench',
  containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
  role: 'reader',
  controlPlaneRead: true
})
await cloud.cosmos.upsertItems('bench', 'items', [{ id: 'doc-1', payload: 'x'.repeat(1000) }])
// A full job: the examples' migrations, seed and smoke checks, as the demo runs them.
const fullJob = await setUpDemoRepository(cloud)
// The examples' migrations change what their seed wrote: the seed goes first, once, and the job
// then inserts only what is missing, so that every run's smoke checks pass as the demo's do.
const fullJobInputs = {
  GITHUB_WORKSPACE: resolve(import.meta.dirname, '..'),
  INPUT_MIGRATIONS: 'examples/migrations',
  INPUT_SEED: 'examples/seed',
  'INPUT_SEED-MODE': 'insert',
  INPUT_SMOKE: 'examples/smoke.yml'
}
const inputs = parseInputs((name) => setup.inputs[name] ?? '')
const getIDToken = (audience: string): Promise<string> => requestGitHubToken(setup.job, audience)

const runtime: Runtime = {
  getInput: (name) => setup.inputs[name] ?? '',
  env: {},
  log: quiet,
  setOutput() {},
  setSecret() {},
  exportVariable() {},
  script: undefined,
  cancellation: neverCancelled(),
  saveState() {},
  writeSummary: async () => undefined,
  fail() {},
  getIDToken,
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms))
}

/** The best raw path: @azure/identity's credential fed by the same token request, the SDK client. */
function rawClient(): CosmosClient {
  const credential = new ClientAssertionCredential(
    inputs.tenantId,
    inputs.clientId,
    () => getIDToken(inputs.audience),
    { authorityHost: inputs.authorityHost, disableInstanceDiscovery: true }
  )
  return new CosmosClient({ endpoint: inputs.endpoint, aadCredentials: credential })
}

async function rawLogin(): Promise<CosmosClient> {
  const client = rawClient()
  const database = client.database(inputs.database)
  await database.read()
  await database.containers.readAll().fetchAll()
  return client
}

async function oursLogin(): Promise<CosmosClient> {
  return (await login(inputs, runtime)).client
}

// Warm up both paths (JIT, connections) before measuring.
for (let i = 0; i < 3; i++) {
  await rawLogin()
  await oursLogin()
}

const cold = { raw: [] as number[], ours: [] as number[] }
const githubTokens = { raw: 0, ours: 0 }
/** Times one login and counts the GitHub tokens it requested. */
async function measure(path: 'raw' | 'ours'): Promise<void> {
  const before = cloud.github.issueCount(setup.job.requestToken)
  cold[path].push(await time(path === 'raw' ? rawLogin : oursLogin))
  githubTokens[path] += cloud.github.issueCount(setup.job.requestToken) - before
}
for (let i = 0; i < COLD_ROUNDS; i++) {
  // Interleaved, alternating which goes first, so both paths see the same machine state.
  const pair = i % 2 === 0 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)
  for (const path of pair) await measure(path)
}

// The token exchange alone, with a new credential each time, interleaved like the logins.
const cosmosScope = `${inputs.cloud.cosmosResource}/.default`
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
async function oursExchange(): Promise<void> {
  const tokenSource = new GitHubTokenSource({
    audience: inputs.audience,
    requestToken: getIDToken,
    now: Date.now,
    sleep
  })
  const credential = new FederatedCredential({
    tenantId: inputs.tenantId,
    clientId: inputs.clientId,
    authorityHost: inputs.authorityHost,
    disableInstanceDiscovery: inputs.customAuthority,
    tokenSource,
    defaultAudience: inputs.cloud.tokenExchangeAudience,
    cloudName: inputs.cloud.name,
    now: Date.now,
    sleep,
    mask: () => undefined,
    onAccessToken: () => undefined
  })
  await credential.getToken(cosmosScope)
}
async function rawExchange(): Promise<void> {
  const credential = new ClientAssertionCredential(
    inputs.tenantId,
    inputs.clientId,
    () => getIDToken(inputs.audience),
    { authorityHost: inputs.authorityHost, disableInstanceDiscovery: true }
  )
  await credential.getToken(cosmosScope)
}
for (let i = 0; i < 3; i++) {
  await rawExchange()
  await oursExchange()
}
const exchange = { raw: [] as number[], ours: [] as number[] }
for (let i = 0; i < COLD_ROUNDS; i++) {
  const pair = i % 2 === 0 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)
  for (const path of pair)
    exchange[path].push(await time(path === 'raw' ? rawExchange : oursExchange))
}

/** Reads per second over `count` sequential point reads. */
async function pointReads(client: CosmosClient, count: number): Promise<number> {
  const container = client.database(inputs.database).container('items')
  const ms = await time(async () => {
    for (let i = 0; i < count; i++) await container.item('doc-1', 'doc-1').read()
  })
  return (count / ms) * 1000
}
const rawReader = await rawLogin()
const oursReader = await oursLogin()
const rates = { raw: [] as number[], ours: [] as number[] }
for (let i = 0; i < 6; i++) {
  // Alternating slices; the median slice rate of each path.
  const [first, second] = i % 2 === 0 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)
  rates[first].push(await pointReads(first === 'raw' ? rawReader : oursReader, READS / 6))
  rates[second].push(await pointReads(second === 'raw' ? rawReader : oursReader, READS / 6))
}
const rawRate = quantile(rates.raw, 0.5)
const oursRate = quantile(rates.ours, 0.5)

// The role check: ours (list through ARM, evaluate; or probe) against the raw SDK calls it makes.
const checker = await login(inputs, runtime)
const location = {
  armEndpoint: inputs.armEndpoint,
  armResource: inputs.cloud.armResource,
  subscriptionId: inputs.subscriptionId ?? '',
  resourceGroup: inputs.resourceGroup ?? '',
  accountName: inputs.accountName
}
const uses = [
  { step: 'login', containers: [], mode: 'run' },
  { step: 'smoke', containers: ['items'], mode: 'run' }
] as const
const check = (withArm: boolean) => () =>
  authorize({
    mode: 'strict',
    database: inputs.database,
    uses,
    principalId: checker.report.principalId ?? '',
    accountName: inputs.accountName,
    resourceGroup: inputs.resourceGroup,
    client: checker.client,
    credential: checker.credential,
    location: withArm ? location : undefined,
    log: quiet
  })
const rawArm = async (): Promise<void> => {
  const arm = new CosmosDBManagementClient(checker.credential, location.subscriptionId, {
    endpoint: location.armEndpoint,
    credentials: { scopes: [`${location.armResource}/.default`] }
  })
  for await (const _ of arm.sqlResources.listSqlRoleAssignments(
    location.resourceGroup,
    location.accountName
  ))
    void _
  for await (const _ of arm.sqlResources.listSqlRoleDefinitions(
    location.resourceGroup,
    location.accountName
  ))
    void _
}
const rawProbe = async (): Promise<void> => {
  const container = checker.client.database(inputs.database).container('items')
  await container.read()
  await container.items.query('SELECT TOP 1 * FROM c', { maxItemCount: 1 }).fetchNext()
  await container.item('doc-1', 'doc-1').read()
}
const roleCheck = {
  arm: { raw: [] as number[], ours: [] as number[] },
  probe: { raw: [] as number[], ours: [] as number[] }
}
for (let i = 0; i < COLD_ROUNDS; i++) {
  roleCheck.arm.raw.push(await time(rawArm))
  roleCheck.arm.ours.push(await time(check(true)))
  roleCheck.probe.raw.push(await time(rawProbe))
  roleCheck.probe.ours.push(await time(check(false)))
}

/** Runs a bundled action as the runner does; returns ms to the first log line and to exit. */
function runProcess(
  script: string,
  job: 'login' | 'seed' | 'full' = 'login'
): Promise<{ firstLine: number; total: number }> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    // Without a post step to stop it, each run's token refresher for later steps would live on
    // and load the machine under the runs after it: these runs export nothing.
    'INPUT_EXPORT-CREDENTIALS': 'false',
    ...(job === 'login'
      ? actionEnvironment(cloud, setup)
      : job === 'seed'
        ? {
            ...actionEnvironment(cloud, fullJob),
            GITHUB_WORKSPACE: fullJobInputs.GITHUB_WORKSPACE,
            INPUT_SEED: fullJobInputs.INPUT_SEED
          }
        : { ...actionEnvironment(cloud, fullJob), ...fullJobInputs })
  }
  const start = process.hrtime.bigint()
  const elapsed = (): number => Number(process.hrtime.bigint() - start) / 1e6
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], { env })
    let firstLine = Number.NaN
    let output = ''
    child.stdout.once('data', () => (firstLine = elapsed()))
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0
        ? done({ firstLine, total: elapsed() })
        : fail(new Error(`${job} job: exit ${code}\n${output}`))
    )
  })
}
const scripts = {
  ours: resolve(import.meta.dirname, '..', 'dist', 'index.js'),
  raw: join(rawActionDir, 'index.js')
}
const processRuns = {
  raw: [] as Array<{ firstLine: number; total: number }>,
  ours: [] as Array<{ firstLine: number; total: number }>,
  full: [] as Array<{ firstLine: number; total: number }>
}
// One of each first, unmeasured (file cache; the full job's first run applies the migrations),
// then in turns.
await runProcess(scripts.raw)
await runProcess(scripts.ours)
await runProcess(scripts.ours, 'seed')
await runProcess(scripts.ours, 'full')
for (let i = 0; i < PROCESS_ROUNDS; i++) {
  const turn = i % 2 === 0 ? (['raw', 'ours', 'full'] as const) : (['full', 'ours', 'raw'] as const)
  for (const path of turn) {
    processRuns[path].push(
      await runProcess(
        path === 'raw' ? scripts.raw : scripts.ours,
        path === 'full' ? 'full' : 'login'
      )
    )
  }
}
await cloud.close()
await rm(rawActionDir, { recursive: true, force: true })
const firstLine = (path: 'raw' | 'ours' | 'full'): number =>
  quantile(
    processRuns[path].map((run) => run.firstLine),
    0.5
  )
const wholeRun = (path: 'raw' | 'ours' | 'full'): number =>
  quantile(
    processRuns[path].map((run) => run.total),
    0.5
  )

const ms = (value: number): string => `${value.toFixed(1)} ms`
const ratio = (ours: number, raw: number): string => `${(ours / raw).toFixed(2)}`
console.log(
  `\nNode ${process.version}, ${process.arch}; cold rounds ${COLD_ROUNDS}, point reads ${READS}\n`
)
printTable(
  ['measure', 'raw SDK', 'cosmos-oidc-action', 'ours/raw'],
  [
    [
      'cold login, median',
      ms(quantile(cold.raw, 0.5)),
      ms(quantile(cold.ours, 0.5)),
      ratio(quantile(cold.ours, 0.5), quantile(cold.raw, 0.5))
    ],
    [
      'cold login, p95',
      ms(quantile(cold.raw, 0.95)),
      ms(quantile(cold.ours, 0.95)),
      ratio(quantile(cold.ours, 0.95), quantile(cold.raw, 0.95))
    ],
    [
      'GitHub tokens requested per login',
      (githubTokens.raw / COLD_ROUNDS).toFixed(1),
      (githubTokens.ours / COLD_ROUNDS).toFixed(1),
      ratio(githubTokens.ours, githubTokens.raw)
    ],
    [
      'token exchange (new credential), median',
      ms(quantile(exchange.raw, 0.5)),
      ms(quantile(exchange.ours, 0.5)),
      ratio(quantile(exchange.ours, 0.5), quantile(exchange.raw, 0.5))
    ],
    ['point reads/s', rawRate.toFixed(0), oursRate.toFixed(0), ratio(rawRate, oursRate)],
    [
      'role check through ARM, median',
      ms(quantile(roleCheck.arm.raw, 0.5)),
      ms(quantile(roleCheck.arm.ours, 0.5)),
      ratio(quantile(roleCheck.arm.ours, 0.5), quantile(roleCheck.arm.raw, 0.5))
    ],
    [
      'role check by probing, median',
      ms(quantile(roleCheck.probe.raw, 0.5)),
      ms(quantile(roleCheck.probe.ours, 0.5)),
      ratio(quantile(roleCheck.probe.ours, 0.5), quantile(roleCheck.probe.raw, 0.5))
    ],
    [
      'start-up to first log line (bundled action), median',
      ms(firstLine('raw')),
      ms(firstLine('ours')),
      ratio(firstLine('ours'), firstLine('raw'))
    ],
    [
      'start-up to first log line, full job (migrations, seed, smoke), median',
      ms(firstLine('raw')),
      ms(firstLine('full')),
      ratio(firstLine('full'), firstLine('raw'))
    ],
    [
      'whole run, median (raw: login; ours: login and role check)',
      ms(wholeRun('raw')),
      ms(wholeRun('ours')),
      '-'
    ],
    ['whole run of the full job (examples/), median', '-', ms(wholeRun('full')), '-']
  ]
)
console.log(
  '\nours/raw: time ratio for latencies; for rates, raw/ours (above 1.00 means we are slower).'
)

const median = (samples: readonly number[]): number => quantile(samples, 0.5)
recordRows([
  {
    bench: 'login',
    measure: 'start-up to the first log line, a login-only job, median',
    unit: 'ms',
    raw: firstLine('raw'),
    ours: firstLine('ours'),
    better: 'lower',
    baseline:
      'bench/raw-action.ts (@actions/core, @azure/identity, @azure/cosmos) bundled by ncc as dist/index.js is',
    goal: '<= 1.10'
  },
  {
    bench: 'login',
    measure: 'start-up to the first log line, a full job (migrations, seed, smoke), median',
    unit: 'ms',
    raw: firstLine('raw'),
    ours: firstLine('full'),
    better: 'lower',
    baseline: 'the same raw action (it has no steps to load)',
    goal: '<= 1.10'
  },
  {
    bench: 'login',
    measure: 'token exchange (GitHub token to Cosmos DB token, new credential), median',
    unit: 'ms',
    raw: median(exchange.raw),
    ours: median(exchange.ours),
    better: 'lower',
    baseline: 'ClientAssertionCredential.getToken fed by the same GitHub token request'
  },
  {
    bench: 'login',
    measure: 'role check through ARM (assignments, definitions), median',
    unit: 'ms',
    raw: median(roleCheck.arm.raw),
    ours: median(roleCheck.arm.ours),
    better: 'lower',
    baseline: 'the same two ARM list calls with @azure/arm-cosmosdb (ours also evaluates them)'
  },
  {
    bench: 'login',
    measure: 'role check by probing (container, SELECT TOP 1, point read), median',
    unit: 'ms',
    raw: median(roleCheck.probe.raw),
    ours: median(roleCheck.probe.ours),
    better: 'lower',
    baseline: 'the same three calls with CosmosClient'
  }
])
