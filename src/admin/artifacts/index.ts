/**
 * What `setup` prints: the federated credentials as JSON, an `az` script, Bicep, Terraform and
 * the workflow that uses the action, one file each here. Every artifact resolves the identity's
 * object id itself (from the client id or the managed identity), so none can assign the role to
 * the client id. A new artifact is one new file, listed in ARTIFACTS below.
 */
import type { SetupPlan } from '../plan.js'
import { credentialsBicep } from './credentials-bicep.js'
import { federatedCredentialsJson } from './federated-credentials-json.js'
import { terraform } from './main-tf.js'
import { roleBicep } from './role-bicep.js'
import { setupScript } from './setup-sh.js'
import { workflow } from './workflow-yml.js'

export type { Artifact } from './artifact.js'

/** Every artifact, in the order `setup` prints them. */
const ARTIFACTS = [
  federatedCredentialsJson,
  setupScript,
  credentialsBicep,
  roleBicep,
  terraform,
  workflow
] as const

/** The file names of the artifacts. */
export type ArtifactName = (typeof ARTIFACTS)[number]['fileName']

/** Every artifact's text by its file name. */
export type Artifacts = { readonly [name in ArtifactName]: string }

/** Renders every artifact of a setup plan. */
export function renderArtifacts(plan: SetupPlan): Artifacts {
  return Object.fromEntries(
    ARTIFACTS.map((artifact) => [artifact.fileName, artifact.render(plan)])
  ) as Artifacts
}
