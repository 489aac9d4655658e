/**
 * `tsx scripts/release/check.ts VERSION NOTES_FILE`: checks that VERSION can be released (see
 * changelog.ts), writes its notes to NOTES_FILE, and gives the release workflow its facts as
 * step outputs (`version`, `tag`, `major`, `prerelease`). Exits 1 saying what to fix otherwise.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { releaseOf, ReleaseError } from './changelog.js'

const [requested, notesFile] = process.argv.slice(2)
if (!requested || !notesFile)
  throw new Error('usage: tsx scripts/release/check.ts VERSION NOTES_FILE')
try {
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
  const release = releaseOf(requested, version, await readFile('CHANGELOG.md', 'utf8'))
  await writeFile(notesFile, `${release.notes}\n`)
  const outputs = {
    version: release.version,
    tag: release.tag,
    major: release.major ?? '',
    prerelease: String(release.major === undefined)
  }
  const lines = Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`)
  if (process.env['GITHUB_OUTPUT']) await appendFile(process.env['GITHUB_OUTPUT'], lines.join(''))
  console.log(
    `${release.tag} can be released${release.major ? `; ${release.major} will follow it` : ' as a pre-release'}.`
  )
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error
  console.error(`::error title=Release ${requested}::${error.message}`)
  process.exitCode = 1
}
