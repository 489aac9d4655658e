/**
 * End to end: a later step logs the az CLI in with the exported token file, with the commands
 * docs/later-steps.md gives, and meets what happens once the token it was given has expired.
 *
 * az runs as it does on a runner, for AzureCloud: its MSAL looks up any authority that is not a
 * Microsoft host at login.microsoftonline.com, so a loopback proxy answers Microsoft's host names
 * from the local cloud (testkit/microsoft-hosts.ts) and refuses every other host. Runs where an
 * `az` is installed (GitHub's hosted runners have one; Debian's `azure-cli` package here).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { startMicrosoftHosts, type MicrosoftHosts } from '../../testkit/microsoft-hosts.js'
import { leakedSecrets, runAction } from '../../testkit/runner.js'
import { setUpRepository } from '../../testkit/scenario.js'

// `command -v`, not `az version`: that one checks for updates online.
const HAS_AZ = spawnSync('bash', ['-c', 'command -v az'], { stdio: 'ignore' }).status === 0
// The token az is given at login must outlive two Python start-ups of az (login, then a
// command that asks Entra again with it), slow on a loaded machine; the refresher rewrites the
// file every fifth of a lifetime, so what login reads has at least 71 s left (30 s tokens left
// 23 s). The wait for its expiry follows the token's own exp, so the test lasts under two minutes.
const GITHUB_TOKEN_SECONDS = 90

let cloud: LocalCloud
let hosts: MicrosoftHosts
let configDir: string

beforeAll(async () => {
  if (!HAS_AZ) return
  cloud = await startLocalCloud()
  // Under MSAL's five-minute margin, so that every az command asks Entra again, as one does
  // once its hour-long token has expired.
  cloud.entra.setAccessTokenLifetime(120)
  hosts = await startMicrosoftHosts({
    'login.microsoftonline.com': cloud.entra.authorityHost,
    'management.azure.com': cloud.arm.endpoint
  })
  configDir = await mkdtemp(join(tmpdir(), 'azure-config-'))
})

afterAll(async () => {
  if (!HAS_AZ) return
  await hosts.close()
  await cloud.close()
  await rm(configDir, { recursive: true, force: true })
})

/** One `run:` line of a workflow step, through bash, with the job's variables. */
async function step(
  env: Readonly<Record<string, string>>,
  script: string
): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], {
      env: {
        ...env,
        AZURE_CONFIG_DIR: configDir,
        AZURE_CORE_COLLECT_TELEMETRY: 'false',
        AZURE_CORE_NO_COLOR: 'true',
        HTTPS_PROXY: hosts.proxy,
        NO_PROXY: 'localhost,127.0.0.1',
        REQUESTS_CA_BUNDLE: hosts.caBundle
      },
      timeout: 120_000
    })
    return { ok: true, out: `${stdout}\n${stderr}` }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    return { ok: false, out: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` }
  }
}

const LOGIN = `az login --service-principal -u "$AZURE_CLIENT_ID" -t "$AZURE_TENANT_ID" \\
  --federated-token "$(cat "$AZURE_FEDERATED_TOKEN_FILE")" --allow-no-subscriptions --output none`

describe('az in a later step', () => {
  ;(HAS_AZ ? it : it.skip)(
    'logs in with the token file, works until the token it was given expires, then works again after logging in with the file once more',
    async () => {
      const setup = await setUpRepository(cloud, {
        repository: 'octo-org/az-later',
        database: 'azlater',
        containers: [{ id: 'items', partitionKey: { paths: ['/id'] } }],
        controlPlaneRead: true,
        tokenLifetimeSeconds: GITHUB_TOKEN_SECONDS
      })
      const list = `az cosmosdb sql container list --account-name ${cloud.cosmos.accountName} \\
  --resource-group ${cloud.cosmos.resourceGroup} --database-name "$COSMOS_DATABASE" --query "[].name" -o tsv`
      const seen: Array<{ ok: boolean; out: string }> = []
      const run = await runAction({
        inputs: setup.inputs,
        env: setup.job.env,
        caFile: cloud.caFile,
        laterSteps: async ({ env }) => {
          seen.push(await step(env, `${LOGIN}\n${list}`))
          const given = await readFile(env['AZURE_FEDERATED_TOKEN_FILE'] ?? '', 'utf8')
          const expires = JSON.parse(
            Buffer.from(given.split('.')[1] ?? '', 'base64url').toString()
          ) as { exp: number }
          // An hour later, accelerated: past the expiry of the token az was given.
          await new Promise((r) =>
            setTimeout(r, Math.max(0, expires.exp * 1000 - Date.now()) + 2000)
          )
          seen.push(await step(env, list))
          seen.push(await step(env, `${LOGIN}\n${list}`))
        }
      })
      expect(run.exitCode).toBe(0)
      const [first, later, again] = seen
      expect(first).toMatchObject({ ok: true })
      expect(first?.out.trim().split('\n')).toContain('items')
      expect(later).toMatchObject({ ok: false })
      expect(later?.out).toMatch(/AADSTS700024/)
      expect(again).toMatchObject({ ok: true })
      expect(again?.out.trim().split('\n')).toContain('items')
      // Every other host az asked for was refused by the proxy, never contacted (after a failed
      // command az checks that it can reach azure.microsoft.com: azure/cli/core/util.py).
      expect(hosts.refused.filter((host) => host.endsWith('microsoftonline.com'))).toEqual([])
      expect(leakedSecrets(run, cloud.secrets())).toEqual([])
    },
    300_000
  )
})
