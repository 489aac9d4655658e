import { describe, expect, it } from '@jest/globals'
import { inspectAccessToken, resourceOfScope } from '../../src/identity/index.js'
import { unsignedToken } from '../../__fixtures__/tokens.js'

const NOW_MS = 1_800_000_000_000
const now = NOW_MS / 1000

/** A token as Entra issues it: iat and nbf five minutes back, an hour to live. */
function token(claims: Record<string, unknown>): string {
  return unsignedToken({
    oid: 'o',
    tid: 't',
    aud: 'https://cosmos.azure.com',
    iat: now - 300,
    nbf: now - 300,
    exp: now + 3600,
    ...claims
  })
}

/** When the runner's clock says the token expires: now + expires_in. */
const EXPIRES_ON = NOW_MS + 3_600_000

describe('inspectAccessToken', () => {
  it.each([
    ['a matching audience and clock', {}, 'https://cosmos.azure.com/.default', []],
    [
      'an audience with a trailing slash',
      { aud: 'https://cosmos.azure.com/' },
      'https://cosmos.azure.com/.default',
      []
    ],
    [
      'another audience',
      { aud: 'https://management.azure.com' },
      'https://cosmos.azure.com/.default',
      ["audience is 'https://management.azure.com', not the resource 'https://cosmos.azure.com'"]
    ],
    [
      'a runner clock ten minutes ahead',
      // Entra's clock is 600 s behind the runner's: its exp is 600 s earlier.
      { exp: now + 3600 - 600 },
      'https://cosmos.azure.com/.default',
      ['The runner clock is 600 s ahead of Microsoft Entra ID']
    ],
    [
      'a runner clock six minutes behind',
      { exp: now + 3600 + 360 },
      'https://cosmos.azure.com/.default',
      ['The runner clock is 360 s behind Microsoft Entra ID']
    ],
    ['four minutes of skew', { exp: now + 3600 - 240 }, 'https://cosmos.azure.com/.default', []]
  ])('accepts or flags %s', (_name, claims, scope, expected) => {
    const report = inspectAccessToken(token(claims), scope, EXPIRES_ON)
    expect(report.problems).toHaveLength(expected.length)
    expected.forEach((text, i) => expect(report.problems[i]).toContain(text))
  })

  it('reports the principal, tenant and expiry', () => {
    const report = inspectAccessToken(token({}), 'https://cosmos.azure.com/.default', EXPIRES_ON)
    expect(report.claims.oid).toBe('o')
    expect(report.expiresOn?.getTime()).toBe(NOW_MS + 3_600_000)
  })
})

describe('resourceOfScope', () => {
  it.each([
    ['https://cosmos.azure.com/.default', 'https://cosmos.azure.com'],
    ['https://localhost:8081/.default', 'https://localhost:8081'],
    ['https://management.azure.com/', 'https://management.azure.com']
  ])('%s -> %s', (scope, resource) => expect(resourceOfScope(scope)).toBe(resource))
})
