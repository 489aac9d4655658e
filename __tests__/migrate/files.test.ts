import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discoverMigrations, ledgerKey, type MigrationFile } from '../../src/migrate/files.js'
import { isDestructive, parseDeclarative } from '../../src/migrate/declarative.js'
import { prepareMigrations } from '../../src/migrate/prepare.js'

async function directoryWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migration-files-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

function file(fileName: string, text: string): MigrationFile {
  return {
    path: `/repo/migrations/${fileName}`,
    fileName,
    version: 1,
    description: 'x',
    kind: 'declarative',
    repeatable: false,
    checksum: 'c',
    text
  }
}

describe('discoverMigrations', () => {
  it('orders versions numerically, repeatables last, and ignores other files', async () => {
    const dir = await directoryWith({
      '10-c.mjs': '',
      '2-b.yaml': '',
      '0001-a.json': '',
      'R__views.yml': '',
      'notes.md': '',
      '.hidden': ''
    })
    const found = await discoverMigrations(dir)
    expect(found.map((f) => [f.fileName, ledgerKey(f), f.kind])).toEqual([
      ['0001-a.json', '1', 'declarative'],
      ['2-b.yaml', '2', 'declarative'],
      ['10-c.mjs', '10', 'script'],
      ['R__views.yml', 'R__views', 'declarative']
    ])
  })

  it('checksums the bytes with sha256', async () => {
    const dir = await directoryWith({ '1-a.mjs': 'export async function up() {}\n' })
    const [found] = await discoverMigrations(dir)
    expect(found?.checksum).toBe(
      createHash('sha256').update('export async function up() {}\n').digest('hex')
    )
  })

  it.each([
    [{ '0001_add.mjs': '' }, 'a migration file is named NNNN-description'],
    [{ '1-a.mjs': '', '01-b.yaml': '' }, 'version 1 is also the version of'],
    [{ 'R__a.mjs': '', 'R__a.yaml': '' }, "repeatable migration 'a' is also"]
  ])('refuses %j', async (files, expected) => {
    await expect(discoverMigrations(await directoryWith(files))).rejects.toThrow(expected)
  })

  it('says a missing directory does not exist, with the path it looked for', async () => {
    const dir = await directoryWith({})
    await expect(discoverMigrations(join(dir, 'migrations'), dir)).rejects.toThrow(
      `'migrations' is '${join(dir, 'migrations')}': it does not exist (looked for ${join(dir, 'migrations')}; the workspace is ${dir}). Did actions/checkout run before this step?`
    )
  })

  it('names every misnamed file, every repeated version and every link out, together', async () => {
    const workspace = await directoryWith({ 'secret.json': '{}' })
    const outside = await directoryWith({ 'secret.mjs': 'export async function up() {}\n' })
    const dir = join(workspace, 'migrations')
    await mkdir(dir)
    for (const name of ['1_a.mjs', '2_b.mjs', '3-c.yaml', '03-d.yaml'])
      await writeFile(join(dir, name), 'operations: []\n')
    await symlink(join(outside, 'secret.mjs'), join(dir, '4-link.mjs'))
    await symlink(join(workspace, 'secret.json'), join(dir, '5-inside.json'))
    const error = await discoverMigrations(dir, workspace).catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      [
        '4 problems, each to fix:',
        `  - ${join(dir, '1_a.mjs')}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${dir}'.`,
        `  - ${join(dir, '2_b.mjs')}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${dir}'.`,
        `  - ${join(dir, '4-link.mjs')}: it is a symbolic link to ${join(outside, 'secret.mjs')}, which leads outside the workspace (to ${join(outside, 'secret.mjs')}). Migrations are read from the workspace only: copy the file into the repository instead of linking to it. Nothing was written.`,
        `  - ${join(dir, '3-c.yaml')}: version 3 is also the version of ${join(dir, '03-d.yaml')}. Give each migration its own version.`
      ].join('\n')
    )
  })

  it('names every migration that does not parse, together', async () => {
    const dir = await directoryWith({
      '1-a.json': '{ not json',
      '2-b.yaml': 'operations:\n  - truncate: { container: x }\n',
      '3-c.mjs': 'export async function up() {}\n'
    })
    const error = await prepareMigrations(dir).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^2 problems, each to fix:\n  - ${dir}/1-a\\.json:1: .*\n  - ${dir}/2-b\\.yaml:2: `
      )
    )
  })
})

describe('parseDeclarative', () => {
  it('reads every operation with its line', () => {
    const operations = parseDeclarative(
      file(
        '1-x.yaml',
        [
          'description: all of them',
          'operations:',
          '  - patch:',
          '      container: products',
          "      where: c.kind = 'product'",
          '      set: { status: active, meta.source: import }',
          '      remove: [legacy]',
          '      increment: { version: 1 }',
          '  - renameProperty: { container: products, from: cost, to: price.amount }',
          '  - removeProperty: { container: products, property: tmp }',
          '  - delete: { container: orders, where: "c.status = \'void\'" }',
          '  - upsert:',
          '      container: products',
          '      documents:',
          '        - { id: featured, items: [p-1] }'
        ].join('\n')
      )
    )
    expect(operations.map((o) => [o.op, o.line])).toEqual([
      ['patch', 3],
      ['renameProperty', 9],
      ['removeProperty', 10],
      ['delete', 11],
      ['upsert', 12]
    ])
    expect(operations[0]).toMatchObject({
      set: { status: 'active', 'meta.source': 'import' },
      remove: ['legacy'],
      increment: { version: 1 }
    })
    expect(operations.map(isDestructive)).toEqual([true, false, true, true, false])
  })

  it('reads JSON with lines too', () => {
    const operations = parseDeclarative(
      file(
        '1-x.json',
        '{\n  "operations": [\n    { "delete": { "container": "c", "where": "c.x = 1" } }\n  ]\n}'
      )
    )
    expect(operations[0]).toMatchObject({ op: 'delete', line: 3 })
  })

  it.each([
    ['operations:\n  - truncate: { container: c }\n', 2, "unknown operation 'truncate'"],
    [
      'operations:\n  - patch:\n      container: c\n      sett: { a: 1 }\n',
      4,
      "unknown key 'sett' in 'patch'"
    ],
    ['operations:\n  - patch:\n      container: c\n', 3, "'patch' changes nothing"],
    [
      'operations:\n  - renameProperty: { container: c, from: a }\n',
      2,
      "'renameProperty' needs 'to'"
    ],
    [
      'operations:\n  - renameProperty: { container: c, from: id, to: b }\n',
      2,
      "is 'id', which is the id or a system property"
    ],
    [
      'operations:\n  - removeProperty: { container: c, property: "a b" }\n',
      2,
      "which is not a property path such as 'a.b'"
    ],
    [
      'operations:\n  - upsert: { container: c, documents: [{ name: x }] }\n',
      2,
      "each document needs a string 'id'"
    ],
    [
      'operations:\n  - patch: { container: c, set: { a.__proto__.x: 1 } }\n',
      2,
      'names __proto__, constructor or prototype'
    ],
    [
      'operations:\n  - patch: { container: c, remove: [_etag] }\n',
      2,
      "'remove' in 'patch' must be a list of property paths"
    ],
    [
      'operations:\n  - renameProperty: { container: c, from: a, to: a.b }\n',
      2,
      "cannot move 'a' to 'a.b'"
    ],
    ['operations: []\n', 1, '`operations` must be a non-empty list'],
    ['steps:\n  - delete: { container: c }\n', 1, "unknown key 'steps'"],
    ['operations:\n  - delete: { container: c\n', 3, 'not valid YAML'],
    [
      'operations:\n  - delete: { container: "" }\n',
      2,
      "'container' in 'delete' must be a non-empty string"
    ]
  ])('%j fails at line %i', (text, line, expected) => {
    expect(() => parseDeclarative(file('1-x.yaml', text))).toThrow(
      `/repo/migrations/1-x.yaml:${line}: `
    )
    expect(() => parseDeclarative(file('1-x.yaml', text))).toThrow(expected)
  })
})
