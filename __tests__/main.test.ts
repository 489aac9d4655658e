/**
 * The run's flow, in process, against a fake runtime: what is skipped, what fails before login,
 * and, against the local cloud, that every step's outputs are set once and a failing step keeps
 * the summary of what was done.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { forkPullRequestEvent } from '../__fixtures__/events.js'
import { fakeRuntime } from '../__fixtures__/runtime.js'
import { run } from '../src/main.js'
import { requestGitHubToken } from '../testkit/clients.js'
import { startLocalCloud, trustTestCaInProcess, type LocalCloud } from '../testkit/index.js'
import { setUpRepository, type RepositorySetupOptions } from '../testkit/scenario.js'

const VALID = {
  'client-id': '00000000-0000-0000-0000-0000000000aa',
  'tenant-id': '00000000-0000-0000-0000-0000000000bb',
  endpoint: 'https://127.0.0.1:9/',
  database: 'appdb'
}
const TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1:9/token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-value'
}

describe('run before login', () => {
  let forkPull: Record<string, string>

  beforeAll(async () => {
    forkPull = await forkPullRequestEvent()
  })

  it.each([
    {
      name: 'a fork pull request skips when told to',
      inputs: { ...VALID, 'on-missing-oidc': 'skip' },
      env: 'fork',
      outputs: [['skipped', 'true']],
      failure: undefined,
      summary: 'Skipped: this run is a pull request from the fork mallory/app'
    },
    {
      name: 'a run without a token fails with the permission to add',
      inputs: VALID,
      env: 'none',
      outputs: [['skipped', 'false']],
      failure: "The job needs the 'id-token: write' permission",
      summary: '## Cosmos DB: ❌ failed before login'
    },
    {
      name: 'a run without the permission fails though told to skip: only forks and Dependabot skip',
      inputs: { ...VALID, 'on-missing-oidc': 'skip' },
      env: 'none',
      outputs: [['skipped', 'false']],
      failure: "The job needs the 'id-token: write' permission",
      summary: '## Cosmos DB: ❌ failed before login'
    },
    {
      name: 'bad inputs fail together, before any output',
      inputs: { ...VALID, 'client-id': 'not-a-guid', endpoint: 'http://a/' },
      env: 'token',
      outputs: [],
      failure: "Invalid inputs:\n  - 'client-id' is 'not-a-guid'",
      summary: 'Entra tokens are only ever sent over https'
    },
    {
      name: 'a run without a token hears of a wrong on-missing-oidc alone',
      inputs: { 'on-missing-oidc': 'maybe' },
      env: 'none',
      outputs: [],
      failure: "Invalid input: 'on-missing-oidc' is 'maybe': it must be 'fail' or 'skip'.",
      summary: '## Cosmos DB: ❌ failed before login'
    },
    {
      name: 'a fork pull request with empty secrets still skips',
      inputs: { 'on-missing-oidc': 'skip' },
      env: 'fork',
      outputs: [['skipped', 'true']],
      failure: undefined,
      summary: 'Nothing was done.'
    },
    {
      name: 'a fork pull request told to skip still has its given inputs checked',
      inputs: { 'on-missing-oidc': 'skip', 'client-id': 'not-a-guid' },
      env: 'fork',
      outputs: [],
      failure: "Invalid input: 'client-id' is 'not-a-guid'",
      summary: '## Cosmos DB: ❌ failed before login'
    }
  ])('$name', async ({ inputs, env, outputs, failure, summary }) => {
    const environment = env === 'fork' ? forkPull : env === 'token' ? TOKEN_ENV : {}
    const { runtime, seen } = fakeRuntime({ inputs, env: environment })
    await run(runtime)
    expect(seen.outputs).toEqual(outputs)
    if (failure === undefined) expect(seen.failures).toEqual([])
    else expect(seen.failures.map((f) => f.message)).toEqual([expect.stringContaining(failure)])
    expect(seen.summaries).toEqual([expect.stringContaining(summary)])
  })

  it('warns of every input it does not know, with the closest one', async () => {
    const { runtime, seen } = fakeRuntime({
      inputs: VALID,
      env: {
        ...TOKEN_ENV,
        INPUT_MIGRATION: 'db/migrations',
        INPUT_DRYRUN: 'true',
        'INPUT_BANANA-SPLIT': 'x'
      }
    })
    await run(runtime)
    expect(seen.log.filter((line) => line.startsWith('warning: Unknown input'))).toEqual([
      "warning: Unknown input 'banana-split' is ignored. The inputs are listed in action.yml and the README.",
      "warning: Unknown input 'dryrun' is ignored: did you mean 'dry-run'? The inputs are listed in action.yml and the README.",
      "warning: Unknown input 'migration' is ignored: did you mean 'migrations'? The inputs are listed in action.yml and the README."
    ])
  })

  it('masks the runner request token before anything else', async () => {
    const { runtime, seen } = fakeRuntime({ inputs: {}, env: TOKEN_ENV })
    await run(runtime)
    expect(seen.secrets[0]).toBe(TOKEN_ENV.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  })
})

describe('run against the local cloud', () => {
  let cloud: LocalCloud
  let workspace: string
  let repositories = 0

  beforeAll(async () => {
    trustTestCaInProcess()
    cloud = await startLocalCloud()
    workspace = await mkdtemp(join(tmpdir(), 'main-flow-'))
  })
  afterAll(async () => {
    await cloud.close()
    await rm(workspace, { recursive: true, force: true })
  })

  /** The step inputs of a job: files of migrations and seeds by name, and a smoke file. */
  interface JobFiles {
    readonly migrations?: Record<string, string>
    readonly seed?: Record<string, string>
    readonly smoke?: string
  }

  /** A repository with a products container, its files under the workspace, and a runtime. */
  async function job(options: Partial<RepositorySetupOptions>, files: JobFiles) {
    const name = `flow-${++repositories}`
    const setup = await setUpRepository(cloud, {
      repository: `octo-org/${name}`,
      database: name,
      containers: [{ id: 'products', partitionKey: { paths: ['/id'] } }],
      controlPlaneWrite: true,
      ...options
    })
    const home = join(workspace, name)
    await mkdir(home, { recursive: true })
    const inputs: Record<string, string> = { ...setup.inputs }
    for (const input of ['migrations', 'seed'] as const) {
      if (files[input] === undefined) continue
      inputs[input] = join(home, input)
      await mkdir(inputs[input], { recursive: true })
      for (const [file, text] of Object.entries(files[input]))
        await writeFile(join(inputs[input], file), text)
    }
    if (files.smoke !== undefined) {
      inputs['smoke'] = join(home, 'smoke.yml')
      await mkdir(home, { recursive: true })
      await writeFile(inputs['smoke'], files.smoke)
    }
    return fakeRuntime({
      inputs,
      env: { ...setup.job.env, RUNNER_TEMP: home },
      getIDToken: (audience) => requestGitHubToken(setup.job, audience)
    })
  }

  const MIGRATION =
    'operations:\n  - patch:\n      container: products\n      where: NOT IS_DEFINED(c.status)\n      set: { status: active }\n'
  const SEED = JSON.stringify([
    { id: 'p-1', name: 'widget' },
    { id: 'p-2', name: 'gadget' }
  ])
  const SMOKE = (min: number) =>
    `checks:\n  - name: the products are there\n    container: products\n    query: SELECT VALUE COUNT(1) FROM c\n    expect: { min: ${min} }\n`

  it('sets every output once and records every step in order', async () => {
    const { runtime, seen } = await job(
      {},
      {
        migrations: { '0001-status.yaml': MIGRATION },
        seed: { 'products.json': SEED },
        smoke: SMOKE(2)
      }
    )
    await run(runtime)
    expect(seen.failures).toEqual([])
    const names = seen.outputs.map(([name]) => name)
    expect(names).toEqual([
      'skipped',
      'principal-id',
      'tenant-id',
      'subject',
      'token-expires-on',
      'roles',
      'migrations-applied',
      'seeded',
      'seed-request-charge',
      'smoke-passed',
      'complete',
      'request-charge'
    ])
    expect(seen.output('migrations-applied')).toBe('[1]')
    expect(seen.output('complete')).toBe('true')
    expect(seen.output('smoke-passed')).toBe('true')
    // Later steps get the variables DefaultAzureCredential reads, and a private token file.
    expect(seen.exported.map(([name]) => name)).toEqual([
      'AZURE_CLIENT_ID',
      'AZURE_TENANT_ID',
      'AZURE_AUTHORITY_HOST',
      'AZURE_FEDERATED_TOKEN_FILE',
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE'
    ])
    const file = seen.exported.find(([name]) => name === 'AZURE_FEDERATED_TOKEN_FILE')?.[1] ?? ''
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect((await stat(join(file, '..'))).mode & 0o777).toBe(0o700)
    expect(seen.secrets).toContain(await readFile(file, 'utf8'))
    expect(seen.state).toContainEqual(['token-directory', join(file, '..')])
    await rm(join(file, '..'), { recursive: true })
    const summary = seen.summaries.join('\n')
    expect(summary).toMatch(/^## Cosmos DB: ✅ passed/)
    expect(stepRows(summary)).toEqual([
      'login ✅ passed',
      'later steps ✅ passed',
      'role check ✅ passed',
      'migrations ✅ passed',
      'seeding ✅ passed',
      'smoke checks ✅ passed'
    ])
  })

  it('a failing smoke check fails the run after its row, keeping every section', async () => {
    const { runtime, seen } = await job({}, { seed: { 'products.json': SEED }, smoke: SMOKE(5) })
    await run(runtime)
    expect(seen.failures.map((f) => f.message)).toEqual([
      expect.stringContaining('1 of 1 smoke checks failed')
    ])
    expect(seen.output('smoke-passed')).toBe('false')
    expect(seen.outputs.filter(([name]) => name === 'smoke-passed')).toHaveLength(1)
    const summary = seen.summaries.join('\n')
    expect(summary).toMatch(/^## Cosmos DB: ❌ failed at smoke checks/)
    expect(stepRows(summary)).toEqual([
      'login ✅ passed',
      'later steps ✅ passed',
      'role check ✅ passed',
      'seeding ✅ passed',
      'smoke checks ❌ failed'
    ])
    expect(summary).toContain('### Seeding')
    expect(summary).toContain('### Smoke checks')
  })

  it('a strict role check keeps its section and roles, and nothing is written', async () => {
    const { runtime, seen } = await job({ role: 'reader' }, { seed: { 'products.json': SEED } })
    await run(runtime)
    expect(seen.failures.map((f) => f.message)).toEqual([
      expect.stringContaining("Nothing was written ('role-check: strict').")
    ])
    expect(seen.output('roles')).toContain('Cosmos DB Built-in Data Reader')
    expect(seen.outputs.map(([name]) => name)).not.toContain('seeded')
    const summary = seen.summaries.join('\n')
    expect(stepRows(summary)).toEqual([
      'login ✅ passed',
      'later steps ✅ passed',
      'role check ❌ failed'
    ])
    expect(summary).toContain('### Authorization')
  })

  it('a migration failing part-way keeps what was applied before it', async () => {
    const { runtime, seen } = await job(
      {},
      {
        migrations: {
          '0001-status.yaml': MIGRATION,
          '0002-missing.yaml': MIGRATION.replace('products', 'nowhere')
        }
      }
    )
    await run(runtime)
    expect(seen.failures.map((f) => f.message)).toEqual([
      expect.stringContaining("Container 'nowhere' does not exist")
    ])
    expect(seen.output('migrations-applied')).toBe('[1]')
    const summary = seen.summaries.join('\n')
    expect(stepRows(summary)).toEqual([
      'login ✅ passed',
      'later steps ✅ passed',
      'role check ✅ passed',
      'migrations ❌ failed'
    ])
    expect(summary).toContain('### Migrations')
  })
})

/** The steps table's rows as `step status`, without times and charges. */
function stepRows(summary: string): string[] {
  const lines = summary.split('\n')
  const header = lines.findIndex((line) => line.startsWith('| step |'))
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'))
  return lines
    .slice(header + 2, end)
    .filter((line) => !line.startsWith('| **total**'))
    .map((line) =>
      line
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim())
        .join(' ')
    )
}
