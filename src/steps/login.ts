import type { TokenCredential } from '@azure/identity'
import type { ActionInputs } from '../inputs/index.js'
import { login, type Session } from '../session/index.js'
import { recordStep, type StepLedger } from './record.js'

/**
 * The first step: the job's GitHub token exchanged at Entra, and Cosmos DB's acceptance of the
 * identity. It opens the session every later step runs against, so it is not a `Step` itself.
 */
export async function loginStep(
  inputs: ActionInputs,
  on: StepLedger,
  developerCredential: TokenCredential | undefined
): Promise<Session> {
  const { runtime } = on
  const { session } = await recordStep(
    'login',
    async () => {
      const session = await runtime.log.group('Log in to Cosmos DB', () =>
        login(inputs, runtime, developerCredential)
      )
      on.record.login = session.report
      return {
        session,
        detail: `as ${session.report.principalId ?? '?'}`,
        requestCharge: session.requestCharge(),
        outputs: loginOutputs(session)
      }
    },
    on
  )
  return session
}

/** Who the job logged in as, for later steps of the workflow. */
function loginOutputs({ report }: Session): ReadonlyArray<readonly [string, string]> {
  return [
    ['principal-id', report.principalId ?? ''],
    ['tenant-id', report.tenantId ?? ''],
    ['subject', report.subject ?? ''],
    ['token-expires-on', report.accessTokenExpiresOn?.toISOString() ?? '']
  ]
}
