/**
 * The claims-matching language of flexible federated identity credentials (language version 1),
 * written from the Entra documentation so it can judge what the action's tooling generates:
 *
 *   claims['sub'] matches 'repo:o/r:ref:refs/heads/*' and claims['repository_id'] eq '123'
 *
 * Clauses are `claims['<name>'] <eq|matches> '<comparand>'`, joined by `and` (no `or`), with one
 * space between the parts. Inside quotes a single quote is written twice. `matches` knows two
 * wildcards: `*` (any run of characters, also none) and `?` (exactly one character).
 */

/** The only language version Entra knows. */
export const claimsLanguageVersion = 1

export type ClaimsOperator = 'eq' | 'matches'

/** One `claims['name'] op 'value'` clause, with the comparand unescaped. */
export interface ClaimsClause {
  claim: string
  operator: ClaimsOperator
  value: string
}

/** GitHub claims Entra lets an expression use, and the operators each allows. */
const allowedOperators: Readonly<Record<string, readonly ClaimsOperator[]>> = {
  sub: ['eq', 'matches'],
  job_workflow_ref: ['eq', 'matches'],
  repository_id: ['eq'],
  repository_owner_id: ['eq']
}

const clausePattern = /^claims\['((?:[^']|'')*)'\] (eq|matches) '((?:[^']|'')*)'/

/** Parses an expression into its clauses; a string says why it is not valid. */
export function parseClaimsExpression(expression: string): ClaimsClause[] | string {
  const clauses: ClaimsClause[] = []
  let rest = expression
  for (;;) {
    const match = clausePattern.exec(rest)
    if (!match) return `expected claims['<claim>'] eq|matches '<value>' at '${rest}'`
    const [whole, rawClaim = '', operator = '', rawValue = ''] = match
    const claim = rawClaim.replaceAll("''", "'")
    const allowed = allowedOperators[claim]
    if (!allowed) return `the claim '${claim}' cannot be used in a claims matching expression`
    if (!allowed.includes(operator as ClaimsOperator)) {
      return `the operator '${operator}' cannot be used with the claim '${claim}'`
    }
    clauses.push({
      claim,
      operator: operator as ClaimsOperator,
      value: rawValue.replaceAll("''", "'")
    })
    rest = rest.slice(whole.length)
    if (rest === '') return clauses
    if (!rest.startsWith(' and ')) return `expected ' and ' or the end at '${rest}'`
    rest = rest.slice(' and '.length)
  }
}

/** Whether the claims satisfy every clause; an expression that does not parse matches nothing. */
export function matchesClaims(expression: string, claims: Record<string, unknown>): boolean {
  const clauses = parseClaimsExpression(expression)
  if (typeof clauses === 'string') return false
  return clauses.every((clause) => {
    const actual = claims[clause.claim]
    if (typeof actual !== 'string') return false
    return clause.operator === 'eq' ? actual === clause.value : wildcardMatch(clause.value, actual)
  })
}

/** `*` matches any run of characters, `?` exactly one; everything else literally, case-sensitively. */
export function wildcardMatch(pattern: string, text: string): boolean {
  const source = [...pattern]
    .map((char) => {
      if (char === '*') return '.*'
      if (char === '?') return '.'
      return char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`, 'su').test(text)
}
