import type { Styles } from '../terminal/style.js'
import { wrapLine } from '../terminal/wrap.js'

/** What to try after `npm run demo`: the commands are printed as they are typed. */
const STEPS: ReadonlyArray<readonly [command: string, what: string]> = [
  [
    'npm run cloud',
    'keeps a local cloud running (this repository and database) to try the action by hand'
  ],
  [
    'npm run action -- --input seed=examples/seed',
    'in another terminal: runs the built action against it and shows the run as above'
  ],
  [
    'npm run admin -- setup --repo <owner/name> --environment production …',
    'the admin CLI: the federated credential, role assignment and workflow for your own ' +
      'repository (`npm run admin -- help`; docs/admin.md)'
  ]
]

const DOCS =
  'Docs: README.md (inputs, outputs, later steps), docs/migrations.md, docs/seeding.md, ' +
  'docs/smoke.md, docs/troubleshooting.md.'

/** The demo's last lines: where to go from here, folded to the width. */
export function nextSteps(width: number, styles: Styles): string[] {
  return [
    styles.bold('Next:'),
    ...STEPS.flatMap(([command, what]) => [
      `  ${styles.cyan(command)}`,
      ...wrapLine(`      ${what}`, width, { hangingIndent: '' })
    ]),
    ...wrapLine(DOCS, width)
  ]
}
