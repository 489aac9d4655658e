/**
 * Role evaluation (src/authorization) against a small reference model written here: scopes as
 * lists of segments, data actions as a table of what each of Cosmos DB's two wildcards covers.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  ACTIONS,
  STEP_NEEDS,
  evaluateAssignments,
  judge,
  requiredActions,
  scopeCovers,
  shortScope,
  type HeldRole,
  type Requirement,
  type StepName,
  type StepUse
} from '../../src/authorization/index.js'
import { roleGranting, type RoleAssignmentRecord } from '../../src/authorization/assignments.js'
import { BUILT_IN_ROLES, grants } from '../../src/cosmos/roles.js'
import type { ProbeFinding } from '../../src/authorization/probe.js'

const RUNS = { numRuns: 300 }

const ACCOUNT =
  '/subscriptions/00000000-0000-0000-0000-00000000aaaa/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/inventory'
const ME = 'aaaaaaaa-0000-4000-8000-000000000001'
const OTHER = 'bbbbbbbb-0000-4000-8000-000000000002'

// ---------------------------------------------------------------------------------------------
// The reference model.

const PREFIX = 'Microsoft.DocumentDB/databaseAccounts/'
const CONTAINERS = `${PREFIX}sqlDatabases/containers/`
/** What each wildcard Cosmos DB allows covers: one level below it, nothing deeper. */
const WILDCARDS: Readonly<Record<string, readonly string[]>> = {
  [`${CONTAINERS}*`.toLowerCase()]: [
    ACTIONS.executeQuery,
    ACTIONS.readChangeFeed,
    ACTIONS.executeStoredProcedure,
    `${CONTAINERS}manageConflicts`
  ],
  [`${CONTAINERS}items/*`.toLowerCase()]: [
    ACTIONS.read,
    ACTIONS.create,
    ACTIONS.upsert,
    ACTIONS.replace,
    ACTIONS.delete
  ]
}

function modelGrants(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase()
  const covered = WILDCARDS[p]
  if (covered) return covered.some((a) => a.toLowerCase() === action.toLowerCase())
  return p === action.toLowerCase()
}

/** `/` -> [], `/dbs/x/colls/y` -> ['dbs', 'x', 'colls', 'y']. */
const segments = (scope: string): string[] => scope.split('/').filter((s) => s !== '')

function modelCovers(held: string, needed: string): boolean {
  const h = segments(held)
  const n = segments(needed)
  return h.length <= n.length && h.every((segment, i) => segment === n[i])
}

/** One assignment as the model sees it, with what the record handed to the code looks like. */
interface ModelAssignment {
  readonly principal: 'me' | 'other' | 'none'
  /** The role definition: a built-in, a listed custom one, or one the account does not list. */
  readonly definition: { readonly kind: 'known'; readonly index: number } | { kind: 'unknown' }
  /** The scope in short form, or undefined when the record has none (or a blank one). */
  readonly scope: string | undefined
  readonly record: RoleAssignmentRecord
}

interface ModelDefinition {
  readonly guid: string
  readonly name: string
  readonly patterns: readonly string[]
  readonly listed: boolean
}

interface World {
  readonly definitions: readonly ModelDefinition[]
  readonly assignments: readonly ModelAssignment[]
}

function modelHeld(world: World, action: string, scope: string): boolean {
  return world.assignments.some((assignment) => {
    if (assignment.principal !== 'me' || assignment.scope === undefined) return false
    if (assignment.definition.kind === 'unknown') return false
    const definition = world.definitions[assignment.definition.index] as ModelDefinition
    return (
      modelCovers(assignment.scope, scope) &&
      definition.patterns.some((pattern) => modelGrants(pattern, action))
    )
  })
}

// ---------------------------------------------------------------------------------------------
// Generators.

const DATABASES = ['app', 'App', 'ap', 'app2']
const CONTAINER_NAMES = ['orders', 'order', 'products', 'Orders']

const shortScopeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant('/'),
  fc.constantFrom(...DATABASES).map((db) => `/dbs/${db}`),
  fc
    .tuple(fc.constantFrom(...DATABASES), fc.constantFrom(...CONTAINER_NAMES))
    .map(([db, c]) => `/dbs/${db}/colls/${c}`)
)

