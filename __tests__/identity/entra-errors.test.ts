import { describe, expect, it } from '@jest/globals'
import {
  explainEntraFailure,
  parseSubject,
  readEntraFailure,
  subjectHints
} from '../../src/identity/index.js'
import { githubClaims } from '../../__fixtures__/tokens.js'

const NOW = 1_800_000_000

/** An error shaped like MSAL's ServerError wrapped by @azure/identity, from Entra's JSON. */
function entraFailure(code: number, text: string, status = 400): Error {
  const server = Object.assign(
    new Error(
      `invalid_client: Error(s): ${code} - Description: AADSTS${code}: ${text} Trace ID: t`
    ),
    {
      name: 'ServerError',
      errorCode: 'invalid_client',
      errorMessage: `Error(s): ${code} - Timestamp: x - Description: AADSTS${code}: ${text} Trace ID: t Correlation ID: c`,
      status
    }
  )
  return Object.assign(new Error('AuthenticationRequiredError'), { cause: server })
}

function context(claims: Record<string, unknown>) {
  return {
    claims: githubClaims(NOW, claims),
    clientId: '8e9d1a5c-1f0e-4b7f-9d3e-2c7a1b0f4e11',
    tenantId: 'contoso.onmicrosoft.com',
    authorityHost: 'https://login.microsoftonline.com',
    authorityAnswer: undefined as string | undefined,
    scope: 'https://inventory.documents.azure.com/.default',
    defaultAudience: 'api://AzureADTokenExchange',
    cloudName: 'AzureCloud',
    now: new Date(NOW * 1000)
  }
}

