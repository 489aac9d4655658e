import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

/**
 * The npm scripts that run the test kit's commands: `npm run demo -- --verbose` must reach
 * demo.ts, and nothing may rebuild dist/ unconditionally (demo.ts builds only when stale).
 */
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
}

describe('package.json scripts', () => {
  it.each([
    ['demo', 'testkit/demo.ts'],
    ['cloud', 'testkit/cli.ts'],
    ['action', 'testkit/action.ts'],
    ['admin', 'dist/cli/index.js']
  ])('%s runs %s with Node 24, last, so arguments after -- reach it', (name, file) => {
    const script = scripts[name] ?? ''
    expect(script.startsWith('bash .ci/dev.sh ')).toBe(true)
    expect(script.endsWith(file)).toBe(true)
  })

  it('leaves building to demo.ts, which builds only when a source changed', () => {
    expect(scripts['demo']).not.toContain('npm run build')
    expect(scripts['demo:run']).not.toContain('npm run build')
  })
})
