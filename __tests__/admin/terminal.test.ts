import { describe, expect, it } from '@jest/globals'
import { Writable } from 'node:stream'
import { terminalConsole } from '../../src/admin/terminal.js'

/** A stream whose reader has gone, as standard output piped into `head` once head has exited. */
function closedPipe(written: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString())
      callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    }
  })
}

describe('terminalConsole', () => {
  it('stops writing to a closed pipe and carries on, instead of dying with EPIPE', async () => {
    const stdout: string[] = []
    const stderr: string[] = []
    const console = terminalConsole(
      closedPipe(stdout),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          stderr.push(chunk.toString())
          callback()
        }
      })
    )
    console.out('first')
    await new Promise((resolve) => setImmediate(resolve))
    console.out('second')
    console.err('still here')
    await new Promise((resolve) => setImmediate(resolve))
    expect(stdout).toEqual(['first\n'])
    expect(stderr).toEqual(['still here\n'])
  })
})
