import { claimsLanguageVersion, parseClaimsExpression } from './claims-expression.js'
import type { FederatedCredential, StoredFederatedCredential } from './directory.js'

/** Entra allows at most 20 federated identity credentials per app or identity. */
export const maxFederatedCredentials = 20

/** 3 to 120 characters, letters, digits, `-` and `_`, starting with a letter or digit. */
export const credentialNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/

/** Issuer, subject, audience and description each hold at most 600 characters. */
export const maxCredentialValueLength = 600

/**
 * Why a federated credential cannot be stored. Graph and ARM word each problem their own way,
 * so the rules name the problem and the services render it.
 */
export type CredentialProblem =
  | { kind: 'name' }
  | { kind: 'missing'; field: 'issuer' | 'subject' }
  | { kind: 'tooLong'; field: 'issuer' | 'subject' | 'audience' | 'description' }
  | { kind: 'audienceCount'; count: number }
  | { kind: 'subjectAndExpression' }
  | { kind: 'languageVersion'; version: number }
  | { kind: 'expression'; reason: string }
  | { kind: 'flexibleIssuer'; issuer: string }
  | { kind: 'flexibleClaims'; issuer: string }
  | { kind: 'duplicateName' }
  | { kind: 'duplicateIssuerSubject' }
  | { kind: 'limit' }

/** github.com's issuer: the one flexible credentials for GitHub are documented for. */
export const githubIssuer = 'https://token.actions.githubusercontent.com'

export interface CredentialRuleOptions {
  /** A stored credential the candidate replaces (an ARM PUT of an existing name). */
  readonly replacing?: string | undefined
  /** Issuers flexible credentials may name (github.com's, and the local cloud's stand-in for it). */
  readonly flexibleIssuers: ReadonlySet<string>
}

/**
 * Checks a credential against the rules Graph and ARM share, in that order: the credential's own
 * fields, then its siblings (name and issuer+subject unique, at most 20).
 */
export function credentialProblem(
  existing: readonly StoredFederatedCredential[],
  candidate: FederatedCredential,
  options: CredentialRuleOptions
): CredentialProblem | undefined {
  const replacing = options.replacing
  const own = ownProblem(candidate) ?? flexibleProblem(candidate, options.flexibleIssuers)
  if (own) return own
  const siblings = existing.filter((fic) => fic.name !== replacing)
  if (replacing === undefined && siblings.some((fic) => fic.name === candidate.name)) {
    return { kind: 'duplicateName' }
  }
  const sameSubject = (fic: FederatedCredential) =>
    candidate.subject !== undefined &&
    fic.issuer === candidate.issuer &&
    fic.subject === candidate.subject
  if (siblings.some(sameSubject)) return { kind: 'duplicateIssuerSubject' }
  if (siblings.length >= maxFederatedCredentials) return { kind: 'limit' }
  return undefined
}

function ownProblem(candidate: FederatedCredential): CredentialProblem | undefined {
  const tooLong = (value: string | undefined) =>
    value !== undefined && value.length > maxCredentialValueLength
  if (!credentialNamePattern.test(candidate.name)) return { kind: 'name' }
  if (!candidate.issuer) return { kind: 'missing', field: 'issuer' }
  if (tooLong(candidate.issuer)) return { kind: 'tooLong', field: 'issuer' }
  if (candidate.audiences.length !== 1) {
    return { kind: 'audienceCount', count: candidate.audiences.length }
  }
  if (candidate.audiences.some(tooLong)) return { kind: 'tooLong', field: 'audience' }
  if (tooLong(candidate.description)) return { kind: 'tooLong', field: 'description' }
  const expression = candidate.claimsMatchingExpression
  if (expression !== undefined && candidate.subject !== undefined) {
    return { kind: 'subjectAndExpression' }
  }
  if (expression === undefined) {
    if (!candidate.subject) return { kind: 'missing', field: 'subject' }
    if (tooLong(candidate.subject)) return { kind: 'tooLong', field: 'subject' }
    return undefined
  }
  if (expression.languageVersion !== claimsLanguageVersion) {
    return { kind: 'languageVersion', version: expression.languageVersion }
  }
  const parsed = parseClaimsExpression(expression.value)
  return typeof parsed === 'string' ? { kind: 'expression', reason: parsed } : undefined
}

/**
 * The rules Entra has applied to flexible credentials for GitHub since about 2026-08: they are
 * documented for github.com's issuer only, and an expression must match `sub` together with
 * `repository_id` and/or `repository_owner_id`, so that a renamed or recreated repository of the
 * same name cannot match (Graph: "…either lacks all required claims or contains unallowed claims";
 * terraform-provider-azuread #1901, entra-docs PR #2055). Entra also no longer matches an
 * expression that breaks them (federation.ts).
 */
export function flexibleProblem(
  credential: FederatedCredential,
  flexibleIssuers: ReadonlySet<string>
): CredentialProblem | undefined {
  const expression = credential.claimsMatchingExpression
  if (expression === undefined) return undefined
  if (!flexibleIssuers.has(credential.issuer))
    return { kind: 'flexibleIssuer', issuer: credential.issuer }
  const clauses = parseClaimsExpression(expression.value)
  if (typeof clauses === 'string') return { kind: 'expression', reason: clauses }
  const claims = new Set(clauses.map((clause) => clause.claim))
  const pinned = claims.has('repository_id') || claims.has('repository_owner_id')
  return claims.has('sub') && pinned
    ? undefined
    : { kind: 'flexibleClaims', issuer: credential.issuer }
}

/** A neutral description of a problem, for errors thrown by the directory itself. */
export function describeCredentialProblem(problem: CredentialProblem, name: string): string {
  switch (problem.kind) {
    case 'name':
      return `invalid federated credential name '${name}'`
    case 'missing':
      return `a federated credential needs a ${problem.field}`
    case 'tooLong':
      return `the ${problem.field} of a federated credential holds at most ${maxCredentialValueLength} characters`
    case 'audienceCount':
      return 'a federated credential has one audience'
    case 'subjectAndExpression':
      return 'a federated credential has a subject or a claims matching expression, not both'
    case 'languageVersion':
      return `claims matching expression language version ${problem.version} is not supported`
    case 'expression':
      return `invalid claims matching expression: ${problem.reason}`
    case 'flexibleIssuer':
      return `claims matching expressions are not supported for issuer '${problem.issuer}'`
    case 'flexibleClaims':
      return flexibleClaimsMessage(problem.issuer)
    case 'duplicateName':
      return `federated credential ${name} already exists`
    case 'duplicateIssuerSubject':
      return 'the issuer and subject of a federated credential must be unique'
    case 'limit':
      return `at most ${maxFederatedCredentials} federated credentials per application`
  }
}

/** Graph's words for an expression without the claims it must match (its text, as reported). */
export function flexibleClaimsMessage(issuer: string): string {
  return `The FederatedIdentityCredential.ClaimsMatchingExpression.Value is invalid. Rule exception: Expression configured for issuer '${issuer}' either lacks all required claims or contains unallowed claims.`
}

/**
 * The words for an issuer flexible credentials are not supported for. Graph's text for this case
 * is not documented: this one is the stand-in's own.
 */
export function flexibleIssuerMessage(issuer: string): string {
  return `The FederatedIdentityCredential.ClaimsMatchingExpression is not supported for issuer '${issuer}'. Flexible federated identity credentials are supported for the issuers of GitHub, GitLab and Terraform Cloud.`
}
