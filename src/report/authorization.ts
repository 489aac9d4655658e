import type { AuthorizationReport } from '../authorization/index.js'
import { shortAction } from '../authorization/index.js'
import { code, table } from './markdown.js'

const HELD = { yes: '✅ yes', no: '❌ no', unknown: '❔ unknown' } as const

/** The authorization matrix: step, container, action, needed, held, and how it was known. */
export function authorizationSummary(report: AuthorizationReport): string {
  if (report.mode === 'off')
    return ['### Authorization', '', "Role check skipped ('role-check: off').", ''].join('\n')
  // One row per step, container, verdict and evidence: the actions they share in one cell.
  const groups = new Map<string, { cells: string[]; actions: string[] }>()
  const add = (cells: string[], action: string): void => {
    const key = cells.join('|')
    const group = groups.get(key) ?? { cells, actions: [] }
    group.actions.push(code(shortAction(action)))
    groups.set(key, group)
  }
  for (const verdict of [...report.verdicts].sort((a, b) => order(a.held) - order(b.held))) {
    add(
      [
        verdict.step,
        verdict.container === undefined ? '(database)' : code(verdict.container),
        'yes',
        HELD[verdict.held],
        verdict.how
      ],
      verdict.action
    )
  }
  for (const extra of report.unneeded) {
    add(
      [
        '-',
        extra.container === undefined ? '(database)' : code(extra.container),
        'no',
        HELD.yes,
        'arm: held, not needed by this job'
      ],
      extra.action
    )
  }
  const rows = [...groups.values()].map(({ cells, actions }) => [
    cells[0] as string,
    cells[1] as string,
    actions.join(', '),
    ...cells.slice(2)
  ])
  const roles = report.roles.map((role) => [
    role.role,
    code(role.scope),
    role.roleDefinitionId || '-',
    role.source
  ])
  return [
    '### Authorization',
    '',
    `Role check: \`${report.mode}\`, evidence from ${report.source === 'arm' ? 'the role assignments listed through ARM' : 'probing the data plane with reads'}.`,
    '',
    table(['step', 'container', 'actions', 'needed', 'held', 'how it was known'], rows),
    '',
    table(['role', 'scope', 'definition', 'source'], roles),
    ...report.notices.flatMap(noticeSection),
    ''
  ].join('\n')
}

/**
 * A notice's sentence as a quote and its commands (the lines after the first) in a code block,
 * one per line, ready to copy: in a quote they would run together on one line.
 */
function noticeSection(notice: string): string[] {
  const [sentence = '', ...commands] = notice.split('\n').map((line) => line.trim())
  const runnable = commands.filter((command) => command !== '')
  return ['', `> ${sentence}`, ...(runnable.length > 0 ? ['', '```sh', ...runnable, '```'] : [])]
}

function order(held: 'yes' | 'no' | 'unknown'): number {
  return held === 'no' ? 0 : held === 'unknown' ? 1 : 2
}
