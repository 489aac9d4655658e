import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Every package bundled into dist/ is named, with its license text, in the notices of the folder
 * it is bundled in. The bundled packages are read here from the webpack stats the build keeps
 * (scripts/build.sh), every module of every chunk, by their paths; the notices are the committed
 * files. ncc's own per-chunk notices named 1 of 64 packages: this is the check that would fail.
 */
const STATS = 'node_modules/.cache/cosmos-oidc-action/ncc-stats'
const BUILDS = [
  { name: 'action', folder: 'dist' },
  { name: 'cli', folder: 'dist/cli' },
  { name: 'post', folder: 'dist/post' }
]

interface StatsModule {
  name?: string
  modules?: StatsModule[]
}

/** The package a module's path (`./node_modules/@scope/name/...`) belongs to: the innermost. */
function packageOf(modulePath: string): string | undefined {
  const inner = modulePath.split('/node_modules/').slice(1).at(-1)
  if (!inner) return undefined
  const parts = inner.split('/')
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

async function bundledPackages(build: string): Promise<Set<string>> {
  const text = await readFile(join(STATS, `${build}.json`), 'utf8').catch(() => {
    throw new Error(`${STATS}/${build}.json is missing: run 'npm run build' first`)
  })
  const names = new Set<string>()
  const visit = (modules: StatsModule[] = []): void => {
    for (const module of modules) {
      // A concatenated module is named after its first part, "./node_modules/x/a.js + 12 modules".
      const name = module.name?.replace(/ \+ \d+ modules?$/u, '')
      const owner = name && packageOf(`/${name}`)
      if (owner) names.add(owner)
      visit(module.modules)
    }
  }
  visit((JSON.parse(text) as { modules?: StatsModule[] }).modules)
  return names
}

interface Notice {
  version: string
  license: string
  text: string
}

/** The notices file's entries by package name: `name@version`, `License: X`, then its text. */
function parseNotices(text: string): Map<string, Notice> {
  const entries = new Map<string, Notice>()
  for (const block of text.split(/^-{72}$/mu).slice(1)) {
    const match = /^\s*((?:@[^@\s/]+\/)?[^@\s]+)@(\S+)\nLicense: (.+)\n\n([\s\S]*)$/u.exec(block)
    if (!match) throw new Error(`a notice that does not parse: ${block.slice(0, 200)}`)
    const [, name, version, license, body] = match as unknown as [
      string,
      string,
      string,
      string,
      string
    ]
    entries.set(name, { version, license, text: body.trim() })
  }
  return entries
}

describe.each(BUILDS)('the notices of $folder', ({ name, folder }) => {
  let bundled: Set<string>
  let notices: Map<string, Notice>
  beforeAll(async () => {
    bundled = await bundledPackages(name)
    notices = parseNotices(await readFile(join(folder, 'licenses.txt'), 'utf8'))
  })

  it('name every bundled package, and only those', () => {
    expect(bundled.size).toBeGreaterThan(40)
    expect([...notices.keys()].sort()).toEqual([...bundled].sort())
  })

  it("give each package's license and its text, at the version installed", async () => {
    for (const [pkg, notice] of notices) {
      const manifest = JSON.parse(
        await readFile(join('node_modules', pkg, 'package.json'), 'utf8')
      ) as { version: string }
      // A package bundled in two versions has the other nested; the top one is named at least.
      if (notice.version !== manifest.version) continue
      expect({ pkg, license: notice.license }).toEqual({
        pkg,
        license: expect.stringMatching(/\S/u)
      })
      expect({ pkg, long: notice.text.length > 200 }).toEqual({ pkg, long: true })
    }
  })
})

describe('the action', () => {
  it('names what it is built on, the packages without a license file included', async () => {
    const notices = parseNotices(await readFile('dist/licenses.txt', 'utf8'))
    for (const pkg of [
      '@azure/identity',
      '@azure/cosmos',
      '@azure/msal-node',
      '@actions/core',
      'jose',
      'zod',
      'undici',
      'jsonwebtoken',
      'semver',
      'semaphore',
      'priorityqueuejs'
    ])
      expect({ pkg, named: notices.has(pkg) }).toEqual({ pkg, named: true })
    expect(notices.get('semaphore')?.text).toContain('Permission is hereby granted')
  })
})
