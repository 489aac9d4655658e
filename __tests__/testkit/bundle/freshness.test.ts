import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { BUNDLES, fileTimes, staleness } from '../../../testkit/bundle/freshness.js'

const bundles = (mtimeMs: number | undefined) => BUNDLES.map((path) => ({ path, mtimeMs }))

describe('staleness', () => {
  it.each([
    ['every bundle newer than every source', [['src/a.ts', 100]], bundles(200), undefined],
    ['a bundle missing', [['src/a.ts', 100]], bundles(undefined), 'no dist/index.js yet'],
    [
      'one source newer',
      [
        ['src/a.ts', 300],
        ['src/b.ts', 100]
      ],
      bundles(200),
      'src/a.ts changed'
    ],
    [
      'several sources newer, the newest named',
      [
        ['src/a.ts', 300],
        ['package-lock.json', 400],
        ['src/b.ts', 250]
      ],
      bundles(200),
      'package-lock.json and 2 more changed'
    ],
    [
      'a source newer than the oldest bundle only',
      [['tsconfig.json', 150]],
      [
        { path: 'dist/index.js', mtimeMs: 100 },
        { path: 'dist/cli/index.js', mtimeMs: 200 }
      ],
      'tsconfig.json changed'
    ]
  ] as const)('%s', (_, sources, bundleTimes, reason) => {
    const times = sources.map(([path, mtimeMs]) => ({ path, mtimeMs }))
    expect(staleness(times, bundleTimes)).toBe(reason)
  })
})

describe('fileTimes', () => {
  let root: string
  const write = (path: string, seconds: number): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), '')
    utimesSync(join(root, path), seconds, seconds)
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'freshness-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('finds the bundles stale only once a source under src/ is written after them', () => {
    write('src/seed/formats/csv.ts', 1000)
    write('package-lock.json', 1000)
    write('tsconfig.json', 1000)
    for (const bundle of BUNDLES) write(bundle, 2000)
    const fresh = fileTimes(root)
    expect(fresh.sources.map((source) => source.path).sort()).toEqual([
      'package-lock.json',
      'src/seed/formats/csv.ts',
      'tsconfig.json'
    ])
    expect(staleness(fresh.sources, fresh.bundles)).toBeUndefined()

    write('src/seed/formats/csv.ts', 3000)
    const { sources, bundles: built } = fileTimes(root)
    expect(staleness(sources, built)).toBe('src/seed/formats/csv.ts changed')
  })

  it('finds a missing bundle', () => {
    write('src/index.ts', 1000)
    write('dist/index.js', 2000)
    const { sources, bundles: built } = fileTimes(root)
    expect(staleness(sources, built)).toBe('no dist/cli/index.js yet')
  })
})
