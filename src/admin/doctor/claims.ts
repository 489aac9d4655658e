/** What the job presents to Entra: read from a token or its claims, or computed for a trigger. */
import { readFile } from 'node:fs/promises'
import { decodeJwt } from 'jose'
import type { CloudProfile } from '../../clouds.js'
import { UsageError } from '../options.js'
import {
  customSubject,
  describeTrigger,
  subjectFor,
  type Repository,
  type SubjectForm,
  type Trigger
} from '../subjects.js'

/** The claims the job presents, as far as federation looks at them. */
export interface PresentedClaims {
  readonly iss: string
  readonly sub: string
  readonly aud: string
  readonly repository_id?: string | undefined
  readonly repository_owner_id?: string | undefined
  readonly job_workflow_ref?: string | undefined
  /** The `repository` claim (`OWNER/REPO`), from a token's claims only. */
  readonly repository?: string | undefined
  /** The `repository_id` claim as the token carries it (not filled in from --repo-id). */
  readonly claimedRepositoryId?: string | undefined
  /** Where the subject came from: a token's claims, or computed from the trigger. */
  readonly source: string
}

/** Reads a claims file: a JSON object of claims, or a JWT (decoded, never verified or printed). */
export async function readClaimsFile(path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = (await readFile(path, 'utf8')).trim()
  } catch {
    throw new UsageError(`--claims is '${path}': no such file`)
  }
  if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) {
    try {
      return decodeJwt(text) as Record<string, unknown>
    } catch {
      throw new UsageError(`--claims '${path}' holds no readable JWT`)
    }
  }
  try {
    const claims = JSON.parse(text) as unknown
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) throw new Error()
    return claims as Record<string, unknown>
  } catch {
    throw new UsageError(
      `--claims '${path}' is neither a JSON object of claims nor a JWT (print them in a job with: echo "$TOKEN" | cut -d. -f2 | base64 -d)`
    )
  }
}

/** The presented claims from a claims file, or computed for a trigger. */
export function presentedClaims(parameters: {
  readonly claims: Record<string, unknown> | undefined
  readonly repository: Repository
  readonly trigger: Trigger | undefined
  readonly form: SubjectForm
  readonly template: readonly string[] | undefined
  /** Values of template claims a trigger does not determine (`--claim KEY=VALUE`). */
  readonly templateClaims?: Readonly<Record<string, string>>
  readonly issuer: string
  readonly cloud: CloudProfile
}): PresentedClaims {
  const { claims, repository, trigger } = parameters
  if (claims !== undefined) {
    const sub = claims['sub']
    if (typeof sub !== 'string') throw new UsageError('the claims have no sub')
    const aud = Array.isArray(claims['aud']) ? claims['aud'][0] : claims['aud']
    const text = (name: string): string | undefined =>
      claims[name] === undefined ? undefined : String(claims[name])
    return {
      iss: text('iss') ?? parameters.issuer,
      sub,
      aud: typeof aud === 'string' ? aud : parameters.cloud.tokenExchangeAudience,
      repository_id: text('repository_id') ?? repository.repoId,
      repository_owner_id: text('repository_owner_id') ?? repository.ownerId,
      job_workflow_ref: text('job_workflow_ref'),
      repository: text('repository'),
      claimedRepositoryId: text('repository_id'),
      source: 'the token claims given'
    }
  }
  if (trigger === undefined)
    throw new UsageError(
      'say which job to check: --branch NAME, --tag NAME, --environment NAME, --pull-request, or --claims FILE'
    )
  return {
    iss: parameters.issuer,
    sub:
      parameters.template !== undefined
        ? customSubject(
            parameters.template,
            repository,
            trigger,
            parameters.templateClaims,
            parameters.form
          )
        : subjectFor(repository, trigger, parameters.form),
    aud: parameters.cloud.tokenExchangeAudience,
    repository_id: repository.repoId,
    repository_owner_id: repository.ownerId,
    source: `computed for ${describeTrigger(trigger)} (${parameters.template ? `custom template, ${parameters.form} form` : `${parameters.form} form`})`
  }
}
