/**
 * Contract: what Microsoft Entra ID answers to a GitHub token exchange, as the action's error
 * explanations and retries rely on it (targets.ts: the local cloud, and Azure when configured).
 */
import { expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { decodeJwt } from 'jose'
import { exchange, forEachTarget, type Answer } from './targets.js'

/** Entra's error body: error, error_description starting with AADSTS<code>, error_codes, ids. */
function entraError(answer: Answer): { code: number; description: string } {
  const body = answer.json<{
    error: string
    error_description: string
    error_codes: number[]
    trace_id: string
    correlation_id: string
  }>()
  expect(body).toMatchObject({
    error: expect.any(String),
    trace_id: expect.any(String),
    correlation_id: expect.any(String)
  })
  const code = body.error_codes[0] ?? 0
  expect(body.error_description.startsWith(`AADSTS${code}: `)).toBe(true)
  return { code, description: body.error_description }
}

forEachTarget((target) => {
  // learn.microsoft.com, "Microsoft identity platform and the OAuth 2.0 client credentials flow"
  // (federated assertion): token_type Bearer, expires_in in seconds, an access token whose aud is
  // the resource asked for and whose oid is the service principal's object id.
  it('exchanges the job token for an access token for the resource', async () => {
    const assertion = await target().githubToken(target().cloud.tokenExchangeAudience)
    const answer = await exchange(target(), { clientId: target().clientId, assertion })
    expect(answer.status).toBe(200)
    const body = answer.json<{ token_type: string; expires_in: number; access_token: string }>()
    expect(body.token_type).toBe('Bearer')
    expect(body.expires_in).toBeGreaterThan(300)
    const claims = decodeJwt(body.access_token)
    expect(String(claims.aud).replace(/\/$/, '')).toBe(target().cloud.cosmosResource)
    expect(claims['tid']).toBe(target().tenantId.toLowerCase())
    expect(claims['oid']).toEqual(expect.any(String))
  })

  // AADSTS700016: "Application with identifier '…' was not found in the directory" (Entra's
  // error code reference). The action explains it as a client id that is wrong or swapped.
  it('answers 700016 for a client id the tenant does not have', async () => {
    const assertion = await target().githubToken(target().cloud.tokenExchangeAudience)
    const answer = await exchange(target(), { clientId: randomUUID(), assertion })
    expect(answer.status).toBe(400)
    expect(entraError(answer).code).toBe(700016)
  })

  // A token whose audience no credential lists: "No matching federated identity record found for
  // presented assertion audience" (700212), or the general 70021 (Azure/login #175). The action
  // fails fast on the first and waits on the second, so both are acceptable, no other.
  it('refuses another audience with 700212 or 70021, naming what was presented', async () => {
    const assertion = await target().githubToken('api://cosmos-oidc-action-contract-other')
    const answer = await exchange(target(), { clientId: target().clientId, assertion })
    expect(answer.status).toBe(400)
    const { code, description } = entraError(answer)
    expect([700212, 70021]).toContain(code)
    expect(description).toContain('api://cosmos-oidc-action-contract-other')
  })

  // AADSTS50027: "JWT token is invalid or malformed" for an assertion that is not a JWT.
  it('answers 50027 for an assertion that is not a JWT', async () => {
    const answer = await exchange(target(), { clientId: target().clientId, assertion: 'not.a.jwt' })
    expect(answer.status).toBe(400)
    expect(entraError(answer).code).toBe(50027)
  })
})
