import { Marked } from 'marked'
import { markedTerminal } from 'marked-terminal'

/** Renders a job summary's Markdown for a terminal: tables drawn, headings and code styled. */
export function renderMarkdown(markdown: string): string {
  const marked = new Marked(markedTerminal({ reflowText: false, tab: 2 }) as never)
  return (marked.parse(markdown.replace(/<br>/g, ' ')) as string).trimEnd()
}
