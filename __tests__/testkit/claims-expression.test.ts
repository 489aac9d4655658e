import { describe, expect, it } from '@jest/globals'
import {
  matchesClaims,
  parseClaimsExpression,
  wildcardMatch
} from '../../testkit/entra/claims-expression.js'
import { credentialProblem } from '../../testkit/entra/credential-rules.js'
import type {
  FederatedCredential,
  StoredFederatedCredential
} from '../../testkit/entra/directory.js'

const claims = {
  sub: 'repo:octo-org/inventory:ref:refs/heads/main',
  job_workflow_ref: 'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main',
  repository_id: '123456',
  repository_owner_id: '654321',
  repository: 'octo-org/inventory'
}

describe('claims matching expressions (the test oracle for flexible credentials)', () => {
  it.each([
    ["claims['sub'] eq 'repo:octo-org/inventory:ref:refs/heads/main'", true],
    ["claims['sub'] eq 'repo:octo-org/inventory:ref:refs/heads/Main'", false],
    ["claims['sub'] matches 'repo:octo-org/inventory:ref:refs/heads/*'", true],
    ["claims['sub'] matches 'repo:octo-org/*:ref:refs/heads/main'", true],
    ["claims['sub'] matches 'repo:octo-org/inventory:ref:refs/tags/*'", false],
    ["claims['sub'] matches 'repo:octo-org/inventor?:ref:refs/heads/main'", true],
    ["claims['sub'] matches 'repo:octo-org/inventor?:ref:refs/heads/mai'", false],
    ["claims['sub'] matches 'repo:octo-org/inventory?:ref:refs/heads/main'", false],
    ["claims['sub'] matches '*'", true],
    [
      "claims['sub'] matches 'repo:octo-org/inventory:ref:refs/heads/*' and claims['repository_id'] eq '123456'",
      true
    ],
    [
      "claims['sub'] matches 'repo:octo-org/inventory:ref:refs/heads/*' and claims['repository_id'] eq '999'",
      false
    ],
    [
      "claims['job_workflow_ref'] matches 'octo-org/shared/.github/workflows/*@refs/heads/main' and claims['repository_owner_id'] eq '654321'",
      true
    ],
    // '.' and '+' are literal, not regular-expression syntax.
    ["claims['job_workflow_ref'] matches 'octo-org/shared/.github/workflows/deploy.yml@*'", true],
    ["claims['job_workflow_ref'] matches 'octo-org/shared/xgithub/workflows/deploy.yml@*'", false]
  ])('%s -> %s', (expression, expected) => {
    expect(matchesClaims(expression, claims)).toBe(expected)
  })

  it('unescapes doubled single quotes in comparands', () => {
    const quoted = { ...claims, sub: "repo:octo-org/it's:ref:refs/heads/main" }
    expect(
      parseClaimsExpression("claims['sub'] eq 'repo:octo-org/it''s:ref:refs/heads/main'")
    ).toEqual([{ claim: 'sub', operator: 'eq', value: "repo:octo-org/it's:ref:refs/heads/main" }])
    expect(matchesClaims("claims['sub'] matches 'repo:octo-org/it''s:*'", quoted)).toBe(true)
    expect(matchesClaims("claims['sub'] matches 'repo:octo-org/it''s:*'", claims)).toBe(false)
  })

  it.each([
    ["claims['repository'] eq 'octo-org/inventory'", "the claim 'repository' cannot be used"],
    [
      "claims['repository_id'] matches '12*'",
      "the operator 'matches' cannot be used with the claim 'repository_id'"
    ],
    ["claims['sub'] eq 'a' or claims['sub'] eq 'b'", "expected ' and ' or the end"],
    ["claims['sub']  eq 'a'", 'expected claims'],
    ["claims['sub'] EQ 'a'", 'expected claims'],
    ["claims['sub'] eq 'a' and", "expected ' and ' or the end"],
    ["claims['sub'] eq 'it's'", "expected ' and ' or the end"],
    ['', 'expected claims']
  ])('rejects %j', (expression, reason) => {
    const parsed = parseClaimsExpression(expression)
    expect(typeof parsed).toBe('string')
    expect(parsed).toContain(reason)
    expect(matchesClaims(expression, claims)).toBe(false)
  })

  it('a missing or non-string claim never matches', () => {
    expect(matchesClaims("claims['repository_id'] eq '123456'", { sub: 'x' })).toBe(false)
    expect(matchesClaims("claims['repository_id'] eq '123456'", { repository_id: 123456 })).toBe(
      false
    )
  })

  it('wildcards: * spans any run (also none and across /), ? exactly one character', () => {
    expect(wildcardMatch('a*c', 'ac')).toBe(true)
    expect(wildcardMatch('a*c', 'a/b/c')).toBe(true)
    expect(wildcardMatch('a?c', 'ac')).toBe(false)
    expect(wildcardMatch('a?c', 'abc')).toBe(true)
    expect(wildcardMatch('a(b)[c]', 'a(b)[c]')).toBe(true)
    expect(wildcardMatch('a.c', 'abc')).toBe(false)
  })
})