describe('explainEntraFailure', () => {
  it.each([
    {
      name: 'environment versus branch',
      code: 700213,
      claims: { sub: 'repo:octo-org/inventory:environment:production', environment: 'production' },
      expected: [
        "This job runs in environment 'production', so its subject is 'repo:octo-org/inventory:environment:production'",
        "a credential for 'repo:octo-org/inventory:ref:refs/heads/main' does not match it",
        "subject 'repo:octo-org/inventory:environment:production' exactly"
      ]
    },
    {
      name: 'pull request',
      code: 700213,
      claims: {
        sub: 'repo:octo-org/inventory:pull_request',
        event_name: 'pull_request',
        ref: 'refs/pull/7/merge'
      },
      expected: ['This job runs for a pull request', 'credentials for branches do not match']
    },
    {
      name: 'immutable subject',
      code: 700213,
      claims: { sub: 'repo:octo-org@1001/inventory@2002:ref:refs/heads/main' },
      expected: [
        "immutable form (owner and repository with their ids: 'repo:octo-org@1001/inventory@2002')",
        "'repo:octo-org/inventory:...'"
      ]
    },
    {
      name: 'custom template',
      code: 700213,
      claims: {
        sub: 'repo:octo-org/inventory:job_workflow_ref:octo-org/inventory/.github/workflows/r.yml@refs/heads/main'
      },
      expected: ['custom template']
    },
    {
      name: 'tag',
      code: 700213,
      claims: { sub: 'repo:octo-org/inventory:ref:refs/tags/v1.2.0', ref: 'refs/tags/v1.2.0' },
      expected: ["This job runs for tag 'refs/tags/v1.2.0'"]
    },
    {
      name: 'case only',
      code: 7002138,
      claims: {},
      expected: ['only when case is ignored', 'correct the case']
    },
    {
      name: 'issuer',
      code: 700211,
      claims: {},
      expected: [
        "has the issuer 'https://token.actions.githubusercontent.com'",
        'no trailing slash'
      ]
    },
    {
      name: 'audience with the cloud default',
      code: 700212,
      claims: {},
      expected: ["set the credential's audience to 'api://AzureADTokenExchange'"]
    },
    {
      name: 'overridden audience',
      code: 700212,
      claims: { aud: 'api://custom' },
      expected: ["the 'audience' input overrides the AzureCloud default"]
    },
    {
      name: 'expired assertion',
      code: 700024,
      claims: { iat: NOW - 900, nbf: NOW - 900, exp: NOW - 600 },
      expected: [`expires ${new Date((NOW - 600) * 1000).toISOString()}`, 'runner clock']
    },
    { name: 'malformed assertion', code: 50027, claims: {}, expected: ['id-token: write'] },
    {
      name: 'unknown application',
      code: 700016,
      claims: {},
      expected: ['not its object id', 'swapped']
    },
    {
      name: 'no record',
      code: 70021,
      claims: {},
      expected: [
        "subject 'repo:octo-org/inventory:ref:refs/heads/main'",
        'may not have reached Entra yet'
      ]
    },
    {
      name: 'issuer keys out of reach (a firewalled GHES)',
      code: 50166,
      claims: { iss: 'https://ghes.contoso.com/_services/token' },
      expected: [
        'https://ghes.contoso.com/_services/token/.well-known/openid-configuration',
        'must be reachable from the internet'
      ]
    },
    {
      name: 'issuer',
      code: 700211,
      claims: {},
      expected: ['https://token.actions.<subdomain>.ghe.com on GHE.com (data residency)']
    },
    {
      name: 'no policy',
      code: 7000226,
      claims: {},
      expected: ['no federated identity credential policy']
    },
    {
      name: 'resource',
      code: 500011,
      claims: {},
      expected: ["scope 'https://inventory.documents.azure.com/.default'", "'endpoint' and 'cloud'"]
    },
    { name: 'unknown code', code: 9999999, claims: {}, expected: ['docs/troubleshooting.md'] }
  ])('explains AADSTS$code ($name)', ({ code, claims, expected }) => {
    const error = explainEntraFailure(entraFailure(code, 'Entra text.'), context(claims))
    expect(error.code).toBe(code)
    expect(error.message).toContain(`AADSTS${code}: Entra text.`)
    for (const text of expected) expect(error.message).toContain(text)
  })

  it('keeps Entra text and marks 5xx and network failures transient', () => {
    expect(explainEntraFailure(entraFailure(50001, 'down', 503), context({})).transient).toBe(true)
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    expect(explainEntraFailure(reset, context({})).transient).toBe(true)
    expect(explainEntraFailure(entraFailure(700213, 'x'), context({})).transient).toBe(false)
    expect(explainEntraFailure(entraFailure(50166, 'x'), context({})).transient).toBe(true)
  })

  it('reads codes from @azure/identity AuthenticationError responses too', () => {
    const error = Object.assign(new Error('auth failed'), {
      statusCode: 400,
      errorResponse: {
        error: 'invalid_client',
        errorDescription: 'AADSTS700212: audience mismatch.'
      }
    })
    expect(readEntraFailure(error)).toMatchObject({
      code: 700212,
      status: 400,
      description: 'AADSTS700212: audience mismatch.'
    })
  })

  it.each([
    [
      "https://login.microsoftonline.com/nope.example/v2.0/.well-known/openid-configuration answered 400: AADSTS90002: Tenant 'nope.example' not found.",
      90002,
      "tenant 'contoso.onmicrosoft.com' does not exist in the AzureCloud cloud"
    ],
    [
      'https://localhost:1/x/v2.0/.well-known/openid-configuration could not be reached: connect ECONNREFUSED 127.0.0.1:1',
      undefined,
      "check 'tenant-id', 'cloud' (AzureCloud) and, if set, 'authority-host'"
    ]
  ])('explains an authority MSAL could not resolve: %s', (answer, code, fix) => {
    const error = explainEntraFailure(
      new Error('endpoints_resolution_error: Error: could not resolve endpoints.'),
      {
        ...context({}),
        authorityAnswer: answer
      }
    )
    expect(error.code).toBe(code)
    expect(error.message).toContain(
      "the OpenID configuration of tenant 'contoso.onmicrosoft.com' at https://login.microsoftonline.com could not be read"
    )
    expect(error.message).toContain(`The authority said: ${answer}`)
    expect(error.message).toContain(fix)
  })

  it('does not fail on values that are not errors', () => {
    expect(explainEntraFailure('plain text', context({})).message).toContain('plain text')
    expect(explainEntraFailure(undefined, context({})).code).toBeUndefined()
  })
})

describe('parseSubject and subjectHints', () => {
  it.each([
    ['repo:o/r:ref:refs/heads/main', 'classic'],
    ['repo:o/r:environment:prod', 'classic'],
    ['repo:o/r:pull_request', 'classic'],
    ['repo:o@1/r@2:environment:prod', 'immutable'],
    ['repo:o/r:context:x:job_workflow_ref:o/r/.github/workflows/a.yml@refs/heads/main', 'custom'],
    ['repository_owner:o:context:ref', 'custom'],
    ['nonsense', 'unknown']
  ])('%s is %s', (subject, form) => {
    expect(parseSubject(subject).form).toBe(form)
  })

  it('suggests the default-template subject when the presented one differs', () => {
    const hints = subjectHints({
      claims: githubClaims(NOW, {
        sub: 'repo:octo-org/inventory:ref:refs/heads/Main',
        ref: 'refs/heads/main'
      })
    })
    expect(hints.join('\n')).toContain("would be 'repo:octo-org/inventory:ref:refs/heads/main'")
  })

  it('escapes a colon in the environment name like GitHub does', () => {
    const hints = subjectHints({
      claims: githubClaims(NOW, {
        sub: 'repo:octo-org/inventory:environment:prod:eu',
        environment: 'prod:eu'
      })
    })
    expect(hints.join('\n')).toContain("would be 'repo:octo-org/inventory:environment:prod%3Aeu'")
  })
})
