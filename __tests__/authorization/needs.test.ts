import { describe, expect, it } from '@jest/globals'
import { ACTIONS, STEP_NEEDS, requiredActions, shortAction } from '../../src/authorization/index.js'

function actionsOf(step: Parameters<typeof requiredActions>[1][number]): string[] {
  return requiredActions('app', [step]).map((requirement) => shortAction(requirement.action))
}

describe('requiredActions', () => {
  it.each([
    [{ step: 'login', containers: [], mode: 'run' }, ['readMetadata']],
    [
      { step: 'seed', containers: ['c'], mode: 'run' },
      ['readMetadata', 'items/upsert', 'items/create']
    ],
    [
      { step: 'seed', containers: ['c'], mode: 'skip-unchanged' },
      [
        'readMetadata',
        'items/read',
        'executeQuery',
        'readChangeFeed',
        'items/upsert',
        'items/create'
      ]
    ],
    [
      { step: 'seed', containers: ['c'], mode: 'insert' },
      ['readMetadata', 'items/read', 'executeQuery', 'readChangeFeed', 'items/create']
    ],
    [
      { step: 'seed', containers: ['c'], mode: 'dry-run' },
      ['readMetadata', 'items/read', 'executeQuery', 'readChangeFeed']
    ],
    [
      { step: 'smoke', containers: ['c'], mode: 'run' },
      ['readMetadata', 'items/read', 'executeQuery', 'readChangeFeed']
    ],
    [
      { step: 'smoke', containers: ['c'], mode: 'write-canary' },
      [
        'readMetadata',
        'items/read',
        'executeQuery',
        'readChangeFeed',
        'items/create',
        'items/delete'
      ]
    ],
    [
      { step: 'migrate', containers: ['c'], mode: 'run' },
      [
        'readMetadata',
        'items/read',
        'executeQuery',
        'readChangeFeed',
        'items/create',
        'items/upsert',
        'items/replace',
        'items/delete'
      ]
    ],
    [
      { step: 'migrate', containers: ['migrations'], mode: 'ledger' },
      [
        'readMetadata',
        'items/read',
        'executeQuery',
        'readChangeFeed',
        'items/create',
        'items/upsert',
        'items/replace',
        'items/delete'
      ]
    ],
    [
      { step: 'migrate', containers: ['c'], mode: 'dry-run' },
      ['readMetadata', 'items/read', 'executeQuery', 'readChangeFeed']
    ]
  ] as const)('%j needs %j', (use, expected) => {
    expect(actionsOf(use)).toEqual(expected)
  })

  it('puts container needs at the container scope and login at the database', () => {
    const requirements = requiredActions('app', [
      { step: 'login', containers: [], mode: 'run' },
      { step: 'seed', containers: ['a', 'b'], mode: 'run' }
    ])
    expect(requirements[0]).toEqual({
      step: 'login',
      container: undefined,
      action: ACTIONS.readMetadata,
      scope: '/dbs/app'
    })
    expect(new Set(requirements.map((r) => r.scope))).toEqual(
      new Set(['/dbs/app', '/dbs/app/colls/a', '/dbs/app/colls/b'])
    )
  })

  it('every query need carries readChangeFeed with executeQuery', () => {
    for (const modes of Object.values(STEP_NEEDS)) {
      for (const names of Object.values(modes)) {
        expect(names.includes('executeQuery')).toBe(names.includes('readChangeFeed'))
      }
    }
  })

  it('dry runs never need a write', () => {
    for (const modes of Object.values(STEP_NEEDS)) {
      const dry = (modes as Record<string, readonly string[] | undefined>)['dry-run'] ?? []
      expect(
        dry.filter((name) => ['create', 'upsert', 'replace', 'delete'].includes(name))
      ).toEqual([])
    }
  })
})
