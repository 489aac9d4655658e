/**
 * What `offboard` removes: the federated credentials `setup` made for a repository (or for some of
 * its triggers), found by the name setup gives them and checked against the repository they serve.
 */
import { parseExpression } from './expression.js'
import type { StoredCredential } from './identities.js'
import { credentialName } from './plan.js'
import { describeTrigger, type Repository, type Trigger } from './subjects.js'

/** A credential to remove, with the trigger it serves. */
export interface Removal {
  readonly credential: StoredCredential
  readonly trigger: string
}

export interface OffboardPlan {
  readonly remove: readonly Removal[]
  /** Credentials that let the repository sign in but that setup did not make: left alone. */
  readonly leftAlone: readonly string[]
  /** Triggers asked for that have no credential by setup's name. */
  readonly absent: readonly string[]
  /** What the identity keeps once the plan is applied. */
  readonly remaining: readonly StoredCredential[]
}

/** `repo:OWNER/REPO:CONTEXT`, classic or immutable (`repo:OWNER@1/REPO@2:CONTEXT`). */
const SUBJECT = /^repo:([^:@/]+)(?:@\d+)?\/([^:@]+)(?:@\d+)?:(.*)$/

/** The repository and trigger a credential serves: from its subject, or its expression's `sub`. */
export function servedBy(
  credential: StoredCredential
): { repository: string; trigger: Trigger | undefined } | undefined {
  const sub = credential.subject ?? subjectPattern(credential.expression)
  const match = sub === undefined ? null : SUBJECT.exec(sub)
  if (!match) return undefined
  return { repository: `${match[1]}/${match[2]}`, trigger: triggerOf(match[3] as string) }
}

function subjectPattern(expression: string | undefined): string | undefined {
  if (expression === undefined) return undefined
  try {
    return parseExpression(expression).find((clause) => clause.claim === 'sub')?.value
  } catch {
    return undefined
  }
}

/** The trigger of a default-template context; undefined for a custom template's. */
function triggerOf(context: string): Trigger | undefined {
  const unescape = (value: string): string => value.replaceAll('%3A', ':')
  if (context === 'pull_request') return { kind: 'pull_request' }
  const environment = /^environment:([^:]+)$/.exec(context)
  if (environment) return { kind: 'environment', name: unescape(environment[1] as string) }
  const ref = /^ref:refs\/(heads|tags)\/([^:]+)$/.exec(context)
  if (!ref) return undefined
  const name = unescape(ref[2] as string)
  return ref[1] === 'heads' ? { kind: 'branch', name } : { kind: 'tag', name }
}

/**
 * Picks the credentials setup made for the repository: for the triggers given, the one with each
 * trigger's name (when it serves this repository); with no trigger, every credential that serves
 * the repository under the name setup would have given it. Anything else is left alone and said.
 */
export function planOffboard(
  stored: readonly StoredCredential[],
  repository: Repository,
  triggers: readonly Trigger[]
): OffboardPlan {
  const repo = `${repository.owner}/${repository.name}`
  const remove: Removal[] = []
  const leftAlone: string[] = []
  const absent: string[] = []
  const match = (credential: StoredCredential): string =>
    credential.subject ?? `matches ${credential.expression ?? '?'}`
  if (triggers.length > 0) {
    for (const trigger of triggers) {
      const name = credentialName(repository, trigger)
      const found = stored.find((credential) => credential.name === name)
      if (found === undefined)
        absent.push(`no credential named '${name}' for ${describeTrigger(trigger)}`)
      else if (servedBy(found)?.repository !== repo)
        leftAlone.push(
          `credential '${name}' has the name setup gives ${describeTrigger(trigger)}, but it serves ${match(found)}, not ${repo}: left alone`
        )
      else remove.push({ credential: found, trigger: describeTrigger(trigger) })
    }
  } else {
    for (const credential of stored) {
      const served = servedBy(credential)
      if (served?.repository !== repo) continue
      const setupName =
        served.trigger === undefined ? undefined : credentialName(repository, served.trigger)
      if (setupName !== undefined && credential.name === setupName) {
        remove.push({ credential, trigger: describeTrigger(served.trigger as Trigger) })
      } else {
        leftAlone.push(
          `credential '${credential.name}' also lets ${repo} sign in (${match(credential)}), but setup did not make it (its name is not setup's): left alone; delete it yourself if it should go`
        )
      }
    }
  }
  const removed = new Set(remove.map((removal) => removal.credential))
  return {
    remove,
    leftAlone,
    absent,
    remaining: stored.filter((credential) => !removed.has(credential))
  }
}
