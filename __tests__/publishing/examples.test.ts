import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { contextOf, type Trigger } from '../../src/admin/subjects.js'

/**
 * Each example workflow says, in its opening comment, the federated credentials its jobs need:
 * the subject's context for every trigger of a job that uses the action (an environment when the
 * job has one, `pull_request` for pull requests, the branch's or tag's ref otherwise, the default
 * branch `main` for runs by hand or on a schedule). A user copying it learns which credentials to
 * create, and a trigger added without its credential fails here.
 */
const FOLDER = 'examples/workflows'

interface Workflow {
  on: unknown
  jobs: Record<string, { environment?: unknown; steps?: { uses?: unknown }[] }>
}

/** The triggers GitHub starts the workflow on, as the subjects see them. */
function triggers(on: unknown): Trigger[] {
  type Filter = { branches?: string[]; tags?: string[] } | null
  const names: string[] = typeof on === 'string' ? [on] : Array.isArray(on) ? on : []
  const events: Record<string, Filter> =
    names.length > 0
      ? Object.fromEntries(names.map((name) => [name, null]))
      : (on as Record<string, Filter>)
  return Object.entries(events).flatMap(([event, filter]): Trigger[] => {
    switch (event) {
      case 'push':
        return [
          ...(filter?.branches ?? (filter?.tags ? [] : ['main'])).map((name) => ({
            kind: 'branch' as const,
            name
          })),
          ...(filter?.tags ?? []).map((name) => ({ kind: 'tag' as const, name }))
        ]
      case 'pull_request':
        return [{ kind: 'pull_request' }]
      case 'workflow_dispatch':
      case 'schedule':
        return [{ kind: 'branch', name: 'main' }]
      default:
        throw new Error(`an example triggers on ${event}: say here which subject it presents`)
    }
  })
}

/**
 * The environments a job's `environment:` can name: a name, or the names an expression picks
 * from (`cond && 'a' || 'b'`: the quoted values after && and ||).
 */
function environments(environment: unknown): string[] {
  const name =
    typeof environment === 'object' && environment
      ? (environment as { name?: unknown }).name
      : environment
  if (typeof name !== 'string') return []
  if (!name.includes('${{')) return [name]
  return [...name.matchAll(/(?:&&|\|\|)\s*'([^']+)'/gu)].map((match) => match[1] as string)
}

function neededContexts(workflow: Workflow): Set<string> {
  const contexts = new Set<string>()
  for (const job of Object.values(workflow.jobs)) {
    if (
      !job.steps?.some((step) =>
        String(step.uses).startsWith('cosmos-oidc-action/cosmos-oidc-action@')
      )
    )
      continue
    const named = environments(job.environment)
    const wanted: Trigger[] =
      named.length > 0
        ? named.map((name) => ({ kind: 'environment', name }))
        : triggers(workflow.on)
    for (const trigger of wanted) contexts.add(contextOf(trigger))
  }
  return contexts
}

/** The opening comment: every line before the first that is not a comment. */
function openingComment(text: string): string {
  const lines = text.split('\n')
  const end = lines.findIndex((line) => !line.startsWith('#'))
  return lines
    .slice(0, end)
    .map((line) => line.replace(/^#\s?/u, ''))
    .join(' ')
}

describe('the example workflows', () => {
  it.each(readdirSync(FOLDER).filter((name) => name.endsWith('.yml')))(
    '%s names the federated credentials its triggers need',
    async (name) => {
      const text = await readFile(join(FOLDER, name), 'utf8')
      const needed = [...neededContexts(parse(text) as Workflow)]
      expect(needed.length).toBeGreaterThan(0)
      const comment = openingComment(text)
      expect(comment).toMatch(/Federated credentials/u)
      for (const context of needed)
        expect({ context, named: comment.includes(context) }).toEqual({ context, named: true })
    }
  )
})
