import { describe, expect, it } from '@jest/globals'
import { settingsOf, type RepositorySettingsReader } from '../../src/admin/github-repository.js'
import { resolveSubjectSettings, type SubjectFlags } from '../../src/admin/subject-settings.js'

const repository = { owner: 'octo-org', name: 'inventory' }
const API = 'https://api.github.com'

/** A reader that answers once per call and counts the calls. */
function reader(answer: Awaited<ReturnType<RepositorySettingsReader>>) {
  const calls: string[] = []
  const read: RepositorySettingsReader = async (repo) => {
    calls.push(`${repo.owner}/${repo.name}`)
    return answer
  }
  return { read, calls }
}

const flags = (change: Partial<SubjectFlags> = {}): SubjectFlags => ({
  repository,
  form: undefined,
  template: undefined,
  needsIds: false,
  ...change
})

describe('settingsOf: the form from what GitHub answers', () => {
  it.each([
    [{ use_default: true, sub_claim_prefix: 'repo:octo-org@1/inventory@2' }, 'immutable'],
    // Immutable by default, not by opting in: the prefix decides.
    [
      {
        use_default: true,
        use_immutable_subject: false,
        sub_claim_prefix: 'repo:octo-org@1/inventory@2'
      },
      'immutable'
    ],
    [{ use_default: true, sub_claim_prefix: 'repo:octo-org/inventory' }, 'classic'],
    [{ use_default: true, use_immutable_subject: true }, 'immutable'],
    [{ use_default: true }, 'classic']
  ])('%j presents %s subjects', (oidc, form) => {
    expect(settingsOf('1', '2', oidc).form).toBe(form)
  })

  it('takes the template only when the default is not used', () => {
    expect(
      settingsOf('1', '2', { use_default: false, include_claim_keys: ['repo', 'context'] }).template
    ).toEqual(['repo', 'context'])
    expect(
      settingsOf('1', '2', { use_default: true, include_claim_keys: ['repo'] }).template
    ).toBeUndefined()
  })
})

describe('resolveSubjectSettings', () => {
  it('asks GitHub when the command line names no form, and takes its ids, form and template', async () => {
    const { read, calls } = reader({
      ownerId: '1',
      repoId: '2',
      form: 'immutable',
      template: ['repo', 'context']
    })
    const settings = await resolveSubjectSettings(flags(), read, API)
    expect(calls).toEqual(['octo-org/inventory'])
    expect(settings).toMatchObject({
      repository: { ...repository, ownerId: '1', repoId: '2' },
      form: 'immutable',
      template: ['repo', 'context']
    })
    expect(settings.notes[0]).toContain(
      'presents immutable subjects, repo:octo-org@1/inventory@2:…, with the custom template repo,context'
    )
  })

  it('does not ask when the command line settles it', async () => {
    const { read, calls } = reader({ problem: 'unused' })
    await resolveSubjectSettings(flags({ form: 'classic' }), read, API)
    await resolveSubjectSettings(
      flags({ form: 'immutable', repository: { ...repository, ownerId: '1', repoId: '2' } }),
      read,
      API
    )
    expect(calls).toEqual([])
  })

  it('asks for the ids a pattern needs even in the classic form', async () => {
    const { read, calls } = reader({
      ownerId: '1',
      repoId: '2',
      form: 'classic',
      template: undefined
    })
    const settings = await resolveSubjectSettings(
      flags({ form: 'classic', needsIds: true }),
      read,
      API
    )
    expect(calls).toHaveLength(1)
    expect(settings.repository.repoId).toBe('2')
  })

  it('assumes the classic form without an answer, and says how to pass the other', async () => {
    const { read } = reader({ problem: 'GitHub answered 404' })
    const settings = await resolveSubjectSettings(flags(), read, API)
    expect(settings.form).toBe('classic')
    expect(settings.notes.join('\n')).toContain(
      "Could not read octo-org/inventory's OIDC subject settings from https://api.github.com: GitHub answered 404. Assumed the classic subject form"
    )
    expect(settings.notes.join('\n')).toContain(
      "pass --immutable --owner-id N --repo-id N (gh api repos/octo-org/inventory --jq '.owner.id, .id'), --classic"
    )
  })

  it('warns when the form given contradicts GitHub', async () => {
    const { read } = reader({ ownerId: '1', repoId: '2', form: 'immutable', template: undefined })
    const settings = await resolveSubjectSettings(
      flags({ form: 'classic', needsIds: true }),
      read,
      API
    )
    expect(settings.form).toBe('classic')
    expect(settings.notes.join('\n')).toContain(
      '--classic was given, but GitHub says the repository presents immutable subjects'
    )
  })
})
