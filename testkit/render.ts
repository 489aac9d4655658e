import { Lexer, type Token, type Tokens } from 'marked'
import { displayWidth, stylesFor, type Styles } from './terminal/style.js'
import { drawTable } from './terminal/table.js'
import { wrapLine, wrapText } from './terminal/wrap.js'

/**
 * A job summary's Markdown for a terminal, drawn by hand rather than by a Markdown-to-terminal
 * package: those colour regardless of where the output goes and draw tables as wide as their
 * longest cell, while this must read plainly in a log and fit 80 to 100 columns.
 */

export interface RenderOptions {
  /** Columns to fit (100 by default). */
  readonly width?: number
  /** Plain text by default. */
  readonly styles?: Styles
}

/** Renders a job summary's Markdown for a terminal: headings, wrapped text, tables that fit. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const width = options.width ?? 100
  const styles = options.styles ?? stylesFor(false)
  const blocks = new Lexer().lex(markdown)
  return blocks
    .map((token) => renderBlock(token, width, styles))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
}

function renderBlock(token: Token, width: number, styles: Styles): string[] {
  switch (token.type) {
    case 'heading': {
      const text = inline((token as Tokens.Heading).tokens, styles)
      const underline = (token as Tokens.Heading).depth <= 2 ? '═' : '─'
      return [styles.bold(text), styles.dim(underline.repeat(Math.min(width, displayWidth(text))))]
    }
    case 'paragraph':
    case 'text':
      return wrapText(inline((token as Tokens.Paragraph).tokens ?? [], styles), width)
    case 'code':
      return codeBlock((token as Tokens.Code).text, width)
    case 'table': {
      const table = token as Tokens.Table
      const cells = (row: Tokens.TableCell[]): string[] => row.map((c) => inline(c.tokens, styles))
      return drawTable(cells(table.header), table.rows.map(cells), width, styles)
    }
    case 'list':
      return (token as Tokens.List).items.flatMap((item, index) => {
        const bullet = (token as Tokens.List).ordered ? `${index + 1}. ` : '- '
        const body = item.tokens.flatMap((child) =>
          renderBlock(child, width - bullet.length, styles)
        )
        return body.map((line, at) => (at === 0 ? bullet : ' '.repeat(bullet.length)) + line)
      })
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens
        .flatMap((child) => renderBlock(child, width - 2, styles))
        .map((line) => `${styles.dim('│')} ${line}`)
    case 'hr':
      return [styles.dim('─'.repeat(width))]
    case 'html':
      return wrapText(plainHtml((token as Tokens.HTML).text).trim(), width).filter((l) => l !== '')
    default:
      return []
  }
}

/**
 * A fenced block, indented: each line folded, and a long command (`az …`, `npx …`) folded with
 * ` \` so that it still pastes into a shell as one command.
 */
function codeBlock(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const command = /^\s*(az|npx|gh|node|npm) /.test(line)
    return wrapLine(`  ${line}`, width, command ? { continuation: ' \\' } : {})
  })
}

function inline(tokens: readonly Token[], styles: Styles): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'strong':
          return styles.bold(inline((token as Tokens.Strong).tokens, styles))
        case 'em':
        case 'del':
          return inline((token as Tokens.Em).tokens, styles)
        case 'codespan':
          return styles.cyan(entities((token as Tokens.Codespan).text))
        case 'link': {
          const link = token as Tokens.Link
          const text = inline(link.tokens, styles)
          return text === link.href ? text : `${text} (${link.href})`
        }
        case 'br':
          return '\n'
        case 'html':
          return /^<br\s*\/?>$/i.test(token.raw) ? '\n' : plainHtml(token.raw)
        case 'text':
          return 'tokens' in token && token.tokens
            ? inline(token.tokens, styles)
            : entities((token as Tokens.Text).text)
        default:
          return entities('text' in token ? String(token.text) : token.raw)
      }
    })
    .join('')
}

/** HTML as its text: tags dropped (`<code>`, `<details>`), entities decoded. */
function plainHtml(html: string): string {
  return entities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''))
}

function entities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
