/** The bad-input corpus of seed files: see ../harness.ts for what every case must show. */
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type BadInput, TWO_MB, directory, ndjson, seeding } from '../harness.js'

/** A seed directory whose `products.json` is a symbolic link to a file outside the workspace. */
async function linkingOut(): Promise<{ dir: string; target: string }> {
  const outside = await directory('bad-outside-', { 'token.json': '[{"id":"runner-token"}]' })
  const dir = await directory('bad-seed-', {
    'orders.ndjson': ndjson({ id: 'o-1', customer: { id: 'c' } })
  })
  await symlink(join(outside, 'token.json'), join(dir, 'products.json'))
  return { dir, target: join(outside, 'token.json') }
}

export const SEED_FILES: readonly BadInput[] = [
  {
    name: 'JSON seed file with a syntax error on line 3',
    stage: 'checks',
    says: 'the document is not JSON',
    arrange: () =>
      seeding(
        { 'products.json': '[\n  {"id":"p-1"},\n  {"id": }\n]\n' },
        { file: 'products.json', line: 3 }
      )
  },
  {
    name: 'JSON seed file that is an object, not an array',
    stage: 'checks',
    says: 'the document is not a JSON array of documents',
    arrange: () =>
      seeding({ 'products.json': '{"id":"p-1"}\n' }, { file: 'products.json', line: 1 })
  },
  {
    name: 'JSON seed file cut off inside the array',
    stage: 'checks',
    says: 'the document is not JSON (the file ends inside the array)',
    arrange: () =>
      seeding(
        { 'products.json': '[{"id":"p-1"},\n{"id":"p-2"' },
        { file: 'products.json', line: 2 }
      )
  },
  {
    name: 'NDJSON bad line 12,345 deep in a 20,000-line file',
    stage: 'checks',
    says: /the document is not JSON .*Nothing was written\./,
    arrange: () => {
      const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `p-${i}` }))
      lines[12_344] = '{"id": "p-broken", '
      return seeding(
        { 'products.ndjson': `${lines.join('\n')}\n` },
        { file: 'products.ndjson', line: 12_345 }
      )
    }
  },
  {
    name: 'NDJSON line that is an array',
    stage: 'checks',
    says: 'the document is not a JSON object',
    arrange: () =>
      seeding(
        { 'products.ndjson': '{"id":"p-1"}\n["p-2"]\n' },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'CSV row with one column too many',
    stage: 'checks',
    says: 'the document is not valid CSV (Invalid Record Length',
    arrange: () =>
      seeding({ 'products.csv': 'id,name\np-1,a\np-2,b,c\n' }, { file: 'products.csv', line: 3 })
  },
  {
    name: 'CSV with a quote never closed',
    stage: 'checks',
    says: 'the document is not valid CSV (Quote Not Closed',
    arrange: () =>
      seeding(
        { 'products.csv': 'id,name\np-1,a\np-2,"b\np-3,c\n' },
        { file: 'products.csv', line: 4 }
      )
  },
  {
    name: 'CSV header naming a column twice',
    stage: 'checks',
    says: "the document is not valid CSV (the header names column 'name' twice)",
    arrange: () =>
      seeding({ 'products.csv': 'id,name,name\np-1,a,b\n' }, { file: 'products.csv', line: 1 })
  },
  {
    name: 'CSV column __proto__.polluted',
    stage: 'checks',
    says: "column '__proto__.polluted' names __proto__, constructor or prototype",
    arrange: () =>
      seeding(
        { 'products.csv': 'id,__proto__.polluted\np-1,yes\n' },
        { file: 'products.csv', line: 1 }
      )
  },
  {
    name: 'CSV value not of its declared column type',
    stage: 'checks',
    says: "has 'cheap' in column 'price', declared number",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: prices.csv\n    container: products\n    columns: { price: number }\n',
          'prices.csv': 'id,price\np-1,10\np-2,cheap\n'
        },
        { file: 'prices.csv', line: 3 }
      )
  },
  {
    name: "seed file named '...json' (container '..', a path traversal)",
    stage: 'offline',
    says: "'..' cannot be a container name",
    arrange: () => seeding({ '...json': '[{"id":"p-1"}]' }, { file: '...json' })
  },
  {
    name: "seed file named 'prod#ucts.ndjson' (not skipped silently)",
    stage: 'offline',
    says: "'prod#ucts' cannot be a container name",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }), 'prod#ucts.ndjson': ndjson({ id: 'p-2' }) },
        { file: 'prod#ucts.ndjson' }
      )
  },
  {
    name: 'seed file name with a control character',
    stage: 'offline',
    says: "'prod\\u0001ucts' cannot be a container name",
    arrange: () =>
      seeding({ 'prod\u0001ucts.ndjson': ndjson({ id: 'p-1' }) }, { file: 'prod\u0001ucts.ndjson' })
  },
  {
    name: 'seed file for a container that does not exist',
    stage: 'checks',
    says: "container 'ghosts' does not exist in database 'badinputs'",
    arrange: () => seeding({ 'ghosts.ndjson': ndjson({ id: 'g-1' }) }, { file: 'ghosts.ndjson' })
  },
  {
    name: 'id with a control character',
    stage: 'checks',
    says: "has an invalid id 'p\\u0000-1'",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-0' }, { id: 'p\u0000-1' }) },
        { file: 'products.ndjson', line: 2 }
      )
  },
  ...['/', '\\', '?', '#'].map((character): BadInput => ({
    name: `id with ${character}`,
    stage: 'checks',
    says: `has an invalid id 'p${character}1': ids hold at most 1023 characters, no / \\ ? #`,
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-0' }, { id: 'p-00' }, { id: `p${character}1` }) },
        { file: 'products.ndjson', line: 3 }
      )
  })),
  {
    name: "id '..' (a path traversal in point reads)",
    stage: 'checks',
    says: "has an invalid id '..'",
    arrange: () =>
      seeding({ 'products.json': '[\n{"id":".."}\n]' }, { file: 'products.json', line: 2 })
  },
  {
    name: 'id of 1,024 characters',
    stage: 'checks',
    says: 'ids hold at most 1023 characters',
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'i'.repeat(1024) }) },
        { file: 'products.ndjson', line: 1 }
      )
  },
  {
    name: 'id that is a number',
    stage: 'checks',
    says: "the document has no string 'id'",
    arrange: () =>
      seeding({ 'products.ndjson': ndjson({ id: 42 }) }, { file: 'products.ndjson', line: 1 })
  },
  {
    name: 'NDJSON document over 2 MB',
    stage: 'checks',
    says: /the document is over 2 MB \(\d+ bytes\)/,
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2', pad: 'x'.repeat(TWO_MB) }) },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'JSON array element over 2 MB',
    stage: 'checks',
    says: /the document is over 2 MB \(\d+ bytes\)/,
    arrange: () =>
      seeding(
        {
          'products.json': `[\n  {"id":"p-1"},\n  {"id":"p-2",\n   "pad":"${'y'.repeat(TWO_MB)}"}\n]\n`
        },
        { file: 'products.json', line: 3 }
      )
  },
  {
    name: 'document without its nested partition key value (/customer/id)',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /customer/id',
    arrange: () =>
      seeding(
        { 'orders.csv': 'id,customer.id,total\no-1,c-1,1\no-2,,2\n' },
        { file: 'orders.csv', line: 3 }
      )
  },
  {
    name: 'document missing one level of a hierarchical partition key',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /tenant, /day',
    arrange: () =>
      seeding(
        {
          'events.ndjson': ndjson({ id: 'e-1', tenant: 't', day: 'd' }, { id: 'e-2', tenant: 't' })
        },
        { file: 'events.ndjson', line: 2 }
      )
  },
  {
    name: 'partition key value that is an object',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /customer/id',
    arrange: () =>
      seeding(
        { 'orders.ndjson': ndjson({ id: 'o-1', customer: { id: { nested: true } } }) },
        { file: 'orders.ndjson', line: 1 }
      )
  },
  {
    name: 'id repeated with the same partition key',
    stage: 'checks',
    says: "repeats id 'p-1' with the same partition key",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2' }, { id: 'p-1', v: 2 }) },
        { file: 'products.ndjson', line: 3 }
      )
  },
  {
    name: 'id repeated in a second file for the same container',
    stage: 'checks',
    says: /repeats id 'p-2' with the same partition key \(first at \/.+\/first\.ndjson:2\)/,
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: first.ndjson\n    container: products\n  - file: second.ndjson\n    container: products\n',
          'first.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2' }),
          'second.ndjson': ndjson({ id: 'p-3' }, { id: 'p-2', v: 2 })
        },
        { file: 'second.ndjson', line: 2 }
      )
  },
  {
    name: 'manifest pointing outside the seed directory (../../etc/passwd)',
    stage: 'offline',
    says: "'file' must be a path inside the seed directory",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: products.json\n    container: products\n  - file: ../../etc/passwd.json\n    container: products\n',
          'products.json': '[]'
        },
        { file: 'seed.yml', line: 4 }
      )
  },
  {
    name: 'manifest pointing at an absolute path',
    stage: 'offline',
    says: "'file' must be a path inside the seed directory",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: /etc/hosts.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest pointing outside through a symbolic link',
    stage: 'offline',
    says: "'link/outside.json' leads outside the seed directory",
    arrange: async () => {
      const outside = await directory('bad-outside-', { 'outside.json': '[{"id":"x-1"}]' })
      const arranged = await seeding(
        { 'seed.yml': 'files:\n  - file: link/outside.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
      await symlink(outside, join(arranged.inputs['seed'] ?? '', 'link'))
      return arranged
    }
  },
  {
    name: 'manifest naming a file that does not exist',
    stage: 'offline',
    says: "'missing.json' is not in the seed directory",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: missing.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest with a container that is a number',
    stage: 'offline',
    says: "'container' must be a container name",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n    container: 42\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: "manifest with mode 'fast'",
    stage: 'offline',
    says: "'mode' must be 'upsert' or 'insert'",
    arrange: () =>
      seeding(
        {
          'seed.yml': 'files:\n  - file: p.json\n    container: products\n    mode: fast\n',
          'p.json': '[]'
        },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest whose files is a string, not a list',
    stage: 'offline',
    says: '`files` must be a non-empty list',
    arrange: () =>
      seeding(
        { 'seed.yml': 'files: products.json\n', 'products.json': '[]' },
        { file: 'seed.yml', line: 1 }
      )
  },
  {
    name: 'manifest with an unknown key',
    stage: 'offline',
    says: "unknown key 'table': expected file, container, mode, columns",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n    table: products\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest declaring a column type that does not exist',
    stage: 'offline',
    says: "'columns' (CSV only) maps column names to string, number, boolean, json",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: p.csv\n    container: products\n    columns: { born: date }\n',
          'p.csv': 'id\np-1\n'
        },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest that is not YAML (items out of line)',
    stage: 'offline',
    says: 'not valid YAML: All mapping items must start at the same column',
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n container: products\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 3 }
      )
  },
  {
    name: 'CSV seed file in Windows-1252 (é as byte 0xE9)',
    stage: 'checks',
    says: 'byte 0xE9 ("é" in Windows-1252) at byte offset 23 is not UTF-8, and seed files are read as UTF-8. The file looks like Windows-1252/Latin-1: convert it with `iconv -f WINDOWS-1252 -t UTF-8`',
    arrange: async () => {
      const arranged = await seeding({}, { file: 'products.csv', line: 3 })
      await writeFile(arranged.file ?? '', Buffer.from('id,name\np-1,Tea\np-2,Café\n', 'latin1'))
      return arranged
    }
  },
  {
    name: 'JSON seed file in UTF-16',
    stage: 'checks',
    says: 'byte 0xFF at byte offset 0 is not UTF-8, and seed files are read as UTF-8. The file looks like UTF-16: convert it with `iconv -f UTF-16 -t UTF-8`',
    arrange: async () => {
      const arranged = await seeding({}, { file: 'products.json', line: 1 })
      await writeFile(
        arranged.file ?? '',
        Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from('[{"id":"p-1"}]', 'utf16le')])
      )
      return arranged
    }
  },
  {
    name: 'NDJSON document with a no-break space (U+00A0) before it',
    stage: 'checks',
    says: 'U+00A0 (no-break space) stands before the document: only spaces and tabs may surround a document on its line, as in JSON',
    arrange: () =>
      seeding(
        { 'products.ndjson': '{"id":"p-1"}\n\u00a0{"id":"p-2"}\n' },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'NDJSON files joined with cat (a byte order mark mid-file)',
    stage: 'checks',
    says: 'U+FEFF (byte order mark) stands before the document',
    arrange: () =>
      seeding(
        { 'products.ndjson': '\ufeff{"id":"p-1"}\n\ufeff{"id":"p-2"}\n' },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'NDJSON seed file holding only a byte order mark',
    stage: 'checks',
    says: 'the file holds no document (it is empty, or holds only blank lines or a byte order mark)',
    arrange: () => seeding({ 'products.ndjson': '\ufeff' }, { file: 'products.ndjson', line: 1 })
  },
  {
    name: 'empty CSV seed file',
    stage: 'checks',
    says: 'the file holds no document',
    arrange: () => seeding({ 'products.csv': '' }, { file: 'products.csv', line: 1 })
  },
  {
    name: 'CSV value with a byte order mark mid-file',
    stage: 'checks',
    says: "has a byte order mark (U+FEFF) in column 'id'",
    arrange: () =>
      seeding(
        { 'products.csv': 'id,name\np-1,a\n\ufeffp-2,b\n' },
        { file: 'products.csv', line: 3 }
      )
  },
  {
    name: 'seed file that is a symbolic link out of the workspace',
    stage: 'offline',
    says: /products\.json: it is a symbolic link to .*token\.json, which leads outside the workspace/,
    arrange: async () => {
      const { dir } = await linkingOut()
      return { inputs: { seed: dir }, file: join(dir, 'products.json') }
    }
  },
  {
    name: 'seed glob matching a symbolic link out of the workspace',
    stage: 'offline',
    says: 'Seed files are read from the workspace only',
    arrange: async () => {
      const { dir } = await linkingOut()
      return { inputs: { seed: join(dir, '*.json') }, file: join(dir, 'products.json') }
    }
  },
  {
    name: 'seed directory that does not exist (no checkout)',
    stage: 'offline',
    says: /'seed' is 'db\/seed': it does not exist \(looked for \/.+\/db\/seed; the workspace is .+\)\. Did actions\/checkout run before this step\?/,
    arrange: () => ({ inputs: { seed: 'db/seed' } })
  },
  {
    name: 'seed and migrations paths both wrong, both reported',
    stage: 'offline',
    says: /2 problems, each to fix:\n {2}- 'migrations' is 'db\/migrations': it does not exist.*\n {2}- 'seed' is 'db\/seed': it does not exist/,
    arrange: () => ({ inputs: { seed: 'db/seed', migrations: 'db/migrations' } })
  }
]
