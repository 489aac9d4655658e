import { describe, expect, it } from '@jest/globals'
import { inspectAccessToken, resourceOfScope } from '../../src/identity/index.js'
import { unsignedToken } from '../../__fixtures__/tokens.js'

const NOW_MS = 1_800_000_000_000
const now = NOW_MS / 1000

function token(claims: Record<string, unknown>): string {
  return unsignedToken({
    oid: 'o',
    tid: 't',
    aud: 'https://cosmos.azure.com',
    iat: now,
    nbf: now,
    exp: now + 3600,
    ...claims
  })
}

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
      { iat: now - 600, nbf: now - 600 },
      'https://cosmos.azure.com/.default',
      ['The runner clock is 600 s ahead of Microsoft Entra ID']
    ],
    [
      'a runner clock six minutes behind',
      { iat: now + 360, nbf: now + 360 },
      'https://cosmos.azure.com/.default',
      ['The runner clock is 360 s behind Microsoft Entra ID']
    ],
    [
      'four minutes of skew',
      { iat: now - 240, nbf: now - 240 },
      'https://cosmos.azure.com/.default',
      []
    ]
  ])('accepts or flags %s', (_name, claims, scope, expected) => {
    const report = inspectAccessToken(token(claims), scope, NOW_MS)
    expect(report.problems).toHaveLength(expected.length)
    expected.forEach((text, i) => expect(report.problems[i]).toContain(text))
  })

  it('reports the principal, tenant and expiry', () => {
    const report = inspectAccessToken(token({}), 'https://cosmos.azure.com/.default', NOW_MS)
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
