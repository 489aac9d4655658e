import leven from 'leven'
import { INPUT_NAMES } from './index.js'

/** How far (in edits, ignoring case, dashes and underscores) a name may be from a suggestion. */
const NEAR = 3

/**
 * Warnings for the `with:` keys the action does not know: the runner passes every one as an
 * INPUT_* variable and nothing else would ever mention a misspelt `migration:` or `dryRun:`,
 * which then silently do nothing. Each names the closest input when one is near.
 */
export function unknownInputWarnings(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(INPUT_NAMES.map(variableOf))
  return Object.keys(env)
    .filter((variable) => variable.startsWith('INPUT_') && !known.has(variable))
    .sort()
    .map((variable) => {
      const given = variable.slice('INPUT_'.length).toLowerCase()
      const closest = closestInput(given)
      return `Unknown input '${given}' is ignored${closest ? `: did you mean '${closest}'?` : '.'} The inputs are listed in action.yml and the README.`
    })
}

/** The variable the runner sets for an input (actions/runner: spaces to `_`, upper case). */
function variableOf(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function closestInput(given: string): string | undefined {
  const bare = (name: string): string => name.toLowerCase().replace(/[-_]/g, '')
  let best: { name: string; distance: number } | undefined
  for (const name of INPUT_NAMES) {
    const distance = leven(bare(given), bare(name))
    if (distance <= NEAR && (best === undefined || distance < best.distance))
      best = { name, distance }
  }
  return best?.name
}