describe('federated credential rules shared by Graph and ARM', () => {
  const base: FederatedCredential = {
    name: 'github-main',
    issuer: 'https://token.actions.githubusercontent.com',
    subject: 'repo:o/r:ref:refs/heads/main',
    audiences: ['api://AzureADTokenExchange']
  }
  const subjectOf = (index: number) => `repo:o/r:environment:e${index}`
  const rules = { flexibleIssuers: new Set([base.issuer]) }
  const stored = (index: number): StoredFederatedCredential => ({
    ...base,
    id: `id-${index}`,
    name: `cred-${index}`,
    subject: subjectOf(index)
  })

  it.each<[string, Partial<FederatedCredential>, string | undefined]>([
    ['a valid credential', {}, undefined],
    ['a 3-character name', { name: 'abc' }, undefined],
    ['a 120-character name', { name: 'a'.repeat(120) }, undefined],
    ['a 2-character name', { name: 'ab' }, 'name'],
    ['a 121-character name', { name: 'a'.repeat(121) }, 'name'],
    ['a dot in the name', { name: 'github.main' }, 'name'],
    ['a name starting with -', { name: '-github' }, 'name'],
    ['an issuer of 601 characters', { issuer: `https://${'i'.repeat(593)}` }, 'tooLong'],
    ['a subject of 600 characters', { subject: 's'.repeat(600) }, undefined],
    ['a subject of 601 characters', { subject: 's'.repeat(601) }, 'tooLong'],
    ['two audiences', { audiences: ['a', 'b'] }, 'audienceCount'],
    ['no audience', { audiences: [] }, 'audienceCount'],
    [
      'a subject and an expression',
      { claimsMatchingExpression: { value: "claims['sub'] eq 'x'", languageVersion: 1 } },
      'subjectAndExpression'
    ]
  ])('%s', (_, change, problem) => {
    expect(credentialProblem([], { ...base, ...change }, rules)?.kind).toBe(problem)
  })

  it('flexible credentials: language version 1 and a valid expression, instead of a subject', () => {
    const flexible: FederatedCredential = {
      name: base.name,
      issuer: base.issuer,
      audiences: base.audiences
    }
    const expression = (value: string, languageVersion = 1) => ({
      ...flexible,
      claimsMatchingExpression: { value, languageVersion }
    })
    const pinned = " and claims['repository_id'] eq '1'"
    expect(
      credentialProblem([], expression(`claims['sub'] matches 'repo:o/r:*'${pinned}`), rules)
    ).toBeUndefined()
    expect(
      credentialProblem([], expression(`claims['sub'] matches 'x'${pinned}`, 2), rules)?.kind
    ).toBe('languageVersion')
    expect(credentialProblem([], expression("claims['actor'] eq 'x'"), rules)).toMatchObject({
      kind: 'expression',
      reason: expect.stringContaining("'actor'")
    })
    expect(credentialProblem([], flexible, rules)).toEqual({ kind: 'missing', field: 'subject' })
  })

  it('flexible credentials for GitHub: sub with repository_id and/or repository_owner_id, github.com only', () => {
    const flexible = (value: string, issuer = base.issuer): FederatedCredential => ({
      name: base.name,
      issuer,
      audiences: base.audiences,
      claimsMatchingExpression: { value, languageVersion: 1 }
    })
    const sub = "claims['sub'] matches 'repo:o/r:*'"
    expect(credentialProblem([], flexible(sub), rules)).toEqual({
      kind: 'flexibleClaims',
      issuer: base.issuer
    })
    expect(credentialProblem([], flexible("claims['repository_id'] eq '1'"), rules)?.kind).toBe(
      'flexibleClaims'
    )
    expect(
      credentialProblem([], flexible(`${sub} and claims['repository_owner_id'] eq '9'`), rules)
    ).toBeUndefined()
    expect(
      credentialProblem(
        [],
        flexible(
          `${sub} and claims['repository_id'] eq '1'`,
          'https://ghes.example/_services/token'
        ),
        rules
      )
    ).toEqual({ kind: 'flexibleIssuer', issuer: 'https://ghes.example/_services/token' })
  })

  it('siblings: unique name, unique issuer+subject, at most 20; a replacement is exempt', () => {
    const existing = [stored(1)]
    expect(credentialProblem(existing, { ...base, name: 'cred-1' }, rules)?.kind).toBe(
      'duplicateName'
    )
    expect(credentialProblem(existing, { ...base, subject: subjectOf(1) }, rules)?.kind).toBe(
      'duplicateIssuerSubject'
    )
    expect(
      credentialProblem(
        existing,
        { ...base, issuer: 'https://other', subject: subjectOf(1) },
        rules
      )
    ).toBeUndefined()
    const twenty = Array.from({ length: 20 }, (_, index) => stored(index))
    expect(credentialProblem(twenty.slice(0, 19), base, rules)).toBeUndefined()
    expect(credentialProblem(twenty, base, rules)?.kind).toBe('limit')
    expect(
      credentialProblem(twenty, { ...base, name: 'cred-3' }, { ...rules, replacing: 'cred-3' })
    ).toBeUndefined()
  })
})
