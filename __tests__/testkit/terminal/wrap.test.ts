import { describe, expect, it } from '@jest/globals'
import { wrapLine, wrapText } from '../../../testkit/terminal/wrap.js'

describe('wrapLine', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapLine('short line', 20)).toEqual(['short line'])
  })

  it('folds at spaces with a hanging indent under the line’s own indentation', () => {
    expect(wrapLine('  one two three four five six', 14)).toEqual([
      '  one two',
      '    three four',
      '    five six'
    ])
  })

  it('lets a word longer than a line overflow unless told to cut it', () => {
    const url = 'https://example.test/a/very/long/path'
    expect(wrapLine(`see ${url}`, 20)).toEqual(['see', `  ${url}`])
    const cut = wrapLine(`see ${url}`, 20, { breakLongWords: true })
    expect(cut.every((line) => line.length <= 20)).toBe(true)
    expect(cut.join('').replace(/ /g, '')).toBe(`see${url}`)
  })

  it('keeps a folded command one command with a continuation', () => {
    const lines = wrapLine('az role assignment create --scope /dbs/app --principal-id 1234', 32, {
      continuation: ' \\'
    })
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(0, -1).every((line) => line.endsWith(' \\'))).toBe(true)
    expect(lines.every((line) => line.length <= 32)).toBe(true)
  })

  it('counts escape codes as no width', () => {
    const red = (text: string): string => `\u001b[31m${text}\u001b[39m`
    expect(wrapLine(`${red('error')} text`, 10)).toEqual([`${red('error')} text`])
  })
})

describe('wrapText', () => {
  it('folds each line of a text', () => {
    expect(wrapText('aaa bbb\nccc ddd', 5, { hangingIndent: '' })).toEqual([
      'aaa',
      'bbb',
      'ccc',
      'ddd'
    ])
  })
})
