/** The YAML reader every user file goes through: line numbers kept, problems located. */
import { describe, expect, it } from '@jest/globals'
import { isMap } from 'yaml'
import { ActionError } from '../../src/errors.js'
import { firstMergeKey, parseYamlFile } from '../../src/yaml/index.js'

function failure(work: () => unknown): ActionError {
  try {
    work()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('parseYamlFile', () => {
  it.each([
    ['a: 1\nb: [\n', 'YAML', 3, 'f.yml:3: not valid YAML: '],
    ['a: 1\na: 2\n', 'YAML', 2, 'f.yml:2: not valid YAML: Map keys must be unique'],
    ['{"a": 1,\n "b" 2}', 'JSON', 2, 'f.yml:2: not valid JSON: ']
  ])('refuses %j (read as %s) on line %d', (text, what, line, says) => {
    const error = failure(() => parseYamlFile('f.yml', text, what))
    expect(error.message.startsWith(says)).toBe(true)
    expect(error.location).toEqual({ file: 'f.yml', line })
  })

  it('gives the line of a node, and fails on it or on a line', () => {
    const file = parseYamlFile('f.yml', 'checks:\n  - name: a\n    container: b\n')
    const root = file.document.contents
    if (!isMap(root)) throw new Error('expected a map')
    const list = root.get('checks', true)
    expect(file.lineOf(list as never)).toBe(2)
    expect(file.lineOf(undefined)).toBe(1)
    expect(failure(() => file.fail(list as never, 'wrong')).message).toBe('f.yml:2: wrong')
    expect(failure(() => file.fail(7, 'wrong')).location).toEqual({ file: 'f.yml', line: 7 })
  })
})

describe('firstMergeKey', () => {
  it.each([
    ['a: &a { x: 1 }\nb:\n  <<: *a\n  y: 2\n', 3],
    ['a: &a { x: 1 }\nb: [{ y: 2 }, { <<: *a }]\n', 2],
    ["a: &a { x: 1 }\nb: { '<<': *a }\n", undefined],
    ['a: { "<<": 1 }\nb: <<\n', undefined]
  ])('in %j is on line %s', (text, line) => {
    const file = parseYamlFile('f.yml', text)
    const key = firstMergeKey(file.document)
    expect(key === undefined ? undefined : file.lineOf(key)).toBe(line)
  })
})
