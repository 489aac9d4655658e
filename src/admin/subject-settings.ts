/**
 * Which subject form a repository's jobs present, decided from the command line and, unless the
 * command line settles it, from GitHub itself: a repository created, renamed or transferred since
 * 2026-07-15 presents `repo:OWNER@OWNER_ID/REPO@REPO_ID:…`, and a credential written in the classic
 * form for it fails every exchange with AADSTS700213.
 */
import type { RepositorySettingsReader } from './github-repository.js'
import type { Repository, SubjectForm } from './subjects.js'

/** What the command line said about the subject. */
export interface SubjectFlags {
  readonly repository: Repository
  /** `--immutable` or `--classic`; undefined: ask GitHub. */
  readonly form: SubjectForm | undefined
  /** `--subject-template`; undefined: the repository's own, as GitHub tells it. */
  readonly template: readonly string[] | undefined
  /** True when the ids are needed whatever the form (a flexible credential pins repository_id). */
  readonly needsIds: boolean
}

/** The subject form settled, with the repository's ids where known, and what was assumed. */
export interface SubjectSettings {
  readonly repository: Repository
  readonly form: SubjectForm
  readonly template: readonly string[] | undefined
  /** One line each: where the form came from, or what was assumed and how to say otherwise. */
  readonly notes: readonly string[]
}

/** Settles the subject form, asking GitHub only when the command line leaves it open. */
export async function resolveSubjectSettings(
  flags: SubjectFlags,
  read: RepositorySettingsReader,
  apiUrl: string
): Promise<SubjectSettings> {
  const { repository } = flags
  const hasIds = repository.ownerId !== undefined && repository.repoId !== undefined
  // The command line settles it when it names the form and the ids that form (or a pattern) needs.
  const settled =
    flags.form === 'classic' ? !flags.needsIds || hasIds : flags.form === 'immutable' && hasIds
  if (settled && flags.form !== undefined)
    return { repository, form: flags.form, template: flags.template, notes: [] }
  const name = `${repository.owner}/${repository.name}`
  const answer = await read(repository)
  if ('problem' in answer) {
    const form = flags.form ?? 'classic'
    return {
      repository,
      form,
      template: flags.template,
      notes:
        flags.form === undefined
          ? [
              `Could not read ${name}'s OIDC subject settings from ${apiUrl}: ${answer.problem}. Assumed the classic subject form, repo:${name}:…`,
              `A repository created, renamed or transferred since 2026-07-15 presents repo:${repository.owner}@OWNER_ID/${repository.name}@REPO_ID:… instead: pass --immutable --owner-id N --repo-id N (gh api repos/${name} --jq '.owner.id, .id'), --classic to confirm the classic form, or set GH_TOKEN to a token that can read the repository.`
            ]
          : []
    }
  }
  const differs = (flag: string | undefined, read: string) => flag !== undefined && flag !== read
  const notes = [
    `Read from ${apiUrl}: ${name} (owner id ${answer.ownerId}, repository id ${answer.repoId}) presents ${answer.form === 'immutable' ? `immutable subjects, repo:${repository.owner}@${answer.ownerId}/${repository.name}@${answer.repoId}:…` : `classic subjects, repo:${name}:…`}${answer.template ? `, with the custom template ${answer.template.join(',')}` : ''}.`
  ]
  if (differs(repository.ownerId, answer.ownerId) || differs(repository.repoId, answer.repoId))
    notes.push(
      `--owner-id/--repo-id differ from GitHub's ids (${answer.ownerId}, ${answer.repoId}): GitHub's are used, since its tokens carry them.`
    )
  if (flags.form !== undefined && flags.form !== answer.form)
    notes.push(
      `--${flags.form} was given, but GitHub says the repository presents ${answer.form} subjects: credentials in the ${flags.form} form will not match its jobs.`
    )
  return {
    repository: { ...repository, ownerId: answer.ownerId, repoId: answer.repoId },
    form: flags.form ?? answer.form,
    template: flags.template ?? answer.template,
    notes
  }
}
