/** How a session follows its tokens: what is logged of each, and the figures the summary shows. */
import { describe, expect, it } from '@jest/globals'
import type { AccessTokenReport, GitHubClaims } from '../../src/identity/index.js'
import { TokenLog } from '../../src/session/token-log.js'
import { fakeRuntime } from '../../__fixtures__/runtime.js'

const ARM = 'https://management.azure.com'
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/inventory:ref:refs/heads/main',
  aud: 'api://AzureADTokenExchange',
  exp: 1_800_000_300,
  iat: 1_800_000_000
} as GitHubClaims

function accessToken(problems: string[] = [], expiresInSeconds = 3600): AccessTokenReport {
  return {
    claims: { oid: 'principal-1', tid: 'tenant-1' },
    audience: 'https://inventory.documents.azure.com',
    expiresOn: new Date(1_800_000_000_000 + expiresInSeconds * 1000),
    problems
  }
}

function tokenLog() {
  const { runtime, seen } = fakeRuntime({ inputs: {} })
  let fetched = 0
  const log = new TokenLog({
    log: runtime.log,
    now: () => 1_800_000_000_000,
    armResource: ARM,
    githubTokensFetched: () => fetched
  })
  return { log, seen, fetch: () => fetched++ }
}

describe('TokenLog', () => {
  it('shows the first GitHub token in full and later ones at debug level', () => {
    const { log, seen, fetch } = tokenLog()
    fetch()
    log.onGitHubToken(CLAIMS)
    fetch()
    log.onGitHubToken(CLAIMS)
    expect(seen.log[0]).toBe('info: GitHub OIDC token claims presented to Microsoft Entra ID:')
    expect(seen.log).toContain(`info:   sub: ${CLAIMS.sub}`)
    expect(seen.log.at(-1)).toBe(
      'debug: Fetched GitHub OIDC token #2 (expires 2027-01-15T08:05:00.000Z).'
    )
  })

  it.each([
    {
      name: 'the first access token at info level, later ones at debug',
      scopes: ['https://inventory.documents.azure.com/.default', `${ARM}/.default`],
      levels: ['info', 'debug']
    },
    {
      name: 'an ARM token first is still the first',
      scopes: [`${ARM}/.default`, 'https://inventory.documents.azure.com/.default'],
      levels: ['info', 'debug']
    }
  ])('logs $name', ({ scopes, levels }) => {
    const { log, seen } = tokenLog()
    for (const scope of scopes) log.onAccessToken(accessToken(), scope)
    expect(seen.log.map((line) => line.split(':')[0])).toEqual(levels)
  })

  it('warns once per problem however many tokens carry it', () => {
    const { log, seen } = tokenLog()
    for (let i = 0; i < 3; i++)
      log.onAccessToken(accessToken(['clock skew']), 'https://x.documents.azure.com/.default')
    expect(seen.log.filter((line) => line === 'warning: clock skew')).toHaveLength(1)
  })

  it('keeps the figures of the latest Cosmos DB token, not of ARM tokens', () => {
    const { log, fetch } = tokenLog()
    fetch()
    log.onAccessToken(accessToken([], 1800), 'https://x.documents.azure.com/.default')
    log.onAccessToken(accessToken([], 60), `${ARM}/.default`)
    expect(log.figures()).toEqual({
      githubTokensFetched: 1,
      entraTokensIssued: 2,
      accessTokenExpiresOn: new Date(1_800_000_000_000 + 1_800_000),
      accessTokenLifetimeSeconds: 1800
    })
    expect(log.cosmosToken?.claims.oid).toBe('principal-1')
  })
})
