/**
 * End to end: the built action's step, a later step of the same job logging in with nothing but
 * what the action exported (DefaultAzureCredential in its own process), then the post step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { access, readdir, readFile, stat } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { leakedSecrets, runAction, type ActionRun } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

const LATER_STEP = resolve(import.meta.dirname, '..', '..', 'testkit', 'later-step.ts')
const TSX = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx')

/** GitHub token lifetime for the job whose later steps outlive several of them. */
const LATER_STEP_TOKEN_SECONDS = 10

let cloud: LocalCloud
const runs: ActionRun[] = []
let repositories = 0

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(async () => {
  const secrets = cloud.secrets()
  for (const run of runs) expect(leakedSecrets(run, secrets)).toEqual([])
  await cloud.close()
})

async function repository(tokenLifetimeSeconds?: number): Promise<RepositorySetup> {
  const n = ++repositories
  return setUpRepository(cloud, {
    repository: `octo-org/later-${n}`,
    database: `later${n}`,
    containers: [{ id: 'items', partitionKey: { paths: ['/pk'] } }],
    ...(tokenLifetimeSeconds === undefined ? {} : { tokenLifetimeSeconds })
  })
}

/** True while a process of that pid runs, given a few seconds to be reaped once stopped. */
async function running(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    try {
      process.kill(pid, 0)
    } catch {
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

/** The environment of the refresher that writes `file`, found through /proc. */
async function environmentOfRefresher(file: string): Promise<string[]> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const environment = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '')
    const variables = environment.split('\0')
    if (variables.includes(`COSMOS_OIDC_REFRESHER_FILE=${file}`)) return variables
  }
  return []
}

/** The `jti` of the token in a file: which token it is. */
async function tokenId(file: string): Promise<string> {
  const token = await readFile(file, 'utf8')
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    jti: string
  }
  return claims.jti
}

/** A later step: its own process, the job's variables with what the action exported. */
async function laterStep(env: Readonly<Record<string, string>>, args: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(TSX, [LATER_STEP, ...args], {
    // The SDKs' workload identity credential alone: a failed sign-in must not go on to probe
    // the instance metadata address.
    env: { ...env, AZURE_TOKEN_CREDENTIALS: 'WorkloadIdentityCredential' },
    timeout: 120_000
  })
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '')
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false
  )

