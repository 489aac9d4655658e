import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkId,
  discoverSeedFiles,
  readDocuments,
  type SeedDocument,
  type SeedFile
} from '../../src/seed/index.js'

/** Streams a file's documents and checks their ids, as the first pass of seeding does. */
async function readSeedFile(file: SeedFile): Promise<SeedDocument[]> {
  const documents: SeedDocument[] = []
  for await (const document of readDocuments(file)) {
    checkId(file, document)
    documents.push(document)
  }
  return documents
}

async function directoryWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-files-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

describe('discoverSeedFiles', () => {
  it('maps file names to containers and formats, in name order', async () => {
    const dir = await directoryWith({
      'b.ndjson': '',
      'a.json': '[]',
      'c.jsonl': '',
      'notes.md': ''
    })
    const files = await discoverSeedFiles(dir)
    expect(files.map((f) => [f.container, f.format])).toEqual([
      ['a', 'json'],
      ['b', 'ndjson'],
      ['c', 'ndjson']
    ])
  })

  it.each([
    [
      'a missing directory',
      '/no/such/dir',
      "'seed' is '/no/such/dir': it does not exist (looked for /no/such/dir; the workspace is"
    ],
    [
      'a directory without seed files',
      'EMPTY',
      'holds no <container>.json, .ndjson, .jsonl or .csv file'
    ]
  ])('refuses %s', async (_name, path, expected) => {
    const dir = path === 'EMPTY' ? await directoryWith({ 'readme.txt': 'x' }) : path
    await expect(discoverSeedFiles(dir)).rejects.toThrow(expected)
  })
})

