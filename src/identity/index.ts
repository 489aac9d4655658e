/** Identity: the job's GitHub OIDC token, exchanged at Microsoft Entra ID for access tokens. */
export { FederatedCredential, type FederatedCredentialParameters } from './federated-credential.js'
export {
  GitHubTokenSource,
  ID_TOKEN_PERMISSION_YAML,
  type GitHubTokenSourceParameters
} from './github-token.js'
export { skipReason, tokenAbsence, type TokenAbsence } from './token-absence.js'
export { inspectAccessToken, resourceOfScope, type AccessTokenReport } from './access-token.js'
export {
  classicSubject,
  decodeClaims,
  parseSubject,
  presentedClaims,
  type EntraClaims,
  type GitHubClaims
} from './claims.js'
export { explainEntraFailure, readEntraFailure, subjectHints } from './entra-errors.js'
