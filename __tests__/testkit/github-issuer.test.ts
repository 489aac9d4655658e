import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { httpsRequest, requestGitHubToken } from '../../testkit/clients.js'

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.close())

async function subjectOf(
  options: Parameters<LocalCloud['github']['startJob']>[0]
): Promise<string> {
  const token = await requestGitHubToken(cloud.github.startJob(options))
  return String(decodeJwt(token).sub)
}

describe('GitHub OIDC issuer', () => {
  it('publishes discovery and a JWKS that verifies its tokens', async () => {
    const discovery = (
      await httpsRequest(`${cloud.github.issuer}/.well-known/openid-configuration`)
    ).json<{
      issuer: string
      jwks_uri: string
    }>()
    expect(discovery.issuer).toBe(cloud.github.issuer)
    expect(discovery.jwks_uri).toBe(`${cloud.github.issuer}/.well-known/jwks`)
    const jwks = (await httpsRequest(discovery.jwks_uri)).json<JSONWebKeySet>()
    expect(jwks.keys[0]?.kid).toEqual(expect.any(String))

    const job = cloud.github.startJob({ repository: 'octo-org/inventory' })
    const token = await requestGitHubToken(job, 'api://AzureADTokenExchange')
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: cloud.github.issuer,
      audience: 'api://AzureADTokenExchange'
    })
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: jwks.keys[0]?.kid })
    expect(payload.sub).toBe('repo:octo-org/inventory:ref:refs/heads/main')
    expect(payload.exp! - payload.iat!).toBe(300)
    for (const claim of ['jti', 'nbf', 'actor', 'actor_id', 'repository_id', 'repository_owner']) {
      expect(payload[claim]).toEqual(expect.anything())
    }
    expect(payload).toMatchObject({
      repository: 'octo-org/inventory',
      repository_owner: 'octo-org',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      event_name: 'push',
      job_workflow_ref: 'octo-org/inventory/.github/workflows/ci.yml@refs/heads/main'
    })
    expect(payload).not.toHaveProperty('environment')
  })

  it('defaults the audience to https://github.com/<owner> and counts issued tokens', async () => {
    const job = cloud.github.startJob({ repository: 'octo-org/inventory' })
    const res = await httpsRequest(job.requestUrl, {
      headers: { authorization: `Bearer ${job.requestToken}` }
    })
    expect(res.status).toBe(200)
    expect(decodeJwt(res.json<{ value: string }>().value).aud).toBe('https://github.com/octo-org')
    expect(cloud.github.issueCount(job.requestToken)).toBe(1)
    expect(cloud.github.issuedTokens()).toContain(res.json<{ value: string }>().value)
    expect(job.env).toEqual({
      ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken
    })
    expect(job.requestUrl).toMatch(
      /\/_apis\/distributedtask\/hubs\/build\/plans\/[\w-]+\/jobs\/[\w-]+\/idtoken\?api-version=2\.0$/
    )
  })

  it('builds subjects: environment, pull request, ref, tag, %3A', async () => {
    expect(await subjectOf({ repository: 'o/r', environment: 'prod', ref: 'refs/heads/dev' })).toBe(
      'repo:o/r:environment:prod'
    )
    expect(await subjectOf({ repository: 'o/r', eventName: 'pull_request' })).toBe(
      'repo:o/r:pull_request'
    )
    expect(await subjectOf({ repository: 'o/r', ref: 'refs/tags/v1.2.0' })).toBe(
      'repo:o/r:ref:refs/tags/v1.2.0'
    )
    expect(await subjectOf({ repository: 'o/r', environment: 'prod:eu' })).toBe(
      'repo:o/r:environment:prod%3Aeu'
    )
  })

  it('builds immutable and custom-template subjects', async () => {
    expect(
      await subjectOf({
        repository: 'o/r',
        repositoryOwnerId: '11',
        repositoryId: '22',
        environment: 'prod'
      })
    ).toBe('repo:o/r:environment:prod')
    expect(
      await subjectOf({
        repository: 'o/r',
        repositoryOwnerId: '11',
        repositoryId: '22',
        environment: 'prod',
        immutableSubject: true
      })
    ).toBe('repo:o@11/r@22:environment:prod')
    expect(
      await subjectOf({
        repository: 'o/r',
        environment: 'prod',
        workflowPath: '.github/workflows/x.yml',
        subjectClaimKeys: ['repo', 'context', 'job_workflow_ref']
      })
    ).toBe('repo:o/r:environment:prod:job_workflow_ref:o/r/.github/workflows/x.yml@refs/heads/main')
    expect(
      await subjectOf({ repository: 'o/r', subjectClaimKeys: ['repository_owner', 'context'] })
    ).toBe('repository_owner:o:ref:refs/heads/main')
    expect(cloud.github.subjectFor({ repository: 'o/r', eventName: 'pull_request' })).toBe(
      'repo:o/r:pull_request'
    )
  })

  it('shifts token times by the simulated clock skew and honours the token lifetime', async () => {
    // iat is the issuer's whole second when it signed, less the skew: between the seconds
    // before and after the request, however long the request took.
    const before = Math.floor(Date.now() / 1000)
    const claims = decodeJwt(
      await requestGitHubToken(
        cloud.github.startJob({
          repository: 'o/r',
          clockSkewSeconds: -600,
          tokenLifetimeSeconds: 60
        })
      )
    )
    const after = Math.floor(Date.now() / 1000)
    expect(claims.iat).toBeGreaterThanOrEqual(before - 600)
    expect(claims.iat).toBeLessThanOrEqual(after - 600)
    expect(claims.nbf).toBe(claims.iat! - 600)
    expect(claims.exp).toBe(claims.iat! + 60)
  })

  it('refuses unknown or expired request tokens and honours failNext', async () => {
    const job = cloud.github.startJob({ repository: 'o/r' })
    const wrong = await httpsRequest(job.requestUrl, { headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    const expired = cloud.github.startJob({ repository: 'o/r', requestTokenLifetimeSeconds: 0 })
    await expect(requestGitHubToken(expired)).rejects.toThrow(/401/)

    cloud.github.failNext(1, 503)
    await expect(requestGitHubToken(job)).rejects.toThrow(/503/)
    await expect(requestGitHubToken(job)).resolves.toEqual(expect.any(String))
    expect(cloud.secrets()).toContain(job.requestToken)
  })
})
