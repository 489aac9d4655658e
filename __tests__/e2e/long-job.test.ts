/**
 * A job that outlives several GitHub and Entra token lifetimes keeps working: every Entra token
 * is exchanged for a fresh GitHub token, and Cosmos DB never sees an expired one.
 *
 * Entra and the gateway check times with no leeway and whole-second iat/exp, so a token handed
 * out fresh is good for at least its lifetime less one second. The lifetimes are long enough
 * that a process stalled for a few seconds on a loaded machine still presents valid tokens
 * (with 2 s tokens a stall of half a second was a refused exchange or a 401), and the gateway's
 * latency is longer than both, so every request still needs a new Entra token and with it a new
 * GitHub token: a product that never renewed either would be refused by the second request, and
 * a stall only makes the gaps, and so the need to renew, larger.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { leakedSecrets, runAction } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository } from '../../testkit/scenario.js'

const GITHUB_TOKEN_SECONDS = 6
const ENTRA_TOKEN_SECONDS = 6
// Longer than both lifetimes: the SDK must refresh its Entra token (it does when less than 1 s
// is left by its clock) and the action must renew its GitHub token (it does at 3/4 of a life).
const LATENCY_MS = 7000

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
})

afterAll(async () => {
  await cloud.close()
})

it('stays authenticated across several short token lifetimes', async () => {
  const setup = await setUpRepository(cloud, {
    repository: 'octo-org/long-job',
    tokenLifetimeSeconds: GITHUB_TOKEN_SECONDS,
    containers: [
      { id: 'a', partitionKey: { paths: ['/id'] } },
      { id: 'b', partitionKey: { paths: ['/id'] } }
    ]
  })
  cloud.entra.setAccessTokenLifetime(ENTRA_TOKEN_SECONDS)
  // Each Cosmos DB request outlasts both lifetimes, so every request needs new tokens.
  cloud.cosmos.setLatency(LATENCY_MS)
  const started = Date.now()

  const run = await runAction({ inputs: setup.inputs, env: setup.job.env, caFile: cloud.caFile })

  const elapsedSeconds = (Date.now() - started) / 1000
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(elapsedSeconds).toBeGreaterThan(3 * Math.max(GITHUB_TOKEN_SECONDS, ENTRA_TOKEN_SECONDS))
  const requests = cloud.cosmos.requests()
  expect(requests.length).toBeGreaterThanOrEqual(3)
  for (const request of requests) expect(request.status).toBe(200)
  // More than one GitHub token and more than one Entra token were needed and used.
  expect(cloud.github.issueCount(setup.job.requestToken)).toBeGreaterThanOrEqual(3)
  const issued = cloud.entra
    .requests()
    .filter((r) => r.clientId === setup.clientId && r.outcome === 'issued')
  expect(issued.length).toBeGreaterThanOrEqual(3)
  expect(cloud.entra.requests().filter((r) => r.outcome !== 'issued')).toEqual([])
  expect(Number(/GitHub tokens fetched \| (\d+)/.exec(run.summary)?.[1])).toBeGreaterThanOrEqual(3)
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
})