/** A short scope written the ways ARM and users write it: full resource id, any case of it, with or without slashes. */
const writtenScope = (scope: string): fc.Arbitrary<string> =>
  fc
    .record({
      prefix: fc.constantFrom(ACCOUNT, ACCOUNT.toLowerCase(), ACCOUNT.toUpperCase(), ''),
      leading: fc.boolean(),
      trailing: fc.boolean(),
      padding: fc.constantFrom('', ' ')
    })
    .map(({ prefix, leading, trailing, padding }) => {
      const rest = scope === '/' ? '' : scope.slice(1)
      const body =
        prefix === ''
          ? `${leading ? '/' : ''}${rest}${trailing && rest !== '' ? '/' : ''}`
          : `${prefix}${rest === '' ? '' : `/${rest}`}${trailing ? '/' : ''}`
      return `${padding}${body === '' ? '/' : body}${padding}`
    })

const ALL_ACTIONS = [...Object.values(ACTIONS), `${CONTAINERS}manageConflicts`]
const randomCase = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((flags) =>
      [...text].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join('')
    )
const pattern: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom(...ALL_ACTIONS), fc.constantFrom(`${CONTAINERS}*`, `${CONTAINERS}items/*`))
  .chain((p) => fc.oneof(fc.constant(p), randomCase(p)))

const guid = fc.uuid()

const world: fc.Arbitrary<World> = fc
  .record({
    custom: fc.array(
      fc.record({
        guid,
        patterns: fc.array(pattern, { maxLength: 4 }),
        listed: fc.boolean()
      }),
      { maxLength: 3 }
    ),
    rawAssignments: fc.array(
      fc.record({
        principal: fc.constantFrom('me' as const, 'other' as const, 'none' as const),
        definitionIndex: fc.nat(),
        scope: fc.option(shortScopeArb, { nil: undefined }),
        blank: fc.constantFrom(undefined, '', '  '),
        upperPrincipal: fc.boolean(),
        fullDefinitionId: fc.boolean(),
        id: fc.option(fc.uuid(), { nil: undefined })
      }),
      { maxLength: 6 }
    )
  })
  .chain(({ custom, rawAssignments }) => {
    const definitions: ModelDefinition[] = [
      ...BUILT_IN_ROLES.map((role) => ({
        guid: role.id,
        name: role.name,
        patterns: role.dataActions,
        listed: false
      })),
      ...custom.map((c, i) => ({
        guid: c.guid,
        name: `custom ${i}`,
        patterns: c.patterns,
        listed: c.listed
      }))
    ]
    return fc.tuple(
      fc.constant(definitions),
      rawAssignments.length === 0
        ? fc.constant([] as ModelAssignment[])
        : fc.tuple(
            ...rawAssignments.map((raw) =>
              (raw.scope === undefined ? fc.constant(undefined) : writtenScope(raw.scope)).map(
                (written): ModelAssignment => {
                  const index = raw.definitionIndex % definitions.length
                  const definition = definitions[index] as ModelDefinition
                  // Built-ins are known unlisted; custom roles only when the account lists them.
                  const known = index < BUILT_IN_ROLES.length || definition.listed
                  const principalId =
                    raw.principal === 'me' ? ME : raw.principal === 'other' ? OTHER : undefined
                  const definitionGuid = raw.fullDefinitionId
                    ? `${ACCOUNT}/sqlRoleDefinitions/${definition.guid.toUpperCase()}`
                    : definition.guid
                  return {
                    principal: raw.principal,
                    definition: known ? { kind: 'known', index } : { kind: 'unknown' },
                    scope: raw.scope,
                    record: {
                      id:
                        raw.id === undefined
                          ? undefined
                          : `${ACCOUNT}/sqlRoleAssignments/${raw.id}`,
                      principalId: raw.upperPrincipal ? principalId?.toUpperCase() : principalId,
                      roleDefinitionId: definitionGuid,
                      scope: written ?? raw.blank
                    }
                  }
                }
              )
            )
          )
    )
  })
  .map(([definitions, assignments]) => ({ definitions, assignments }))

