import { readdir, readFile } from 'node:fs/promises'
import { parse } from 'yaml'

/**
 * The README is a user's guide in the order users of an action look for things, and its tables
 * (and docs/inputs.md's) name exactly the inputs and outputs action.yml declares.
 */
const SECTIONS = [
  'Prerequisites',
  'Quick start',
  'Usage',
  'Inputs',
  'Outputs',
  'Examples',
  'Troubleshooting',
  'Security',
  'Reliability',
  'Performance',
  'Development'
]

/** The `## ` headings of a Markdown text, outside code blocks. */
function headings(markdown: string, level: string): string[] {
  let fenced = false
  return markdown.split('\n').flatMap((line) => {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced
    return !fenced && line.startsWith(`${level} `) ? [line.slice(level.length + 1).trim()] : []
  })
}

/** The first column's names (`| \`name\` |`) of the table under the heading `title`. */
function tableNames(markdown: string, title: string): string[] {
  const start = markdown
    .split('\n')
    .findIndex((line) => /^#{2,3} /u.test(line) && line.endsWith(` ${title}`))
  if (start < 0) throw new Error(`no '${title}' section`)
  const lines = markdown.split('\n').slice(start + 1)
  const end = lines.findIndex((line) => /^#{1,3} /u.test(line))
  return lines
    .slice(0, end < 0 ? undefined : end)
    .flatMap((line) => /^\| `([a-z-]+)` +\|/u.exec(line)?.[1] ?? [])
}

describe('the README', () => {
  let readme: string
  let action: { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
  beforeAll(async () => {
    readme = await readFile('README.md', 'utf8')
    action = parse(await readFile('action.yml', 'utf8')) as typeof action
  })

  it("has the user's sections, in a user's order", () => {
    expect(headings(readme, '##')).toEqual(SECTIONS)
  })

  it('states the API it serves, and keeps the two set-up commands under Development', () => {
    expect(readme).toMatch(/\*\*NoSQL API only\.\*\*/u)
    const development = readme.slice(readme.indexOf('\n## Development'))
    expect(development).toContain('npm run demo')
    expect(development).toContain('npm test')
  })

  it('lists every example workflow', async () => {
    const examples = readme.slice(
      readme.indexOf('\n## Examples'),
      readme.indexOf('\n## Troubleshooting')
    )
    for (const name of await readdir('examples/workflows'))
      expect({ name, listed: examples.includes(`(examples/workflows/${name})`) }).toEqual({
        name,
        listed: true
      })
  })

  it.each([
    ['README.md', 'Inputs', 'inputs'],
    ['README.md', 'Outputs', 'outputs'],
    ['docs/inputs.md', 'Inputs', 'inputs'],
    ['docs/inputs.md', 'Outputs', 'outputs']
  ] as const)(
    "%s's %s table names every one of action.yml's %s, and no other",
    async (file, title, key) => {
      const names = tableNames(await readFile(file, 'utf8'), title)
      expect([...names].sort()).toEqual(Object.keys(action[key]).sort())
    }
  )
})

describe('the docs', () => {
  it("keep the sample summary's headings out of the outline", async () => {
    const sample = await readFile('docs/sample-summary.md', 'utf8')
    expect([
      ...headings(sample, '#'),
      ...headings(sample, '##'),
      ...headings(sample, '###')
    ]).toEqual(['What a run shows', 'A sample job summary', 'The log'])
  })
})
