import type { CredentialPlan, SetupPlan } from '../plan.js'
import type { Artifact } from './artifact.js'

/** The body the API takes: Graph's for an application, ARM's for a managed identity. */
export function credentialBody(
  plan: SetupPlan,
  credential: CredentialPlan
): Record<string, unknown> {
  const match =
    credential.expression === undefined
      ? { subject: credential.subject }
      : { claimsMatchingExpression: { value: credential.expression, languageVersion: 1 } }
  if (plan.options.identity.kind === 'application')
    return {
      name: credential.name,
      issuer: credential.issuer,
      ...match,
      audiences: [credential.audience],
      description: credential.description
    }
  return {
    name: credential.name,
    properties: { issuer: credential.issuer, ...match, audiences: [credential.audience] }
  }
}

/** The credentials as the API takes them (Graph bodies, or ARM bodies for a managed identity). */
export const federatedCredentialsJson = {
  fileName: 'federated-credentials.json',
  render: (plan) =>
    `${JSON.stringify(
      plan.credentials.map((credential) => credentialBody(plan, credential)),
      null,
      2
    )}\n`
} as const satisfies Artifact
