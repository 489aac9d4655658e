import { describe, expect, it } from '@jest/globals'
import { accessTable } from '../../src/admin/access-report.js'
import type { StoredCredential } from '../../src/admin/identities.js'
import { planOffboard, servedBy } from '../../src/admin/offboard-plan.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const repository = { owner: 'octo-org', name: 'inventory', ownerId: '9919', repoId: '123456' }
const stored = (name: string, match: string): StoredCredential => ({
  name,
  issuer: ISSUER,
  audiences: ['api://AzureADTokenExchange'],
  subject: match.startsWith('claims[') ? undefined : match,
  expression: match.startsWith('claims[') ? match : undefined
})

const HELD = [
  stored('inventory-env-production', 'repo:octo-org/inventory:environment:production'),
  stored('inventory-pr', 'repo:octo-org@9919/inventory@123456:pull_request'),
  stored(
    'inventory-tag-v-any',
    "claims['sub'] matches 'repo:octo-org/inventory:ref:refs/tags/v*' and claims['repository_id'] eq '123456'"
  ),
  stored('inventory-branch-main', 'repo:octo-org/inventory-api:ref:refs/heads/main'),
  stored('deploy', 'repo:octo-org/inventory:ref:refs/heads/main'),
  stored('inventory-api-env-production', 'repo:octo-org/inventory-api:environment:production')
]

describe('servedBy', () => {
  it.each([
    ['repo:octo-org/inventory:environment:prod%3Aeu', 'octo-org/inventory', 'environment'],
    ['repo:octo-org@1/inventory@2:ref:refs/heads/main', 'octo-org/inventory', 'branch'],
    [
      'repo:octo-org/inventory:environment:prod:job_workflow_ref:x',
      'octo-org/inventory',
      undefined
    ],
    ['something-else', undefined, undefined]
  ])('%s serves %s (%s)', (subject, repo, kind) => {
    const served = servedBy(stored('x', subject))
    expect(served?.repository).toBe(repo)
    expect(served?.trigger?.kind).toBe(kind)
  })
})

describe('planOffboard', () => {
  it('takes every credential setup made for the repository, in either form and flexible ones', () => {
    const plan = planOffboard(HELD, repository, [])
    expect(plan.remove.map((removal) => removal.credential.name)).toEqual([
      'inventory-env-production',
      'inventory-pr',
      'inventory-tag-v-any'
    ])
    expect(plan.leftAlone).toEqual([
      expect.stringContaining("credential 'deploy' also lets octo-org/inventory sign in")
    ])
    expect(plan.remaining.map((credential) => credential.name)).toEqual([
      'inventory-branch-main',
      'deploy',
      'inventory-api-env-production'
    ])
  })

  it.each([
    [{ kind: 'pull_request' } as const, ['inventory-pr'], [], []],
    [
      { kind: 'environment', name: 'staging' } as const,
      [],
      [],
      ["no credential named 'inventory-env-staging'"]
    ],
    // Setup's name for this trigger, on a credential for another repository: not this one's.
    [
      { kind: 'branch', name: 'main' } as const,
      [],
      ['serves repo:octo-org/inventory-api:ref:refs/heads/main'],
      []
    ]
  ])('for %j removes %j', (trigger, removed, leftAlone, absent) => {
    const plan = planOffboard(HELD, repository, [trigger])
    expect(plan.remove.map((removal) => removal.credential.name)).toEqual(removed)
    expect(plan.leftAlone).toEqual(leftAlone.map((text) => expect.stringContaining(text)))
    expect(plan.absent).toEqual(absent.map((text) => expect.stringContaining(text)))
  })
})

describe('accessTable', () => {
  it('has a row for every subject and every role it gets, and says who has neither', () => {
    const table = accessTable({
      account: 'inventory-db',
      identities: [
        {
          principalId: 'p1',
          identity: 'application c1',
          credentials: HELD.slice(0, 2),
          roles: [
            { role: 'Reader', scope: '/' },
            { role: 'Contributor', scope: '/dbs/app' }
          ]
        },
        {
          principalId: 'p2',
          identity: 'principal p2',
          credentials: [],
          roles: [{ role: 'Reader', scope: '/' }],
          note: 'a user'
        }
      ]
    })
    const rows = table.split('\n').slice(3)
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatch(
      /^repo:octo-org\/inventory:environment:production +Reader +\/ +application c1 +inventory-env-production$/
    )
    expect(rows[4]).toMatch(/^\(a user\) +Reader +\/ +principal p2$/)
  })
})
