import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLocalCloud, type JobOptions, type LocalCloud } from '../../testkit/index.js'
import { requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'

let cloud: LocalCloud
const repository = 'octo-org/inventory'

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.close())

/** An app with one flexible credential, plus optional subject credentials. */
function appWith(expression: string, options: { subjects?: string[]; audience?: string } = {}) {
  const app = cloud.entra.registerApplication({ displayName: 'flexible' })
  cloud.entra.addFederatedCredential(app.clientId, {
    name: 'flexible',
    issuer: cloud.github.issuer,
    claimsMatchingExpression: { value: expression, languageVersion: 1 },
    audiences: [options.audience ?? 'api://AzureADTokenExchange']
  })
  options.subjects?.forEach((subject, index) =>
    cloud.entra.addFederatedCredential(app.clientId, {
      name: `exact-${index}`,
      issuer: cloud.github.issuer,
      subject,
      audiences: ['api://AzureADTokenExchange']
    })
  )
  return app
}

/** The repository's id: every expression must pin it (or the owner's id) with the subject. */
const repositoryId = '4242'

async function exchange(clientId: string, job: Omit<JobOptions, 'repository'> = {}) {
  const assertion = await requestGitHubToken(
    cloud.github.startJob({ repository, repositoryId, ...job })
  )
  const res = await requestEntraToken(cloud, { clientId, assertion })
  return { status: res.status, codes: res.json<{ error_codes?: number[] }>().error_codes }
}

const branches = `claims['sub'] matches 'repo:${repository}:ref:refs/heads/*' and claims['repository_id'] eq '${repositoryId}'`

describe('Entra stand-in: flexible federated credentials', () => {
  it('a matches expression over sub lets any branch in, but not a tag or another repository', async () => {
    const app = appWith(branches)
    expect(await exchange(app.clientId)).toEqual({ status: 200, codes: undefined })
    expect((await exchange(app.clientId, { ref: 'refs/heads/feature/x' })).status).toBe(200)
    expect(await exchange(app.clientId, { ref: 'refs/tags/v1' })).toEqual({
      status: 400,
      codes: [7002131]
    })
    const other = await requestGitHubToken(
      cloud.github.startJob({ repository: 'octo-org/other', repositoryId })
    )
    const res = await requestEntraToken(cloud, { clientId: app.clientId, assertion: other })
    expect(res.json<{ error_codes: number[] }>().error_codes).toEqual([7002131])
  })

  it('repository_id eq pins the repository id (a renamed-and-recreated repo fails)', async () => {
    const app = appWith(branches)
    expect((await exchange(app.clientId, { repositoryId: '4242' })).status).toBe(200)
    expect(await exchange(app.clientId, { repositoryId: '4243' })).toEqual({
      status: 400,
      codes: [7002131]
    })
  })

  it('job_workflow_ref and repository_owner_id: a reusable workflow of the organisation', async () => {
    const app = appWith(
      `claims['sub'] matches 'repo:octo-org/*' and claims['job_workflow_ref'] matches '${repository}/.github/workflows/deploy-*.yml@refs/heads/main' and claims['repository_owner_id'] eq '777'`
    )
    const deploy = { workflowPath: '.github/workflows/deploy-prod.yml', repositoryOwnerId: '777' }
    expect((await exchange(app.clientId, deploy)).status).toBe(200)
    expect((await exchange(app.clientId, { ...deploy, repositoryOwnerId: '778' })).status).toBe(400)
    expect(
      (await exchange(app.clientId, { ...deploy, workflowPath: '.github/workflows/ci.yml' })).codes
    ).toEqual([7002131])
  })

  it('exact subjects are tried first; with subject credentials present a miss stays AADSTS700213', async () => {
    const app = appWith(branches, { subjects: [`repo:${repository}:environment:production`] })
    expect((await exchange(app.clientId, { environment: 'production' })).status).toBe(200)
    expect((await exchange(app.clientId)).status).toBe(200)
    expect(await exchange(app.clientId, { environment: 'staging' })).toEqual({
      status: 400,
      codes: [700213]
    })
  })

  it('the audience of a matching flexible credential still has to match (AADSTS700212)', async () => {
    const app = appWith(branches, { audience: 'api://AzureADTokenExchangeUSGov' })
    expect(await exchange(app.clientId)).toEqual({ status: 400, codes: [700212] })
  })

  it('the directory refuses invalid flexible credentials', () => {
    const app = cloud.entra.registerApplication({ displayName: 'refused' })
    const add = (credential: Record<string, unknown>) => () =>
      cloud.entra.addFederatedCredential(app.clientId, {
        name: 'flexible',
        issuer: cloud.github.issuer,
        audiences: ['api://AzureADTokenExchange'],
        ...credential
      })
    expect(
      add({ claimsMatchingExpression: { value: "claims['actor'] eq 'x'", languageVersion: 1 } })
    ).toThrow("the claim 'actor' cannot be used")
    expect(add({ claimsMatchingExpression: { value: branches, languageVersion: 2 } })).toThrow(
      'language version 2'
    )
    expect(
      add({ subject: 'x', claimsMatchingExpression: { value: branches, languageVersion: 1 } })
    ).toThrow('not both')
    expect(add({})).toThrow('needs a subject')
    // Since about 2026-08, for GitHub: sub together with repository_id and/or repository_owner_id.
    const subOnly = `claims['sub'] matches 'repo:${repository}:*'`
    expect(add({ claimsMatchingExpression: { value: subOnly, languageVersion: 1 } })).toThrow(
      'either lacks all required claims or contains unallowed claims'
    )
    expect(
      add({
        claimsMatchingExpression: {
          value: "claims['repository_id'] eq '4242'",
          languageVersion: 1
        }
      })
    ).toThrow('either lacks all required claims')
    // Documented for github.com's issuer only (the local issuer stands in for it).
    expect(
      add({
        issuer: 'https://ghes.example.com/_services/token',
        claimsMatchingExpression: { value: branches, languageVersion: 1 }
      })
    ).toThrow("not supported for issuer 'https://ghes.example.com/_services/token'")
  })

  it('no longer matches a sub-only expression saved before the rule', async () => {
    const app = cloud.entra.registerApplication({ displayName: 'grandfathered' })
    cloud.entra.directory.applicationByClientId(app.clientId)?.federatedCredentials.push({
      id: 'old',
      name: 'old',
      issuer: cloud.github.issuer,
      audiences: ['api://AzureADTokenExchange'],
      claimsMatchingExpression: {
        value: `claims['sub'] matches 'repo:${repository}:*'`,
        languageVersion: 1
      }
    })
    expect(await exchange(app.clientId)).toEqual({ status: 400, codes: [7002131] })
  })
})
