import { ACTIONS, shortAction } from '../cosmos/roles.js'
import { roleGranting, type HeldRole } from './assignments.js'
import type { RoleOutput } from './parameters.js'
import type { Requirement } from './needs.js'
import type { ProbeFinding } from './probe.js'

/** Per container of the job: actions a listed role grants there that no step needs. */
export function unneededActions(
  requirements: readonly Requirement[],
  held: readonly HeldRole[]
): Requirement[] {
  const needed = new Set(requirements.map((r) => `${r.scope}|${r.action}`))
  const containers = new Map(
    requirements.filter((r) => r.container !== undefined).map((r) => [r.scope, r.container])
  )
  const unneeded: Requirement[] = []
  for (const [scope, container] of containers) {
    for (const action of Object.values(ACTIONS)) {
      if (needed.has(`${scope}|${action}`) || roleGranting(held, action, scope) === undefined)
        continue
      unneeded.push({ step: 'login', container, action, scope })
    }
  }
  return unneeded
}

/** A role assignment as the `roles` output lists it. */
export function toOutput(role: HeldRole): RoleOutput {
  return {
    role: role.role,
    roleDefinitionId: role.roleDefinitionId,
    scope: role.scope,
    source: role.source
  }
}

/** Probe results as `roles` entries: per scope, the actions requests proved (none: no entry). */
export function probedRoles(findings: readonly ProbeFinding[]): RoleOutput[] {
  const proven = new Map<string, string[]>()
  for (const finding of findings.filter((f) => f.held)) {
    proven.set(finding.scope, [...(proven.get(finding.scope) ?? []), shortAction(finding.action)])
  }
  return [...proven].map(([scope, actions]) => ({
    role: `proven by probe: ${[...new Set(actions)].join(', ')}`,
    roleDefinitionId: '',
    scope,
    source: 'probe'
  }))
}
