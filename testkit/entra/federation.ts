import type { Application } from './directory.js'
import { entraFailures, type EntraFailure } from './errors.js'
import type { VerifiedAssertion } from './assertion.js'

/**
 * Matches a verified assertion against the app's federated credentials the way Entra does:
 * issuer, subject and audience must each equal a credential's value exactly and case-sensitively.
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
  const sameSubject = sameIssuer.filter((fic) => fic.subject === sub)
  if (sameSubject.length === 0) {
    const caseOnly = sameIssuer.find((fic) => fic.subject.toLowerCase() === sub.toLowerCase())
    return caseOnly
      ? entraFailures.subjectCaseMismatch(sub, caseOnly.subject)
      : entraFailures.subjectMismatch(sub)
  }
  const matched = sameSubject.some((fic) => fic.audiences.some((value) => aud.includes(value)))
  return matched ? undefined : entraFailures.audienceMismatch(aud.join(','))
}
