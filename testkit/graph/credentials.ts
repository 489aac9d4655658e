import {
  flexibleClaimsMessage,
  flexibleIssuerMessage,
  type CredentialProblem
} from '../entra/credential-rules.js'
import type {
  ClaimsMatchingExpression,
  FederatedCredential,
  StoredFederatedCredential
} from '../entra/directory.js'
import { graphErrors, type GraphError } from './errors.js'
import type { GraphVersion } from './paths.js'

const entityType = 'microsoft.graph.federatedIdentityCredential'
const v1Properties = ['name', 'issuer', 'subject', 'description', 'audiences']
/** claimsMatchingExpression exists on the beta resource only. */
const betaProperties = [...v1Properties, 'claimsMatchingExpression']

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a POST body into a credential: known properties of this version only, each of the
 * right type. The rules (name, lengths, audiences, duplicates) are checked afterwards.
 */
export function credentialFromBody(
  body: unknown,
  version: GraphVersion
): FederatedCredential | GraphError {
  if (!isObject(body)) return graphErrors.unreadableBody()
  const known = version === 'beta' ? betaProperties : v1Properties
  const unknown = Object.keys(body).find(
    (key) => !key.startsWith('@odata.') && !known.includes(key)
  )
  if (unknown !== undefined) return graphErrors.unknownProperty(unknown, entityType)
  const { name, issuer, subject, description, audiences, claimsMatchingExpression } = body
  if (typeof name !== 'string') return graphErrors.invalidValue('name', 'A name is required.')
  if (typeof issuer !== 'string')
    return graphErrors.invalidValue('issuer', 'An issuer is required.')
  if (subject !== undefined && subject !== null && typeof subject !== 'string') {
    return graphErrors.invalidValue('subject')
  }
  if (description !== undefined && description !== null && typeof description !== 'string') {
    return graphErrors.invalidValue('description')
  }
  if (!Array.isArray(audiences) || audiences.some((value) => typeof value !== 'string')) {
    return graphErrors.invalidValue('audiences', 'It must be a collection of strings.')
  }
  const expression = expressionOf(claimsMatchingExpression)
  if (expression === 'invalid') return graphErrors.invalidValue('claimsMatchingExpression')
  return {
    name,
    issuer,
    audiences: audiences as string[],
    ...(typeof subject === 'string' ? { subject } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    ...(expression ? { claimsMatchingExpression: expression } : {})
  }
}

function expressionOf(value: unknown): ClaimsMatchingExpression | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) return 'invalid'
  const { value: text, languageVersion } = value
  if (typeof text !== 'string' || typeof languageVersion !== 'number') return 'invalid'
  return { value: text, languageVersion }
}

/** Renders a broken rule as Graph answers it. */
export function graphProblem(
  problem: CredentialProblem,
  candidate: FederatedCredential
): GraphError {
  switch (problem.kind) {
    case 'name':
      // The text Graph answered in Azure/azure-dev#5948.
      return graphErrors.badRequest(
        'The name of a federated identity credentials must be within 3 and 120 characters, only contains letters (A-Z, a-z), numbers, hyphens and dashes and must start with a number or letter.'
      )
    case 'missing':
      return problem.field === 'subject'
        ? graphErrors.invalidValue('subject', 'Set a subject or a claimsMatchingExpression.')
        : graphErrors.invalidValue(problem.field, 'It is required.')
    case 'tooLong':
      return graphErrors.invalidValue(
        problem.field === 'audience' ? 'audiences' : problem.field,
        'It holds at most 600 characters.'
      )
    case 'audienceCount':
      return graphErrors.invalidValue('audiences', 'It must hold exactly one value.')
    case 'subjectAndExpression':
      // Graph's status and code for this case are not documented (research 7, open point 4).
      return graphErrors.badRequest(
        "A federated identity credential has either a 'subject' or a 'claimsMatchingExpression', not both."
      )
    case 'languageVersion':
      return graphErrors.invalidValue('claimsMatchingExpression', 'languageVersion must be 1.')
    case 'expression':
      return graphErrors.invalidValue('claimsMatchingExpression', `${problem.reason}.`)
    case 'flexibleClaims':
      return {
        status: 400,
        code: 'InvalidFederatedIdentityCredentialValue',
        message: flexibleClaimsMessage(problem.issuer)
      }
    case 'flexibleIssuer':
      return {
        status: 400,
        code: 'InvalidFederatedIdentityCredentialValue',
        message: flexibleIssuerMessage(problem.issuer)
      }
    case 'duplicateName':
      return {
        status: 409,
        code: 'Request_MultipleObjectsWithSameKeyValue',
        message: `FederatedIdentityCredential with name ${candidate.name} already exists.`
      }
    case 'duplicateIssuerSubject':
      // The text Graph answered in Azure/azure-workload-identity#434.
      return {
        status: 400,
        code: 'InvalidFederatedIdentityCredentialValue',
        message: `The combination of issuer and subject must be unique for the application. Issuer ${candidate.issuer} and Subject: ${candidate.subject} already exist. paramName: FederatedIdentityCredential.Subject, paramValue: ${candidate.subject}, objectType: Microsoft.Online.DirectoryServices.Application`
      }
    case 'limit':
      // Graph documents the limit of 20 but not the error for a 21st: the code is a guess.
      return graphErrors.badRequest(
        'An application can have at most 20 federated identity credentials. Delete one before adding another.'
      )
  }
}

/** A stored credential as this Graph version shows it. */
export function credentialResource(credential: StoredFederatedCredential, version: GraphVersion) {
  return {
    id: credential.id,
    name: credential.name,
    issuer: credential.issuer,
    subject: credential.subject ?? null,
    description: credential.description ?? null,
    audiences: [...credential.audiences],
    ...(version === 'beta'
      ? { claimsMatchingExpression: credential.claimsMatchingExpression ?? null }
      : {})
  }
}

const filterPattern = /^\s*(name|subject)\s+eq\s+'((?:[^']|'')*)'\s*$/

/** Applies `$filter=name eq '...'` or `subject eq '...'`; a GraphError for anything else. */
export function filterCredentials(
  credentials: StoredFederatedCredential[],
  filter: string | null
): StoredFederatedCredential[] | GraphError {
  if (filter === null) return credentials
  const match = filterPattern.exec(filter)
  if (!match) return graphErrors.unsupportedFilter(filter)
  const [, property, raw = ''] = match
  const value = raw.replaceAll("''", "'")
  return credentials.filter((fic) => (property === 'name' ? fic.name : fic.subject) === value)
}
