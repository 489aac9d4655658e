import { describe, expect, it } from '@jest/globals'
import { ThroughputGovernor } from '../../src/throughput/index.js'
import { SEND_SECONDS } from '../../src/throughput/governor.js'

/** A clock that only moves when the governor sleeps, or when the test says. */
function fakeClock() {
  const clock = {
    at: 0,
    slept: [] as number[],
    now: () => clock.at,
    sleep: (ms: number) => {
      clock.slept.push(ms)
      clock.at += ms
      return Promise.resolve()
    }
  }
  return clock
}

describe('ThroughputGovernor', () => {
  it('does not limit anything until a ceiling or a throttle sets a rate', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    for (let i = 0; i < 100; i++) await governor.admit(10_000)
    expect(clock.slept).toEqual([])
    expect(governor.limited).toBe(false)
    expect(governor.operationsPerSend()).toBe(Infinity)
  })

  it('keeps spending under a ceiling over any window', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 1000, ...clock })
    const sends: { at: number; ru: number }[] = []
    for (let i = 0; i < 200; i++) {
      await governor.admit(50)
      sends.push({ at: clock.at, ru: 50 })
      governor.settled(5, 50, 50)
    }
    // Any 5 s holds at most 5 s of the ceiling.
    for (const { at } of sends) {
      const spent = sends
        .filter((s) => s.at >= at && s.at < at + 5000)
        .reduce((a, s) => a + s.ru, 0)
      expect(spent).toBeLessThanOrEqual(5000)
    }
    // ... and the pace is close to it: 10,000 RU took about 10 s.
    expect(clock.at).toBeGreaterThan(9_500)
    expect(clock.at).toBeLessThan(11_000)
  })

  it('pays for what a send really cost, not its estimate', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 100, ...clock })
    await governor.admit(10)
    governor.settled(1, 100, 10) // cost ten times its estimate
    await governor.admit(10)
    // 110 RU at 95 RU/s: the second send waits over a second.
    expect(clock.at).toBeGreaterThan(1000)
  })

  it('gives back what a first guess over-priced, and nothing a calibrated estimate did', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    governor.expect(1000 / 0.98) // a container provisioned so that the pace is 1,000 RU/s
    expect(governor.calibrated).toBe(false)
    // Nothing known: priced at the guess of 10 RU an operation; 95 operations are 950 RU.
    const guess = await governor.admit(() => governor.estimate(95))
    expect(guess).toBe(950)
    governor.settled(95, 95, guess, true) // they cost 1 RU each
    expect(governor.calibrated).toBe(true)
    // The next send was not held back by the guess: 95 RU at 1,000 RU/s is 95 ms.
    await governor.admit(() => governor.estimate(95))
    expect(clock.at).toBeLessThanOrEqual(100)
    const before = clock.at
    // A calibrated estimate over what it cost gives nothing back (its 95 RU stay paid).
    governor.settled(95, 0, 95)
    await governor.admit(95)
    expect(clock.at - before).toBeGreaterThanOrEqual(100 - 50 - 1)
    // Without the give-back, the guess alone would have held the second send for a second.
    const unrefunded = fakeClock()
    const other = new ThroughputGovernor({ ceiling: 0, ...unrefunded })
    other.expect(1000 / 0.98)
    const guessed = await other.admit(() => other.estimate(95))
    other.settled(95, 95, guessed)
    await other.admit(() => other.estimate(95))
    expect(unrefunded.at).toBeGreaterThan(800)
  })

  it('gives nothing back for a first guess under a ceiling, which must hold over any 5 s', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 1000, ...clock })
    const guess = await governor.admit(() => governor.estimate(95))
    governor.settled(95, 95, guess, true)
    await governor.admit(() => governor.estimate(95))
    // 950 RU paid at 950 RU/s: the second send waited about a second (less the 50 ms burst).
    expect(clock.at).toBeGreaterThan(900)
  })

  it('pauses every sender once for a throttled batch, and learns the rate the service accepted', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    clock.at = 1000
    governor.settled(500, 4000) // 4,000 RU accepted over the first second
    // A batch of 300 throttled operations is one signal: one pause of its retry-after.
    governor.throttled(300, 250)
    governor.throttled(300, 250)
    expect(governor.limited).toBe(true)
    expect(governor.throttledOperations).toBe(600)
    await governor.admit(0)
    expect(clock.slept).toEqual([250])
    // The rate learned is what the service accepted: 4,000 RU in a second.
    expect(governor.operationsPerSend()).toBe(Math.floor((4000 * SEND_SECONDS) / 8))
  })

  it('cuts the rate on throttles that keep coming, and raises it again in quiet seconds', () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    clock.at = 1000
    governor.settled(1000, 10_000)
    governor.throttled(1, 100)
    const learned = governor.operationsPerSend()
    clock.at += 200
    governor.throttled(1, 100)
    // Within a second of the last change, a throttle is the same signal: no second cut.
    expect(governor.operationsPerSend()).toBe(learned)
    clock.at += 1000
    governor.throttled(1, 100)
    const cut = governor.operationsPerSend()
    expect(cut).toBeLessThan(learned)
    for (let second = 0; second < 10; second++) {
      clock.at += 1000
      governor.settled(1, 10)
    }
    expect(governor.operationsPerSend()).toBeGreaterThan(cut)
  })

  it('only pauses for a throttle before anything was accepted, and a storm never cuts below a tenth', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    governor.throttled(100, 300)
    expect(governor.limited).toBe(false)
    await governor.admit(0)
    expect(clock.slept).toEqual([300])
    clock.at += 1000
    governor.settled(1000, 10_000)
    governor.throttled(100, 300)
    const learned = governor.operationsPerSend()
    for (let second = 0; second < 100; second++) {
      clock.at += 1000
      governor.throttled(100, 300)
    }
    expect(governor.operationsPerSend()).toBe(Math.floor(learned / 10))
  })

  it('prices each send at its turn, with what the sends before it taught', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 1000, ...clock })
    // Two sends queue at once; the first is settled before the second's turn comes.
    const first = governor.admit(() => governor.estimate(100))
    const second = governor.admit(() => governor.estimate(100))
    expect(await first).toBe(1000) // 10 RU an operation, before anything was settled
    governor.settled(100, 500, 1000)
    expect(await second).toBe(500)
  })

  it('gives nothing back for a send that cost less than its estimate', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 100, ...clock })
    await governor.admit(95)
    governor.settled(1, 5, 95)
    await governor.admit(5)
    // The 95 RU admitted are paid in full: a second at 95 RU/s, less the 50 ms a send may go
    // ahead of the pace.
    expect(clock.at).toBe(950)
  })

  it('paces from the first send at a known provisioned rate, and forgets it for the next container', async () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 0, ...clock })
    governor.expect(1000)
    expect(governor.limited).toBe(true)
    await governor.admit(980)
    await governor.admit(1)
    expect(clock.at).toBe(950)
    // Quiet seconds never take the pace above the provisioned rate.
    const paced = governor.operationsPerSend()
    for (let second = 0; second < 10; second++) {
      clock.at += 1000
      governor.settled(1, 10)
    }
    expect(governor.operationsPerSend()).toBe(paced)
    governor.expect(undefined)
    expect(governor.limited).toBe(false)
    // Under a ceiling, a known rate above it changes nothing.
    const capped = new ThroughputGovernor({ ceiling: 100, ...fakeClock() })
    const before = capped.operationsPerSend()
    capped.expect(10_000)
    expect(capped.operationsPerSend()).toBe(before)
  })

  it('never goes above its ceiling, however quiet', () => {
    const clock = fakeClock()
    const governor = new ThroughputGovernor({ ceiling: 1000, ...clock })
    governor.settled(100, 1000)
    const first = governor.operationsPerSend()
    for (let second = 0; second < 30; second++) {
      clock.at += 1000
      governor.settled(100, 1000)
    }
    expect(governor.operationsPerSend()).toBe(first)
  })
})
