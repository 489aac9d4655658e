/**
 * What the `seed` input may name (a directory, a glob, one file), what it says when it names
 * nothing, and symbolic links that would lead the action out of the workspace.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../../src/errors.js'
import { ProblemsError } from '../../src/problems.js'
import { discoverSeedFiles } from '../../src/seed/index.js'

/**
 * A workspace holding `db/` (with `files`), beside an `outside/` directory that holds
 * `secret.json` and `secrets/`: what a link must not reach.
 */
async function layout(files: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'seed-paths-'))
  const workspace = join(root, 'work')
  const db = join(workspace, 'db')
  const outside = join(root, 'outside')
  await mkdir(db, { recursive: true })
  await mkdir(join(outside, 'secrets'), { recursive: true })
  await writeFile(join(outside, 'secret.json'), '[{"id":"token"}]')
  await writeFile(join(outside, 'secrets', 'products.json'), '[{"id":"token"}]')
  for (const [name, text] of Object.entries(files)) await writeFile(join(db, name), text)
  return { workspace, db, outside }
}

describe('the seed input', () => {
  it('takes a single seed file', async () => {
    const { workspace, db } = await layout({ 'products.json': '[]', 'orders.csv': 'id\n' })
    const files = await discoverSeedFiles(join(db, 'products.json'), workspace)
    expect(files).toEqual([
      { path: join(db, 'products.json'), container: 'products', format: 'json' }
    ])
  })

  it('refuses a single file that is not a seed file, saying what it may name', async () => {
    const { workspace, db } = await layout({ 'notes.txt': '' })
    await expect(discoverSeedFiles(join(db, 'notes.txt'), workspace)).rejects.toThrow(
      `'seed' is '${join(db, 'notes.txt')}': it is not a <container>.json, .ndjson, .jsonl or .csv file. Give a directory of <container>.json, .ndjson or .csv files, one such file, or a glob.`
    )
  })

  it('says a missing directory does not exist, where it was looked for, and asks about the checkout', async () => {
    const { workspace } = await layout()
    const previous = process.cwd()
    process.chdir(workspace)
    try {
      await expect(discoverSeedFiles('db/seed', workspace)).rejects.toThrow(
        `'seed' is 'db/seed': it does not exist (looked for ${join(workspace, 'db', 'seed')}; the workspace is ${workspace}). Did actions/checkout run before this step?`
      )
    } finally {
      process.chdir(previous)
    }
  })
})

describe('symbolic links out of the workspace', () => {
  it('refuses a seed file that links outside, in a directory, naming the link and its target', async () => {
    const { workspace, db, outside } = await layout({ 'orders.json': '[]' })
    await symlink(join(outside, 'secret.json'), join(db, 'products.json'))
    await expect(discoverSeedFiles(db, workspace)).rejects.toThrow(
      `${join(db, 'products.json')}: it is a symbolic link to ${join(outside, 'secret.json')}, which leads outside the workspace (to ${join(outside, 'secret.json')}). Seed files are read from the workspace only`
    )
  })

  it('refuses one matched by a glob, and one named alone', async () => {
    const { workspace, db, outside } = await layout()
    await symlink(join(outside, 'secret.json'), join(db, 'products.json'))
    await expect(discoverSeedFiles(join(db, '*.json'), workspace)).rejects.toThrow(
      'is a symbolic link to'
    )
    await expect(discoverSeedFiles(join(db, 'products.json'), workspace)).rejects.toThrow(
      'is a symbolic link to'
    )
  })

  it('refuses a seed directory that is itself a link out of the workspace', async () => {
    const { workspace, outside } = await layout()
    await symlink(join(outside, 'secrets'), join(workspace, 'seed'))
    await expect(discoverSeedFiles(join(workspace, 'seed'), workspace)).rejects.toThrow(
      `${join(workspace, 'seed', 'products.json')}: ${join(workspace, 'seed')} is a symbolic link to ${join(outside, 'secrets')}`
    )
  })

  it('refuses a link through a manifest, though it stays in the seed directory', async () => {
    const { workspace, outside } = await layout()
    const seed = join(workspace, 'seed')
    await mkdir(seed)
    await writeFile(
      join(seed, 'seed.yml'),
      'files:\n  - file: data/products.json\n    container: products\n'
    )
    await symlink(join(outside, 'secrets'), join(workspace, 'data'))
    await symlink(join(workspace, 'data'), join(seed, 'data'))
    // seed/data → ../data → outside/secrets: the manifest's own check sees a path in the
    // directory's tree only when the link is inside it; the workspace check sees where it ends.
    await expect(discoverSeedFiles(seed, workspace)).rejects.toThrow(/symbolic link|leads outside/)
  })

  it('follows links that stay in the workspace, and reads a directory outside it that the input names', async () => {
    const { workspace, db, outside } = await layout({ 'real.json': '[]' })
    await symlink(join(db, 'real.json'), join(db, 'products.json'))
    expect((await discoverSeedFiles(db, workspace)).map((f) => f.container)).toEqual([
      'products',
      'real'
    ])
    expect((await discoverSeedFiles(join(outside, 'secrets'), workspace)).length).toBe(1)
  })

  it('names a link to nothing', async () => {
    const { workspace, db } = await layout()
    await symlink(join(db, 'gone.json'), join(db, 'products.json'))
    await expect(discoverSeedFiles(db, workspace)).rejects.toThrow(
      `it is a symbolic link to ${join(db, 'gone.json')}, which does not exist`
    )
  })
})

describe('every problem reported', () => {
  it('names every bad file name and every link out, together', async () => {
    const { workspace, db, outside } = await layout({ 'a#b.json': '[]', 'c?d.json': '[]' })
    await symlink(join(outside, 'secret.json'), join(db, 'products.json'))
    const names = await discoverSeedFiles(db, workspace).catch((e: unknown) => e)
    expect(names).toBeInstanceOf(ProblemsError)
    expect((names as ActionError).message).toMatch(
      /^3 problems, each to fix:\n {2}- .*'a#b'.*\n {2}- .*'c\?d'.*\n {2}- .*products\.json: it is a symbolic link/
    )
  })
})
