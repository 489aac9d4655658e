/**
 * Which federated credential a job's claims match, nearly match (and why, in the job's terms), or
 * cannot match at all.
 */
import { parseSubject } from '../../identity/claims.js'
import { failingClause, parseExpression } from '../expression.js'
import type { StoredCredential } from '../identities.js'
import type { PresentedClaims } from './claims.js'

/** One stored credential judged against what the job presents. */
export interface CredentialVerdict {
  readonly name: string
  readonly match: string
  readonly verdict: 'matches' | 'nearly' | 'no'
  readonly why: string
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

/** Judges every stored credential against the presented claims, matches first. */
export function judgeCredentials(
  stored: readonly StoredCredential[],
  presented: PresentedClaims,
  flexibleIssuer: string
): CredentialVerdict[] {
  const verdicts = stored.map((credential) =>
    judgeCredential(credential, presented, flexibleIssuer)
  )
  const order = { matches: 0, nearly: 1, no: 2 } as const
  return verdicts.sort((a, b) => order[a.verdict] - order[b.verdict])
}

function judgeCredential(
  credential: StoredCredential,
  presented: PresentedClaims,
  flexibleIssuer: string
): CredentialVerdict {
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
