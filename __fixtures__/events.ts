import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A pull request from the fork mallory/app into octo-org/app, as the runner describes it to a
 * step: the event payload in a file (GITHUB_EVENT_PATH) and the event's name.
 */
export async function forkPullRequestEvent(): Promise<Record<string, string>> {
  const event = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
  await writeFile(
    event,
    JSON.stringify({
      pull_request: {
        head: { repo: { full_name: 'mallory/app', fork: true } },
        base: { repo: { full_name: 'octo-org/app' } }
      }
    })
  )
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo-org/app'
  }
}
