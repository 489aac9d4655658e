/**
 * The plan: from the step inputs (local files only) to how each step will use the database,
 * which is what the role check weighs. Read from the examples, so the plan of the documented
 * job is what is asserted.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planWork } from '../src/plan.js'

const BASE = {
  migrations: undefined,
  dryRun: false,
  ledgerContainer: 'migrations',
  seed: undefined,
  seedMode: 'upsert',
  smoke: undefined
} as const

describe('planWork', () => {
  it.each([
    {
      name: 'login only',
      inputs: {},
      uses: [{ step: 'login', containers: [], mode: 'run' }]
    },
    {
      name: 'the example migrations: the ledger, then the containers the files name',
      inputs: { migrations: 'examples/migrations' },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'migrate', containers: ['migrations'], mode: 'ledger' },
        { step: 'migrate', containers: ['products', 'orders'], mode: 'run' }
      ]
    },
    {
      name: 'the example migrations in a dry run: reads only',
      inputs: { migrations: 'examples/migrations', dryRun: true },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'migrate', containers: ['migrations'], mode: 'dry-run' },
        { step: 'migrate', containers: ['products', 'orders'], mode: 'dry-run' }
      ]
    },
    {
      name: 'the example seed upserts, reading first to skip what is unchanged',
      inputs: { seed: 'examples/seed' },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'seed', containers: ['orders', 'products'], mode: 'skip-unchanged' }
      ]
    },
    {
      name: 'the example seed with seed-mode insert',
      inputs: { seed: 'examples/seed', seedMode: 'insert' as const },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'seed', containers: ['orders', 'products'], mode: 'insert' }
      ]
    },
    {
      name: 'the example smoke checks: reads, and a canary that writes',
      inputs: { smoke: 'examples/smoke.yml' },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'smoke', containers: ['products', 'orders'], mode: 'run' },
        { step: 'smoke', containers: ['orders'], mode: 'write-canary' }
      ]
    },
    {
      name: 'the example smoke checks in a dry run: the canary is skipped',
      inputs: { smoke: 'examples/smoke.yml', dryRun: true },
      uses: [
        { step: 'login', containers: [], mode: 'run' },
        { step: 'smoke', containers: ['products', 'orders'], mode: 'dry-run' }
      ]
    }
  ])('$name', async ({ inputs, uses }) => {
    const plan = await planWork({ ...BASE, ...inputs })
    expect(plan.uses).toEqual(uses)
  })

  it('a script migration that names no containers needs the whole database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-'))
    await writeFile(join(dir, '0001-any.mjs'), 'export async function up() {}\n')
    const plan = await planWork({ ...BASE, migrations: dir })
    expect(plan.uses).toContainEqual({ step: 'migrate', containers: [], mode: 'run' })
    expect(plan.migrations.map((migration) => migration.containers)).toEqual([undefined])
  })

  it('keeps what each step will run: migrations, seed files and checks', async () => {
    const plan = await planWork({
      ...BASE,
      migrations: 'examples/migrations',
      seed: 'examples/seed',
      smoke: 'examples/smoke.yml'
    })
    expect(plan.migrations.length).toBe(3)
    expect(plan.seedFiles.map((file) => file.container).sort()).toEqual(['orders', 'products'])
    expect(plan.smokeChecks.length).toBeGreaterThanOrEqual(5)
  })
})
