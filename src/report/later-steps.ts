import { code, table } from './markdown.js'

/** What the job's later steps were given to log in with: variable names and values, no token. */
export function laterStepsSummary(variables: ReadonlyArray<readonly [string, string]>): string {
  return [
    '### Later steps',
    '',
    "The job's later steps log in as this identity with `DefaultAzureCredential` (any Azure SDK), through these variables. The token file is removed by this action's post step.",
    '',
    table(
      ['variable', 'value'],
      variables.map(([name, value]) => [code(name), code(value)])
    ),
    ''
  ].join('\n')
}
