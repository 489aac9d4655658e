/**
 * `doctor`: which federated credential a job's subject matches (or nearly, and why), and whether
 * the identity's role assignments allow the planned steps.
 */
import type { TokenCredential } from '@azure/identity'
import { readFile } from 'node:fs/promises'
import { decodeJwt } from 'jose'
import {
  evaluateAssignments,
  judge,
  missingPermissionsMessage,
  requiredActions
} from '../authorization/index.js'
import { listAccountRoles } from '../authorization/arm-roles.js'
import type { CloudProfile } from '../clouds.js'
import type { AccountLocation } from '../cosmos/arm.js'
import { parseSubject } from '../identity/claims.js'
import { planWork } from '../plan.js'
import { failingClause, parseExpression } from './expression.js'
import type { StoredCredential } from './identities.js'
import { UsageError } from './options.js'
import {
  customSubject,
  describeTrigger,
  subjectFor,
  type Repository,
  type SubjectForm,
  type Trigger
} from './subjects.js'

/** The claims the job presents, as far as federation looks at them. */
export interface PresentedClaims {
  readonly iss: string
  readonly sub: string
  readonly aud: string
  readonly repository_id?: string | undefined
  readonly repository_owner_id?: string | undefined
  readonly job_workflow_ref?: string | undefined
  /** Where the subject came from: a token's claims, or computed from the trigger. */
  readonly source: string
}

