import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureBuilt } from '../../../testkit/bundle/ensure-built.js'

/** A repository whose `npm run build` writes the three bundles, or fails when told to. */
function repository(build: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ensure-built-'))
  mkdirSync(join(root, 'src'))
  writeFileSync(join(root, 'src', 'index.ts'), '')
  utimesSync(join(root, 'src', 'index.ts'), 1000, 1000)
  writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { build } }))
  return root
}

const writeBundles =
  "node -e \"const fs=require('fs');for(const d of ['dist','dist/cli','dist/post'])" +
  "{fs.mkdirSync(d,{recursive:true});fs.writeFileSync(d+'/index.js','')}\""

describe('ensureBuilt', () => {
  let root: string
  let said: string[]
  const options = () => ({ root, verbose: false, say: (line: string) => said.push(line) })

  beforeEach(() => {
    said = []
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('says why it builds before building, then does nothing while nothing changed', async () => {
    root = repository(writeBundles)
    await expect(ensureBuilt(options())).resolves.toBe(true)
    expect(said[0]).toBe('Building the action (no dist/index.js yet)…')
    expect(said[1]).toMatch(/^Built in \d+ s\.$/)

    said = []
    await expect(ensureBuilt(options())).resolves.toBe(false)
    expect(said).toEqual([])

    writeFileSync(join(root, 'src', 'index.ts'), '// changed')
    await expect(ensureBuilt(options())).resolves.toBe(true)
    expect(said[0]).toBe('Building the action (src/index.ts changed)…')
  })

  it('fails with the build’s output', async () => {
    root = repository('node -e "console.error(\'TS2345: nope\'); process.exit(2)"')
    await expect(ensureBuilt(options())).rejects.toThrow(
      /npm run build failed \(exit code 2\)[\s\S]*TS2345: nope/
    )
  })
})