function evaluate(w: World): ReturnType<typeof evaluateAssignments> {
  return evaluateAssignments({
    principalId: ME,
    accountResourceId: ACCOUNT,
    assignments: w.assignments.map((a) => a.record),
    definitions: w.definitions
      .filter((d) => d.listed)
      .map((d) => ({
        id: `${ACCOUNT}/sqlRoleDefinitions/${d.guid}`,
        roleName: d.name,
        dataActions: d.patterns
      }))
  })
}

const step = fc.constantFrom<StepName>('login', 'migrate', 'seed', 'smoke')
const use: fc.Arbitrary<StepUse> = step.chain((name) =>
  fc.record({
    step: fc.constant(name),
    containers: fc.uniqueArray(fc.constantFrom(...CONTAINER_NAMES), { maxLength: 3 }),
    mode: fc.constantFrom(...(Object.keys(STEP_NEEDS[name]) as Array<StepUse['mode']>))
  })
)
const requirementsArb = fc
  .tuple(fc.constantFrom(...DATABASES), fc.array(use, { maxLength: 4 }))
  .map(([db, uses]) => requiredActions(db, uses))

// ---------------------------------------------------------------------------------------------

describe('the generators', () => {
  it('make worlds where requirements are held and worlds where they are not', () => {
    const outcomes = new Set<string>()
    for (const [w, requirements] of fc.sample(fc.tuple(world, requirementsArb), {
      numRuns: 300,
      seed: 42
    })) {
      for (const r of requirements) outcomes.add(String(modelHeld(w, r.action, r.scope)))
      const { held, ignored } = evaluate(w)
      if (held.length > 0) outcomes.add('some held')
      if (ignored.length > 0) outcomes.add('some ignored')
    }
    expect([...outcomes].sort()).toEqual(['false', 'some held', 'some ignored', 'true'])
  })
})

describe('grants and scopeCovers', () => {
  it('a pattern grants an action exactly as the reference table says (wildcards one level deep)', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom(...ALL_ACTIONS).chain(randomCase), (p, action) => {
        expect(grants(p, action)).toBe(modelGrants(p, action))
      }),
      RUNS
    )
  })

  it('a scope covers another iff its segments are a prefix of the other', () => {
    fc.assert(
      fc.property(shortScopeArb, shortScopeArb, (held, needed) => {
        expect(scopeCovers(held, needed)).toBe(modelCovers(held, needed))
      }),
      RUNS
    )
  })

  it('every way of writing a scope shortens to the same short scope', () => {
    fc.assert(
      fc.property(
        shortScopeArb.chain((s) => fc.tuple(fc.constant(s), writtenScope(s))),
        ([s, w]) => {
          expect(shortScope(w, ACCOUNT)).toBe(s)
        }
      ),
      RUNS
    )
  })
})

describe('evaluateAssignments and roleGranting', () => {
  it('a requirement is held iff an assignment of the principal at a covering scope has a pattern granting it', () => {
    fc.assert(
      fc.property(world, requirementsArb, (w, requirements) => {
        const { held } = evaluate(w)
        for (const requirement of requirements) {
          const role = roleGranting(held, requirement.action, requirement.scope)
          expect({ requirement, held: role !== undefined }).toEqual({
            requirement,
            held: modelHeld(w, requirement.action, requirement.scope)
          })
        }
      }),
      RUNS
    )
  })

  it("keeps exactly the principal's assignments with a known role and a scope; explains the others it drops", () => {
    fc.assert(
      fc.property(world, (w) => {
        const { held, ignored } = evaluate(w)
        const mine = w.assignments.filter((a) => a.principal === 'me')
        const usable = mine.filter((a) => a.definition.kind === 'known' && a.scope !== undefined)
        expect(held.map((role) => role.scope)).toEqual(usable.map((a) => a.scope))
        expect(held.map((role) => [role.roleDefinitionId, [...role.dataActions]])).toEqual(
          usable.map((a) => {
            const d = w.definitions[(a.definition as { index: number }).index] as ModelDefinition
            return [d.guid.toLowerCase(), [...d.patterns]]
          })
        )
        expect(ignored).toHaveLength(mine.length - usable.length)
        // No assignment without a scope is ever read as the whole account.
        expect(held.every((role) => role.source === 'arm')).toBe(true)
      }),
      RUNS
    )
  })

  it('adding an assignment never takes a right away', () => {
    fc.assert(
      fc.property(world, world, requirementsArb, (w, extra, requirements) => {
        const before = evaluate(w).held
        const after = evaluate({
          definitions: w.definitions,
          assignments: [
            ...w.assignments,
            // The extra assignments, pointed at definitions of this world.
            ...extra.assignments.filter(
              (a) => a.definition.kind === 'known' && a.definition.index < BUILT_IN_ROLES.length
            )
          ]
        }).held
        for (const r of requirements) {
          if (roleGranting(before, r.action, r.scope))
            expect(roleGranting(after, r.action, r.scope)).toBeDefined()
        }
      }),
      RUNS
    )
  })
})

