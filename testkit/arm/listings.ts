import { sendJson } from '../http/server.js'
import type { ArmRequest } from './route.js'

/**
 * `GET /subscriptions` and `GET /tenants`, the first calls `az login` makes with its ARM token.
 * As ARM answers them, they list only what the caller can see and never refuse: the account's
 * subscription for a principal with a role in it, nothing otherwise; the caller's own tenant.
 * (Microsoft.Resources, Subscriptions - List and Tenants - List.) True when it answered.
 */
export function serveListing(request: ArmRequest, canRead: boolean): boolean {
  if (request.method !== 'GET') return false
  const { cosmos, res } = request
  const path = request.url.pathname.replace(/\/+$/, '')
  if (path === '/subscriptions') {
    const subscription = {
      id: `/subscriptions/${cosmos.subscriptionId}`,
      subscriptionId: cosmos.subscriptionId,
      tenantId: cosmos.tenantId,
      displayName: 'Local cloud',
      state: 'Enabled',
      subscriptionPolicies: {
        spendingLimit: 'Off',
        quotaId: 'Local',
        locationPlacementId: 'Public'
      }
    }
    sendJson(res, 200, { value: canRead ? [subscription] : [] })
    return true
  }
  if (path === '/tenants') {
    const tenant = { id: `/tenants/${cosmos.tenantId}`, tenantId: cosmos.tenantId }
    sendJson(res, 200, { value: [tenant] })
    return true
  }
  return false
}
