import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { EntraError } from '../errors.js'

/** Entra's code for "no resource principal for this scope in the tenant". */
const RESOURCE_NOT_FOUND = 500011

/**
 * Wraps a credential so that a scope Entra does not know (AADSTS500011: accounts whose own URI is
 * not registered as a resource) is replaced, once and for good, by the cloud's Cosmos DB scope.
 * The SDK has such a fallback too, but only to the public cloud's scope, and it asks Entra for the
 * unknown scope again on every request; this one remembers and knows sovereign clouds.
 */
export class CosmosScopeFallback implements TokenCredential {
  private readonly replaced = new Map<string, string>()

  constructor(
    private readonly credential: TokenCredential,
    private readonly fallbackScope: string,
    private readonly onFallback: (from: string, to: string) => void
  ) {}

  async getToken(
    scopes: string | string[],
    options?: GetTokenOptions
  ): Promise<AccessToken | null> {
    const requested = Array.isArray(scopes) ? scopes : [scopes]
    const mapped = requested.map((scope) => this.replaced.get(scope) ?? scope)
    try {
      return await this.credential.getToken(mapped, options)
    } catch (error) {
      const unknown = mapped.find((scope) => scope !== this.fallbackScope)
      if (
        !(error instanceof EntraError) ||
        error.code !== RESOURCE_NOT_FOUND ||
        unknown === undefined
      ) {
        throw error
      }
      for (const scope of requested) this.replaced.set(scope, this.fallbackScope)
      this.onFallback(unknown, this.fallbackScope)
      return this.credential.getToken([this.fallbackScope], options)
    }
  }
}
