/**
 * Contract: what GitHub's OIDC tokens and REST API look like, as the action and the admin CLI rely
 * on them. Each test names the real behaviour and where it is documented; it runs against the
 * local cloud and, with the maintainers' variables, against GitHub itself (targets.ts).
 */
import { expect, it } from '@jest/globals'
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { forEachTarget } from './targets.js'

forEachTarget((target, optional) => {
  // docs.github.com, "OpenID Connect reference": RS256, signed with a key from the issuer's JWKS
  // (jwks_uri of <iss>/.well-known/openid-configuration); aud is what the job asked for.
  it('a job token is an RS256 JWT of the issuer, for the audience asked', async () => {
    const audience = target().cloud.tokenExchangeAudience
    const token = await target().githubToken(audience)
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: expect.any(String) })
    const discovery = await target().send(`${target().issuer}/.well-known/openid-configuration`)
    const jwks = createRemoteJWKSet(new URL(discovery.json<{ jwks_uri: string }>().jwks_uri))
    const { payload } = await jwtVerify(token, jwks, { issuer: target().issuer, audience })
    expect(typeof payload.sub).toBe('string')
  })

  // The same reference's sample token: exp = iat + 300 and nbf = iat - 600 (GitHub backdates nbf);
  // the action reads exp and never assumes a lifetime, but the exchange leeway depends on nbf.
  it('lives five minutes, with nbf before iat', async () => {
    const claims = decodeJwt(await target().githubToken(target().cloud.tokenExchangeAudience))
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300)
    expect(claims.nbf).toBeLessThanOrEqual(claims.iat ?? 0)
  })

  // "OpenID Connect reference", subject claims: repo:OWNER/REPO:… or, for repositories created,
  // renamed or transferred since 2026-07-15, repo:OWNER@OWNER_ID/REPO@REPO_ID:…, then environment,
  // pull_request or ref; the ids match the repository_owner_id and repository_id claims.
  it('the subject starts with the repo segment, ids included in the immutable form', async () => {
    const claims = decodeJwt(await target().githubToken(target().cloud.tokenExchangeAudience))
    const sub = String(claims.sub)
    const repository = String(claims['repository'])
    const [owner, name] = repository.split('/')
    const classic = `repo:${repository}:`
    const immutable = `repo:${owner}@${String(claims['repository_owner_id'])}/${name}@${String(claims['repository_id'])}:`
    expect(sub.startsWith(classic) || sub.startsWith(immutable)).toBe(true)
  })

  // The REST API's "oidc-custom-sub-repo" schema (@octokit/openapi-types): use_default, and on
  // github.com sub_claim_prefix, the repo segment the repository's tokens carry.
  ;(optional.githubApi ? it : it.skip)(
    `the OIDC subject settings name the prefix the tokens carry${optional.githubApi ? '' : ' (set CONTRACT_GITHUB_TOKEN to run)'}`,
    async () => {
      const api = target().githubApi
      if (api === undefined) throw new Error('no GitHub API token for this target')
      const headers = {
        authorization: `Bearer ${api.token}`,
        accept: 'application/vnd.github+json'
      }
      const settings = await target().send(
        `${api.url}/repos/${api.repository}/actions/oidc/customization/sub`,
        { headers }
      )
      expect(settings.status).toBe(200)
      const body = settings.json<{ use_default: unknown; sub_claim_prefix?: unknown }>()
      expect(typeof body.use_default).toBe('boolean')
      const sub = String(
        decodeJwt(await target().githubToken(target().cloud.tokenExchangeAudience)).sub
      )
      if (typeof body.sub_claim_prefix === 'string')
        expect(sub.startsWith(`${body.sub_claim_prefix}:`)).toBe(true)
      const repo = await target().send(`${api.url}/repos/${api.repository}`, { headers })
      expect(repo.json<{ id: unknown; owner: { id: unknown } }>()).toMatchObject({
        id: expect.any(Number),
        owner: { id: expect.any(Number) }
      })
    }
  )
})
