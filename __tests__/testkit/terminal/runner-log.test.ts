import { describe, expect, it } from '@jest/globals'
import { parseCommand, readableLog } from '../../../testkit/terminal/runner-log.js'
import { stylesFor } from '../../../testkit/terminal/style.js'

const options = { width: 100, verbose: false, styles: stylesFor(false) }

describe('parseCommand', () => {
  it.each([
    ['plain text', undefined],
    ['::group::Log in', { name: 'group', properties: {}, message: 'Log in' }],
    [
      '::error::first%0Asecond%25 done',
      { name: 'error', properties: {}, message: 'first\nsecond% done' }
    ],
    [
      '::warning file=db/x.yaml,line=3,title=a%3Ab%2Cc::careful',
      {
        name: 'warning',
        properties: { file: 'db/x.yaml', line: '3', title: 'a:b,c' },
        message: 'careful'
      }
    ]
  ])('%s', (line, command) => {
    expect(parseCommand(line)).toEqual(command)
  })
})

describe('readableLog', () => {
  const stdout = [
    '::group::Log in to Cosmos DB',
    '::debug::ID token url is https://127.0.0.1/idtoken',
    'Logged in.',
    '::endgroup::',
    '::add-mask::secret',
    '::set-output name=x::1',
    '::error::cosmos-oidc-action: refused%0AEntra said: no%0AFix: add it',
    ''
  ].join('\n')

  it('shows groups as headings, restores annotations and hides the protocol', () => {
    expect(readableLog(stdout, options)).toEqual([
      '▸ Log in to Cosmos DB',
      '  Logged in.',
      'Error: cosmos-oidc-action: refused',
      '  Entra said: no',
      '  Fix: add it'
    ])
  })

  it('shows debug lines when verbose', () => {
    expect(readableLog(stdout, { ...options, verbose: true })).toContain(
      '  debug: ID token url is https://127.0.0.1/idtoken'
    )
  })

  it('gives an annotation’s first line only when its summary follows', () => {
    const lines = readableLog(stdout, { ...options, annotationsInFull: false })
    expect(lines.slice(-2)).toEqual([
      'Error: cosmos-oidc-action: refused',
      '  (2 more lines; --verbose shows them here)'
    ])
  })

  it('folds long lines to the width', () => {
    const lines = readableLog(`::group::G\n${'word '.repeat(40)}`, { ...options, width: 60 })
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60)
  })
})
