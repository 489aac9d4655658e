import { describeError } from './errors.js'
import { missingIdTokenPermission } from './identity/index.js'
import { parseInputs } from './inputs.js'
import { login } from './login.js'
import { failureSummary, loginSummary, skippedSummary } from './report/summary.js'
import { actionsRuntime, type Runtime } from './runtime.js'

/**
 * The action: validate inputs, log in, prove access, report. Fails once, at the top, with an
 * explanation that names what to change.
 */
export async function run(runtime: Runtime = actionsRuntime()): Promise<void> {
  // Mask the runner's request token before anything can print it.
  const requestToken = runtime.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  if (requestToken) runtime.setSecret(requestToken)
  try {
    const inputs = parseInputs(runtime.getInput)
    runtime.setOutput('skipped', 'false')

    const missing = missingIdTokenPermission(runtime.env)
    if (missing) {
      if (inputs.onMissingOidc === 'skip') {
        const reason = `Skipped: this run has no GitHub OIDC token (fork pull requests and Dependabot never get one; other jobs need 'permissions: id-token: write'). Nothing was done.`
        runtime.log.notice(reason)
        runtime.setOutput('skipped', 'true')
        await runtime.writeSummary(skippedSummary(reason))
        return
      }
      throw missing
    }

    const session = await runtime.log.group('Log in to Cosmos DB', () => login(inputs, runtime))
    const { report } = session
    runtime.setOutput('principal-id', report.principalId ?? '')
    runtime.setOutput('tenant-id', report.tenantId ?? '')
    runtime.setOutput('subject', report.subject ?? '')
    runtime.setOutput('token-expires-on', report.accessTokenExpiresOn?.toISOString() ?? '')
    await runtime.writeSummary(loginSummary(report))
  } catch (error) {
    const message = describeError(error)
    await runtime.writeSummary(failureSummary(message)).catch(() => undefined)
    runtime.fail(`cosmos-oidc-action: ${message}`)
  }
}
