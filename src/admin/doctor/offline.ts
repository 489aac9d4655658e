/**
 * What doctor can judge from a token's claims alone, with no Azure sign-in: the audience against
 * the one Entra expects in the cloud, and the repository against `--repo`.
 */
import { CLOUDS, CLOUD_NAMES, type CloudProfile } from '../../clouds.js'
import type { Repository } from '../subjects.js'
import type { PresentedClaims } from './claims.js'

/** The verdicts that need no sign-in, one line each; ok when none found a problem. */
export interface OfflineVerdict {
  readonly lines: readonly string[]
  readonly ok: boolean
}

/** `OWNER/REPO` of a subject in the classic or immutable form (ids left out). */
const SUBJECT_REPOSITORY = /^repo:([^:@/]+)(?:@\d+)?\/([^:@]+)(?:@\d+)?:/

/** Judges the claims' audience and repository; for claims read from a token or a claims file. */
export function judgeOffline(
  presented: PresentedClaims,
  repository: Repository,
  cloud: CloudProfile
): OfflineVerdict {
  const audience = judgeAudience(presented.aud, cloud)
  const repositories = judgeRepository(presented, repository)
  const lines = [audience, ...repositories]
  return { lines, ok: lines.every((line) => line.startsWith('✓')) }
}

function judgeAudience(audience: string, cloud: CloudProfile): string {
  const expected = cloud.tokenExchangeAudience
  if (audience === expected)
    return `✓ audience ${audience} is the one Entra expects in ${cloud.name}`
  const other = CLOUD_NAMES.find((name) => CLOUDS[name].tokenExchangeAudience === audience)
  if (other !== undefined)
    return `✗ audience ${audience} is ${other}'s, and Entra in ${cloud.name} expects ${expected} (AADSTS700212): set the action's cloud input to the account's cloud (or give --cloud ${other} if the account is there)`
  return `✗ audience '${audience}' is not ${expected}, the one Entra expects in ${cloud.name} (AADSTS700212): the job must ask GitHub for its token with that audience (the action does; a token from core.getIDToken() without an audience carries GitHub's default)`
}

function judgeRepository(presented: PresentedClaims, repository: Repository): string[] {
  const given = `${repository.owner}/${repository.name}`
  const fromSubject = SUBJECT_REPOSITORY.exec(presented.sub)
  const claimed =
    presented.repository ?? (fromSubject ? `${fromSubject[1]}/${fromSubject[2]}` : undefined)
  const lines: string[] = []
  if (claimed === undefined) {
    lines.push(`✗ the claims name no repository (no repository claim, and the subject has none)`)
  } else if (claimed === given) {
    lines.push(`✓ repository ${claimed} is the one --repo names`)
  } else if (claimed.toLowerCase() === given.toLowerCase()) {
    lines.push(
      `✗ the token is for ${claimed}, and --repo ${given} differs in case: subjects match case-sensitively, so give --repo ${claimed}`
    )
  } else {
    lines.push(
      `✗ the token is for ${claimed}, not ${given} (--repo): check which job the token came from, or give --repo ${claimed}`
    )
  }
  const claimedId = presented.claimedRepositoryId
  if (claimedId !== undefined && repository.repoId !== undefined && claimedId !== repository.repoId)
    lines.push(
      `✗ the token is for repository id ${claimedId}, not ${repository.repoId} (--repo-id): the repository was recreated or transferred, or the id is wrong`
    )
  return lines
}
