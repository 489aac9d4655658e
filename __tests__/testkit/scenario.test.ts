import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { decodeJwt } from 'jose'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { requestEntraToken, requestGitHubToken } from '../../testkit/clients.js'
import { actionEnvironment, setUpRepository } from '../../testkit/scenario.js'

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.close())

describe('setUpRepository', () => {
  it('wires a repository end to end and describes the action inputs', async () => {
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/inventory',
      environment: 'production',
      identityKind: 'managedIdentity',
      database: 'inventory',
      containers: [
        { id: 'parts', partitionKey: { paths: ['/site', '/line'], kind: 'MultiHash', version: 2 } }
      ]
    })
    expect(setup.credentialSubject).toBe('repo:octo-org/inventory:environment:production')
    expect(setup.inputs).toEqual({
      'client-id': setup.clientId,
      'tenant-id': cloud.entra.defaultTenantId,
      endpoint: cloud.cosmos.endpoint,
      database: 'inventory',
      'authority-host': cloud.entra.authorityHost,
      'arm-endpoint': cloud.arm.endpoint,
      'subscription-id': cloud.cosmos.subscriptionId,
      'resource-group': cloud.cosmos.resourceGroup,
      'account-name': 'localcloud'
    })
    const assertion = await requestGitHubToken(setup.job)
    const res = await requestEntraToken(cloud, { clientId: setup.clientId, assertion })
    expect(decodeJwt(res.json<{ access_token: string }>().access_token).oid).toBe(setup.principalId)
    await cloud.cosmos.upsertItems('inventory', 'parts', [{ id: '1', site: 'ams', line: 'a' }])
    expect(await cloud.cosmos.readItems('inventory', 'parts')).toHaveLength(1)
  })

  it('a credential subject override reproduces the branch-vs-environment mistake', async () => {
    const setup = await setUpRepository(cloud, {
      repository: 'octo-org/inventory',
      environment: 'production',
      credentialSubject: 'repo:octo-org/inventory:ref:refs/heads/main'
    })
    const res = await requestEntraToken(cloud, {
      clientId: setup.clientId,
      assertion: await requestGitHubToken(setup.job)
    })
    expect(res.json<{ error_codes: number[] }>().error_codes).toEqual([700213])
  })

  it('a child process trusts the local cloud through NODE_EXTRA_CA_CERTS', async () => {
    const setup = await setUpRepository(cloud, { repository: 'octo-org/child' })
    const env = actionEnvironment(cloud, setup)
    expect(env['INPUT_CLIENT-ID']).toBe(setup.clientId)
    const script = `
      const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=api://AzureADTokenExchange'
      const res = await fetch(url, { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })
      const { value } = await res.json()
      console.log(JSON.parse(Buffer.from(value.split('.')[1], 'base64url')).sub)`
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        env: { PATH: process.env.PATH ?? '', ...env }
      }
    )
    expect(stdout.trim()).toBe('repo:octo-org/child:ref:refs/heads/main')
    expect(cloud.secrets()).toEqual(
      expect.arrayContaining([setup.job.requestToken, ...cloud.github.issuedTokens()])
    )
  })
})
