import { ActionError } from '../errors.js'
import type { Step, StepResult } from './step.js'

/**
 * The Cosmos DB access token as an output, for tools that want a bearer token rather than an
 * Azure SDK. Masked like every token; not renewed, so it serves steps shorter than its hour.
 */
export const accessTokenStep: Step = {
  name: 'access token',
  wanted: ({ inputs }) => inputs.accessTokenOutput,
  run: async ({ session, runtime }): Promise<StepResult> => {
    const audience = session.report.cosmosAudience?.replace(/\/$/, '')
    const token =
      audience === undefined ? null : await session.credential.getToken(`${audience}/.default`)
    if (token === null)
      throw new ActionError('Entra issued no Cosmos DB access token to give as an output.')
    runtime.setSecret(token.token)
    const expires = new Date(token.expiresOnTimestamp).toISOString()
    runtime.log.info(
      `The Cosmos DB access token is in the 'access-token' output (masked). It expires at ${expires} and is not renewed: steps that run longer should use the exported AZURE_* variables.`
    )
    return {
      detail: `in the access-token output until ${expires}`,
      outputs: [
        ['access-token', token.token],
        ['access-token-expires-on', expires]
      ]
    }
  }
}
