import { describeError } from '../errors.js'

/**
 * Asks the authority for the tenant's OpenID configuration, the document MSAL could not read,
 * and says what went wrong in Entra's own words (AADSTS90002 for an unknown tenant) or the
 * network's (an unreachable host). MSAL only says `endpoints_resolution_error`.
 */
export async function diagnoseAuthority(
  authorityHost: string,
  tenantId: string,
  fetchImpl: typeof fetch = fetch
): Promise<string> {
  const url = `${authorityHost.replace(/\/$/, '')}/${encodeURIComponent(tenantId)}/v2.0/.well-known/openid-configuration`
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) })
    if (response.ok) return `${url} answers now; the failure was likely transient.`
    const body = (await response.json().catch(() => ({}))) as { error_description?: unknown }
    const description = typeof body.error_description === 'string' ? body.error_description : ''
    return `${url} answered ${response.status}${description ? `: ${description.replace(/\s+/g, ' ').trim()}` : ''}`
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    return `${url} could not be reached: ${describeError(cause ?? error)}`
  }
}
