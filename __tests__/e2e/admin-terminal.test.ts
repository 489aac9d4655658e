/**
 * End to end: the built admin CLI (dist/cli/index.js) on a terminal without an Azure sign-in and
 * with a reader that leaves early. Only EnvironmentCredential may sign in (and finds no variables),
 * so nothing ever asks the managed identity endpoint of a cloud machine.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { requestGitHubToken } from '../../testkit/clients.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { runCli, type CliRun } from '../../testkit/runner.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

let cloud: LocalCloud
let job: RepositorySetup

const REPO = 'octo-org/terminal'
const NO_SIGN_IN = { AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential' }
const ACCOUNT = [
  '--account',
  'inventory-db',
  '--resource-group',
  'rg',
  '--subscription',
  '00000000-1111-2222-3333-444444444444'
]
const SETUP = ['setup', '--repo', REPO, '--environment', 'production', '--classic', ...ACCOUNT]

beforeAll(async () => {
  cloud = await startLocalCloud()
  job = await setUpRepository(cloud, {
    repository: REPO,
    environment: 'production',
    database: 'terminal',
    role: 'none'
  })
})

afterAll(async () => {
  await cloud.close()
})

function cli(args: readonly string[]): Promise<CliRun> {
  return runCli(args, { caFile: cloud.caFile, env: NO_SIGN_IN })
}

async function tokenFile(audience?: string): Promise<{ path: string; token: string }> {
  const token = await requestGitHubToken(job.job, audience)
  const path = join(await mkdtemp(join(tmpdir(), 'claims-')), 'token.jwt')
  await writeFile(path, token)
  return { path, token }
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')

describe('without an Azure sign-in', () => {
  it('doctor judges what it can, then says in one line how to sign in for the rest', async () => {
    const { path, token } = await tokenFile('https://github.com/octo-org')
    const doctor = await cli([
      'doctor',
      '--repo',
      REPO,
      '--claims',
      path,
      '--client-id',
      job.clientId,
      ...ACCOUNT
    ])
    expect(doctor.stdout).not.toContain(token)
    expect(doctor.stdout).toContain(`subject  repo:${REPO}:environment:production`)
    expect(doctor.stdout).toContain(
      "✗ audience 'https://github.com/octo-org' is not api://AzureADTokenExchange"
    )
    expect(doctor.stdout).toContain(`✓ repository ${REPO} is the one --repo names`)
    expect(lines(doctor.stderr)).toEqual([
      expect.stringMatching(
        /^cosmos-oidc-action doctor: the identity's federated credentials and roles were not checked: no Azure sign-in found: sign in with az login .*, then run it again$/
      )
    ])
    expect(doctor.exitCode).toBe(1)
  })

  it('doctor --claims with no identity judges the claims and passes when they are right', async () => {
    const { path } = await tokenFile()
    const doctor = await cli(['doctor', '--repo', REPO, '--claims', path])
    expect(doctor.stdout).toContain('✓ audience api://AzureADTokenExchange')
    expect(doctor.stdout).toContain(`✓ repository ${REPO}`)
    expect(doctor.stderr).toBe('')
    expect(doctor.exitCode).toBe(0)
  })

  it('setup --apply prints nothing and says in one line how to sign in', async () => {
    const setup = await cli([...SETUP, '--client-id', job.clientId, '--apply'])
    expect(setup.stdout).toBe('')
    expect(lines(setup.stderr)).toEqual([
      expect.stringMatching(
        /^cosmos-oidc-action setup: nothing was written \(leave out --apply to print the set-up only\): no Azure sign-in found: /
      )
    ])
    expect(setup.exitCode).toBe(1)
  })
})

describe('on a terminal', () => {
  it.each(['setup', 'doctor'])('%s --help shows its usage', async (command) => {
    const help = await cli([command, '--help'])
    expect(help.stdout).toMatch(new RegExp(`^cosmos-oidc-action ${command}: `))
    expect(help.exitCode).toBe(0)
  })

  it('setup into a reader that has gone (| head) ends quietly, without an EPIPE stack', async () => {
    const child = spawn(
      process.execPath,
      [resolve('dist', 'cli', 'index.js'), ...SETUP, '--client-id', job.clientId],
      {
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: tmpdir(),
          GITHUB_API_URL: 'https://127.0.0.1:9'
        },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    // The reader leaves before the first line: every write to standard output meets EPIPE.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(stderr).not.toContain('EPIPE')
    expect(stderr).toContain('Federated credentials (1 of at most 20 per identity)')
    expect(code).toBe(0)
  })
})
