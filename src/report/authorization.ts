import type { AuthorizationReport } from '../authorization/index.js'
import { shortAction } from '../authorization/index.js'
import { code, table } from './markdown.js'

const HELD = { yes: '✅ yes', no: '❌ no', unknown: '❔ unknown' } as const

/** The authorization matrix: step, container, action, needed, held, and how it was known. */
export function authorizationSummary(report: AuthorizationReport): string {
  if (report.mode === 'off')
    return ['### Authorization', '', "Role check skipped ('role-check: off').", ''].join('\n')
  const rows = [...report.verdicts]
    .sort((a, b) => order(a.held) - order(b.held))
    .map((verdict) => [
      verdict.step,
      verdict.container === undefined ? '(database)' : code(verdict.container),
      code(shortAction(verdict.action)),
      'yes',
      HELD[verdict.held],
      verdict.how
    ])
  for (const extra of report.unneeded) {
    rows.push([
      '-',
      extra.container === undefined ? '(database)' : code(extra.container),
      code(shortAction(extra.action)),
      'no',
      HELD.yes,
      'arm: held, not needed by this job'
    ])
  }
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
    table(['step', 'container', 'action', 'needed', 'held', 'how it was known'], rows),
    '',
    table(['role', 'scope', 'definition', 'source'], roles),
    ...(report.notices.length > 0
      ? ['', ...report.notices.map((notice) => `> ${notice.replace(/\n\s*/g, ' ')}`)]
      : []),
    ''
  ].join('\n')
}

function order(held: 'yes' | 'no' | 'unknown'): number {
  return held === 'no' ? 0 : held === 'unknown' ? 1 : 2
}
