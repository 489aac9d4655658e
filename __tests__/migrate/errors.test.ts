/** A failed run's progress travels in a MigrationRunError that reads like the failure itself. */
import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { MigrationRunError } from '../../src/migrate/index.js'

const progress = { outcomes: [], applied: ['0001'] }

describe('MigrationRunError', () => {
  it.each([
    ['an explained failure', new ActionError('bad', { location: { file: 'f', line: 3 } })],
    ['an unexplained one', new Error('reset')],
    ['a value that is not an Error', { code: 503 }]
  ])('keeps the message, location and cause of %s', (_, failure) => {
    const error = new MigrationRunError(failure, progress)
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(failure instanceof Error ? failure.message : '{"code":503}')
    expect(error.location).toEqual(failure instanceof ActionError ? failure.location : undefined)
    expect(error.cause).toBe(failure)
    expect(error.applied).toEqual(['0001'])
    expect(error.name).toBe('MigrationRunError')
  })
})
