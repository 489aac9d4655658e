import { describe, expect, it } from '@jest/globals'
import { access, constants, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/admin/cli.js'

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(
    args,
    {
      out: (text) => (out += `${text}\n`),
      err: (text) => (err += `${text}\n`)
    },
    // Nothing answers on port 9 of loopback: the repository's settings cannot be read.
    { GITHUB_API_URL: 'https://127.0.0.1:9' }
  )
  return { code, out, err }
}

const SETUP = [
  'setup',
  '--repo',
  'octo-org/inventory',
  '--branch',
  'main',
  '--client-id',
  '11111111-2222-3333-4444-555555555555',
  '--account',
  'inventory-db',
  '--resource-group',
  'rg',
  '--subscription',
  '00000000-1111-2222-3333-444444444444'
]

describe('the command line', () => {
  it('is the package bin, an executable with a shebang', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      bin: Record<string, string>
    }
    const bin = pkg.bin['cosmos-oidc-action'] as string
    await access(bin, constants.X_OK)
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('writes the artifacts to --output-dir, setup.sh with its run bit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'setup-out-'))
    const { code } = await cli(...SETUP, '--classic', '--output-dir', dir)
    expect(code).toBe(0)
    expect((await stat(join(dir, 'setup.sh'))).mode & 0o777).toBe(0o755)
    expect((await stat(join(dir, 'main.tf'))).mode & 0o111).toBe(0)
    await rm(dir, { recursive: true, force: true })
  })

  it('prints every artifact for a setup without signing in', async () => {
    const { code, out, err } = await cli(...SETUP)
    expect(code).toBe(0)
    for (const file of [
      'federated-credentials.json',
      'setup.sh',
      'credentials.bicep',
      'role.bicep',
      'main.tf',
      'workflow.yml'
    ])
      expect(out).toContain(`==> ${file} <==`)
    expect(err).toContain('inventory-branch-main: repo:octo-org/inventory:ref:refs/heads/main')
  })

  it.each([
    [['setup', '--help'], 'setup', 'doctor\n'],
    [['doctor', '-h'], 'doctor', 'setup\n'],
    [['run', '--help'], 'run', 'doctor\n'],
    [['help', 'doctor'], 'doctor', 'setup\n'],
    // Help wins over anything else on the line, even an unknown option.
    [[...SETUP, '--colour', '--help'], 'setup', 'doctor\n']
  ])('%j shows the usage of that command alone', async (args, command, other) => {
    const { code, out, err } = await cli(...args)
    expect(out).toMatch(new RegExp(`^cosmos-oidc-action ${command}: `))
    expect(out).toContain(`\n${command}\n  `)
    expect(out).not.toContain(`\n${other}  `)
    expect(out).toContain('Exit codes: 0 done')
    expect(err).toBe('')
    expect(code).toBe(0)
  })

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['help', 'frobnicate'], /unknown command 'frobnicate'/],
    [['setup', '--repo', 'inventory'], /--repo is 'inventory': give OWNER\/REPO/],
    [
      SETUP.map((arg) => (arg === '11111111-2222-3333-4444-555555555555' ? 'my-app' : arg)),
      /--client-id is 'my-app'/
    ],
    [[...SETUP, '--identity', 'x'], /--client-id for an Entra application, or --identity/],
    [[...SETUP, '--issuer', 'https://token.actions.githubusercontent.com/'], /trailing slash/],
    [[...SETUP, '--role', 'custom'], /--actions is required/],
    [[...SETUP, '--role', 'custom', '--actions', 'read,drop'], /--actions names drop/],
    [[...SETUP, '--scope', 'dbs/app'], /--scope is 'dbs\/app'/],
    [[...SETUP, '--cloud', 'mars'], /--cloud is 'mars'/],
    [[...SETUP, '--format', 'pdf'], /--format is 'pdf'/],
    [[...SETUP, '--colour'], /Unknown option '--colour'/],
    [
      ['setup', ...SETUP.slice(1).filter((arg) => arg !== '--branch' && arg !== 'main')],
      /at least one trigger/
    ]
  ])('refuses %j with a usage error', async (args, message) => {
    const { code, err } = await cli(...args)
    expect(err).toMatch(message)
    expect(code).toBe(2)
  })
})
