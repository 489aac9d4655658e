/**
 * Without an Azure sign-in the commands say so in one line, after what they could do without one:
 * doctor judges the claims first, setup --apply prints and writes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import {
  AggregateAuthenticationError,
  AuthenticationError,
  ChainedTokenCredential,
  CredentialUnavailableError,
  type TokenCredential
} from '@azure/identity'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/admin/cli.js'
import { signInProblem } from '../../src/admin/sign-in.js'

/** The SDK's chain with nothing to sign in with: what DefaultAzureCredential throws on a bare machine. */
const noSignIn = (): TokenCredential =>
  new ChainedTokenCredential(
    {
      getToken: () =>
        Promise.reject(new CredentialUnavailableError('EnvironmentCredential is unavailable.'))
    },
    {
      getToken: () =>
        Promise.reject(
          new CredentialUnavailableError(
            "AzureCliCredential: Please run 'az login' to set up an account."
          )
        )
    }
  )

async function cli(
  args: readonly string[],
  credential: () => TokenCredential = noSignIn
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(
    args,
    { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) },
    // Nothing answers on port 9 of loopback: the repository's settings cannot be read.
    { GITHUB_API_URL: 'https://127.0.0.1:9' },
    credential
  )
  return { code, out, err }
}

const IDENTITY = ['--client-id', '11111111-2222-3333-4444-555555555555']
const ACCOUNT = [
  '--account',
  'inventory-db',
  '--resource-group',
  'rg',
  '--subscription',
  '00000000-1111-2222-3333-444444444444'
]
const NO_SIGN_IN = /no Azure sign-in found: sign in with az login \(.*\), then run it again\n$/

async function claimsFile(claims: Record<string, unknown>): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'claims-')), 'claims.json')
  await writeFile(path, JSON.stringify(claims))
  return path
}

const GOOD = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/inventory:environment:production',
  aud: 'api://AzureADTokenExchange',
  repository: 'octo-org/inventory',
  repository_id: '123456'
}

describe('doctor without a sign-in', () => {
  it('shows the subject, then one line on how to sign in for the rest', async () => {
    const { code, out, err } = await cli([
      'doctor',
      '--repo',
      'octo-org/inventory',
      '--environment',
      'production',
      '--classic',
      ...IDENTITY,
      ...ACCOUNT
    ])
    expect(out).toContain('subject  repo:octo-org/inventory:environment:production')
    expect(err.split('\n').filter(Boolean)).toHaveLength(1)
    expect(err).toMatch(
      /^cosmos-oidc-action doctor: the identity's federated credentials and roles were not checked: /
    )
    expect(err).toMatch(NO_SIGN_IN)
    expect(err).not.toContain('ChainedTokenCredential')
    expect(code).toBe(1)
  })

  it('judges the claims before saying how to sign in', async () => {
    const path = await claimsFile({ ...GOOD, aud: 'api://AzureADTokenExchangeUSGov' })
    const { code, out, err } = await cli([
      'doctor',
      '--repo',
      'octo-org/inventory',
      '--claims',
      path,
      ...IDENTITY
    ])
    expect(out).toContain(
      "✗ audience api://AzureADTokenExchangeUSGov is AzureUSGovernment's, and Entra in AzureCloud expects api://AzureADTokenExchange (AADSTS700212)"
    )
    expect(out).toContain('✓ repository octo-org/inventory is the one --repo names')
    expect(err).toMatch(NO_SIGN_IN)
    expect(code).toBe(1)
  })
})

describe('doctor --claims without an identity', () => {
  it.each([
    [GOOD, 0, ['✓ audience api://AzureADTokenExchange is the one Entra expects in AzureCloud']],
    [
      { ...GOOD, aud: 'https://github.com/octo-org' },
      1,
      ["✗ audience 'https://github.com/octo-org' is not api://AzureADTokenExchange"]
    ],
    [
      { ...GOOD, repository: 'octo-org/other', sub: 'repo:octo-org/other:environment:production' },
      1,
      ['✗ the token is for octo-org/other, not octo-org/inventory (--repo)']
    ],
    [
      { ...GOOD, repository: 'Octo-Org/Inventory' },
      1,
      ['differs in case: subjects match case-sensitively, so give --repo Octo-Org/Inventory']
    ],
    [{ ...GOOD, repository_id: '999' }, 1, ['✗ the token is for repository id 999, not 123456']]
  ])('judges %j (exit %s) with no sign-in', async (claims, exit, lines) => {
    const path = await claimsFile(claims)
    const { code, out, err } = await cli(
      ['doctor', '--repo', 'octo-org/inventory', '--repo-id', '123456', '--claims', path],
      () => {
        throw new Error('doctor without an identity must not sign in')
      }
    )
    for (const line of lines) expect(out).toContain(line)
    expect(out).toContain('Give the identity (--client-id, or --identity')
    expect(err).toBe('')
    expect(code).toBe(exit)
  })
})

describe('setup --apply without a sign-in', () => {
  it('prints nothing and writes nothing, and says how to sign in in one line', async () => {
    const { code, out, err } = await cli([
      'setup',
      '--repo',
      'octo-org/inventory',
      '--branch',
      'main',
      '--classic',
      ...IDENTITY,
      ...ACCOUNT,
      '--apply'
    ])
    expect(out).toBe('')
    expect(err).toMatch(/^cosmos-oidc-action setup: nothing was written \(leave out --apply/)
    expect(err).toMatch(NO_SIGN_IN)
    expect(err.split('\n').filter(Boolean)).toHaveLength(1)
    expect(code).toBe(1)
  })
})

describe('signInProblem', () => {
  const refused = new AuthenticationError(400, {
    error: 'invalid_client',
    error_description: 'AADSTS700016: Application with identifier x was not found.\nTrace ID: 1'
  })
  it.each([
    [
      'an unavailable credential',
      new CredentialUnavailableError('nothing'),
      /^no Azure sign-in found: sign in with az login/
    ],
    [
      'a chain where Entra refused one',
      new AggregateAuthenticationError([new CredentialUnavailableError('a'), refused]),
      /^Entra refused the Azure sign-in \(.*AADSTS700016: Application with identifier x was not found\.\): sign in/
    ],
    [
      'one wrapped in another error',
      new Error('wrapped', { cause: new CredentialUnavailableError('x') }),
      /^no Azure sign-in found/
    ],
    ['another error', new Error('Cosmos DB said no'), undefined]
  ])('%s', (_name, error, expected) => {
    const problem = signInProblem(error)
    if (expected === undefined) expect(problem).toBeUndefined()
    else {
      expect(problem).toMatch(expected)
      expect(problem).not.toContain('\n')
    }
  })
})
