import { describeError } from '../errors.js'
import { evaluateAssignments, type HeldRole } from './assignments.js'
import { AccountNotFound, ArmAccessDenied, listAccountRoles } from './arm-roles.js'
import type { AuthorizationParameters } from './parameters.js'

/**
 * Roles through ARM, or undefined when ARM cannot be asked, refuses, or fails (then: probe).
 * An account ARM does not know is a mistake in the inputs: strict mode stops there.
 */
export async function readArmRoles(
  parameters: AuthorizationParameters
): Promise<HeldRole[] | undefined> {
  const { log } = parameters
  if (parameters.location === undefined) {
    log.info(
      "No 'subscription-id' and 'resource-group': probing the data plane with reads instead of listing role assignments."
    )
    return undefined
  }
  try {
    const listed = await listAccountRoles(parameters.credential, parameters.location)
    const roles = evaluateAssignments({ principalId: parameters.principalId, ...listed })
    for (const reason of roles.ignored)
      log.warning(`Ignored a role assignment of principal ${parameters.principalId}: ${reason}.`)
    log.info(
      `Role assignments for principal ${parameters.principalId} (ARM): ${roles.held.map((role) => `${role.role} at ${role.scope}`).join('; ') || 'none'}.`
    )
    return [...roles.held]
  } catch (error) {
    if (error instanceof ArmAccessDenied) {
      log.warning(
        error.status === 401
          ? `${error.message}\nARM did not accept the identity's token: check 'cloud' and 'arm-endpoint'. Probing the data plane with reads instead.`
          : `${error.message}\nThe identity cannot read role assignments (it needs e.g. 'Cosmos DB Account Reader Role' on the account); probing the data plane with reads instead.`
      )
      return undefined
    }
    if (error instanceof AccountNotFound && parameters.mode === 'strict') throw error
    log.warning(`${describeError(error)}\nProbing the data plane with reads instead.`)
    return undefined
  }
}
