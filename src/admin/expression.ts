/**
 * Flexible federated identity credentials: the claims-matching expression language (version 1),
 * `claims['sub'] matches 'repo:o/r:ref:refs/heads/*' and claims['repository_id'] eq '123'`.
 * `matches` takes `*` (any run of characters) and `?` (one character); `eq` is exact; `and` joins;
 * a single quote inside a value is written twice.
 */

/** One comparison of an expression. */
export interface Clause {
  readonly claim: string
  readonly operator: 'eq' | 'matches'
  readonly value: string
}

/** Claims a GitHub expression may name, and how. */
const ALLOWED: Readonly<Record<string, ReadonlyArray<Clause['operator']>>> = {
  sub: ['eq', 'matches'],
  job_workflow_ref: ['eq', 'matches'],
  repository_id: ['eq'],
  repository_owner_id: ['eq']
}

const quote = (value: string): string => `'${value.replaceAll("'", "''")}'`

/** Writes clauses as an expression. */
export function formatExpression(clauses: readonly Clause[]): string {
  return clauses
    .map((clause) => `claims[${quote(clause.claim)}] ${clause.operator} ${quote(clause.value)}`)
    .join(' and ')
}

const CLAUSE = /^claims\['((?:[^']|'')+)'\] (eq|matches) '((?:[^']|'')*)'/

/** Parses an expression into its clauses; throws with the position of what it cannot read. */
export function parseExpression(expression: string): Clause[] {
  const clauses: Clause[] = []
  let rest = expression.trim()
  for (;;) {
    const match = CLAUSE.exec(rest)
    if (!match)
      throw new Error(
        `cannot read the expression at '${rest.slice(0, 40)}': expected claims['<claim>'] eq|matches '<value>'`
      )
    const claim = (match[1] as string).replaceAll("''", "'")
    const operator = match[2] as Clause['operator']
    const allowed = ALLOWED[claim]
    if (!allowed) throw new Error(`claim '${claim}' cannot be used in a GitHub expression`)
    if (!allowed.includes(operator))
      throw new Error(`claim '${claim}' takes only ${allowed.join(' or ')}`)
    clauses.push({ claim, operator, value: (match[3] as string).replaceAll("''", "'") })
    rest = rest.slice(match[0].length)
    if (rest === '') return clauses
    if (!rest.startsWith(' and ')) throw new Error(`expected ' and ' before '${rest.slice(0, 40)}'`)
    rest = rest.slice(' and '.length)
  }
}

/**
 * True when `value` matches a `matches` pattern. Characters are code points (the `u` flag): a
 * `?` matches one character even outside the Basic Multilingual Plane, such as an emoji.
 */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = [...pattern]
    .map((char) =>
      char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`, 'su').test(value)
}

/** The first clause the claims fail, or undefined when the expression matches them. */
export function failingClause(
  clauses: readonly Clause[],
  claims: Readonly<Record<string, unknown>>
): Clause | undefined {
  return clauses.find((clause) => {
    const actual = claims[clause.claim]
    if (actual === undefined || actual === null) return true
    const text = String(actual)
    return clause.operator === 'eq' ? text !== clause.value : !wildcardMatch(clause.value, text)
  })
}
