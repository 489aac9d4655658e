import { describe, expect, it } from '@jest/globals'
import { GitHubTokenError } from '../../src/errors.js'
import { GitHubTokenSource } from '../../src/identity/index.js'
import { githubClaims, unsignedToken } from '../../__fixtures__/tokens.js'

/** A runner that issues tokens living `lifetime` seconds on a fake clock. */
function fakeRunner(lifetime = 300) {
  let clock = 1_800_000_000_000
  const requests: string[] = []
  const failures: unknown[] = []
  return {
    requests,
    failures,
    advance: (ms: number) => (clock += ms),
    now: () => clock,
    requestToken: async (audience: string) => {
      requests.push(audience)
      const failure = failures.shift()
      if (failure !== undefined) throw failure
      const now = Math.floor(clock / 1000)
      return unsignedToken(
        githubClaims(now, { aud: audience, exp: now + lifetime, jti: String(requests.length) })
      )
    }
  }
}

function source(runner: ReturnType<typeof fakeRunner>, audience = 'api://AzureADTokenExchange') {
  const slept: number[] = []
  const tokens = new GitHubTokenSource({
    audience,
    requestToken: runner.requestToken,
    now: runner.now,
    sleep: async (ms) => {
      slept.push(ms)
    }
  })
  return { tokens, slept }
}

describe('GitHubTokenSource', () => {
  it('reuses a token until a minute before it expires, then fetches a new one', async () => {
    const runner = fakeRunner(300)
    const { tokens } = source(runner)
    const first = await tokens.getToken()
    runner.advance(239_000)
    expect(await tokens.getToken()).toBe(first)
    runner.advance(2_000)
    expect(await tokens.getToken()).not.toBe(first)
    expect(tokens.fetchCount).toBe(2)
  })

  it('renews short-lived tokens at three quarters of their life', async () => {
    const runner = fakeRunner(4)
    const { tokens } = source(runner)
    await tokens.getToken()
    runner.advance(2_900)
    await tokens.getToken()
    expect(tokens.fetchCount).toBe(1)
    runner.advance(200)
    await tokens.getToken()
    expect(tokens.fetchCount).toBe(2)
  })

  it('makes one request for concurrent callers', async () => {
    const runner = fakeRunner()
    const { tokens } = source(runner)
    const all = await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()])
    expect(new Set(all).size).toBe(1)
    expect(runner.requests).toHaveLength(1)
  })

  it('retries transient failures of the token service', async () => {
    const runner = fakeRunner()
    runner.failures.push(new Error('Error message: Failed to get ID Token. Error Code : 500'))
    runner.failures.push(new Error('Error message: read ECONNRESET'))
    const { tokens, slept } = source(runner)
    await tokens.getToken()
    expect(slept).toEqual([1000, 2000])
    expect(runner.requests).toHaveLength(3)
  })

  it.each([
    [
      '401',
      'Error message: Failed to get ID Token. Error Code : 401',
      "the job's request token has expired"
    ],
    [
      '403',
      'Error message: Failed to get ID Token. Error Code : 403',
      'Could not get a GitHub OIDC token'
    ]
  ])('fails fast on %s', async (_status, message, expected) => {
    const runner = fakeRunner()
    runner.failures.push(new Error(message))
    const { tokens, slept } = source(runner)
    await expect(tokens.getToken()).rejects.toThrow(expected)
    expect(slept).toEqual([])
  })

  it('gives up after three retries', async () => {
    const runner = fakeRunner()
    for (let i = 0; i < 4; i++) runner.failures.push(new Error('Error Code : 503'))
    const { tokens } = source(runner)
    await expect(tokens.getToken()).rejects.toBeInstanceOf(GitHubTokenError)
    expect(runner.requests).toHaveLength(4)
  })

  it('refuses a token issued for another audience', async () => {
    const runner = fakeRunner()
    const tokens = new GitHubTokenSource({
      audience: 'api://AzureADTokenExchange',
      requestToken: () => runner.requestToken('https://github.com/octo-org'),
      now: runner.now,
      sleep: async () => undefined
    })
    await expect(tokens.getToken()).rejects.toThrow(
      "The GitHub token's audience is 'https://github.com/octo-org', but 'api://AzureADTokenExchange' was requested."
    )
  })

  it('refuses something that is not a JWT', async () => {
    const tokens = new GitHubTokenSource({
      audience: 'a',
      requestToken: async () => 'not-a-jwt',
      now: () => 0,
      sleep: async () => undefined
    })
    await expect(tokens.getToken()).rejects.toThrow('not a JWT')
  })
})
