/**
 * Entra's instance discovery, `GET /common/discovery/instance?api-version=1.1&authorization_endpoint=…`,
 * which MSAL for Python calls before it trusts an authority (msal/authority.py), to learn where
 * the tenant's OpenID configuration is and which host names are one cloud. The answer has the
 * shape login.microsoftonline.com gives: the tenant discovery endpoint on the host the client
 * asked about, and that host as the cloud's only alias (the local cloud has no others).
 */
export function instanceDiscovery(url: URL): { status: number; body: Record<string, unknown> } {
  const endpoint = url.searchParams.get('authorization_endpoint') ?? ''
  let authorize: URL
  try {
    authorize = new URL(endpoint)
  } catch {
    return {
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: `AADSTS90102: 'authorization_endpoint' value must be a valid absolute URI.`
      }
    }
  }
  const tenant = authorize.pathname.split('/')[1] ?? 'common'
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${authorize.origin}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: authorize.host,
          preferred_cache: authorize.host,
          aliases: [authorize.host]
        }
      ]
    }
  }
}