describe('judge', () => {
  const finding: fc.Arbitrary<ProbeFinding> = fc.record({
    scope: shortScopeArb,
    action: fc.constantFrom(...Object.values(ACTIONS)),
    held: fc.boolean(),
    how: fc.constant('probe')
  })

  it('without probes: yes iff the model holds it; otherwise no when ARM listed roles, unknown when not', () => {
    fc.assert(
      fc.property(world, requirementsArb, (w, requirements) => {
        const held = evaluate(w).held
        const verdicts = judge(requirements, { armRoles: held, probe: [] })
        expect(verdicts.map(({ held: _h, how: _w, ...r }) => r)).toEqual(requirements)
        verdicts.forEach((verdict, i) => {
          const r = requirements[i] as Requirement
          const expected = modelHeld(w, r.action, r.scope)
            ? 'yes'
            : held.length > 0
              ? 'no'
              : 'unknown'
          expect(verdict.held).toBe(expected)
        })
        const unread = judge(requirements, { armRoles: undefined, probe: [] })
        expect(unread.every((verdict) => verdict.held === 'unknown')).toBe(true)
      }),
      RUNS
    )
  })

  it('with probes: what a request proved decides; ARM decides the rest unless a request contradicted it', () => {
    fc.assert(
      fc.property(
        world,
        requirementsArb,
        fc.array(finding, { maxLength: 6 }),
        fc.boolean(),
        (w, requirements, probe, armAsked) => {
          const held: readonly HeldRole[] | undefined = armAsked ? evaluate(w).held : undefined
          const proof = (r: Requirement): ProbeFinding | undefined =>
            probe.find(
              (f) =>
                f.action === r.action &&
                (f.held ? modelCovers(f.scope, r.scope) : f.scope === r.scope)
            )
          const armUsable = held !== undefined && held.length > 0
          const contradicted =
            armUsable &&
            requirements.some((r) => proof(r)?.held === true && !modelHeld(w, r.action, r.scope))
          const expected = requirements.map((r) => {
            const found = proof(r)
            if (found) return found.held ? 'yes' : 'no'
            if (!armUsable) return 'unknown'
            if (modelHeld(w, r.action, r.scope)) return 'yes'
            return contradicted ? 'unknown' : 'no'
          })
          expect(judge(requirements, { armRoles: held, probe }).map((v) => v.held)).toEqual(
            expected
          )
        }
      ),
      RUNS
    )
  })
})

describe('requiredActions', () => {
  it('is the union of the step table over each use and container, once each, at the right scope', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATABASES), fc.array(use, { maxLength: 5 }), (db, uses) => {
        const requirements = requiredActions(db, uses)
        const expected = new Set<string>()
        for (const u of uses) {
          const names = STEP_NEEDS[u.step][u.mode] ?? []
          const targets = u.containers.length === 0 ? [undefined] : u.containers
          for (const c of targets)
            for (const name of names)
              expected.add(
                `${u.step}|${c ?? ''}|${ACTIONS[name]}|${c === undefined ? `/dbs/${db}` : `/dbs/${db}/colls/${c}`}`
              )
        }
        const got = requirements.map((r) => `${r.step}|${r.container ?? ''}|${r.action}|${r.scope}`)
        expect(new Set(got)).toEqual(expected)
        expect(got).toHaveLength(expected.size)
      }),
      RUNS
    )
  })
})
