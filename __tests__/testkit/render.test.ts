import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../testkit/render.js'
import { displayWidth, stylesFor } from '../../testkit/terminal/style.js'

const summary = [
  '## Cosmos DB: ❌ failed at login',
  '',
  '```text',
  'Microsoft Entra ID refused the token exchange (AADSTS700213) for client 11111111-2222-3333-4444-555555555555 in tenant 66666666-7777-8888-9999-000000000000.',
  'az cosmosdb sql role assignment create --account-name acct --resource-group rg --scope "/dbs/app" --principal-id 11111111-2222-3333-4444-555555555555',
  '```',
  '',
  '| step | status | result | time | request charge |',
  '| --- | --- | --- | --- | --- |',
  `| login | ❌ failed | ${'a long explanation of what went wrong '.repeat(4)}| 10.0 s | - |`,
  '| **total** | | | 10.0 s | 0 RU |',
  '',
  '### Identity',
  '',
  '| | |',
  '| --- | --- |',
  '| Subject | `repo:o/r:environment:production` |',
  '| Value | <code>a`b</code><br>second line |',
  ''
].join('\n')

describe('renderMarkdown', () => {
  it.each([80, 100])('fits %s columns', (width) => {
    const lines = renderMarkdown(summary, { width }).split('\n')
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(width)
  })

  it('is plain text unless given colour', () => {
    expect(renderMarkdown(summary)).not.toContain('\u001b')
    expect(renderMarkdown(summary, { styles: stylesFor(true) })).toContain('\u001b[1m')
  })

  it('keeps a folded command pasteable and drops Markdown and HTML syntax', () => {
    const text = renderMarkdown(summary, { width: 80 })
    expect(text).toMatch(/az cosmosdb sql role assignment create .* \\\n/)
    expect(text).toContain('Cosmos DB: ❌ failed at login\n═══')
    expect(text).toContain('│ total ')
    expect(text).toContain('│ a`b ')
    expect(text).toContain('│ second line ')
    expect(text).not.toMatch(/\*\*|<code>|<br>|```/)
  })
})
