import { describe, expect, it } from '@jest/globals'
import { isTransientCosmosError, retryTransient } from '../../src/cosmos/transient.js'

const noSleep = async (): Promise<void> => undefined

describe('retryTransient', () => {
  it('retries transient failures and returns the first success', async () => {
    let calls = 0
    const result = await retryTransient(
      async () => {
        calls++
        if (calls < 3) throw Object.assign(new Error('busy'), { code: 429, retryAfterInMs: 1 })
        return 'done'
      },
      { sleep: noSleep, retries: 5, baseMs: 1 }
    )
    expect([result, calls]).toEqual(['done', 3])
  })

  it('says how long a transient failure went on, keeping its status', async () => {
    let calls = 0
    const failure = retryTransient(
      async () => {
        calls++
        throw Object.assign(new Error('Service Unavailable'), { code: 503, substatus: 0 })
      },
      { sleep: noSleep, retries: 2, baseMs: 1 }
    )
    await expect(failure).rejects.toMatchObject({
      message: 'Service Unavailable (still failing after 3 attempts)',
      code: 503,
      substatus: 0
    })
    expect(calls).toBe(3)
  })

  it('throws anything else at once, as it is', async () => {
    const refused = Object.assign(new Error('Forbidden'), { code: 403 })
    let calls = 0
    await expect(
      retryTransient(
        async () => {
          calls++
          throw refused
        },
        { sleep: noSleep, retries: 5, baseMs: 1 }
      )
    ).rejects.toBe(refused)
    expect(calls).toBe(1)
  })
})

describe('isTransientCosmosError', () => {
  it.each([
    ['a 429', { code: 429 }],
    ['a 408', { code: 408 }],
    ['a 449', { code: 449 }],
    ['a 503', { code: 503 }],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a socket hung up', new Error('socket hang up')],
    [
      'the SDK request timeout',
      Object.assign(new Error('Timeout Error'), { code: 'TimeoutError' })
    ],
    ['a 410 for a range that split', { code: 410, substatus: 1002 }],
    ['a 410 for a range completing a split', { code: 410, substatus: 1007 }],
    ['a 410 for a range completing a migration', { code: 410, substatus: 1008 }],
    ['a 410 for a stale name cache', { code: 410, substatus: 1000 }]
  ])('takes %s for a passing fault', (_name, error) => {
    expect(isTransientCosmosError(error)).toBe(true)
  })

  it.each([
    ['a 400', { code: 400 }],
    ['a 403', { code: 403 }],
    ['a 404', { code: 404 }],
    ['a 409', { code: 409 }],
    ['a 412', { code: 412 }],
    ['a 410 without a sub-status', { code: 410 }],
    ['a 410 for a lease not found', { code: 410, substatus: 1022 }],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")]
  ])('takes %s for a lasting one', (_name, error) => {
    expect(isTransientCosmosError(error)).toBe(false)
  })
})