describe('readSeedFile', () => {
  it('reads NDJSON, skipping blank lines, with line numbers', async () => {
    const dir = await directoryWith({ 'c.ndjson': '{"id":"a"}\n\n{"id":"b"}\n' })
    const [file] = await discoverSeedFiles(dir)
    const documents = await readSeedFile(file!)
    expect(documents.map((d) => [d.body['id'], d.line])).toEqual([
      ['a', 1],
      ['b', 3]
    ])
  })

  it.each([
    ['c.ndjson', '{"id":"a"}\n{"id":"b"\n', 'c.ndjson:2: the document is not JSON'],
    ['c.ndjson', '{"id":"a"}\n[1,2]\n', 'c.ndjson:2: the document is not a JSON object'],
    ['c.ndjson', '{"id":"a"}\n{"name":"x"}\n', "c.ndjson:2: the document has no string 'id'"],
    ['c.ndjson', '{"id":"a/b"}\n', "c.ndjson:1: the document has an invalid id 'a/b'"],
    [
      'c.json',
      '[\n  {"id":"a"},\n  {"name":"no id"}\n]',
      "c.json:3: the document has no string 'id'"
    ],
    ['c.json', '{"id":"a"}', 'c.json:1: the document is not a JSON array of documents'],
    ['c.json', '[\n  {"id":"a"},\n  {"id": }\n]', 'c.json:3: the document is not JSON']
  ])('%s %j fails naming file and line', async (name, text, expected) => {
    const dir = await directoryWith({ [name]: text })
    const [file] = await discoverSeedFiles(dir)
    await expect(readSeedFile(file!)).rejects.toThrow(expected)
    await expect(readSeedFile(file!)).rejects.toThrow('Nothing was written.')
  })

  it('reads CSV with typed values, nested columns and string ids', async () => {
    const dir = await directoryWith({
      'c.csv':
        'id,name,price,active,tenant.id,note\n007,Widget,9.5,true,t-1,\n8,"Gadget, large",24,false,t-2,null\n'
    })
    const [file] = await discoverSeedFiles(dir)
    const documents = await readSeedFile(file!)
    expect(documents.map((d) => [d.body, d.line])).toEqual([
      [
        { id: '007', name: 'Widget', price: 9.5, active: true, tenant: { id: 't-1' }, note: null },
        2
      ],
      [
        {
          id: '8',
          name: 'Gadget, large',
          price: 24,
          active: false,
          tenant: { id: 't-2' },
          note: null
        },
        3
      ]
    ])
  })

  it.each([
    ['c.csv', 'id,name\na,b,c\n', 'c.csv:2: the document is not valid CSV'],
    [
      'c.json',
      '[\n  {"id":"a"},\n  {"id":"b"}\n',
      'c.json:4: the document is not JSON (the file ends inside the array)'
    ],
    ['c.json', '[\n  "text"\n]', 'c.json:2: the document is not a JSON object'],
    [
      'c.ndjson',
      `{"id":"big","pad":"${'x'.repeat(2 * 1024 * 1024)}"}\n`,
      'c.ndjson:1: the document is over 2 MB'
    ],
    [
      // 500 KB of text that Cosmos DB would store as 2.2 MB: each 1e20 is written out in digits.
      'c.ndjson',
      `{"id":"grows","n":[${Array.from({ length: 100_000 }, () => '1e20').join(',')}]}\n`,
      'c.ndjson:1: the document is over 2 MB'
    ]
  ])('%s fails naming the line', async (name, text, expected) => {
    const dir = await directoryWith({ [name]: text })
    const [file] = await discoverSeedFiles(dir)
    await expect(readSeedFile(file!)).rejects.toThrow(expected)
  })

  it('follows a seed manifest: files, containers and modes', async () => {
    const dir = await directoryWith({
      'seed.yml':
        'files:\n  - file: export.json\n    container: products\n    mode: insert\n  - file: people.csv\n    container: customers\n',
      'export.json': '[]',
      'people.csv': 'id\n',
      'ignored.json': '[]'
    })
    const files = await discoverSeedFiles(dir)
    expect(files).toEqual([
      { path: join(dir, 'export.json'), container: 'products', format: 'json', mode: 'insert' },
      // No mode: the file follows the seed-mode input.
      { path: join(dir, 'people.csv'), container: 'customers', format: 'csv' }
    ])
  })

  it.each([
    [
      'files:\n  - file: a.json\n    container: c\n    mode: replace\n',
      2,
      "'mode' must be 'upsert' or 'insert'"
    ],
    [
      'files:\n  - file: ../secret.json\n    container: c\n',
      2,
      "'file' must be a path inside the seed directory"
    ],
    [
      'files:\n  - file: a.txt\n    container: c\n',
      2,
      "'a.txt' is not .json, .ndjson, .jsonl or .csv"
    ],
    ['files:\n  - file: a.json\n    contianer: c\n', 2, "unknown key 'contianer'"],
    ['entries: []\n', 1, '`files` must be a non-empty list']
  ])('refuses a bad manifest %j at line %i', async (manifest, line, expected) => {
    const dir = await directoryWith({ 'seed.yml': manifest })
    await expect(discoverSeedFiles(dir)).rejects.toThrow(`${join(dir, 'seed.yml')}:${line}: `)
    await expect(discoverSeedFiles(dir)).rejects.toThrow(expected)
  })

  it('takes a glob as well as a directory', async () => {
    const dir = await directoryWith({ 'a.ndjson': '', 'b.json': '[]', 'c.csv': 'id\n' })
    const files = await discoverSeedFiles(join(dir, '*.*json'))
    expect(files.map((f) => [f.container, f.format])).toEqual([
      ['a', 'ndjson'],
      ['b', 'json']
    ])
    await expect(discoverSeedFiles(join(dir, '*.xml'))).rejects.toThrow(
      'matches no <container>.json'
    )
  })

  it.each([
    ['[{"id":"a"}}]', "'}' where ',' or ']' belongs"],
    ['[{"id":"a"}][{"id":"b"}]', 'text after the closing ]'],
    ['[{"id":"a"}{"id":"b"}]', "'{' where ',' or ']' belongs"],
    ['[,{"id":"a"}]', "',' where a document belongs"],
    ['[{"id":"a"},]', "']' where a document belongs"]
  ])('refuses the JSON array %s', async (text, expected) => {
    const dir = await directoryWith({ 'c.json': text })
    const [file] = await discoverSeedFiles(dir)
    await expect(readSeedFile(file!)).rejects.toThrow(expected)
  })

  it('reads strings holding brackets and escapes, nested arrays and a BOM', async () => {
    const dir = await directoryWith({
      'c.json': '\uFEFF[\n {"id":"a","s":"x]}{\\"y"},\n {"id":"b","n":[1,[2]]}\n]\n'
    })
    const [file] = await discoverSeedFiles(dir)
    expect((await readSeedFile(file!)).map((d) => [d.body, d.line])).toEqual([
      [{ id: 'a', s: 'x]}{"y' }, 2],
      [{ id: 'b', n: [1, [2]] }, 3]
    ])
  })

  it('types CSV columns as a manifest declares them, and names the line of a bad value', async () => {
    const dir = await directoryWith({
      'seed.yml':
        'files:\n  - file: people.csv\n    container: people\n    columns: { zip: string, age: number, tags: json }\n',
      'people.csv': 'id,zip,age,tags\na,01234,42,"[""x""]"\nb,99999,old,[]\n'
    })
    const [file] = await discoverSeedFiles(dir)
    const reading = readSeedFile(file!)
    await expect(reading).rejects.toThrow(
      "people.csv:3: the document has 'old' in column 'age', declared number"
    )
    await writeFile(join(dir, 'people.csv'), 'id,zip,age,tags\na,01234,42,"[""x""]"\n')
    expect((await readSeedFile(file!))[0]?.body).toEqual({
      id: 'a',
      zip: '01234',
      age: 42,
      tags: ['x']
    })
  })
})
