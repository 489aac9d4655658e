import { describe, expect, it } from '@jest/globals'
import { fakeRuntime } from '../__fixtures__/runtime.js'
import { Redactor, redacting } from '../src/redact.js'

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJl'

describe('Redactor', () => {
  it.each([
    ['a JWT anywhere', `error: assertion=${JWT}; retry`, 'error: assertion=***; retry'],
    ['an unsigned JWT', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', '***'],
    [
      'a masked value',
      'the request token secret-request-token leaked',
      'the request token *** leaked'
    ],
    ['a longer secret containing a shorter one, whole', 'secret-request-token-2', '***'],
    ['ordinary text', 'eyJ is how JSON starts in base64', 'eyJ is how JSON starts in base64']
  ])('redacts %s', (_, text, expected) => {
    const redactor = new Redactor()
    redactor.add('secret-request-token')
    redactor.add('secret-request-token-2')
    redactor.add('short') // under eight characters: would blank ordinary words
    expect(redactor.redact(text)).toBe(expected)
  })
})

describe('redacting', () => {
  it('redacts log lines, outputs, the summary and the failure, but not the requested access token', async () => {
    const { runtime, seen } = fakeRuntime({ inputs: {} })
    const clean = redacting(runtime)
    clean.setSecret('masked-value-123')
    clean.log.info(`got ${JWT}`)
    clean.log.warning('masked-value-123 echoed')
    clean.setOutput('note', `x ${JWT}`)
    clean.setOutput('access-token', JWT)
    await clean.writeSummary(`| token | ${JWT} |`)
    clean.fail(`refused: masked-value-123`)
    expect(seen.secrets).toEqual(['masked-value-123'])
    expect(seen.log).toEqual(['info: got ***', 'warning: *** echoed'])
    expect(seen.outputs).toEqual([
      ['note', 'x ***'],
      ['access-token', JWT]
    ])
    expect(seen.summaries).toEqual(['| token | *** |'])
    expect(seen.failures).toEqual([{ message: 'refused: ***' }])
  })
})
