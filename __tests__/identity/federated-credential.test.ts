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
function scripted(outcomes: Array<Error | 'ok'>, clockStepMs = 0) {
  let clock = 1_800_000_000_000
  const slept: number[] = []
  const masked: string[] = []
  const events: string[] = []
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

  it('retries AADSTS70021 while a new credential may be propagating, then explains it', async () => {
    const { credential, slept } = scripted([
      aadsts(70021),
      aadsts(70021),
      aadsts(70021),
      aadsts(70021)
    ])
    const failure = await credential.getToken(SCOPE).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(EntraError)
    expect((failure as EntraError).code).toBe(70021)
    // Attempts at 0, 2, 7 and 17 s; the 20 s window is then over, so the fourth answer is final.
    expect(slept).toEqual([2000, 5000, 10_000])
  })

  it('succeeds when the credential appears during the window', async () => {
    const { credential, slept } = scripted([aadsts(70021), 'ok'])
    await expect(credential.getToken(SCOPE)).resolves.toBeTruthy()
    expect(slept).toEqual([2000])
  })

  it('fails fast on permanent errors', async () => {
    const { credential, slept } = scripted([aadsts(700213)])
    await expect(credential.getToken(SCOPE)).rejects.toThrow('AADSTS700213')
    expect(slept).toEqual([])
  })

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
