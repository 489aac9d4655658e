import type { CosmosClient } from '@azure/cosmos'
import type { TokenCredential } from '@azure/identity'
import type { AccountLocation } from '../cosmos/arm.js'
import type { Logger } from '../runtime.js'
import type { Verdict } from './decide.js'
import type { Requirement, StepUse } from './needs.js'

export type RoleCheckMode = 'strict' | 'warn' | 'off'

/** One entry of the `roles` output. */
export interface RoleOutput {
  readonly role: string
  readonly roleDefinitionId: string
  readonly scope: string
  readonly source: 'arm' | 'probe'
}

export interface AuthorizationParameters {
  readonly mode: RoleCheckMode
  readonly database: string
  readonly uses: readonly StepUse[]
  readonly principalId: string
  readonly accountName: string
  readonly resourceGroup: string | undefined
  readonly client: CosmosClient
  readonly credential: TokenCredential
  /** Where to list role assignments; undefined without subscription and resource group. */
  readonly location: AccountLocation | undefined
  readonly log: Logger
}

export interface AuthorizationReport {
  readonly mode: RoleCheckMode
  readonly source: 'arm' | 'probe' | 'off'
  readonly verdicts: readonly Verdict[]
  /** Actions held (through ARM) on the job's containers that the job does not need. */
  readonly unneeded: readonly Requirement[]
  readonly roles: readonly RoleOutput[]
  readonly notices: readonly string[]
  /** The explanation of what is missing, when anything is known to be. */
  readonly missing: string | undefined
}
