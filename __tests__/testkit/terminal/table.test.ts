import { describe, expect, it } from '@jest/globals'
import { displayWidth, stylesFor } from '../../../testkit/terminal/style.js'
import { drawTable, fitColumns } from '../../../testkit/terminal/table.js'

const plain = stylesFor(false)

describe('fitColumns', () => {
  it.each([
    ['fits as it is', [5, 10, 20], 40, undefined, [5, 10, 20]],
    [
      'longest words first, then the nearest made whole',
      [20, 21, 11, 4],
      50,
      [20, 21, 5, 4],
      [20, 21, 5, 4]
    ],
    ['the widest column wraps', [6, 9, 120, 6], 60, [6, 9, 12, 6], [6, 9, 39, 6]],
    ['words cut when even they do not fit', [30, 30, 30], 30, [30, 30, 30], [10, 10, 10]]
  ])('%s', (_, natural, available, longestWord, widths) => {
    const fitted = fitColumns(natural, available, longestWord)
    expect(fitted).toEqual(widths)
    expect(fitted.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(available)
  })
})

describe('drawTable', () => {
  it('draws a short table with one rule under its header', () => {
    expect(drawTable(['step', 'status'], [['login', '✅ passed']], 80, plain)).toEqual([
      '┌───────┬───────────┐',
      '│ step  │ status    │',
      '├───────┼───────────┤',
      '│ login │ ✅ passed │',
      '└───────┴───────────┘'
    ])
  })

  it('fits a wide table to the width, wrapping cells and ruling between rows', () => {
    const long = 'Microsoft Entra ID refused the token exchange (AADSTS700213) for client '.repeat(
      3
    )
    const lines = drawTable(
      ['step', 'status', 'result', 'time'],
      [
        ['login', '❌ failed', long, '10.0 s'],
        ['total', '', '', '10.0 s']
      ],
      80,
      plain
    )
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80)
    expect(lines.filter((line) => line.startsWith('├'))).toHaveLength(2)
    expect(lines.join(' ').replace(/[│\s]+/g, ' ')).toContain('AADSTS700213')
  })

  it('leaves out an empty header row', () => {
    const lines = drawTable(['', ''], [['Subject', 'repo:o/r:environment:production']], 80, plain)
    expect(lines).toHaveLength(3)
  })
})
