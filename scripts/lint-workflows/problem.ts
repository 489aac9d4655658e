import { isNode, LineCounter, parseDocument, type Document } from 'yaml'

/** One finding, at a line of a file, in the form editors and GitHub's problem matchers read. */
export interface Problem {
  readonly file: string
  readonly line: number
  readonly message: string
  /** Which check found it: `schema`, `action.yml`, `SC2034`, `inputs`, `permissions`. */
  readonly rule: string
}

export function formatProblem({ file, line, message, rule }: Problem): string {
  return `${file}:${line}: ${message} [${rule}]`
}

/** A YAML file parsed with the lines of its nodes, so that every problem can name its line. */
export class YamlFile {
  readonly document: Document
  private readonly lines = new LineCounter()
  private plain: { value: unknown } | undefined

  /** `firstLine`: the line of the file the text starts at (a README's code block). */
  constructor(
    readonly path: string,
    readonly text: string,
    private readonly firstLine = 1
  ) {
    this.document = parseDocument(text, { lineCounter: this.lines, keepSourceTokens: true })
  }

  /** The plain data, as a workflow runner reads it: made once, read by every check. */
  get data(): unknown {
    this.plain ??= { value: this.document.toJS() as unknown }
    return this.plain.value
  }

  /** The line of the node at `path` (keys and indexes), or of its nearest ancestor present. */
  lineOf(path: readonly (string | number)[]): number {
    for (let length = path.length; length >= 0; length--) {
      const node = this.document.getIn(path.slice(0, length), true)
      if (isNode(node) && node.range) return this.lineAt(node.range[0])
    }
    return this.firstLine
  }

  /** The line of the character at `offset` of the text. */
  lineAt(offset: number): number {
    return this.firstLine - 1 + this.lines.linePos(offset).line
  }

  /** YAML's own errors: a file that does not parse is checked no further. */
  syntaxProblems(): Problem[] {
    return this.document.errors.map((error) => ({
      file: this.path,
      line: this.lineAt(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
      rule: 'yaml'
    }))
  }

  problem(path: readonly (string | number)[], message: string, rule: string): Problem {
    return { file: this.path, line: this.lineOf(path), message, rule }
  }
}
