/** The bad-input corpus of migration files: see ../harness.ts for what every case must show. */
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { directory, migrating, type BadInput } from '../harness.js'

/** A migration script that does nothing, for cases about names and lists. */
const SCRIPT_OK = 'export async function up() {}\n'

export const MIGRATIONS: readonly BadInput[] = [
  {
    name: 'migration misnamed 1_add-index.mjs',
    stage: 'offline',
    says: 'a migration file is named NNNN-description',
    arrange: () => migrating({ '1_add-index.mjs': SCRIPT_OK }, { file: '1_add-index.mjs' })
  },
  {
    name: 'migration version past 2^53',
    stage: 'offline',
    says: 'version 99999999999999999999 is too large',
    arrange: () =>
      migrating(
        {
          '99999999999999999999-huge.yaml':
            'operations:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: '99999999999999999999-huge.yaml' }
      )
  },
  {
    name: 'two migrations with one version',
    stage: 'offline',
    says: 'version 1 is also the version of',
    arrange: () => migrating({ '0001-a.mjs': SCRIPT_OK, '1-b.mjs': SCRIPT_OK }, { file: '1-b.mjs' })
  },
  {
    name: 'two repeatable migrations with one name',
    stage: 'offline',
    says: "repeatable migration 'views' is also",
    arrange: () =>
      migrating(
        {
          'R__views.mjs': SCRIPT_OK,
          'R__views.yaml': 'operations:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: 'R__views.yaml' }
      )
  },
  {
    name: "declarative operation with an unknown key ('sett')",
    stage: 'offline',
    says: "unknown key 'sett' in 'patch': expected container, where, set, remove, increment",
    arrange: () =>
      migrating(
        {
          '0001-typo.yaml':
            'operations:\n  - patch:\n      container: items\n      sett: { flag: true }\n'
        },
        { file: '0001-typo.yaml', line: 4 }
      )
  },
  {
    name: 'declarative migration with an unknown top-level key',
    stage: 'offline',
    says: "unknown key 'operation': expected 'operations'",
    arrange: () =>
      migrating(
        {
          '0001-typo.yaml':
            'description: x\noperation:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: '0001-typo.yaml', line: 2 }
      )
  },
  {
    name: "declarative operation that does not exist ('truncate')",
    stage: 'offline',
    says: "unknown operation 'truncate'",
    arrange: () =>
      migrating(
        {
          '0001-ok.mjs': SCRIPT_OK,
          '0002-bad.yaml':
            'operations:\n  - patch: { container: items, set: { x: 1 } }\n  - truncate: { container: items }\n'
        },
        { file: '0002-bad.yaml', line: 3 }
      )
  },
  {
    name: 'patch setting a __proto__ property path',
    stage: 'offline',
    says: "'__proto__.polluted' in 'patch' names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-proto.yaml':
            'operations:\n  - patch:\n      container: items\n      set:\n        __proto__.polluted: true\n'
        },
        { file: '0001-proto.yaml', line: 3 }
      )
  },
  {
    name: 'patch setting __proto__ as an object (JSON)',
    stage: 'offline',
    says: "'__proto__' in 'patch' names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-proto.json':
            '{"operations": [\n  {"patch": {"container": "items", "set": {"__proto__": {"polluted": true}}}}\n]}\n'
        },
        { file: '0001-proto.json', line: 2 }
      )
  },
  {
    name: 'renameProperty to constructor.prototype',
    stage: 'offline',
    says: "'to' in 'renameProperty' is 'constructor.prototype', which names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-rename.yaml':
            'operations:\n  - renameProperty:\n      container: items\n      from: a\n      to: constructor.prototype\n'
        },
        { file: '0001-rename.yaml', line: 5 }
      )
  },
  {
    name: 'removeProperty of the reserved _etag',
    stage: 'offline',
    says: "'property' in 'removeProperty' is '_etag', which is the id or a system property",
    arrange: () =>
      migrating(
        {
          '0001-etag.yaml':
            'operations:\n  - removeProperty:\n      container: items\n      property: _etag\n'
        },
        { file: '0001-etag.yaml', line: 4 }
      )
  },
  {
    name: 'patch setting the id',
    stage: 'offline',
    says: "'id' in 'patch' is the id or a system property",
    arrange: () =>
      migrating(
        {
          '0001-id.yaml':
            'operations:\n  - patch:\n      container: items\n      set: { id: other }\n'
        },
        { file: '0001-id.yaml', line: 3 }
      )
  },
  {
    name: 'increment by a string',
    stage: 'offline',
    says: "'increment' in 'patch' must map property paths to numbers",
    arrange: () =>
      migrating(
        {
          '0001-inc.yaml':
            'operations:\n  - patch:\n      container: items\n      increment: { n: one }\n'
        },
        { file: '0001-inc.yaml', line: 4 }
      )
  },
  {
    name: 'remove given as a string, not a list',
    stage: 'offline',
    says: "'remove' in 'patch' must be a list of property paths",
    arrange: () =>
      migrating(
        {
          '0001-rm.yaml': 'operations:\n  - patch:\n      container: items\n      remove: legacy\n'
        },
        { file: '0001-rm.yaml', line: 4 }
      )
  },
  {
    name: 'container given as a number',
    stage: 'offline',
    says: "'container' in 'delete' must be a non-empty string",
    arrange: () =>
      migrating(
        {
          '0001-num.yaml': 'operations:\n  - delete:\n      container: 42\n      where: c.x = 1\n'
        },
        { file: '0001-num.yaml', line: 3 }
      )
  },
  {
    name: "container '..' (a path traversal to the database)",
    stage: 'offline',
    says: "'container' in 'delete' must be a container name without / \\ # ? or control characters, and not . or ..",
    arrange: () =>
      migrating(
        {
          '0001-dots.yaml': 'operations:\n  - delete:\n      container: ..\n      where: c.x = 1\n'
        },
        { file: '0001-dots.yaml', line: 3 }
      )
  },
  {
    name: 'upsert of a document whose id holds a control character',
    stage: 'offline',
    says: "each document needs a string 'id' without / \\ ? # or control characters",
    arrange: () =>
      migrating(
        {
          '0001-ctl.json':
            '{"operations": [{"upsert": {"container": "items", "documents": [\n  {"id": "a\\u0001"}\n]}}]}\n'
        },
        { file: '0001-ctl.json', line: 2 }
      )
  },
  {
    name: 'upsert whose documents is an object',
    stage: 'offline',
    says: "'documents' in 'upsert' must be a non-empty list",
    arrange: () =>
      migrating(
        {
          '0001-docs.yaml':
            'operations:\n  - upsert:\n      container: items\n      documents: { id: a }\n'
        },
        { file: '0001-docs.yaml', line: 4 }
      )
  },
  {
    name: 'JSON migration that is not JSON',
    stage: 'offline',
    says: 'not valid JSON',
    arrange: () =>
      migrating(
        { '0001-broken.json': '{"operations": [\n  {"patch": \n' },
        { file: '0001-broken.json', line: 2 }
      )
  },
  {
    name: 'YAML migration with a duplicate key',
    stage: 'offline',
    says: 'not valid YAML: Map keys must be unique',
    arrange: () =>
      migrating(
        {
          '0001-dup.yaml':
            'operations:\n  - delete: { container: items, where: c.x = 1 }\noperations: []\n'
        },
        { file: '0001-dup.yaml', line: 3 }
      )
  },
  {
    name: 'script migration with a syntax error',
    stage: 'offline',
    says: 'the migration does not load',
    arrange: () =>
      migrating(
        { '0001-broken.mjs': 'export async function up(ctx) {\n  const a = 1\n  const b = \n}\n' },
        { file: '0001-broken.mjs', line: 4 }
      )
  },
  {
    name: 'script migration without up',
    stage: 'offline',
    says: "a script migration exports 'async function up(ctx)'; this one does not",
    arrange: () =>
      migrating(
        { '0001-down.mjs': 'export async function down() {}\n' },
        { file: '0001-down.mjs', line: 1 }
      )
  },
  {
    name: 'script migration whose containers is a string',
    stage: 'offline',
    says: "'export const containers' must be a list of container names",
    arrange: () =>
      migrating(
        { '0001-str.mjs': `export const containers = 'items'\n${SCRIPT_OK}` },
        { file: '0001-str.mjs', line: 1 }
      )
  },
  {
    name: "script migration naming container '..'",
    stage: 'offline',
    says: "'export const containers' must be a list of container names",
    arrange: () =>
      migrating(
        { '0001-dots.mjs': `export const containers = ['items', '..']\n${SCRIPT_OK}` },
        { file: '0001-dots.mjs', line: 1 }
      )
  },
  {
    name: 'migrations input that is a file',
    stage: 'offline',
    says: /'migrations' is '.*0001-a\.mjs': it is not a directory/,
    arrange: async () => {
      const arranged = await migrating({ '0001-a.mjs': SCRIPT_OK })
      return { inputs: { migrations: join(arranged.inputs['migrations'] ?? '', '0001-a.mjs') } }
    }
  },
  {
    name: 'migrations directory that does not exist (no checkout)',
    stage: 'offline',
    says: /'migrations' is 'db\/migrations': it does not exist \(looked for \/.+\/db\/migrations; the workspace is .+\)\. Did actions\/checkout run before this step\?/,
    arrange: () => ({ inputs: { migrations: 'db/migrations' } })
  },
  {
    name: 'migration that is a symbolic link out of the workspace',
    stage: 'offline',
    says: /0002-link\.mjs: it is a symbolic link to .*up\.mjs, which leads outside the workspace .*Migrations are read from the workspace only/,
    arrange: async () => {
      const outside = await directory('bad-outside-', { 'up.mjs': SCRIPT_OK })
      const arranged = await migrating({ '0001-a.mjs': SCRIPT_OK })
      const dir = arranged.inputs['migrations'] ?? ''
      await symlink(join(outside, 'up.mjs'), join(dir, '0002-link.mjs'))
      return { ...arranged, file: join(dir, '0002-link.mjs') }
    }
  },
  {
    name: 'two misnamed migrations, both named',
    stage: 'offline',
    says: /2 problems, each to fix:\n {2}- .*1_a\.mjs: a migration file is named .*\n {2}- .*2_b\.mjs: a migration file is named/,
    arrange: () => migrating({ '1_a.mjs': SCRIPT_OK, '2_b.mjs': SCRIPT_OK })
  },
  {
    name: 'a bad migration and a bad seed file, both named',
    stage: 'offline',
    says: /2 problems, each to fix:\n {2}- .*0001-a\.json:1: .*\n {2}- .*products\.ndjson:2: U\+00A0/,
    arrange: async () => {
      const arranged = await migrating(
        { '0001-a.json': '{ not json' },
        { file: '0001-a.json', line: 1 }
      )
      const seed = join(await directory('bad-seed-', {}), 'seed')
      await mkdir(seed)
      await writeFile(join(seed, 'products.ndjson'), '{"id":"p-1"}\n\u00a0{"id":"p-2"}\n')
      return { ...arranged, inputs: { ...arranged.inputs, seed } }
    }
  }
]
