/**
 * Contract: what Azure Resource Manager answers about a Cosmos DB account's role assignments, as
 * the role check relies on it (targets.ts; against Azure only with CONTRACT_SUBSCRIPTION_ID and
 * CONTRACT_RESOURCE_GROUP, and a control-plane read role for the identity).
 */
import { expect, it } from '@jest/globals'
import { forEachTarget } from './targets.js'

forEachTarget((target, optional) => {
  // ARM REST reference, "Sql Resources - List Sql Role Assignments" (api-version 2024-11-15):
  // { value: [{ id, name, type, properties: { roleDefinitionId, scope, principalId } }] }, not
  // paged, scopes as full account resource ids; the identity's own assignment is among them.
  ;(optional.arm ? it : it.skip)(
    `lists the account role assignments with definition, scope and principal${optional.arm ? '' : ' (set CONTRACT_SUBSCRIPTION_ID and CONTRACT_RESOURCE_GROUP to run)'}`,
    async () => {
      const arm = target().arm
      if (arm === undefined) throw new Error('no ARM location for this target')
      const token = await target().credential().getToken(`${target().cloud.armResource}/.default`)
      const account = `/subscriptions/${arm.subscriptionId}/resourceGroups/${arm.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${arm.accountName}`
      const answer = await target().send(
        `${arm.endpoint.replace(/\/$/, '')}${account}/sqlRoleAssignments?api-version=2024-11-15`,
        { headers: { authorization: `Bearer ${token?.token ?? ''}` } }
      )
      expect(answer.status).toBe(200)
      const { value } = answer.json<{
        value: Array<{
          type: string
          properties: { roleDefinitionId: string; scope: string; principalId: string }
        }>
      }>()
      expect(value.length).toBeGreaterThan(0)
      for (const assignment of value) {
        expect(assignment.type).toBe('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments')
        expect(assignment.properties.scope.toLowerCase().startsWith(account.toLowerCase())).toBe(
          true
        )
        expect(assignment.properties.roleDefinitionId).toMatch(
          /\/sqlRoleDefinitions\/[0-9a-f-]{36}$/i
        )
      }
    }
  )
})
