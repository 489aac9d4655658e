import { readFile } from 'node:fs/promises'
import { releaseOf, ReleaseError, sections } from '../../scripts/release/changelog.js'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Added

- Something new.

## [0.2.0] - 2027-01-15

### Fixed

- A bug.

## [0.2.0-rc.1] - 2027-01-10

- A candidate.

## [0.1.0] - Unreleased

- Not dated.

[0.2.0]: https://github.com/cosmos-oidc-action/cosmos-oidc-action/releases/tag/v0.2.0
`

describe('a release', () => {
  it("takes its notes from its version's CHANGELOG section, and moves the major tag", () => {
    expect(releaseOf('v0.2.0', '0.2.0', CHANGELOG)).toEqual({
      version: '0.2.0',
      tag: 'v0.2.0',
      major: 'v0',
      notes: '### Fixed\n\n- A bug.'
    })
  })

  it('of a pre-release leaves the major tag where it is', () => {
    expect(releaseOf('0.2.0-rc.1', '0.2.0-rc.1', CHANGELOG)).toMatchObject({
      tag: 'v0.2.0-rc.1',
      major: undefined,
      notes: '- A candidate.'
    })
  })

  it.each([
    ['0.2', '0.2', /not a semantic version/u],
    [
      '0.2.0',
      '0.1.0',
      /package\.json says version 0\.1\.0, not 0\.2\.0: run 'npm version 0\.2\.0/u
    ],
    ['0.3.0', '0.3.0', /CHANGELOG\.md has no '## \[0\.3\.0\] - YYYY-MM-DD' section/u],
    ['0.1.0', '0.1.0', /section for 0\.1\.0 has no release date .* it says 'Unreleased'/u]
  ])('of %s (package.json %s) is refused, saying what to fix', (version, pkg, message) => {
    expect(() => releaseOf(version, pkg, CHANGELOG)).toThrow(ReleaseError)
    expect(() => releaseOf(version, pkg, CHANGELOG)).toThrow(message)
  })
})

describe("this repository's CHANGELOG", () => {
  it("has an Unreleased section first, dated releases after it, and package.json's version", async () => {
    const found = sections(await readFile('CHANGELOG.md', 'utf8'))
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
    expect(found[0]?.version).toBe('Unreleased')
    for (const section of found.slice(1)) expect(section.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u)
    const unreleased = found[0]?.notes ?? ''
    // The version package.json names is released, or is the one the Unreleased notes will be.
    expect(found.some((s) => s.version === version) || unreleased.includes(version)).toBe(true)
  })
})
