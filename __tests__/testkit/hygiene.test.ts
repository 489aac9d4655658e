import { describe, expect, it } from '@jest/globals'
import { requestGitHubToken } from '../../testkit/clients.js'
import { capture, findSecrets } from '../../testkit/hygiene.js'
import { startLocalCloud } from '../../testkit/index.js'
import { setUpRepository } from '../../testkit/scenario.js'

describe('token hygiene at close', () => {
  it('finds a JWT payload or signature anywhere it was captured', () => {
    const token =
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpwdWxsX3JlcXVlc3QifQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU'
    const [, payload, signature] = token.split('.')
    expect(findSecrets([token], [{ source: 'a', text: `x ${payload} y` }])).toHaveLength(1)
    expect(findSecrets([token], [{ source: 'a', text: `x ${signature} y` }])).toHaveLength(1)
    expect(findSecrets([token], [{ source: 'a', text: 'eyJhbGciOiJSUzI1NiJ9' }])).toEqual([])
  })

  it('fails close when a document holds a token the cloud issued', async () => {
    const cloud = await startLocalCloud()
    const setup = await setUpRepository(cloud, { repository: 'octo-org/leaky', database: 'leaky' })
    const token = await requestGitHubToken(setup.job)
    await cloud.cosmos.upsertItems('leaky', 'items', [{ id: 'x', pk: 'x', note: token }])
    await expect(cloud.close()).rejects.toThrow(
      'Token hygiene: a token issued by the local cloud appears in documents of leaky/items'
    )
  })

  it('fails close when a captured run printed a token', async () => {
    const cloud = await startLocalCloud()
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/printed',
      database: 'printed'
    })
    const token = await requestGitHubToken(setup.job)
    capture('a run that printed its token', `token: ${token}`)
    await expect(cloud.close()).rejects.toThrow('appears in a run that printed its token')
  })
})
