import { describe, expect, it } from '@jest/globals'
import {
  judgeCredentials,
  presentedClaims,
  type PresentedClaims
} from '../../src/admin/doctor/index.js'
import {
  failingClause,
  formatExpression,
  parseExpression,
  wildcardMatch
} from '../../src/admin/expression.js'
import type { StoredCredential } from '../../src/admin/identities.js'
import { CLOUDS } from '../../src/clouds.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
/** The issuer flexible credentials may name. */
const GITHUB = ISSUER
const AUDIENCE = 'api://AzureADTokenExchange'
const repository = { owner: 'octo-org', name: 'inventory', ownerId: '9919', repoId: '123456' }

function job(
  trigger: Parameters<typeof presentedClaims>[0]['trigger'],
  form: 'classic' | 'immutable' = 'classic'
): PresentedClaims {
  return presentedClaims({
    claims: undefined,
    repository,
    trigger,
    form,
    template: undefined,
    issuer: ISSUER,
    cloud: CLOUDS.AzureCloud
  })
}

const stored = (subject: string, extra: Partial<StoredCredential> = {}): StoredCredential => ({
  name: 'cred',
  issuer: ISSUER,
  subject,
  expression: undefined,
  audiences: [AUDIENCE],
  ...extra
})

describe('judgeCredentials', () => {
  const production = job({ kind: 'environment', name: 'production' })

  it.each([
    [stored('repo:octo-org/inventory:environment:production'), 'matches', ''],
    [
      stored('repo:octo-org/inventory:ref:refs/heads/main'),
      'nearly',
      "written for refs/heads/main, but the job runs in environment 'production': the environment takes the place of the branch or tag"
    ],
    [stored('repo:Octo-Org/inventory:environment:production'), 'nearly', 'differs only in case'],
    [
      stored('repo:octo-org@9919/inventory@123456:environment:production'),
      'nearly',
      'same job in the immutable form; the repository presents classic subjects'
    ],
    [stored('repo:octo-org/other:environment:production'), 'no', 'another repository'],
    [
      stored('repo:octo-org/inventory:environment:production', { issuer: `${ISSUER}/` }),
      'nearly',
      'trailing slash (AADSTS700211)'
    ],
    [
      stored('repo:octo-org/inventory:environment:production', {
        audiences: ['api://AzureADTokenExchangeUSGov']
      }),
      'nearly',
      "the job asks for 'api://AzureADTokenExchange' (AADSTS700212)"
    ],
    [
      stored('repo:octo-org/inventory:environment:production', {
        issuer: 'https://ghes.example/_services/token'
      }),
      'no',
      "the job's tokens come from"
    ]
  ])('%j is judged %s', (credential, verdict, why) => {
    const [result] = judgeCredentials([credential], production, GITHUB)
    expect(result?.verdict).toBe(verdict)
    expect(result?.why).toContain(why)
  })

  it('explains pull requests and tags', () => {
    expect(
      judgeCredentials(
        [stored('repo:octo-org/inventory:ref:refs/heads/main')],
        job({ kind: 'pull_request' }),
        GITHUB
      )[0]?.why
    ).toContain("pull request jobs present ':pull_request', not the branch")
    expect(
      judgeCredentials(
        [stored('repo:octo-org/inventory:ref:refs/heads/main')],
        job({ kind: 'tag', name: 'v1' }),
        GITHUB
      )[0]?.why
    ).toContain("written for a branch; tag jobs present 'ref:refs/tags/v1'")
  })

  it('evaluates flexible credentials and names the failing clause', () => {
    const expression = formatExpression([
      { claim: 'sub', operator: 'matches', value: 'repo:octo-org/inventory:ref:refs/tags/v*' },
      { claim: 'repository_id', operator: 'eq', value: '123456' }
    ])
    const flexible: StoredCredential = { ...stored(''), subject: undefined, expression }
    expect(
      judgeCredentials([flexible], job({ kind: 'tag', name: 'v2.0' }), GITHUB)[0]?.verdict
    ).toBe('matches')
    const [branch] = judgeCredentials([flexible], job({ kind: 'branch', name: 'main' }), GITHUB)
    expect(branch?.verdict).toBe('nearly')
    expect(branch?.why).toContain(
      "claims['sub'] matches 'repo:octo-org/inventory:ref:refs/tags/v*' fails: the job's sub is 'repo:octo-org/inventory:ref:refs/heads/main' (AADSTS7002131)"
    )
  })

  it.each([
    [
      'a sub-only expression',
      ISSUER,
      formatExpression([
        { claim: 'sub', operator: 'matches', value: 'repo:octo-org/inventory:ref:refs/tags/v*' }
      ]),
      "does not match claims['sub'] together with claims['repository_id'] or claims['repository_owner_id']"
    ],
    [
      'an expression without sub',
      ISSUER,
      formatExpression([{ claim: 'repository_id', operator: 'eq', value: '123456' }]),
      'which Entra requires of GitHub expressions since 2026-08'
    ],
    [
      "another issuer's expression",
      'https://ghes.example/_services/token',
      formatExpression([
        { claim: 'sub', operator: 'matches', value: 'repo:octo-org/inventory:*' },
        { claim: 'repository_id', operator: 'eq', value: '123456' }
      ]),
      'Entra supports them for GitHub only with https://token.actions.githubusercontent.com'
    ]
  ])(
    'refuses %s, which Graph no longer saves and Entra no longer matches',
    (_, issuer, expression, why) => {
      const flexible: StoredCredential = { ...stored(''), issuer, subject: undefined, expression }
      const [verdict] = judgeCredentials([flexible], job({ kind: 'tag', name: 'v2.0' }), GITHUB)
      expect(verdict?.verdict).toBe('no')
      expect(verdict?.why).toContain(why)
    }
  )

  it('puts matches first', () => {
    const verdicts = judgeCredentials(
      [
        stored('repo:x/y:pull_request', { name: 'a' }),
        stored('repo:octo-org/inventory:environment:production', { name: 'b' })
      ],
      production,
      GITHUB
    )
    expect(verdicts.map((verdict) => verdict.name)).toEqual(['b', 'a'])
  })
})

