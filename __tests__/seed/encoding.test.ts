/**
 * Seed files are UTF-8: every reader refuses bytes that are not, naming the file, the line, the
 * byte offset and the encoding to convert from, instead of seeding U+FFFD in their place.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../../src/errors.js'
import { readDocuments, type SeedDocument, type SeedFile } from '../../src/seed/index.js'

async function seedFile(name: string, bytes: Buffer): Promise<SeedFile> {
  const path = join(await mkdtemp(join(tmpdir(), 'seed-encoding-')), name)
  await writeFile(path, bytes)
  const format = name.endsWith('.csv') ? 'csv' : name.endsWith('.json') ? 'json' : 'ndjson'
  return { path, container: 'products', format }
}

async function readAll(file: SeedFile): Promise<SeedDocument[]> {
  const documents: SeedDocument[] = []
  for await (const document of readDocuments(file)) documents.push(document)
  return documents
}

/** Text as a Windows-1252 export writes it: é is the single byte 0xE9. */
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1')

describe('seed files that are not UTF-8', () => {
  it.each([
    ['products.json', '[\n{"id":"p-1"},\n{"id":"p-2","name":"Café"}\n]\n', 3, 39],
    ['products.ndjson', '{"id":"p-1"}\n{"id":"p-2","name":"Café"}\n', 2, 36],
    ['products.csv', 'id,name\np-1,Tea\np-2,Café\n', 3, 23]
  ])(
    '%s in Windows-1252 is refused at the line and byte offset of the é',
    async (name, text, line, offset) => {
      const file = await seedFile(name, latin1(text))
      const error = await readAll(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ActionError)
      expect((error as ActionError).location).toEqual({ file: file.path, line })
      expect((error as Error).message).toBe(
        `${file.path}:${line}: byte 0xE9 ("é" in Windows-1252) at byte offset ${offset} is not UTF-8, and seed files are read as UTF-8. The file looks like Windows-1252/Latin-1: convert it with \`iconv -f WINDOWS-1252 -t UTF-8\` (or save it as UTF-8 from the tool that exported it). Nothing was written.`
      )
    }
  )

  it('counts the byte order mark in the offset', async () => {
    const file = await seedFile(
      'products.ndjson',
      Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), latin1('{"id":"\u0080"}\n')])
    )
    await expect(readAll(file)).rejects.toThrow(
      /:1: byte 0x80 \("€" in Windows-1252\) at byte offset 10 is not UTF-8/
    )
  })

  it('names UTF-16 for a file that starts with its byte order mark', async () => {
    const file = await seedFile(
      'products.json',
      Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from('[{"id":"a"}]', 'utf16le')])
    )
    await expect(readAll(file)).rejects.toThrow(
      ':1: byte 0xFF at byte offset 0 is not UTF-8, and seed files are read as UTF-8. The file looks like UTF-16: convert it with `iconv -f UTF-16 -t UTF-8`'
    )
  })

  it('refuses a file that ends inside a character', async () => {
    const bytes = Buffer.from('{"id":"a"}\n{"id":"日"}', 'utf8')
    const file = await seedFile('products.ndjson', bytes.subarray(0, bytes.length - 3))
    await expect(readAll(file)).rejects.toThrow(/:2: byte 0xE6 .* at byte offset 18 is not UTF-8/)
  })

  it('reads a real U+FFFD, and a byte order mark at the start, in every format', async () => {
    const bom = Buffer.of(0xef, 0xbb, 0xbf)
    for (const [name, text] of [
      ['products.json', '[{"id":"a","note":"\uFFFD"}]'],
      ['products.ndjson', '{"id":"a","note":"\uFFFD"}\n'],
      ['products.csv', 'id,note\na,\uFFFD\n']
    ] as const) {
      const file = await seedFile(name, Buffer.concat([bom, Buffer.from(text, 'utf8')]))
      expect((await readAll(file)).map((d) => d.body)).toEqual([{ id: 'a', note: '\uFFFD' }])
    }
  })
})
