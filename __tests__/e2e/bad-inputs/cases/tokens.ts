/** The bad-input corpus of claims and tokens: see ../harness.ts for what every case must show. */
import { REPOSITORY, job, setup, type BadInput } from '../harness.js'

export const TOKENS: readonly BadInput[] = [
  {
    name: 'GitHub token for the wrong audience (audience input)',
    stage: 'login',
    says: /AADSTS700212[\s\S]*the 'audience' input overrides/,
    arrange: () => ({ inputs: { audience: 'api://SomethingElse' } })
  },
  {
    name: 'GitHub token expired (runner clock 15 minutes behind)',
    stage: 'login',
    says: /AADSTS700024[\s\S]*runner clock/,
    arrange: () => job({ repository: REPOSITORY, clockSkewSeconds: -900 })
  },
  {
    name: 'GitHub token not yet valid (runner clock 15 minutes ahead)',
    stage: 'login',
    says: /AADSTS700024[\s\S]*runner clock/,
    arrange: () => job({ repository: REPOSITORY, clockSkewSeconds: 900 })
  },
  {
    name: 'GitHub token for another branch (subject mismatch)',
    stage: 'login',
    says: /AADSTS700213[\s\S]*'repo:octo-org\/bad-inputs:ref:refs\/heads\/feature'/,
    // Not waiting for a credential to propagate: the identity's credential is an old one.
    arrange: () => ({
      ...job({ repository: REPOSITORY, ref: 'refs/heads/feature' }),
      inputs: { 'propagation-wait': '0' }
    })
  },
  {
    name: 'GitHub token of a pull_request job (subject mismatch)',
    stage: 'login',
    says: /AADSTS700213[\s\S]*'repo:octo-org\/bad-inputs:pull_request'/,
    arrange: () => ({
      ...job({ repository: REPOSITORY, eventName: 'pull_request' }),
      inputs: { 'propagation-wait': '0' }
    })
  },
  {
    name: 'request token the runner refuses',
    stage: 'login',
    says: 'The runner refused to issue a GitHub OIDC token (401)',
    arrange: () => ({
      inputs: {},
      env: { ...setup.job.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-request-token' }
    })
  },
  {
    name: 'job without the id-token: write permission',
    stage: 'offline',
    says: /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set[\s\S]*id-token: write/,
    arrange: () => ({ inputs: {}, env: {} })
  }
]
