import { YamlFile } from './problem.js'

/**
 * The YAML code blocks of a Markdown file (```yaml or ```yml), each as a YamlFile whose lines are
 * the Markdown file's: what readers copy from the README and docs/ is checked like a workflow.
 */
export function yamlBlocks(path: string, markdown: string): YamlFile[] {
  const blocks: YamlFile[] = []
  const lines = markdown.split('\n')
  let start: number | undefined
  let fence = ''
  lines.forEach((line, index) => {
    if (start === undefined) {
      const opening = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/u.exec(line)
      if (opening) {
        start = index + 1
        fence = (opening[2] ?? '```').slice(0, 3)
      }
    } else if (line.trim().startsWith(fence)) {
      blocks.push(new YamlFile(path, lines.slice(start, index).join('\n'), start + 1))
      start = undefined
    }
  })
  return blocks
}
