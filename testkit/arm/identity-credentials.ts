import {
  flexibleClaimsMessage,
  flexibleIssuerMessage,
  type CredentialProblem
} from '../entra/credential-rules.js'
import type { FederatedCredential, StoredFederatedCredential } from '../entra/directory.js'
import type { ArmError } from './auth.js'

/** The ARM type of a federated identity credential on a user-assigned managed identity. */
export const identityCredentialType =
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const badRequest = (message: string): ArmError => ({ status: 400, code: 'BadRequest', message })

/** claimsMatchingExpression exists only in the preview api-versions (2025-01-31-preview on). */
export const acceptsExpressions = (apiVersion: string): boolean => apiVersion.endsWith('-preview')

/** Reads `{ properties: { issuer, subject | claimsMatchingExpression, audiences } }`. */
export function identityCredentialFromBody(
  body: unknown,
  name: string,
  apiVersion: string
): FederatedCredential | ArmError {
  const properties = isObject(body) ? body.properties : undefined
  if (!isObject(properties)) {
    return badRequest("The request body must contain an object 'properties'.")
  }
  const { issuer, subject, audiences, claimsMatchingExpression: expression } = properties
  if (typeof issuer !== 'string') return badRequest("'properties.issuer' must be a string.")
  if (subject !== undefined && subject !== null && typeof subject !== 'string') {
    return badRequest("'properties.subject' must be a string.")
  }
  if (!Array.isArray(audiences) || audiences.some((value) => typeof value !== 'string')) {
    return badRequest("'properties.audiences' must be an array of strings.")
  }
  const credential: FederatedCredential = { name, issuer, audiences: audiences as string[] }
  if (typeof subject === 'string') credential.subject = subject
  if (expression === undefined || expression === null) return credential
  if (!acceptsExpressions(apiVersion)) {
    return badRequest(
      `'properties.claimsMatchingExpression' is not supported in api-version '${apiVersion}': use a preview api-version such as 2025-01-31-preview.`
    )
  }
  if (
    !isObject(expression) ||
    typeof expression.value !== 'string' ||
    typeof expression.languageVersion !== 'number'
  ) {
    return badRequest(
      "'properties.claimsMatchingExpression' must be { value: string, languageVersion: 1 }."
    )
  }
  credential.claimsMatchingExpression = {
    value: expression.value,
    languageVersion: expression.languageVersion
  }
  return credential
}

/** Renders a broken rule as ARM answers it for a managed identity. */
export function identityCredentialProblem(problem: CredentialProblem, name: string): ArmError {
  switch (problem.kind) {
    case 'name':
      return badRequest(
        `The federated identity credential name '${name}' is invalid: it must match ^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$.`
      )
    case 'missing':
      return badRequest(
        problem.field === 'subject'
          ? "'properties.subject' is required (or 'properties.claimsMatchingExpression' in a preview api-version)."
          : `'properties.${problem.field}' is required.`
      )
    case 'tooLong':
      return badRequest(`'properties.${problem.field}' holds at most 600 characters.`)
    case 'audienceCount':
      return badRequest("'properties.audiences' must hold exactly one value.")
    case 'subjectAndExpression':
      return badRequest(
        "Set either 'properties.subject' or 'properties.claimsMatchingExpression', not both."
      )
    case 'languageVersion':
      return badRequest("'properties.claimsMatchingExpression.languageVersion' must be 1.")
    case 'expression':
      return badRequest(
        `'properties.claimsMatchingExpression.value' is invalid: ${problem.reason}.`
      )
    case 'flexibleClaims':
      return badRequest(flexibleClaimsMessage(problem.issuer))
    case 'flexibleIssuer':
      return badRequest(flexibleIssuerMessage(problem.issuer))
    case 'duplicateName':
      // A PUT replaces a credential of the same name; kept for completeness.
      return { status: 409, code: 'Conflict', message: `${name} already exists.` }
    case 'duplicateIssuerSubject':
      return badRequest('Issuer and subject combination already exists for this Managed Identity.')
    case 'limit':
      // The limit of 20 is documented; ARM's error for a 21st is not: the wording is a guess.
      return badRequest(
        'A managed identity can have at most 20 federated identity credentials. Delete one before adding another.'
      )
  }
}

/** A stored credential as ARM shows it; the expression only in preview api-versions. */
export function identityCredentialResource(
  identityResourceId: string,
  credential: StoredFederatedCredential,
  apiVersion: string
) {
  const { claimsMatchingExpression: expression } = credential
  return {
    id: `${identityResourceId}/federatedIdentityCredentials/${credential.name}`,
    name: credential.name,
    type: identityCredentialType,
    properties: {
      issuer: credential.issuer,
      ...(credential.subject === undefined ? {} : { subject: credential.subject }),
      audiences: [...credential.audiences],
      ...(expression && acceptsExpressions(apiVersion)
        ? { claimsMatchingExpression: { ...expression } }
        : {})
    }
  }
}
