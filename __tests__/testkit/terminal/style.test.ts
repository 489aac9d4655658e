import { describe, expect, it } from '@jest/globals'
import {
  displayWidth,
  outputWidth,
  stripAnsi,
  stylesFor,
  useColour
} from '../../../testkit/terminal/style.js'

describe('useColour', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false]
  ])('stream %j, env %j: %s', (stream, env, colour) => {
    expect(useColour(stream, env)).toBe(colour)
  })
})

describe('outputWidth', () => {
  it.each([
    [{ isTTY: false, columns: 200 }, 100],
    [{ isTTY: true, columns: 80 }, 80],
    [{ isTTY: true, columns: 240 }, 100],
    [{ isTTY: true, columns: 40 }, 60],
    [{ isTTY: true }, 100],
    [{ isTTY: true, columns: 0 }, 100]
  ])('%j: %s columns', (stream, width) => {
    expect(outputWidth(stream)).toBe(width)
  })
})

describe('stylesFor', () => {
  it('leaves text alone without colour', () => {
    const plain = stylesFor(false)
    expect([plain.bold('a'), plain.dim('b'), plain.red('c')]).toEqual(['a', 'b', 'c'])
  })

  it('wraps text in SGR codes with colour, which take no width', () => {
    const styled = stylesFor(true).red('failed')
    expect(styled).toBe('\u001b[31mfailed\u001b[39m')
    expect(stripAnsi(styled)).toBe('failed')
    expect(displayWidth(styled)).toBe(6)
  })
})

describe('displayWidth', () => {
  it.each([
    ['plain', 5],
    ['✅ passed', 9],
    ['❌ no', 5],
    ['🔍 dry run', 10],
    ['⏹️ cancelled', 12],
    ['✓ ok', 4],
    ['│ ─ …', 5]
  ])('%s: %s columns', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})
