/** The bad-input corpus as a whole: big enough, and every case named once. */
import { describe, expect, it } from '@jest/globals'
import { ACTION_INPUTS } from './cases/action-inputs.js'
import { MIGRATIONS } from './cases/migration-files.js'
import { SEED_FILES } from './cases/seed-files.js'
import { SMOKE_FILES } from './cases/smoke-files.js'
import { TOKENS } from './cases/tokens.js'

describe('the corpus', () => {
  it('holds at least 40 cases, each named once', () => {
    const all = [...ACTION_INPUTS, ...SEED_FILES, ...MIGRATIONS, ...SMOKE_FILES, ...TOKENS]
    expect(all.length).toBeGreaterThanOrEqual(40)
    expect(new Set(all.map((bad) => bad.name)).size).toBe(all.length)
  })
})
