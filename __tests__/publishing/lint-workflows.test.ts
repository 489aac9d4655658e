import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkActionMetadata } from '../../scripts/lint-workflows/action-metadata.js'
import { actionInputs, lintRepository, lintWorkflow } from '../../scripts/lint-workflows/lint.js'
import { yamlBlocks } from '../../scripts/lint-workflows/markdown.js'
import { YamlFile, type Problem } from '../../scripts/lint-workflows/problem.js'

const INPUTS = actionInputs({
  inputs: {
    'client-id': { required: true },
    'tenant-id': { required: true },
    endpoint: { required: true },
    database: { required: true },
    seed: {}
  }
})

/** A workflow with one job whose steps are `steps`, under `permissions`. */
function workflow(steps: string, permissions = 'contents: read\n      id-token: write'): string {
  return `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      ${permissions}
    steps:
${steps}`
}

const LOGIN = `      - uses: cosmos-oidc-action/cosmos-oidc-action@v0
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          endpoint: https://inventory.documents.azure.com:443/
          database: app
`

const lint = (text: string): Problem[] => lintWorkflow(new YamlFile('w.yml', text), INPUTS)
const brief = (problems: Problem[]): string[] =>
  problems.map(({ line, rule, message }) => `${line} ${rule} ${message}`)

describe('the workflow linter', () => {
  it('passes a workflow that uses the action as documented', () => {
    expect(
      lint(workflow(`${LOGIN}      - run: echo "\${{ steps.cosmos.outputs.principal-id }}"\n`))
    ).toEqual([])
  })

  it("finds ShellCheck's problems in run scripts, at the file's line", () => {
    const steps = `      - run: |
          echo start
          for i in $(seq 1 3); do sleep 1; done
`
    expect(brief(lint(workflow(steps)))).toEqual([
      '11 SC2034 i appears unused. Verify use (or export if used externally).'
    ])
  })

  it('leaves scripts of other shells to themselves', () => {
    const steps = `      - shell: pwsh
        run: foreach ($i in 1..3) { }
`
    expect(lint(workflow(steps))).toEqual([])
  })

  it('finds inputs the action does not have, and required inputs not given', () => {
    const steps = LOGIN.replace('database: app', 'seeds: seed/')
    expect(brief(lint(workflow(steps)))).toEqual([
      "14 inputs 'seeds' is not an input of action.yml",
      "9 inputs the required input 'database' is not given"
    ])
  })

  it('finds a job that uses the action without id-token: write, the job deciding over the workflow', () => {
    const text = `permissions:\n  id-token: write\n${workflow(LOGIN, 'contents: read')}`
    expect(brief(lint(text))).toEqual([
      "8 permissions job 'release' uses the action without 'permissions: id-token: write': GitHub gives it no OIDC token"
    ])
  })

  it("finds what the workflow schema refuses, at the key's line", () => {
    const steps = `      - uses: actions/checkout@v5
        wiht:
          fetch-depth: 0
`
    expect(brief(lint(workflow(steps)))).toEqual([
      "9 schema jobs.release.steps.0: Additional property 'wiht' is not allowed"
    ])
  })

  it('says where a file is not YAML, and checks it no further', () => {
    expect(brief(lint('on: [push\njobs: {}\n'))).toEqual([expect.stringMatching(/^\d yaml /u)])
  })
})

describe('action.yml', () => {
  const metadata = (description: string, using = 'node24'): string => `name: A
description: ${description}
inputs:
  database:
    description: The database.
    required: true
runs:
  using: ${using}
  main: dist/index.js
`
  const check = (text: string): string[] =>
    brief(checkActionMetadata(new YamlFile(join(process.cwd(), 'action.yml'), text)))

  it('passes the metadata GitHub and the Marketplace take', () => {
    expect(check(metadata('x'.repeat(125)))).toEqual([])
  })

  it('finds a description the Marketplace cuts, a runtime GitHub no longer runs, a missing bundle', () => {
    expect(
      check(metadata('x'.repeat(126), 'node16').replace('dist/index.js', 'dist/nope.js'))
    ).toEqual([
      '2 action.yml description: is longer than the 125 characters the Marketplace shows',
      expect.stringMatching(/^8 action\.yml runs\.using: /u)
    ])
    expect(check(metadata('x').replace('dist/index.js', 'dist/nope.js'))).toEqual([
      "9 action.yml runs.main: dist/nope.js does not exist: run 'npm run build'"
    ])
  })

  it('finds an input without a description, and a key GitHub does not read', () => {
    const text = metadata('x').replace(
      '    description: The database.\n',
      '    descripton: The database.\n'
    )
    expect(check(text)).toEqual([
      '5 action.yml inputs.database.description: is missing',
      '5 action.yml inputs.database: Unrecognized key: "descripton"'
    ])
  })
})

describe("the README's and docs' YAML blocks", () => {
  it('are read with their lines in the Markdown file', () => {
    const markdown = '# Use\n\nText.\n\n```yaml\n- uses: ./\n  with:\n    databse: app\n```\n'
    const [block] = yamlBlocks('README.md', markdown)
    expect(block).toBeDefined()
    expect(
      brief(lintWorkflow(block as YamlFile, INPUTS).filter((p) => p.rule === 'inputs'))
    ).toContain("8 inputs 'databse' is not an input of action.yml")
  })
})

describe('this repository', () => {
  it("has no problem in action.yml, its workflows, its examples or its docs' YAML", async () => {
    expect((await lintRepository('.')).map((problem) => JSON.stringify(problem))).toEqual([])
  })

  it('is linted whole: a problem in an example workflow is found', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lint-workflows-'))
    try {
      await mkdir(join(root, 'examples', 'workflows'), { recursive: true })
      await mkdir(join(root, 'dist'), { recursive: true })
      await writeFile(join(root, 'dist', 'index.js'), '')
      await writeFile(join(root, 'action.yml'), await readFile('action.yml', 'utf8'))
      await writeFile(join(root, 'dist', 'post.js'), '')
      const action = (await readFile('action.yml', 'utf8')).replace(
        'dist/post/index.js',
        'dist/post.js'
      )
      await writeFile(join(root, 'action.yml'), action)
      await writeFile(
        join(root, 'examples', 'workflows', 'x.yml'),
        workflow(LOGIN.replace('database', 'databse'))
      )
      await writeFile(join(root, 'README.md'), '```yaml\n- uses: ./\n  with:\n    nope: 1\n```\n')
      expect(brief(await lintRepository(root)).filter((line) => / inputs /u.test(line))).toEqual([
        "14 inputs 'databse' is not an input of action.yml",
        "9 inputs the required input 'database' is not given",
        "4 inputs 'nope' is not an input of action.yml",
        "2 inputs the required input 'client-id' is not given",
        "2 inputs the required input 'tenant-id' is not given",
        "2 inputs the required input 'endpoint' is not given",
        "2 inputs the required input 'database' is not given"
      ])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
