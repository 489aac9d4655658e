import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../testkit/runner.js'
import { showRun, withoutSections } from '../../testkit/show-run.js'
import { displayWidth, stylesFor } from '../../testkit/terminal/style.js'

const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ'

/** A failed run as runAction returns it, with the runner's raw protocol in its stdout. */
function failedRun(): ActionRun {
  const log = [
    '::group::Log in to Cosmos DB',
    `::debug::AuthenticationRequiredError: invalid_request ${'at frame (file.js:1:2) '.repeat(30)}`,
    'GitHub OIDC token claims presented to Microsoft Entra ID:',
    `::error::cosmos-oidc-action: Microsoft Entra ID refused the token exchange (AADSTS700213) for client 11111111-2222-3333-4444-555555555555.%0AEntra said: ${'no matching federated identity record '.repeat(5)}%0AFix: add a credential`,
    `used ${token} once`
  ].join('\n')
  const summary = [
    '## Cosmos DB: ❌ failed at login',
    '',
    '| step | status | result | time | request charge |',
    '| --- | --- | --- | --- | --- |',
    `| login | ❌ failed | ${'Microsoft Entra ID refused the token exchange '.repeat(3)}| 10.0 s | - |`,
    '',
    '### Identity',
    '',
    '| | |',
    '| --- | --- |',
    '| Subject | repo:o/r:environment:production |',
    ''
  ].join('\n')
  return {
    exitCode: 1,
    stdout: `::add-mask::${token}\n${log}`,
    stderr: '',
    log,
    masked: [token],
    outputs: { skipped: 'false', roles: JSON.stringify([{ role: 'x'.repeat(150) }]) },
    outputFile: '',
    summary,
    errors: [],
    exported: {},
    envFile: '',
    state: {},
    post: undefined,
    signals: []
  }
}

describe('showRun', () => {
  const options = { width: 100, styles: stylesFor(false), verbose: false }

  it('reads as the run page does: fits the width, plain, commands decoded, debug hidden, masked', () => {
    const text = showRun(failedRun(), options).join('\n')
    const lines = text.split('\n')
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100)
    expect(text).not.toContain('\u001b')
    expect(text).not.toMatch(/::(debug|error|group|add-mask)/)
    expect(text).not.toContain('%0A')
    expect(text).not.toContain('AuthenticationRequiredError')
    expect(text).toContain('▸ Log in to Cosmos DB')
    expect(text).toContain('Error: cosmos-oidc-action: Microsoft Entra ID refused')
    expect(text).toContain('used *** once')
    expect(text).not.toContain(token)
    expect(text).toContain('Exit code 1.')
  })

  it('shows debug lines and the whole annotation when verbose', () => {
    const text = showRun(failedRun(), { ...options, verbose: true }).join('\n')
    expect(text).toContain('debug: AuthenticationRequiredError')
    expect(text).toContain('  Fix: add a credential')
  })

  it('fits 80 columns too', () => {
    const lines = showRun(failedRun(), { ...options, width: 80 })
      .join('\n')
      .split('\n')
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80)
  })

  it('leaves out the sections asked, and says so', () => {
    const text = showRun(failedRun(), { ...options, leaveOut: ['Identity'] }).join('\n')
    expect(text).not.toContain('repo:o/r:environment:production')
    expect(text).toContain('(sections left out: Identity; --verbose shows them)')
  })
})

describe('withoutSections', () => {
  it('drops sections by title, a title followed by more counting as the title', () => {
    const markdown = '## Top\n\nx\n\n### Identity\n\ny\n\n### Migrations (dry run)\n\nz\n'
    expect(withoutSections(markdown, ['Migrations', 'Database'])).toEqual({
      markdown: '## Top\n\nx\n\n### Identity\n\ny\n\n',
      left: ['Migrations (dry run)']
    })
  })
})
