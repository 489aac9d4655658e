import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readSession } from '../../testkit/cloud-session.js'

/**
 * `npm run cloud` and what it offers, run as a person would: the printed command and
 * `npm run action` run the built action against it. Needs dist/ built (npm test builds it).
 */
const tsx = resolve('node_modules', '.bin', 'tsx')
let directory: string
let cloud: ChildProcess
let printed = ''

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string }>((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('close', (code) => done({ code, stdout }))
  })
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'cloud-command-'))
  cloud = spawn(tsx, ['testkit/cli.ts'], {
    env: { ...process.env, LOCAL_CLOUD_DIR: directory },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  await new Promise<void>((ready, fail) => {
    cloud.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
      if (/^ready$/m.test(printed)) ready()
    })
    cloud.on('close', () => fail(new Error(`npm run cloud stopped:\n${printed}`)))
  })
}, 90_000)

afterAll(async () => {
  const session = readSession(directory)
  const closed = new Promise((done) => cloud.once('close', done))
  if (session !== undefined) process.kill(session.pid, 'SIGTERM')
  else cloud.kill('SIGTERM')
  await closed
  rmSync(directory, { recursive: true, force: true })
})

describe('npm run cloud', () => {
  it('prints a command that runs the action with Node 24 and the runner’s files', async () => {
    const command = /^env \\\n[\s\S]*?dist\/index\.js$/m.exec(printed)?.[0] ?? ''
    expect(command).toContain(`${process.execPath} `)
    expect(command).toContain(`GITHUB_OUTPUT=${join(directory, 'runner', 'output')}`)
    expect(command).toContain('GITHUB_STEP_SUMMARY=')
    // No node on PATH at all: the command must not depend on it.
    const { code, stdout } = await run('bash', ['-c', command], { PATH: '/usr/bin:/bin' })
    expect(code).toBe(0)
    expect(stdout).not.toContain('::set-output')
    const outputs = readFileSync(join(directory, 'runner', 'output'), 'utf8')
    expect(outputs).toMatch(/^principal-id<</m)
    const summary = readFileSync(join(directory, 'runner', 'summary.md'), 'utf8')
    expect(summary).toContain('## Cosmos DB: ✅ passed')
    // No post step runs by hand: stop the token refresher the step started, as it would.
    const state = readFileSync(join(directory, 'runner', 'state'), 'utf8')
    const refresher = /^refresher-pid<<(\S+)\n(\d+)\n\1$/m.exec(state)?.[2]
    if (refresher !== undefined) process.kill(Number(refresher), 'SIGTERM')
  }, 60_000)

  it('lets npm run action run the action against it, shown masked with outputs and summary', async () => {
    const { code, stdout } = await run(
      tsx,
      ['testkit/action.ts', '--input', 'seed=examples/seed'],
      {
        ...process.env,
        LOCAL_CLOUD_DIR: directory
      }
    )
    expect(code).toBe(0)
    expect(stdout).toContain('Running the action with seed…')
    expect(stdout).toContain("▸ Seed 'products' from examples/seed/products.json")
    expect(stdout).toMatch(/^ {2}principal-id=/m)
    expect(stdout).toContain('Cosmos DB: ✅ passed')
    expect(stdout).not.toMatch(/::(add-mask|set-output|debug)/)
    expect(stdout).not.toContain('\u001b')
  }, 60_000)

  it('tells npm run action when no cloud is running', async () => {
    const { code, stdout } = await run(tsx, ['testkit/action.ts'], {
      ...process.env,
      LOCAL_CLOUD_DIR: join(directory, 'none')
    })
    expect(code).toBe(2)
    expect(stdout).toContain('start one with `npm run cloud`')
  })
})
