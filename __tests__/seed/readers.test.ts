/**
 * The seed readers' rules at their edges: what stands around an NDJSON document, files without a
 * document, and how CSV types quoted and unquoted values.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../../src/errors.js'
import { readDocuments, type SeedFile } from '../../src/seed/index.js'
import type { ColumnType } from '../../src/seed/seed-file.js'

async function seedFile(
  name: string,
  text: string,
  columns?: Record<string, ColumnType>
): Promise<SeedFile> {
  const path = join(await mkdtemp(join(tmpdir(), 'seed-readers-')), name)
  await writeFile(path, text)
  const format = name.endsWith('.csv') ? 'csv' : name.endsWith('.json') ? 'json' : 'ndjson'
  return { path, container: 'products', format, ...(columns ? { columns } : {}) }
}

async function bodies(file: SeedFile): Promise<Record<string, unknown>[]> {
  const read: Record<string, unknown>[] = []
  for await (const document of readDocuments(file)) read.push(document.body)
  return read
}

async function refusal(file: SeedFile): Promise<ActionError> {
  const error = await bodies(file).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
}

describe('NDJSON: only JSON whitespace around a document', () => {
  it('accepts spaces and tabs around a document, and \\n, \\r\\n or \\r line ends', async () => {
    const file = await seedFile('p.ndjson', ' \t{"id":"a"}\t \r\n{"id":"b"}\r{"id":"c"}\n\n')
    expect(await bodies(file)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }])
  })

  it.each([
    [
      'a no-break space before',
      '{"id":"a"}\n\u00a0{"id":"b"}\n',
      2,
      'U+00A0 (no-break space) stands before'
    ],
    ['a line separator after', '{"id":"a"}\u2028\n', 1, 'U+2028 (line separator) stands after'],
    [
      'an ideographic space after',
      '{"id":"a"}\u3000\n',
      1,
      'U+3000 (ideographic space) stands after'
    ],
    ['a vertical tab before', '\u000b{"id":"a"}\n', 1, 'U+000B (vertical tab) stands before'],
    [
      'a byte order mark mid-file (files joined with cat)',
      '\ufeff{"id":"a"}\n\ufeff{"id":"b"}\n',
      2,
      'U+FEFF (byte order mark) stands before the document'
    ],
    ['a line of nothing but a no-break space', '{"id":"a"}\n\u00a0\n', 2, 'U+00A0']
  ])('refuses %s, naming the line', async (_name, text, line, says) => {
    const file = await seedFile('p.ndjson', text)
    const error = await refusal(file)
    expect(error.location).toEqual({ file: file.path, line })
    expect(error.message).toContain(`${file.path}:${line}: ${says}`)
    expect(error.message).toContain('only spaces and tabs may surround a document on its line')
  })
})

describe('files without a document', () => {
  it.each([
    ['an empty NDJSON file', 'p.ndjson', ''],
    ['an NDJSON file holding only a byte order mark', 'p.ndjson', '\ufeff'],
    ['an NDJSON file of blank lines', 'p.ndjson', '\n \n\t\r\n'],
    ['an empty JSON file', 'p.json', ''],
    ['a JSON file holding only a byte order mark', 'p.json', '\ufeff'],
    ['an empty CSV file', 'p.csv', ''],
    ['a CSV file holding only a byte order mark', 'p.csv', '\ufeff'],
    ['a CSV file of blank lines', 'p.csv', '\n\n']
  ])('refuses %s at line 1', async (_name, name, text) => {
    const file = await seedFile(name, text)
    const error = await refusal(file)
    expect(error.location).toEqual({ file: file.path, line: 1 })
    expect(error.message).toContain(`${file.path}:1: the file holds no document`)
  })

  it.each([
    ['a JSON empty array', 'p.json', '[]\n'],
    ['a CSV header alone', 'p.csv', 'id,name\n']
  ])('accepts %s: no document on purpose', async (_name, name, text) => {
    expect(await bodies(await seedFile(name, text))).toEqual([])
  })
})

describe('CSV: quoting means text', () => {
  it('types unquoted values and keeps quoted ones as written', async () => {
    const file = await seedFile(
      'p.csv',
      [
        'id,a,b,c,d,e,f',
        'bare,1.0,true,,null,  padded  ,007',
        'quoted,"1.0","true","","null","  padded  ","007"'
      ].join('\n')
    )
    expect(await bodies(file)).toEqual([
      { id: 'bare', a: 1, b: true, c: null, d: null, e: 'padded', f: '007' },
      { id: 'quoted', a: '1.0', b: 'true', c: '', d: 'null', e: '  padded  ', f: '007' }
    ])
  })

  it('applies declared column types whether the value is quoted or not', async () => {
    const file = await seedFile('p.csv', 'id,price,on\np-1,"10",true\np-2,10,"false"\n', {
      price: 'number',
      on: 'boolean'
    })
    expect(await bodies(file)).toEqual([
      { id: 'p-1', price: 10, on: true },
      { id: 'p-2', price: 10, on: false }
    ])
  })

  it('refuses a byte order mark in an unquoted value, naming the line', async () => {
    const file = await seedFile('p.csv', 'id,name\np-1,a\n\ufeffp-2,b\n')
    const error = await refusal(file)
    expect(error.location).toEqual({ file: file.path, line: 3 })
    expect(error.message).toContain("has a byte order mark (U+FEFF) in column 'id'")
  })
})
