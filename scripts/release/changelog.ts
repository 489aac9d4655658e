/**
 * The release facts of a version, from CHANGELOG.md (Keep a Changelog: `## [0.2.0] - 2027-01-15`
 * headings over each version's notes) and package.json. A release needs its version in both,
 * with a date: the CHANGELOG's notes become the GitHub release's.
 */
export interface Release {
  readonly version: string
  /** The tag the release is cut at: `v0.2.0`. */
  readonly tag: string
  /** The moving major tag (`v0`), or undefined for a pre-release, which does not move it. */
  readonly major: string | undefined
  readonly notes: string
}

/** Semantic versions, with a pre-release part (`0.2.0-rc.1`) but no build metadata. */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/u
const HEADING = /^## \[([^\]]+)\](?: - (.+))?\s*$/u
const DATE = /^\d{4}-\d{2}-\d{2}$/u

export class ReleaseError extends Error {}

/** What releasing `requested` (`0.2.0` or `v0.2.0`) needs, or a ReleaseError saying what is missing. */
export function releaseOf(requested: string, packageVersion: string, changelog: string): Release {
  const version = requested.replace(/^v/u, '')
  const parts = VERSION.exec(version)
  if (!parts) {
    throw new ReleaseError(
      `'${requested}' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 0.2.0 or 0.2.0-rc.1).`
    )
  }
  if (packageVersion !== version) {
    throw new ReleaseError(
      `package.json says version ${packageVersion}, not ${version}: run 'npm version ${version} --no-git-tag-version' and commit.`
    )
  }
  const section = sections(changelog).find((each) => each.version === version)
  if (!section) {
    throw new ReleaseError(
      `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section: move the Unreleased notes under it.`
    )
  }
  if (!section.date || !DATE.test(section.date)) {
    throw new ReleaseError(
      `CHANGELOG.md's section for ${version} has no release date ('## [${version}] - YYYY-MM-DD'), it says '${section.date ?? ''}'.`
    )
  }
  if (!section.notes) throw new ReleaseError(`CHANGELOG.md's section for ${version} is empty.`)
  const prerelease = parts[4] !== undefined
  return {
    version,
    tag: `v${version}`,
    major: prerelease ? undefined : `v${parts[1]}`,
    notes: section.notes
  }
}

export interface ChangelogSection {
  /** `Unreleased` or a version. */
  readonly version: string
  readonly date: string | undefined
  readonly notes: string
}

/** The CHANGELOG's `## [...]` sections, in order, each with its notes (up to the next one). */
export function sections(changelog: string): ChangelogSection[] {
  const found: { version: string; date: string | undefined; lines: string[] }[] = []
  for (const line of changelog.split('\n')) {
    const heading = HEADING.exec(line)
    if (heading) found.push({ version: heading[1] ?? '', date: heading[2], lines: [] })
    // Link references (`[0.2.0]: https://...`) are the file's footer, not a version's notes.
    else if (!/^\[[^\]]+\]: /u.test(line)) found.at(-1)?.lines.push(line)
  }
  return found.map(({ version, date, lines }) => ({
    version,
    date,
    notes: lines.join('\n').trim()
  }))
}
