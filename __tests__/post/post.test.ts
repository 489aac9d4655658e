import { describe, expect, it } from '@jest/globals'
import { post } from '../../src/post.js'

/** The post step with the state the step kept, its log, and a lock release that answers `outcome`. */
function postStep(state: Record<string, string>, release: () => Promise<unknown>) {
  const log: string[] = []
  const released: string[] = []
  const run = post({
    getState: (name) => state[name] ?? '',
    log: {
      info: (message) => void log.push(`info: ${message}`),
      warning: (message) => void log.push(`warning: ${message}`)
    },
    releaseLock: async (holderId) => {
      released.push(holderId)
      return (await release()) as never
    }
  })
  return { run, log, released }
}

describe('post', () => {
  it('does nothing about the lock when the step released it (or never took it)', async () => {
    const step = postStep({ 'migration-lock': '' }, async () => 'released')
    await step.run
    expect(step.released).toEqual([])
    expect(step.log).toEqual([])
  })

  it.each([
    ['released', /^info: Released the migration lock the cancelled run still held/],
    ['not held', /^info: The migration lock the run held is gone already/],
    ['taken over', /^info: .*taken over by another run; left to it/]
  ])('releases a lock the run still held, and says so when %s', async (outcome, says) => {
    const step = postStep({ 'migration-lock': 'holder-1' }, async () => outcome)
    await step.run
    expect(step.released).toEqual(['holder-1'])
    expect(step.log).toEqual([expect.stringMatching(says)])
  })

  it('logs a release that fails and never fails itself', async () => {
    const step = postStep({ 'migration-lock': 'holder-1' }, () =>
      Promise.reject(new Error('Entra is down'))
    )
    await expect(step.run).resolves.toBeUndefined()
    expect(step.log).toEqual([
      expect.stringMatching(
        /^warning: Could not release the migration lock .*lock-lease.*Entra is down/
      )
    ])
  })
})
