import type { Application } from './directory.js'
import { entraFailures, type EntraFailure } from './errors.js'
import type { VerifiedAssertion } from './assertion.js'
import { matchesClaims } from './claims-expression.js'

/**
 * Matches a verified assertion against the app's federated credentials the way Entra does:
 * issuer, subject and audience must each equal a credential's value exactly and case-sensitively.
 * When no subject matches, flexible credentials of the same issuer are tried: their claims
 * matching expression is evaluated against all the assertion's claims.
 * The first mismatching field (issuer, then subject, then audience) names the failure.
 */
export function matchFederatedCredential(
  application: Application,
  assertion: VerifiedAssertion
): EntraFailure | undefined {
  const { iss, sub, aud } = assertion
  const credentials = application.federatedCredentials
  if (credentials.length === 0) {
    return entraFailures.noFederatedCredentials(iss, sub, aud.join(','))
  }
  const sameIssuer = credentials.filter((fic) => fic.issuer === iss)
  if (sameIssuer.length === 0) return entraFailures.issuerMismatch(iss)
  let candidates = sameIssuer.filter((fic) => fic.subject === sub)
  if (candidates.length === 0) {
    candidates = sameIssuer.filter(
      (fic) =>
        fic.claimsMatchingExpression !== undefined &&
        matchesClaims(fic.claimsMatchingExpression.value, assertion.claims)
    )
  }
  if (candidates.length === 0) {
    const caseOnly = sameIssuer.find((fic) => fic.subject?.toLowerCase() === sub.toLowerCase())
    if (caseOnly?.subject !== undefined) {
      return entraFailures.subjectCaseMismatch(sub, caseOnly.subject)
    }
    // Only flexible credentials to try: say their expressions failed, not that the subject did.
    const onlyFlexible = sameIssuer.every((fic) => fic.subject === undefined)
    return onlyFlexible ? entraFailures.expressionMismatch(sub) : entraFailures.subjectMismatch(sub)
  }
  const matched = candidates.some((fic) => fic.audiences.some((value) => aud.includes(value)))
  return matched ? undefined : entraFailures.audienceMismatch(aud.join(','))
}
