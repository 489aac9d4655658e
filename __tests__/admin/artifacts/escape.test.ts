/**
 * The escaping each artifact language needs, value by value: quotes, `$`, `"`, `\`, newlines and
 * interpolation openers (`${`, and `%{` in HCL). Shell words and YAML scalars are also read back
 * with a real shell and a real YAML parser, to show they mean the value they were made from.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { parse as parseYaml } from 'yaml'
import { bicepString } from '../../../src/admin/artifacts/escape/bicep.js'
import { hclString } from '../../../src/admin/artifacts/escape/hcl.js'
import { resourceIdentifier } from '../../../src/admin/artifacts/escape/identifier.js'
import { shellQuote } from '../../../src/admin/artifacts/escape/shell.js'
import { yamlList, yamlSingleQuoted } from '../../../src/admin/artifacts/escape/yaml.js'

describe('shellQuote', () => {
  it.each([
    ['main', 'main'],
    ['refs/heads/release-1.2', 'refs/heads/release-1.2'],
    ['', "''"],
    ["it's", `'it'\\''s'`],
    ['$HOME', "'$HOME'"],
    ['say "hi"', `'say "hi"'`],
    ['a\\b', "'a\\b'"],
    ['a\nb', "'a\nb'"],
    ['${x}', "'${x}'"],
    ['a b', "'a b'"]
  ])('%j → %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted)
  })

  it.each([["it's"], ['$HOME'], ['say "hi"'], ['a\\b'], ['a\nb'], ['${x}'], ['`id`'], ['']])(
    'a shell reads %j back as it was',
    (value) => {
      const echoed = spawnSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })
      expect(echoed.stdout).toBe(value)
    }
  )
})

describe('bicepString', () => {
  it.each([
    ['main', "'main'"],
    ["it's", "'it\\'s'"],
    ['$HOME', "'$HOME'"],
    ['say "hi"', `'say "hi"'`],
    ['a\\b', "'a\\\\b'"],
    ['${x}', "'\\${x}'"],
    ['\\${x}', "'\\\\\\${x}'"]
  ])('%j → %s', (value, literal) => {
    expect(bicepString(value)).toBe(literal)
  })
})

describe('hclString', () => {
  it.each([
    ['main', '"main"'],
    ["it's", `"it's"`],
    ['$HOME', '"$HOME"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['${x}', '"$${x}"'],
    ['%{x}', '"%%{x}"'],
    [
      "claims['sub'] eq 'repo:o/r:ref:refs/heads/*'",
      `"claims['sub'] eq 'repo:o/r:ref:refs/heads/*'"`
    ]
  ])('%j → %s', (value, literal) => {
    expect(hclString(value)).toBe(literal)
  })
})

describe('yamlSingleQuoted', () => {
  it.each([
    ['main', "'main'"],
    ["it's", "'it''s'"],
    ['$HOME', "'$HOME'"],
    ['say "hi"', `'say "hi"'`],
    ['a\\b', "'a\\b'"],
    ['${{ x }}', "'${{ x }}'"],
    ['#1: yes', "'#1: yes'"]
  ])('%j → %s, which YAML reads back as it was', (value, scalar) => {
    expect(yamlSingleQuoted(value)).toBe(scalar)
    expect(parseYaml(`key: ${scalar}`)).toEqual({ key: value })
  })

  it('lists values as a flow sequence', () => {
    expect(yamlList(['main', "it's"])).toBe("['main', 'it''s']")
    expect(parseYaml(`key: ${yamlList(['main', "it's"])}`)).toEqual({ key: ['main', "it's"] })
  })
})

describe('resourceIdentifier', () => {
  it.each([
    ['branch-main', 'branch_main'],
    ['env.production', 'env_production'],
    ['1-tag', '_1_tag'],
    ['_ok', '_ok']
  ])('%j → %s', (name, identifier) => {
    expect(resourceIdentifier(name)).toBe(identifier)
  })
})
