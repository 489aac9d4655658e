/**
 * `doctor`: which federated credential a job's subject matches (or nearly, and why), and whether
 * the identity's role assignments allow the planned steps.
 */
export { presentedClaims, readClaimsFile, type PresentedClaims } from './claims.js'
export { doctorCommand } from './command.js'
export {
  flexibleRuleBroken,
  judgeCredentials,
  type CredentialVerdict
} from './credential-verdicts.js'
export { checkRoles, type RoleFindings } from './roles.js'
