import { describe, expect, it } from '@jest/globals'
import { STEP_NEEDS } from '../../src/authorization/index.js'
import { SMOKE_KINDS, type SmokeCheck } from '../../src/smoke/kinds/index.js'
import { sample } from '../../src/smoke/latency.js'
import { smokeUses } from '../../src/smoke/uses.js'

const check = (kind: SmokeCheck['kind'], container: string): SmokeCheck =>
  ({
    file: 'smoke.yml',
    line: 1,
    kind,
    spec: { name: `${kind} ${container}`, container }
  }) as SmokeCheck

describe('the smoke check kinds', () => {
  it('are named by their keys, each once', () => {
    expect(SMOKE_KINDS.map((kind) => kind.name)).toEqual(['query', 'read', 'canary'])
  })

  it.each(SMOKE_KINDS.map((kind) => [kind.name, kind] as const))(
    '%s uses only the data actions the role check asks for in its modes',
    (_, kind) => {
      const modes = kind.writes ? (['write-canary'] as const) : (['run', 'dry-run'] as const)
      for (const mode of modes)
        expect(kind.actions.filter((action) => !STEP_NEEDS.smoke[mode]?.includes(action))).toEqual(
          []
        )
    }
  )
})

describe('smokeUses', () => {
  it.each([
    ['nothing to check', [], false, []],
    [
      'reads and a canary',
      [check('query', 'a'), check('read', 'b'), check('read', 'a'), check('canary', 'c')],
      false,
      [
        { step: 'smoke', containers: ['a', 'b'], mode: 'run' },
        { step: 'smoke', containers: ['c'], mode: 'write-canary' }
      ]
    ],
    [
      'a dry run, which skips the canary',
      [check('query', 'a'), check('canary', 'c')],
      true,
      [{ step: 'smoke', containers: ['a'], mode: 'dry-run' }]
    ],
    [
      'canaries only',
      [check('canary', 'c'), check('canary', 'c')],
      false,
      [{ step: 'smoke', containers: ['c'], mode: 'write-canary' }]
    ],
    ['canaries only, in a dry run', [check('canary', 'c')], true, []]
  ] as const)('%s', (_, checks, dryRun, expected) => {
    expect(smokeUses(checks, dryRun)).toEqual(expected)
  })
})

describe('sample', () => {
  it('measures each run with the clock it is given', async () => {
    let clock = 0
    const durations = [5, 1, 3]
    let index = 0
    const figures = await sample(
      async () => {
        clock += durations[index++] ?? 0
      },
      { samples: 3, p95Ms: 10 },
      () => clock
    )
    expect(figures).toEqual({ samples: 3, p50Ms: 3, p95Ms: 5, maxMs: 5 })
  })
})