export interface CredentialVerdict {
  readonly name: string
  readonly match: string
  readonly verdict: 'matches' | 'nearly' | 'no'
  readonly why: string
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

const REPO = /^repo:([^:@/]+)(?:@\d+)?\/([^:@]+)(?:@\d+)?:/

/** Why a stored subject does not match the presented one, in the terms of the job. */
function subjectDifference(stored: string, presented: string): { nearly: boolean; why: string } {
  if (stored.toLowerCase() === presented.toLowerCase())
    return {
      nearly: true,
      why: 'differs only in case; subjects match case-sensitively (AADSTS7002138)'
    }
  const storedRepo = REPO.exec(stored)
  const presentedRepo = REPO.exec(presented)
  const storedShape = parseSubject(stored)
  const presentedShape = parseSubject(presented)
  if (!storedRepo || !presentedRepo) return { nearly: false, why: `written for '${stored}'` }
  const sameRepo =
    `${storedRepo[1]}/${storedRepo[2]}`.toLowerCase() ===
    `${presentedRepo[1]}/${presentedRepo[2]}`.toLowerCase()
  if (!sameRepo)
    return { nearly: false, why: `another repository (${storedRepo[1]}/${storedRepo[2]})` }
  if (storedShape.context === presentedShape.context) {
    if (storedShape.form !== presentedShape.form)
      return {
        nearly: true,
        why: `same job in the ${storedShape.form} form; the repository presents ${presentedShape.form} subjects (${presentedShape.form === 'immutable' ? 'repo:OWNER@ID/REPO@ID' : 'repo:OWNER/REPO'})`
      }
    return { nearly: true, why: `the repository part differs: '${stored}'` }
  }
  const context = storedShape.context ?? ''
  const job = presentedShape.context ?? ''
  let why = `written for '${context}', the job presents '${job}'`
  if (job.startsWith('environment:') && context.startsWith('ref:'))
    why = `written for ${context.slice(4)}, but the job runs in ${job.replace(':', " '")}': the environment takes the place of the branch or tag in the subject`
  else if (job === 'pull_request')
    why = `written for '${context}', but pull request jobs present ':pull_request', not the branch`
  else if (context === 'pull_request') why = `written for pull requests; this job presents '${job}'`
  else if (job.startsWith('ref:refs/tags/') && context.startsWith('ref:refs/heads/'))
    why = `written for a branch; tag jobs present '${job}'`
  return { nearly: true, why }
}

/** Judges every stored credential against the presented claims. */
export function judgeCredentials(
  stored: readonly StoredCredential[],
  presented: PresentedClaims,
  flexibleIssuer: string
): CredentialVerdict[] {
  const verdicts = stored.map((credential): CredentialVerdict => {
    const match = credential.subject ?? `matches ${credential.expression ?? '?'}`
    const refused = flexibleRuleBroken(credential, flexibleIssuer)
    if (refused !== undefined) return { name: credential.name, match, verdict: 'no', why: refused }
    const problems: string[] = []
    let nearly = true
    if (credential.issuer !== presented.iss) {
      problems.push(
        credential.issuer.replace(/\/$/, '') === presented.iss
          ? `issuer '${credential.issuer}' has a trailing slash (AADSTS700211)`
          : `issuer '${credential.issuer}', the job's tokens come from '${presented.iss}'`
      )
      if (credential.issuer.replace(/\/$/, '') !== presented.iss) nearly = false
    }
    if (!credential.audiences.includes(presented.aud))
      problems.push(
        `audience ${credential.audiences.join(', ')}; the job asks for '${presented.aud}' (AADSTS700212)`
      )
    if (credential.subject !== undefined) {
      if (credential.subject !== presented.sub) {
        const difference = subjectDifference(credential.subject, presented.sub)
        problems.push(difference.why)
        nearly &&= difference.nearly
      }
    } else if (credential.expression !== undefined) {
      try {
        const failing = failingClause(parseExpression(credential.expression), {
          ...presented
        })
        if (failing)
          problems.push(
            `claims['${failing.claim}'] ${failing.operator} '${failing.value}' fails: the job's ${failing.claim} is ${presented[failing.claim as keyof PresentedClaims] === undefined ? 'unknown (give --repo-id / --owner-id, or --claims)' : `'${String(presented[failing.claim as keyof PresentedClaims])}'`} (AADSTS7002131)`
          )
      } catch (error) {
        problems.push(`the expression cannot be read: ${(error as Error).message}`)
        nearly = false
      }
    }
    if (problems.length === 0) return { name: credential.name, match, verdict: 'matches', why: '' }
    return {
      name: credential.name,
      match,
      verdict: nearly ? 'nearly' : 'no',
      why: problems.join('; ')
    }
  })
  const order = { matches: 0, nearly: 1, no: 2 } as const
  return verdicts.sort((a, b) => order[a.verdict] - order[b.verdict])
}

/**
 * Why Entra no longer honours a flexible credential: since about 2026-08 a GitHub expression must
 * match `sub` together with `repository_id` and/or `repository_owner_id` (Graph: "…either lacks all
 * required claims or contains unallowed claims"), and flexible credentials are documented for
 * github.com's issuer only.
 */
export function flexibleRuleBroken(
  credential: StoredCredential,
  flexibleIssuer: string
): string | undefined {
  if (credential.expression === undefined) return undefined
  if (credential.issuer !== flexibleIssuer)
    return `a flexible credential for the issuer '${credential.issuer}': Entra supports them for GitHub only with ${flexibleIssuer}, and Graph refuses new ones for other issuers. Replace it with one credential per branch, tag or environment.`
  let claims: Set<string>
  try {
    claims = new Set(parseExpression(credential.expression).map((clause) => clause.claim))
  } catch {
    return undefined // judged (and reported as unreadable) with the other expressions
  }
  if (claims.has('sub') && (claims.has('repository_id') || claims.has('repository_owner_id')))
    return undefined
  return "the expression does not match claims['sub'] together with claims['repository_id'] or claims['repository_owner_id'], which Entra requires of GitHub expressions since 2026-08: Graph refuses to save such a credential, and Entra does not match it. Recreate it with setup (it adds claims['repository_id'] eq '<id>')."
}

export interface RoleFindings {
  readonly held: ReadonlyArray<{ role: string; scope: string }>
  /** Assignments made to the client id or the application object id instead of the principal. */
  readonly misassigned: readonly string[]
  readonly lines: readonly string[]
  readonly allowed: boolean
}

/** The roles the principal holds and whether they cover the planned steps. */
export async function checkRoles(parameters: {
  readonly credential: TokenCredential
  readonly principalId: string
  readonly clientId: string
  readonly applicationObjectId: string | undefined
  readonly location: AccountLocation
  readonly database: string | undefined
  readonly steps: {
    migrations: string | undefined
    seed: string | undefined
    smoke: string | undefined
    dryRun: boolean
    seedMode: 'upsert' | 'insert'
    ledgerContainer: string
  }
}): Promise<RoleFindings> {
  const roles = await listAccountRoles(parameters.credential, parameters.location)
  const { held } = evaluateAssignments({
    principalId: parameters.principalId,
    accountResourceId: roles.accountResourceId,
    assignments: roles.assignments,
    definitions: roles.definitions
  })
  const wrongIds = new Map<string, string>([[parameters.clientId, 'client id']])
  if (parameters.applicationObjectId !== undefined)
    wrongIds.set(parameters.applicationObjectId, 'application object id')
  const misassigned = roles.assignments
    .filter((assignment) => wrongIds.has(assignment.principalId?.toLowerCase() ?? ''))
    .map(
      (assignment) =>
        `assignment ${assignment.id ?? '?'} names the ${wrongIds.get(assignment.principalId?.toLowerCase() ?? '')} ${assignment.principalId}, not the principal (object) id ${parameters.principalId}: it grants the job nothing. Delete it and assign the role to ${parameters.principalId}.`
    )
  const lines = [
    `Roles of principal ${parameters.principalId} on account ${parameters.location.accountName}:`,
    ...(held.length === 0
      ? ['  (none assigned directly; roles through groups are not listed)']
      : held.map((role) => `  ${role.role} at ${role.scope}`)),
    ...misassigned.map((line) => `  ✗ ${line}`)
  ]
  if (parameters.database === undefined) {
    lines.push(
      'Give --database (and the steps: --migrations, --seed, --smoke) to check the planned work.'
    )
    return { held, misassigned, lines, allowed: held.length > 0 && misassigned.length === 0 }
  }
  const plan = await planWork({
    migrations: parameters.steps.migrations,
    seed: parameters.steps.seed,
    smoke: parameters.steps.smoke,
    dryRun: parameters.steps.dryRun,
    seedMode: parameters.steps.seedMode,
    ledgerContainer: parameters.steps.ledgerContainer
  })
  const verdicts = judge(requiredActions(parameters.database, plan.uses), {
    armRoles: held,
    probe: []
  })
  const missing = verdicts.filter((verdict) => verdict.held !== 'yes')
  const steps = [...new Set(plan.uses.map((use) => use.step))].join(', ')
  if (missing.length === 0) {
    lines.push(`✓ The roles allow the planned steps (${steps}): ${verdicts.length} data actions.`)
  } else {
    lines.push(
      `✗ The roles do not allow the planned steps (${steps}):`,
      missingPermissionsMessage(missing, {
        principalId: parameters.principalId,
        accountName: parameters.location.accountName,
        resourceGroup: parameters.location.resourceGroup
      })
    )
  }
  return { held, misassigned, lines, allowed: missing.length === 0 }
}
