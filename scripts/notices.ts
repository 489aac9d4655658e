/**
 * Writes the third-party notices of one ncc build: `tsx scripts/notices.ts STATS OUT`, where
 * STATS is the webpack stats that `ncc build --stats-out` wrote and OUT the notices file.
 *
 * ncc's own `--license` writes one file per chunk, and the last chunk's wins: with the lazily
 * loaded steps split into chunks, dist/licenses.txt named 1 of the 64 bundled packages. The stats
 * list every module of every chunk, so the notices here cover the whole build. A bundled package
 * without a license text fails the build, unless NO_LICENSE_FILE says where its license is
 * stated.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

interface BundledPackage {
  readonly name: string
  readonly version: string
  readonly license: string
  readonly text: string
}

interface StatsModule {
  readonly nameForCondition?: string
}

/** The texts a package ships its license and notices in: LICENSE, LICENCE.md, NOTICE, COPYING. */
const LICENSE_FILE = /^(licen[sc]e|notice|copying)([.-].*)?$/iu

/**
 * Packages that ship no license text, with what states their license and who holds its
 * copyright. semaphore 1.1.0: "License: MIT" at the end of its README and `"license": "MIT"` in
 * its bower.json, whose `authors` names the holder; its repository (abrkn/semaphore.js) has no
 * LICENSE file either. priorityqueuejs 2.0.0: `"license": "MIT"` and `author` in its
 * package.json, "Licence: MIT" in its README.
 */
const NO_LICENSE_FILE: Readonly<Record<string, { license: string; text: string }>> = {
  semaphore: {
    license: 'MIT',
    text: mitText('Andreas Brekken', 'its README ("License: MIT") and its bower.json')
  },
  priorityqueuejs: {
    license: 'MIT',
    text: mitText('Jano González', 'its package.json and its README ("Licence: MIT")')
  }
}

/** The MIT license's text for a package that states MIT but ships no text of it. */
function mitText(holder: string, where: string): string {
  return [
    `The package ships no license file; ${where} state the MIT license, whose text follows.`,
    '',
    `Copyright (c) ${holder}`,
    '',
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
    '',
    'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
    '',
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.'
  ].join('\n')
}

/** The folder of the package a bundled file belongs to: its innermost node_modules entry. */
function packageRoot(file: string): string | undefined {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//u.exec(file)
  return match?.[1]
}

/** Every package folder with a module in the build, from its webpack stats. */
async function bundledRoots(statsPath: string): Promise<Set<string>> {
  const stats = JSON.parse(await readFile(statsPath, 'utf8')) as { modules?: StatsModule[] }
  const roots = new Set<string>()
  const visit = (modules: readonly (StatsModule & { modules?: StatsModule[] })[]): void => {
    for (const module of modules) {
      const root = module.nameForCondition && packageRoot(module.nameForCondition)
      if (root) roots.add(root)
      if (module.modules) visit(module.modules)
    }
  }
  visit(stats.modules ?? [])
  return roots
}

async function describe(root: string): Promise<BundledPackage> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    name: string
    version: string
    license?: string
  }
  const files = (await readdir(root)).filter((file) => LICENSE_FILE.test(file)).sort()
  const texts = await Promise.all(files.map((file) => readFile(join(root, file), 'utf8')))
  const fallback = NO_LICENSE_FILE[manifest.name]
  const text = texts.map((part) => part.trim()).join('\n\n') || fallback?.text
  const license = manifest.license ?? fallback?.license
  if (!text || !license) {
    throw new Error(
      `${manifest.name}@${manifest.version} (${root}) is bundled but ships no license text or license field: find where its license is stated and add it to NO_LICENSE_FILE in scripts/notices.ts.`
    )
  }
  return { name: manifest.name, version: manifest.version, license, text }
}

function render(packages: readonly BundledPackage[]): string {
  const entries = packages.map(
    ({ name, version, license, text }) => `${name}@${version}\nLicense: ${license}\n\n${text}\n`
  )
  return [
    `Third-party software bundled in this folder's JavaScript files: ${packages.length} packages.`,
    '',
    ...entries.flatMap((entry) => ['-'.repeat(72), '', entry])
  ].join('\n')
}

const [statsPath, out] = process.argv.slice(2)
if (!statsPath || !out) throw new Error('usage: tsx scripts/notices.ts STATS OUT')
const packages = await Promise.all([...(await bundledRoots(statsPath))].map(describe))
const unique = new Map(packages.map((entry) => [`${entry.name}@${entry.version}`, entry]))
const sorted = [...unique.values()].sort((a, b) =>
  a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name)
)
await writeFile(out, render(sorted))
console.log(`${out}: ${sorted.length} packages`)
