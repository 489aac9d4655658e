/**
 * The subjects a GitHub job presents, computed from a repository and a trigger, in GitHub's
 * formats: classic (`repo:OWNER/REPO:...`), immutable (`repo:OWNER@ID/REPO@ID:...`) and custom
 * templates (`include_claim_keys`).
 */

/** What starts the job, as a federated credential sees it. Names may hold `*` and `?`. */
export type Trigger =
  | { readonly kind: 'branch'; readonly name: string }
  | { readonly kind: 'tag'; readonly name: string }
  | { readonly kind: 'environment'; readonly name: string }
  | { readonly kind: 'pull_request' }

/** The repository, with its numeric ids when known (immutable subjects and flexible credentials). */
export interface Repository {
  readonly owner: string
  readonly name: string
  readonly ownerId?: string | undefined
  readonly repoId?: string | undefined
}

export type SubjectForm = 'classic' | 'immutable'

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/

/** Parses `OWNER/REPO`; undefined when it is not one. */
export function parseRepository(value: string): Repository | undefined {
  const match = REPOSITORY.exec(value.trim())
  return match ? { owner: match[1] as string, name: match[2] as string } : undefined
}

/** A trigger as the command line writes it: `branch:main`, `tag:v*`, `environment:prod`, `pull_request`. */
export function describeTrigger(trigger: Trigger): string {
  return trigger.kind === 'pull_request' ? 'pull_request' : `${trigger.kind}:${trigger.name}`
}

/** True when a trigger's name is a pattern: only a flexible credential can match it. */
export function isPattern(trigger: Trigger): boolean {
  return trigger.kind !== 'pull_request' && /[*?]/.test(trigger.name)
}

/** A value inside a subject: GitHub writes a `:` as `%3A`. */
function escapeValue(value: string): string {
  return value.replaceAll(':', '%3A')
}

/** The context part of the default template: `environment:NAME`, `pull_request`, `ref:...`. */
export function contextOf(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'environment':
      return `environment:${escapeValue(trigger.name)}`
    case 'pull_request':
      return 'pull_request'
    case 'branch':
      return `ref:${escapeValue(`refs/heads/${trigger.name}`)}`
    case 'tag':
      return `ref:${escapeValue(`refs/tags/${trigger.name}`)}`
  }
}

/** The `repo:` part of a subject in a form; the immutable form needs both ids. */
export function repoPart(repository: Repository, form: SubjectForm): string {
  if (form === 'classic') return `repo:${repository.owner}/${repository.name}`
  if (repository.ownerId === undefined || repository.repoId === undefined)
    throw new Error(
      'the immutable subject form needs the owner and repository ids (--owner-id, --repo-id; `gh api repos/OWNER/REPO --jq .owner.id,.id`)'
    )
  return `repo:${repository.owner}@${repository.ownerId}/${repository.name}@${repository.repoId}`
}

/** The subject a job started by `trigger` presents with the default template. */
export function subjectFor(repository: Repository, trigger: Trigger, form: SubjectForm): string {
  return `${repoPart(repository, form)}:${contextOf(trigger)}`
}

/**
 * The subject under a custom template (`include_claim_keys`): `key:value` pairs in order, where
 * `repo` stands for the repository part in the repository's form (an immutable repository keeps
 * its ids there under any template: GitHub's OIDC reference) and `context` for the default
 * template's context. Claims the template names must be known; the ones a trigger implies are
 * filled in, the others come from `claims` (`--claim KEY=VALUE`).
 */
export function customSubject(
  keys: readonly string[],
  repository: Repository,
  trigger: Trigger,
  claims: Readonly<Record<string, string | undefined>> = {},
  form: SubjectForm = 'classic'
): string {
  const known: Record<string, string | undefined> = {
    repository: `${repository.owner}/${repository.name}`,
    repository_owner: repository.owner,
    repository_id: repository.repoId,
    repository_owner_id: repository.ownerId,
    environment: trigger.kind === 'environment' ? trigger.name : undefined,
    ref:
      trigger.kind === 'branch'
        ? `refs/heads/${trigger.name}`
        : trigger.kind === 'tag'
          ? `refs/tags/${trigger.name}`
          : undefined,
    ref_type: trigger.kind === 'branch' ? 'branch' : trigger.kind === 'tag' ? 'tag' : undefined,
    event_name: trigger.kind === 'pull_request' ? 'pull_request' : undefined,
    ...claims
  }
  return keys
    .map((key) => {
      if (key === 'repo') return repoPart(repository, form)
      if (key === 'context') return contextOf(trigger)
      const value = known[key]
      if (value === undefined)
        throw new Error(
          `the subject template includes '${key}', which ${describeTrigger(trigger)} does not determine; give it with --claim ${key}=VALUE`
        )
      return `${key}:${escapeValue(value)}`
    })
    .join(':')
}
