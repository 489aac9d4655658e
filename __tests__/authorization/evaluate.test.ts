import { describe, expect, it } from '@jest/globals'
import {
  ACTIONS,
  evaluateAssignments,
  judge,
  requiredActions,
  shortScope,
  type HeldRole
} from '../../src/authorization/index.js'

const ACCOUNT =
  '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/inventory'
const ME = 'aaaaaaaa-0000-0000-0000-000000000001'
const OTHER = 'bbbbbbbb-0000-0000-0000-000000000002'
const READER = `${ACCOUNT}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001`
const CONTRIBUTOR = '00000000-0000-0000-0000-000000000002'
const CUSTOM = 'cccccccc-0000-0000-0000-000000000003'

const CONTAINER_LEVEL = 'cccccccc-0000-0000-0000-000000000004'
const ITEM_LEVEL = 'cccccccc-0000-0000-0000-000000000005'

const DEFINITIONS = [
  {
    id: `${ACCOUNT}/sqlRoleDefinitions/${CONTAINER_LEVEL}`,
    roleName: 'container level',
    dataActions: [
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*'
    ]
  },
  {
    id: `${ACCOUNT}/sqlRoleDefinitions/${ITEM_LEVEL}`,
    roleName: 'item level',
    dataActions: [
      'Microsoft.DocumentDB/databaseAccounts/readMetadata',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
    ]
  },
  {
    id: `${ACCOUNT}/sqlRoleDefinitions/${CUSTOM}`,
    roleName: 'item reader',
    dataActions: ['Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read']
  }
]

/** The job: log in, seed `products` (upsert, create), smoke-check `orders` (reads and queries). */
const REQUIREMENTS = requiredActions('app', [
  { step: 'login', containers: [], mode: 'run' },
  { step: 'seed', containers: ['products'], mode: 'run' },
  { step: 'smoke', containers: ['orders'], mode: 'run' }
])

function held(
  assignments: Array<{ principalId: string; roleDefinitionId: string; scope: string }>
): HeldRole[] {
  return [
    ...evaluateAssignments({
      principalId: ME,
      accountResourceId: ACCOUNT,
      assignments,
      definitions: DEFINITIONS
    }).held
  ]
}

/** `step container action` of every requirement judged `no` by ARM evidence alone. */
function missing(roles: HeldRole[]): string[] {
  return judge(REQUIREMENTS, { armRoles: roles, probe: [] })
    .filter((verdict) => verdict.held === 'no')
    .map(
      (verdict) =>
        `${verdict.step} ${verdict.container ?? '-'} ${verdict.action.split('/').slice(-2).join('/')}`
    )
}

