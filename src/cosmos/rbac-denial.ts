/**
 * Reads Cosmos DB's 403/5301 ("does not have required RBAC permissions") message. The service
 * words the resource three ways, all seen in the wild:
 *
 * - a path: `… to perform action [<action>] on resource [dbs/app/colls/orders].` (the common one;
 *   the account itself is `[/]`, items may appear as `dbs/app/colls/orders/docs/<id>`);
 * - an internal resource id: `… on resource [3TxEAO5CNTo=]` (azure-cosmos-dotnet-v3 #3110), which
 *   `az cosmosdb sql role assignment create --scope` does not accept;
 * - no resource at all: `… to perform action [<action>] on any scope.`
 *
 * For the last two the scope comes from the request that was refused.
 */

/** What a 5301 message says, as far as it says it. */
export interface RbacDenial {
  readonly principalId: string | undefined
  readonly action: string | undefined
  readonly resource:
    | { readonly kind: 'path'; readonly scope: string }
    | { readonly kind: 'internalId'; readonly id: string }
    | { readonly kind: 'anyScope' }
    | { readonly kind: 'unknown' }
}

const PRINCIPAL = /principal \[([^\]]*)\]/i
const ACTION = /action \[([^\]]*)\]/i
const RESOURCE = /on resource \[([^\]]*)\]/i
const ANY_SCOPE = /action \[[^\]]*\] on any scope/i
/** `/`, `dbs/<db>`, `dbs/<db>/colls/<c>` and anything under a container, with or without the slash. */
const RESOURCE_PATH = /^\/?(?:dbs\/[^/]+(?:\/colls\/[^/]+(?:\/.*)?)?)?$/i

/** Takes a 5301 message apart; fields it does not hold are undefined or `unknown`. */
export function parseRbacDenial(message: string): RbacDenial {
  const principalId = PRINCIPAL.exec(message)?.[1]
  const action = ACTION.exec(message)?.[1]
  const resource = RESOURCE.exec(message)?.[1]
  if (resource !== undefined) {
    const trimmed = resource.trim()
    return {
      principalId,
      action,
      resource: RESOURCE_PATH.test(trimmed)
        ? { kind: 'path', scope: roleScopeOf(trimmed) }
        : { kind: 'internalId', id: trimmed }
    }
  }
  return {
    principalId,
    action,
    resource: ANY_SCOPE.test(message) ? { kind: 'anyScope' } : { kind: 'unknown' }
  }
}

/**
 * The scope a role assignment can name for a resource path: `/`, `/dbs/<db>` or
 * `/dbs/<db>/colls/<container>`. Assignments stop at containers, so an item maps to its container.
 */
export function roleScopeOf(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`
  return withSlash.replace(/^(\/dbs\/[^/]+\/colls\/[^/]+)\/.*$/, '$1').replace(/\/+$/, '') || '/'
}
