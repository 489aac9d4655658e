/**
 * The plan: from the step inputs (local files only) to how each step will use the database,
 * which is what the role check weighs. Read from the examples, so the plan of the documented
 * job is what is asserted.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../src/errors.js'
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

  it('reports every problem of the step inputs in one failure: both paths wrong', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'plan-'))
    const error = await planWork(
      { ...BASE, migrations: join(workspace, 'db/migrations'), seed: join(workspace, 'db/seed') },
      workspace
    ).catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      [
        '2 problems, each to fix:',
        `  - 'migrations' is '${join(workspace, 'db/migrations')}': it does not exist (looked for ${join(workspace, 'db/migrations')}; the workspace is ${workspace}). Did actions/checkout run before this step? Give the path of the directory that holds the migration files, relative to the workspace.`,
        `  - 'seed' is '${join(workspace, 'db/seed')}': it does not exist (looked for ${join(workspace, 'db/seed')}; the workspace is ${workspace}). Did actions/checkout run before this step? Give the path of a directory of <container>.json, .ndjson or .csv files, one such file, or a glob, relative to the workspace.`
      ].join('\n')
    )
  })

  it('reports a bad seed file with a bad migration, each at its file and line', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'plan-'))
    await mkdir(join(workspace, 'migrations'))
    await mkdir(join(workspace, 'seed'))
    await writeFile(join(workspace, 'migrations', '0001-a.json'), '{ not json')
    await writeFile(
      join(workspace, 'seed', 'products.csv'),
      Buffer.from('id,name\np-1,Café\n', 'latin1')
    )
    await writeFile(join(workspace, 'seed', 'orders.ndjson'), '{"id":"o-1"}\n')
    const error = await planWork(
      { ...BASE, migrations: join(workspace, 'migrations'), seed: join(workspace, 'seed') },
      workspace
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toMatch(
      new RegExp(
        `^2 problems, each to fix:\n  - ${workspace}/migrations/0001-a\\.json:1: .*\n  - ${workspace}/seed/products\\.csv:2: byte 0xE9`
      )
    )
    expect((error as ActionError).location).toEqual({
      file: join(workspace, 'migrations', '0001-a.json'),
      line: 1
    })
  })
})
