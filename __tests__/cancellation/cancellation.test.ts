import { describe, expect, it } from '@jest/globals'
import {
  CancelledError,
  cancelOnSignals,
  cancellableSleep,
  neverCancelled
} from '../../src/cancellation/index.js'

/** A process whose signals the test sends, and whose exit it waits for. */
function fakeProcess(graceMs = 60_000) {
  const listeners = new Map<string, () => void>()
  const log: string[] = []
  let exited: (code: number) => void = () => undefined
  const exit = new Promise<number>((resolve) => (exited = resolve))
  const cancellation = cancelOnSignals({
    on: (signal, listener) => void listeners.set(signal, listener),
    log: (message) => void log.push(message),
    exit: (code) => exited(code),
    graceMs
  })
  const send = (signal: 'SIGINT' | 'SIGTERM'): void => listeners.get(signal)?.()
  return { cancellation, send, log, exit }
}

describe('cancelOnSignals', () => {
  it('does nothing until a signal, then stops new work with a CancelledError naming it', () => {
    const job = fakeProcess()
    expect(() => job.cancellation.throwIfCancelled()).not.toThrow()
    job.send('SIGINT')
    expect(job.cancellation.signal.aborted).toBe(true)
    expect(() => job.cancellation.throwIfCancelled()).toThrow(CancelledError)
    expect(() => job.cancellation.throwIfCancelled()).toThrow(
      'Cancelled (SIGINT): stopped before starting more work.'
    )
    expect(job.log.join('\n')).toMatch(/SIGINT: the job is cancelled/)
  })

  it('abandons at the second signal: runs the clean-ups last registered first, then exits 1', async () => {
    const job = fakeProcess()
    const order: string[] = []
    job.cancellation.onAbandon(async () => void order.push('release the lock'))
    job.cancellation.onAbandon(async () => void order.push('record the interruption'))
    const forgotten = job.cancellation.onAbandon(async () => void order.push('never'))
    forgotten()
    job.send('SIGINT')
    expect(order).toEqual([])
    job.send('SIGTERM')
    expect(await job.exit).toBe(1)
    expect(order).toEqual(['record the interruption', 'release the lock'])
    expect(job.log.join('\n')).toMatch(/SIGTERM after cancellation: abandoning/)
  })

  it('abandons after the grace when no second signal comes', async () => {
    const job = fakeProcess(10)
    let cleaned = false
    job.cancellation.onAbandon(async () => void (cleaned = true))
    job.send('SIGTERM')
    expect(await job.exit).toBe(1)
    expect(cleaned).toBe(true)
    expect(job.log.join('\n')).toMatch(/Still running 0.01 s after SIGTERM/)
  })

  it('logs a clean-up that fails or hangs, and goes on with the others and the exit', async () => {
    const job = fakeProcess()
    let last = false
    job.cancellation.onAbandon(async () => void (last = true))
    job.cancellation.onAbandon(() => new Promise<void>(() => undefined))
    job.cancellation.onAbandon(() => Promise.reject(new Error('the service said no')))
    job.send('SIGINT')
    job.send('SIGINT')
    expect(await job.exit).toBe(1)
    expect(last).toBe(true)
    expect(job.log.join('\n')).toMatch(/A clean-up failed: the service said no/)
    expect(job.log.join('\n')).toMatch(/did not finish within 1500 ms; left to the post step/)
  })
})

describe('cancellableSleep', () => {
  it('sleeps as asked until the job is cancelled, then throws the CancelledError at once', async () => {
    const job = fakeProcess()
    let slept = 0
    const never = () => new Promise<void>(() => undefined)
    await cancellableSleep(job.cancellation, async (ms) => void (slept += ms))(5)
    expect(slept).toBe(5)
    const waiting = cancellableSleep(job.cancellation, never)(60_000)
    job.send('SIGINT')
    await expect(waiting).rejects.toThrow(CancelledError)
    await expect(cancellableSleep(job.cancellation, never)(1)).rejects.toThrow(CancelledError)
  })

  it('never ends early for a run nobody can cancel', async () => {
    const cancellation = neverCancelled()
    await cancellableSleep(cancellation, async () => undefined)(1)
    expect(cancellation.signal.aborted).toBe(false)
    expect(() => cancellation.throwIfCancelled()).not.toThrow()
  })
})
