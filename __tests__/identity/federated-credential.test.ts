import { describe, expect, it } from '@jest/globals'
import type { AccessToken } from '@azure/identity'
import { EntraError, GitHubTokenError } from '../../src/errors.js'
import { FederatedCredential, GitHubTokenSource } from '../../src/identity/index.js'
import { githubClaims, unsignedToken } from '../../__fixtures__/tokens.js'

const SCOPE = 'https://cosmos.azure.com/.default'

function aadsts(code: number, status = 400): Error {
  return Object.assign(new Error(`AADSTS${code}: text`), {
    errorMessage: `AADSTS${code}: text`,
    status
  })
}

/** A credential over a scripted Entra: each call shifts one outcome (an Error or 'ok'). */
function scripted(outcomes: Array<Error | 'ok'>, clockStepMs = 0, propagationWaitMs?: number) {
  let clock = 1_800_000_000_000
  const slept: number[] = []
  const masked: string[] = []
  const events: string[] = []
  const waits: string[] = []
  let assertions = 0
  let exchanges = 0
  const tokenSource = new GitHubTokenSource({
    audience: 'api://AzureADTokenExchange',
    requestToken: async () => unsignedToken(githubClaims(Math.floor(clock / 1000))),
    now: () => clock,
    sleep: async () => undefined
  })
  const credential = new FederatedCredential({
    tenantId: 't',
    clientId: 'c',
    authorityHost: 'https://login.microsoftonline.com',
    disableInstanceDiscovery: false,
    tokenSource,
    defaultAudience: 'api://AzureADTokenExchange',
    cloudName: 'AzureCloud',
    now: () => clock,
    sleep: async (ms) => {
      slept.push(ms)
      clock += ms
    },
    mask: (token) => {
      masked.push(token)
      events.push('mask')
    },
    onAccessToken: (report) => events.push(`report ${report.problems.length}`),
    onPropagationWait: (message) => waits.push(message),
    ...(propagationWaitMs === undefined ? {} : { propagationWaitMs }),
    createExchange: (getAssertion) => (
      exchanges++,
      {
        getToken: async (): Promise<AccessToken> => {
          await getAssertion()
          assertions++
          clock += clockStepMs
          const outcome = outcomes.shift() ?? 'ok'
          if (outcome !== 'ok') throw outcome
          const now = Math.floor(clock / 1000)
          return {
            token: unsignedToken({ aud: 'https://cosmos.azure.com', iat: now, exp: now + 60 }),
            expiresOnTimestamp: clock + 60_000
          }
        }
      }
    )
  })
  return {
    credential,
    waits,
    slept,
    masked,
    events,
    assertions: () => assertions,
    exchanges: () => exchanges
  }
}

describe('FederatedCredential', () => {
  it('masks every issued token before anything else happens with it', async () => {
    const { credential, masked, events } = scripted(['ok'])
    const token = await credential.getToken(SCOPE)
    expect(masked).toEqual([token.token])
    expect(events).toEqual(['mask', 'report 0'])
  })

  it('waits for a new credential for five minutes by default, saying so each time', async () => {
    const { credential, slept, waits } = scripted(Array.from({ length: 20 }, () => aadsts(70021)))
    const failure = await credential.getToken(SCOPE).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(EntraError)
    expect((failure as EntraError).code).toBe(70021)
    // 5, 10, 20 s, then every 30 s, the last wait cut to the 300 s limit.
    expect(slept).toEqual([5000, 10_000, 20_000, ...Array(8).fill(30_000), 25_000])
    expect(slept.reduce((a, b) => a + b)).toBe(300_000)
    expect(waits).toHaveLength(slept.length)
    expect(waits[0]).toMatch(
      /^No federated credential of c matches this job yet \(AADSTS70021\): issuer '[^']+', subject '[^']+', audience 'api:\/\/AzureADTokenExchange'\. .* trying again in 5 s \(waited 0 s of at most 300 s; 'propagation-wait: 0' fails at once\)\.$/
    )
    expect((failure as EntraError).message).toContain(
      'the action waited 300 s for it (at most 300 s'
    )
  })

  it.each([700213, 7002131])(
    'waits on AADSTS%i too: an identity with other credentials',
    async (code) => {
      const { credential, slept } = scripted([aadsts(code), aadsts(code), 'ok'])
      await expect(credential.getToken(SCOPE)).resolves.toBeTruthy()
      expect(slept).toEqual([5000, 10_000])
    }
  )

  it('succeeds when the credential appears during the wait', async () => {
    const { credential, slept } = scripted([aadsts(70021), 'ok'])
    await expect(credential.getToken(SCOPE)).resolves.toBeTruthy()
    expect(slept).toEqual([5000])
  })

  it("fails at once with 'propagation-wait: 0', and says it did not wait", async () => {
    const { credential, slept } = scripted([aadsts(70021)], 0, 0)
    const failure = (await credential.getToken(SCOPE).catch((error: unknown) => error)) as Error
    expect(failure.message).toContain("with 'propagation-wait: 0' the action did not wait")
    expect(slept).toEqual([])
  })

  it('does not wait again for a credential that worked before (deleted since)', async () => {
    const { credential, slept } = scripted(['ok', aadsts(70021)], 400_000)
    await credential.getToken(SCOPE)
    await expect(credential.getToken(SCOPE)).rejects.toThrow('AADSTS70021')
    expect(slept).toEqual([])
  })

  it.each([700211, 700212, 7002138, 700016])(
    'fails fast on AADSTS%i: a visible credential that does not fit, or a permanent error',
    async (code) => {
      const { credential, slept } = scripted([aadsts(code)])
      await expect(credential.getToken(SCOPE)).rejects.toThrow(`AADSTS${code}`)
      expect(slept).toEqual([])
    }
  )

  it('retries transient failures twice, each time with a fresh MSAL client', async () => {
    const { credential, slept, exchanges } = scripted([
      aadsts(50001, 503),
      aadsts(50001, 429),
      aadsts(50001, 503)
    ])
    await expect(credential.getToken(SCOPE)).rejects.toThrow('AADSTS50001')
    expect(slept).toEqual([2000, 5000])
    // One at construction, one per retry: MSAL's throttling cache would replay the failure.
    expect(exchanges()).toBe(3)
  })

  it('passes the GitHub token error through unexplained by Entra', async () => {
    const missing = new GitHubTokenError('no token', { missingPermission: false })
    const { credential } = scripted([Object.assign(new Error('wrapped'), { cause: missing })])
    await expect(credential.getToken(SCOPE)).rejects.toBe(missing)
  })
})