describe('evaluating role assignments', () => {
  it.each([
    {
      name: 'Data Reader at /',
      assignments: [{ principalId: ME, roleDefinitionId: READER, scope: ACCOUNT }],
      missing: ['seed products items/upsert', 'seed products items/create']
    },
    {
      name: 'Data Contributor at / (short form scope)',
      assignments: [{ principalId: ME, roleDefinitionId: CONTRIBUTOR, scope: '/' }],
      missing: []
    },
    {
      name: 'Data Contributor only on products (full ARM form)',
      assignments: [
        {
          principalId: ME,
          roleDefinitionId: CONTRIBUTOR,
          scope: `${ACCOUNT}/dbs/app/colls/products`
        }
      ],
      missing: [
        'login - databaseAccounts/readMetadata',
        'smoke orders databaseAccounts/readMetadata',
        'smoke orders items/read',
        'smoke orders containers/executeQuery',
        'smoke orders containers/readChangeFeed'
      ]
    },
    {
      name: 'Data Contributor on another database',
      assignments: [{ principalId: ME, roleDefinitionId: CONTRIBUTOR, scope: '/dbs/other' }],
      missing: REQUIREMENTS.map(
        (r) => `${r.step} ${r.container ?? '-'} ${r.action.split('/').slice(-2).join('/')}`
      )
    },
    {
      name: 'a database whose name is a prefix of ours does not cover it',
      assignments: [{ principalId: ME, roleDefinitionId: CONTRIBUTOR, scope: '/dbs/ap' }],
      missing: REQUIREMENTS.map(
        (r) => `${r.step} ${r.container ?? '-'} ${r.action.split('/').slice(-2).join('/')}`
      )
    },
    {
      name: 'a custom role with items/read only, on the database',
      assignments: [{ principalId: ME, roleDefinitionId: CUSTOM, scope: 'dbs/app' }],
      missing: [
        'login - databaseAccounts/readMetadata',
        'seed products databaseAccounts/readMetadata',
        'seed products items/upsert',
        'seed products items/create',
        'smoke orders databaseAccounts/readMetadata',
        'smoke orders containers/executeQuery',
        'smoke orders containers/readChangeFeed'
      ]
    },
    {
      name: 'containers/* without items/*: queries but no item reads or writes',
      assignments: [{ principalId: ME, roleDefinitionId: CONTAINER_LEVEL, scope: '/' }],
      missing: [
        'seed products items/upsert',
        'seed products items/create',
        'smoke orders items/read'
      ]
    },
    {
      name: 'items/* without containers/*: item reads and writes but no queries',
      assignments: [{ principalId: ME, roleDefinitionId: ITEM_LEVEL, scope: '/' }],
      missing: ['smoke orders containers/executeQuery', 'smoke orders containers/readChangeFeed']
    }
  ])('$name', ({ assignments, missing: expected }) => {
    expect(missing(held(assignments)).sort()).toEqual([...expected].sort())
  })

  it('ignores assignments to other principals', () => {
    expect(held([{ principalId: OTHER, roleDefinitionId: CONTRIBUTOR, scope: '/' }])).toEqual([])
  })

  it('matches the principal case-insensitively', () => {
    expect(
      held([{ principalId: ME.toUpperCase(), roleDefinitionId: CONTRIBUTOR, scope: '/' }])
    ).toHaveLength(1)
  })

  it('ignores, and says why, assignments with unknown definitions or no scope', () => {
    const unknown = `${ACCOUNT}/sqlRoleDefinitions/dddddddd-0000-0000-0000-000000000004`
    const roles = evaluateAssignments({
      principalId: ME,
      accountResourceId: ACCOUNT,
      assignments: [
        { id: 'a1', principalId: ME, roleDefinitionId: unknown, scope: '/' },
        { id: 'a2', principalId: ME, roleDefinitionId: CONTRIBUTOR, scope: undefined },
        { id: 'a3', principalId: ME, roleDefinitionId: CONTRIBUTOR, scope: '' }
      ],
      definitions: DEFINITIONS
    })
    expect(roles.held).toEqual([])
    expect(roles.ignored).toEqual([
      `assignment a1 names role definition ${unknown}, which the account does not list`,
      'assignment a2 has no scope',
      'assignment a3 has no scope'
    ])
  })

  it('with no assignments at all, ARM proves nothing and every action is unknown', () => {
    const verdicts = judge(REQUIREMENTS, { armRoles: [], probe: [] })
    expect(new Set(verdicts.map((v) => v.held))).toEqual(new Set(['unknown']))
  })

  it('lets a request that succeeded overrule ARM, and then calls what ARM denies unknown', () => {
    // Reader on another database only, yet the login read this one: a group grants more.
    const roles = held([{ principalId: ME, roleDefinitionId: READER, scope: '/dbs/other' }])
    const verdicts = judge(REQUIREMENTS, {
      armRoles: roles,
      probe: [
        {
          scope: '/dbs/app',
          action: ACTIONS.readMetadata,
          held: true,
          how: 'login: database read succeeded'
        }
      ]
    })
    expect(verdicts.find((v) => v.step === 'login')).toMatchObject({
      held: 'yes',
      how: 'login: database read succeeded'
    })
    expect(verdicts.filter((v) => v.held === 'no')).toEqual([])
    expect(verdicts.find((v) => v.action === ACTIONS.upsert)?.how).toContain('a group may')
  })

  it('never lets a success on a container prove a need at the database', () => {
    const verdicts = judge(
      requiredActions('app', [{ step: 'login', containers: [], mode: 'run' }]),
      {
        armRoles: undefined,
        probe: [
          { scope: '/dbs/app/colls/orders', action: ACTIONS.readMetadata, held: true, how: 'probe' }
        ]
      }
    )
    expect(verdicts[0]?.held).toBe('unknown')
  })

  it('uses probe findings when ARM has nothing: reads proven, writes unknown', () => {
    const verdicts = judge(REQUIREMENTS, {
      armRoles: undefined,
      probe: [
        {
          scope: '/dbs/app/colls/orders',
          action: ACTIONS.executeQuery,
          held: true,
          how: 'probe: SELECT TOP 1 succeeded'
        }
      ]
    })
    const query = verdicts.find(
      (v) => v.container === 'orders' && v.action === ACTIONS.executeQuery
    )
    expect(query).toMatchObject({ held: 'yes', how: 'probe: SELECT TOP 1 succeeded' })
    expect(verdicts.find((v) => v.action === ACTIONS.upsert)?.held).toBe('unknown')
  })
})

describe('shortScope', () => {
  it.each([
    [ACCOUNT, '/'],
    [`${ACCOUNT}/`, '/'],
    [`${ACCOUNT}/dbs/app`, '/dbs/app'],
    [`${ACCOUNT.toUpperCase()}/dbs/App/colls/Products`, '/dbs/App/colls/Products'],
    [
      '/subscriptions/x/resourceGroups/y/providers/Microsoft.DocumentDB/databaseAccounts/z/dbs/app',
      '/dbs/app'
    ],
    ['/', '/'],
    ['dbs/app/colls/c', '/dbs/app/colls/c']
  ])('%s -> %s', (scope, expected) => expect(shortScope(scope, ACCOUNT)).toBe(expected))
})