describe('later steps', () => {
  it('log in with DefaultAzureCredential through the exported variables; the post step removes the file', async () => {
    const setup = await repository()
    let file = ''
    let read: unknown
    let mode = 0
    const run = await runAction({
      inputs: setup.inputs,
      env: setup.job.env,
      caFile: cloud.caFile,
      laterSteps: async ({ env }) => {
        file = env['AZURE_FEDERATED_TOKEN_FILE'] ?? ''
        mode = (await stat(file)).mode & 0o777
        read = await laterStep(env, ['items', 'later-1'])
      }
    })
    runs.push(run)
    expect(run.errors).toEqual([])
    expect(Object.keys(run.exported)).toEqual([
      'AZURE_CLIENT_ID',
      'AZURE_TENANT_ID',
      'AZURE_AUTHORITY_HOST',
      'AZURE_FEDERATED_TOKEN_FILE',
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE'
    ])
    expect(run.exported['AZURE_CLIENT_ID']).toBe(setup.clientId)
    expect(read).toEqual({ rounds: [1] })
    expect(await cloud.cosmos.readItems(setup.inputs['database'] as string, 'items')).toEqual([
      expect.objectContaining({ id: 'later-1', round: 1 })
    ])
    // The file: private, outside the workspace, gone after the post step.
    expect(mode).toBe(0o600)
    expect(relative(process.cwd(), file).startsWith('..')).toBe(true)
    expect(run.state['token-directory']).toBe(dirname(file))
    expect(run.post?.exitCode).toBe(0)
    expect(run.post?.log).toContain('Removed the token file')
    expect(await exists(dirname(file))).toBe(false)
    expect(run.summary).toContain('### Later steps')
  }, 180_000)

  it('keep working past several token lifetimes: the file is rewritten until the post step', async () => {
    // GitHub tokens of 10 s: a later step started 10 s after the action's step would fail on the
    // token the step wrote, and each later step starts more than a lifetime after the last, so
    // every one needs a token written since. The refresher rewrites the file every fifth of a
    // lifetime, so what a step reads has at least 7 s left (Entra allows no leeway here): a
    // loaded machine's stall between reading the file and the exchange does not expire it, as it
    // did with 4 s tokens, which had 2 s left.
    const setup = await repository(LATER_STEP_TOKEN_SECONDS)
    const tokens = new Set<string>()
    const reads: unknown[] = []
    let refresherEnvironment: string[] = []
    const run = await runAction({
      inputs: setup.inputs,
      env: { ...setup.job.env, RUNNER_TRACKING_ID: 'github_later-steps-test' },
      caFile: cloud.caFile,
      timeoutMs: 120_000,
      laterSteps: async ({ env }) => {
        const file = env['AZURE_FEDERATED_TOKEN_FILE'] ?? ''
        refresherEnvironment = await environmentOfRefresher(file)
        for (let step = 1; step <= 3; step++) {
          await new Promise((resolve) => setTimeout(resolve, LATER_STEP_TOKEN_SECONDS * 1000 + 500))
          tokens.add(await tokenId(file))
          reads.push(await laterStep(env, ['items', `later-${step}`]))
        }
      }
    })
    runs.push(run)
    expect(run.errors).toEqual([])
    expect(reads).toEqual([{ rounds: [1] }, { rounds: [1] }, { rounds: [1] }])
    expect(tokens.size).toBe(3)
    const pid = Number(run.state['refresher-pid'])
    expect(pid).toBeGreaterThan(0)
    expect(run.post?.log).toContain(`Stopped the token refresher (pid ${pid})`)
    expect(await running(pid)).toBe(false)
    // The runner's own clean-up at the end of the job finds it by the job's tracking id.
    expect(refresherEnvironment).toContain('RUNNER_TRACKING_ID=github_later-steps-test')
  }, 180_000)

  it('access-token-output gives the Cosmos DB token as a masked output, only when asked', async () => {
    const setup = await repository()
    const asked = await runAction({
      inputs: { ...setup.inputs, 'access-token-output': 'true' },
      env: setup.job.env,
      caFile: cloud.caFile
    })
    const plain = await runAction({
      inputs: setup.inputs,
      env: setup.job.env,
      caFile: cloud.caFile
    })
    runs.push(asked, plain)
    expect(asked.errors).toEqual([])
    const token = asked.outputs['access-token'] ?? ''
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
    ) as { aud: string; oid: string; exp: number }
    expect(claims.oid).toBe(setup.principalId)
    // MSAL counts the lifetime from when it asked; the token's own exp may be a second apart.
    const expires = new Date(asked.outputs['access-token-expires-on'] ?? '').getTime()
    expect(Math.abs(expires - claims.exp * 1000)).toBeLessThanOrEqual(5000)
    expect(asked.masked).toContain(token)
    expect([asked.log, asked.summary, asked.envFile].join('\n')).not.toContain(token)
    expect(plain.outputs['access-token']).toBeUndefined()
  })

  it('export-credentials: false exports nothing and leaves nothing for the post step', async () => {
    const setup = await repository()
    const run = await runAction({
      inputs: { ...setup.inputs, 'export-credentials': 'false' },
      env: setup.job.env,
      caFile: cloud.caFile
    })
    runs.push(run)
    expect(run.errors).toEqual([])
    expect(run.exported).toEqual({})
    expect(run.state).toEqual({})
    expect(run.post?.exitCode).toBe(0)
    expect(run.post?.log).not.toContain('Removed')
    expect(run.summary).not.toContain('### Later steps')
  })

  it('the token file holds a GitHub token for the exchange, readable by its owner only', async () => {
    const setup = await repository()
    let token = ''
    const run = await runAction({
      inputs: setup.inputs,
      env: setup.job.env,
      caFile: cloud.caFile,
      laterSteps: async ({ env }) => {
        token = await readFile(env['AZURE_FEDERATED_TOKEN_FILE'] ?? '', 'utf8')
      }
    })
    runs.push(run)
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
    ) as { aud: string; iss: string }
    expect(claims.aud).toBe('api://AzureADTokenExchange')
    expect(claims.iss).toBe(cloud.github.issuer)
    // Masked the moment it was fetched, and never in a variable, an output or the log.
    expect(run.masked).toContain(token)
    expect(run.envFile).not.toContain(token)
  })
})
