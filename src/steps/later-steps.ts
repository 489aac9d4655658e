import { join } from 'node:path'
import {
  REFRESHER_STATE,
  TOKEN_DIRECTORY_STATE,
  TOKEN_FILE_NAME,
  createTokenDirectory,
  startRefresher,
  workloadIdentityVariables,
  writeTokenFile
} from '../credentials/index.js'
import { laterStepsSummary } from '../report/later-steps.js'
import type { Step, StepResult } from './step.js'

/**
 * Leaves the job's later steps able to log in as this identity: a fresh GitHub token (the token
 * exchange's audience) in a file of its own, and the variables the Azure SDKs' workload identity
 * credential reads. The post step removes the file.
 */
export const laterStepsStep: Step = {
  name: 'later steps',
  wanted: ({ inputs }) => inputs.exportCredentials,
  run: async ({ inputs, runtime }): Promise<StepResult> => {
    const token = await runtime.getIDToken(inputs.audience)
    runtime.setSecret(token)
    const directory = await createTokenDirectory(runtime.env)
    // Kept first: the post step removes whatever was written, even if this step fails.
    runtime.saveState(TOKEN_DIRECTORY_STATE, directory)
    const file = join(directory, TOKEN_FILE_NAME)
    await writeTokenFile(file, token)
    const pid =
      runtime.script === undefined
        ? undefined
        : startRefresher({
            script: runtime.script,
            file,
            audience: inputs.audience,
            env: runtime.env
          })
    if (pid !== undefined) runtime.saveState(REFRESHER_STATE, String(pid))
    const variables = workloadIdentityVariables(inputs, file)
    for (const [name, value] of variables) runtime.exportVariable(name, value)
    runtime.log.info(
      `Later steps of this job log in as this identity: ${variables.map(([name]) => name).join(', ')} are set. ${pid === undefined ? 'The token file is not refreshed here' : `A background process (pid ${pid}) writes a new token to the file every minute at most`}; the post step removes it.`
    )
    return {
      detail: `${variables.length} variables for DefaultAzureCredential`,
      section: laterStepsSummary(variables)
    }
  }
}
