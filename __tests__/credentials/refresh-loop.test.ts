/** The token refresher's loop, with its clock, sleep and token service injected. */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { refreshTokenFile, type RefreshParameters } from '../../src/credentials/refresh-loop.js'

/** An unsigned JWT with the given lifetime: the loop reads only its timing. */
function token(n: number, lifetimeSeconds = 300): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none' })}.${part({ n, iat: 1000, exp: 1000 + lifetimeSeconds })}.sig`
}

/** A loop over a real directory, answering from `answers` in turn, recording its sleeps. */
async function loop(answers: Array<number | string>, options: { deadlineAfter?: number } = {}) {
  const directory = await mkdtemp(join(tmpdir(), 'refresh-'))
  const file = join(directory, 'federated-token')
  const sleeps: number[] = []
  let now = 0
  let calls = 0
  const parameters: RefreshParameters = {
    file,
    audience: 'api://AzureADTokenExchange',
    requestUrl: 'https://127.0.0.1:9/token?api-version=1',
    requestToken: 'request-token',
    deadline: options.deadlineAfter ?? Number.MAX_SAFE_INTEGER,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    fetch: (async () => {
      const answer = answers[calls++] ?? 'remove'
      if (answer === 'remove') {
        await rm(directory, { recursive: true })
        return new Response('{}', { status: 500 })
      }
      if (typeof answer === 'number') return new Response('{}', { status: answer })
      return new Response(JSON.stringify({ value: answer }), { status: 200 })
    }) as typeof fetch
  }
  const end = await refreshTokenFile(parameters)
  const written = await readFile(file, 'utf8').catch(() => undefined)
  return { end, sleeps, calls, written }
}

describe('refreshTokenFile', () => {
  it('writes each new token and waits a fifth of its lifetime, at most a minute', async () => {
    const seen = await loop([token(1, 10), token(2, 600), 'remove'])
    // The last answer removes the directory, as the post step does; the next round sees it.
    expect(seen.sleeps).toEqual([1000, 2000, 60_000, 60_000])
    expect(seen.end).toBe('file removed')
  })

  it('stops when the runner refuses its request token', async () => {
    const seen = await loop([token(1), 401])
    expect(seen.end).toBe('request token refused')
    expect(seen.written).toBe(token(1))
  })

  it('tries again after a fault, keeping the last good token', async () => {
    const seen = await loop([token(1), 503, 'not a JWT', token(3), 403])
    expect(seen.end).toBe('request token refused')
    expect(seen.written).toBe(token(3))
  })

  it('stops at the deadline without asking for more', async () => {
    const seen = await loop([token(1), token(2), token(3)], { deadlineAfter: 30_000 })
    expect(seen.end).toBe('deadline')
    expect(seen.calls).toBeLessThan(3)
  })
})
