import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { ActionError, describeError } from '../errors.js'
import { inspect } from './federated-credential.js'
import type { AccessTokenReport } from './access-token.js'

/**
 * A developer's own Azure sign-in (az login and the like) in place of the token exchange: its
 * tokens are masked and inspected as the job's are, and a failure says how to sign in.
 */
export class DeveloperCredential implements TokenCredential {
  constructor(
    private readonly inner: TokenCredential,
    private readonly mask: (value: string) => void,
    private readonly onAccessToken: (report: AccessTokenReport, scope: string) => void
  ) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes
    let token: AccessToken | null
    try {
      token = await this.inner.getToken(scopes, options)
    } catch (error) {
      throw new ActionError(
        `Your Azure sign-in gave no token for ${scope}: sign in with 'az login' (or azd, Visual Studio Code, or AZURE_* environment variables) as someone with a data-plane role on the account.\n${describeError(error).split('\n')[0]}`,
        { cause: error }
      )
    }
    if (token === null) throw new ActionError(`Your Azure sign-in gave no token for ${scope}.`)
    this.mask(token.token)
    this.onAccessToken(inspect(token, scope), scope)
    return token
  }
}
