import { describe, expect, it } from '@jest/globals'
import { skipReason, tokenAbsence } from '../../src/identity/index.js'

const TOKEN = { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
const PULL = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json' }

/** A pull request event whose head is in `head` and base in octo-org/app. */
const pullFrom = (head: { full_name: string; fork: boolean } | null) => () => ({
  pull_request: { head: { repo: head }, base: { repo: { full_name: 'octo-org/app' } } }
})

describe('tokenAbsence', () => {
  it('is undefined when the job can request a token', () => {
    expect(tokenAbsence(TOKEN)).toBeUndefined()
  })

  it.each([
    [{}, 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set'],
    [{ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' }, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set']
  ])('is the missing permission, with the YAML to add, when %j', (env, expected) => {
    const absence = tokenAbsence(env)
    expect(absence?.kind).toBe('permission')
    expect(absence?.error.missingPermission).toBe(true)
    expect(absence?.error.message).toContain(expected)
    expect(absence?.error.message).toContain('id-token: write')
    expect(absence?.error.message).toMatch(/only they are skipped by 'on-missing-oidc: skip'/)
  })

  it('is a fork for a pull request from another repository, named in the message', () => {
    const absence = tokenAbsence(PULL, pullFrom({ full_name: 'mallory/app', fork: true }))
    expect(absence).toMatchObject({ kind: 'fork', fork: 'mallory/app' })
    expect(absence?.error.missingPermission).toBe(false)
    expect(absence?.error.message).toContain('a pull request from the fork mallory/app')
    expect(absence?.error.message).toContain('pull_request_target')
    expect(absence?.error.message).not.toContain('id-token: write')
    expect(skipReason(absence!)).toBe(
      "Skipped: this run is a pull request from the fork mallory/app, which GitHub never gives an OIDC token ('on-missing-oidc: skip'). Nothing was done."
    )
  })

  it('is a fork for a pull request whose fork was deleted', () => {
    expect(tokenAbsence(PULL, pullFrom(null))?.kind).toBe('fork')
  })

  it.each([
    [
      'a pull request from a branch of the same repository',
      PULL,
      pullFrom({ full_name: 'octo-org/app', fork: false })
    ],
    ['a push', { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e' }, () => ({})],
    ['an unreadable event file', PULL, () => undefined]
  ])('is the missing permission for %s', (_, env, event) => {
    expect(tokenAbsence(env, event)?.kind).toBe('permission')
  })

  it('is Dependabot for a run its actor triggered', () => {
    const absence = tokenAbsence({ GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'dependabot[bot]' })
    expect(absence?.kind).toBe('dependabot')
    expect(absence?.error.message).toContain('triggered by Dependabot')
    expect(skipReason(absence!)).toContain('a run triggered by Dependabot')
  })
})