describe('presentedClaims', () => {
  it('takes the subject from token claims when given', () => {
    const presented = presentedClaims({
      claims: {
        sub: 'repo:octo-org/inventory:job_workflow_ref:x',
        aud: [AUDIENCE],
        iss: ISSUER,
        repository_id: 5
      },
      repository,
      trigger: undefined,
      form: 'classic',
      template: undefined,
      issuer: ISSUER,
      cloud: CLOUDS.AzureCloud
    })
    expect(presented).toMatchObject({
      sub: 'repo:octo-org/inventory:job_workflow_ref:x',
      aud: AUDIENCE,
      repository_id: '5'
    })
  })

  it('computes custom template subjects', () => {
    const presented = presentedClaims({
      claims: undefined,
      repository,
      trigger: { kind: 'environment', name: 'prod' },
      form: 'classic',
      template: ['repository_owner', 'context'],
      issuer: ISSUER,
      cloud: CLOUDS.AzureCloud
    })
    expect(presented.sub).toBe('repository_owner:octo-org:environment:prod')
  })
})

describe('claims-matching expressions', () => {
  it('round-trips quotes', () => {
    const clauses = [{ claim: 'sub', operator: 'eq' as const, value: "repo:o/r:environment:it's" }]
    expect(parseExpression(formatExpression(clauses))).toEqual(clauses)
  })

  it.each([
    ["claims['sub'] eq 'a' or claims['sub'] eq 'b'", /expected ' and '/],
    ["claims['actor'] eq 'me'", /cannot be used/],
    ["claims['repository_id'] matches '1*'", /takes only eq/],
    ['sub == a', /cannot read the expression/]
  ])('refuses %s', (expression, message) => {
    expect(() => parseExpression(expression)).toThrow(message)
  })

  it.each([
    ['v*', 'v1.2', true],
    ['v?', 'v12', false],
    ['release/*', 'release/1/2', true],
    ['a.b', 'axb', false],
    ['*', '', true]
  ])('%s matches %s: %s', (pattern, value, result) => {
    expect(wildcardMatch(pattern, value)).toBe(result)
  })

  it('fails a clause whose claim is missing', () => {
    expect(failingClause(parseExpression("claims['repository_id'] eq '1'"), {})).toMatchObject({
      claim: 'repository_id'
    })
  })
})
