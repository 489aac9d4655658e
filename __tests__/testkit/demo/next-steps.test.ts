import { describe, expect, it } from '@jest/globals'
import { nextSteps } from '../../../testkit/demo/next-steps.js'
import { displayWidth, stylesFor } from '../../../testkit/terminal/style.js'

describe('nextSteps', () => {
  it('points at the local cloud, the admin CLI’s setup and the docs, within the width', () => {
    const lines = nextSteps(80, stylesFor(false))
    const text = lines.join('\n')
    expect(text).toContain('npm run cloud')
    expect(text).toContain('npm run action -- --input seed=examples/seed')
    expect(text).toContain('npm run admin -- setup')
    expect(text).toContain('docs/admin.md')
    expect(text).toContain('README.md')
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80)
  })
})
