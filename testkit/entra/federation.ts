import type { Application, StoredFederatedCredential } from './directory.js'
import { entraFailures, type EntraFailure } from './errors.js'
import type { VerifiedAssertion } from './assertion.js'
import { matchesClaims } from './claims-expression.js'
import { flexibleProblem } from './credential-rules.js'

/**
 * The first check, before the issuer's keys are fetched: the app has credentials (70021) and one
 * of them names the assertion's issuer (700211).
 */
export function matchIssuer(
  application: Application,
  assertion: VerifiedAssertion
): EntraFailure | undefined {
  const { iss, sub, aud } = assertion
  const credentials = visibleCredentials(application)
  if (credentials.length === 0) {
    return entraFailures.noFederatedCredentials(iss, sub, aud.join(','))
  }
  return credentials.some((fic) => fic.issuer === iss)
    ? undefined
    : entraFailures.issuerMismatch(iss)
}

/**
 * The credentials Entra's token service sees now: a credential created through Graph or ARM
 * reaches it only after a while (from tens of seconds to minutes: Entra's "federated identity
 * credential considerations"; azure-workload-identity #273), and until then the exchange fails
 * as if it did not exist.
 */
function visibleCredentials(application: Application): StoredFederatedCredential[] {
  const now = Date.now()
  return application.federatedCredentials.filter((fic) => (fic.visibleFrom ?? 0) <= now)
}

/**
 * Matches a verified assertion against the app's federated credentials the way Entra does:
 * issuer, subject and audience must each equal a credential's value exactly and case-sensitively.
 * When no subject matches, flexible credentials of the same issuer are tried: their claims
 * matching expression is evaluated against all the assertion's claims.
 * The first mismatching field (issuer, then subject, then audience) names the failure.
 */
export function matchFederatedCredential(
  application: Application,
  assertion: VerifiedAssertion,
  flexibleIssuers: ReadonlySet<string>
): EntraFailure | undefined {
  const { iss, sub, aud } = assertion
  const issuerFailure = matchIssuer(application, assertion)
  if (issuerFailure) return issuerFailure
  const sameIssuer = visibleCredentials(application).filter((fic) => fic.issuer === iss)
  let candidates = sameIssuer.filter((fic) => fic.subject === sub)
  if (candidates.length === 0) {
    candidates = sameIssuer.filter(
      (fic) =>
        fic.claimsMatchingExpression !== undefined &&
        // An expression that breaks the rules for GitHub no longer matches anything.
        flexibleProblem(fic, flexibleIssuers) === undefined &&
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
