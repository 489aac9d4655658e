/**
 * The seed formats registry (src/seed/formats/): discovery accepts exactly the extensions the
 * registry declares, and the messages that list extensions are built from it, so a new format
 * is one file in formats/.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import {
  SEED_FORMATS,
  extensionsInWords,
  formatOfExtension,
  formatsWithColumnsInWords,
  seedExtensions,
  type SeedFormat
} from '../../src/seed/formats/index.js'
import { discoverSeedFiles, readDocuments } from '../../src/seed/index.js'

async function directoryWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-formats-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

/** A format as a new file in formats/ would declare it. */
const yaml: SeedFormat = {
  name: 'yaml',
  extensions: ['yaml', 'yml'],
  label: 'YAML',
  hasColumns: true,
  read: async function* () {}
}

describe('the seed formats registry', () => {
  it('declares each extension once', () => {
    expect(new Set(seedExtensions()).size).toBe(seedExtensions().length)
    for (const format of SEED_FORMATS)
      for (const extension of format.extensions)
        expect(formatOfExtension(extension.toUpperCase())).toBe(format)
  })

  it('discovery accepts exactly the extensions of the registry, as their formats', async () => {
    const names = [...seedExtensions().map((extension, i) => `c${i}.${extension}`), 'x.txt']
    const dir = await directoryWith(Object.fromEntries(names.map((name) => [name, ''])))
    const files = await discoverSeedFiles(dir)
    expect(files.map((file) => extname(file.path).slice(1))).toEqual(seedExtensions())
    expect(files.map((file) => file.format)).toEqual(
      seedExtensions().map((extension) => formatOfExtension(extension)?.name)
    )
  })

  it('a glob accepts the same extensions', async () => {
    const names = seedExtensions().map((extension, i) => `c${i}.${extension}`)
    const dir = await directoryWith(Object.fromEntries(names.map((name) => [name, ''])))
    const files = await discoverSeedFiles(join(dir, '*'))
    expect(files.map((file) => extname(file.path).slice(1))).toEqual(seedExtensions())
  })

  it('lists extensions in messages from the registry, in its order', async () => {
    expect(extensionsInWords()).toBe('.json, .ndjson, .jsonl or .csv')
    expect(extensionsInWords({ eachFormatOnce: true })).toBe('.json, .ndjson or .csv')
    expect(formatsWithColumnsInWords()).toBe('CSV')
    const formats = [...SEED_FORMATS, yaml]
    expect(extensionsInWords({}, formats)).toBe('.json, .ndjson, .jsonl, .csv, .yaml or .yml')
    expect(extensionsInWords({ eachFormatOnce: true }, formats)).toBe(
      '.json, .ndjson, .csv or .yaml'
    )
    expect(formatsWithColumnsInWords(formats)).toBe('CSV or YAML')

    const empty = await directoryWith({ 'notes.txt': '' })
    await expect(discoverSeedFiles(empty)).rejects.toThrow(
      `it holds no <container>${extensionsInWords()} file.`
    )
    await expect(discoverSeedFiles(join(empty, 'missing'))).rejects.toThrow(
      `a directory of <container>${extensionsInWords({ eachFormatOnce: true })} files`
    )
    await expect(discoverSeedFiles(join(empty, '*.txt'))).rejects.toThrow(
      `it matches no <container>${extensionsInWords()} file.`
    )
    const manifest = await directoryWith({
      'seed.yml': 'files:\n  - file: a.txt\n    container: c\n',
      'a.txt': ''
    })
    await expect(discoverSeedFiles(manifest)).rejects.toThrow(
      `'a.txt' is not ${extensionsInWords()}.`
    )
  })

  it('reads each file with its format from the registry', async () => {
    const dir = await directoryWith({ 'c.json': '[{"id":"a"}]' })
    const read: unknown[] = []
    for await (const document of readDocuments({
      path: join(dir, 'c.json'),
      container: 'c',
      format: 'json'
    }))
      read.push(document.body)
    expect(read).toEqual([{ id: 'a' }])
  })
})
