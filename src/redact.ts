import type { Runtime } from './runtime.js'

/**
 * What the action writes itself (the step summary, outputs, error messages, log lines) passes
 * through here: the runner masks registered values in the log it shows, but the summary file and
 * what other tools read from outputs are not its to mask, and services quote tokens back (an
 * identity provider echoing an assertion, a proxy echoing a header). Every value the action
 * masked and every JWT-shaped string becomes `***`.
 */

/** Three base64url parts, the first a JSON object (`eyJ` is `{"`): a JWT, signed or not. */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g

/** Masked values shorter than this are left alone: they would blank out ordinary words. */
const SHORTEST = 8

export class Redactor {
  private readonly secrets: string[] = []

  /** Remembers a value to redact from now on (as the runner's add-mask does for its log). */
  add(secret: string): void {
    if (secret.length < SHORTEST || this.secrets.includes(secret)) return
    this.secrets.push(secret)
    // Longest first: a secret that contains another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length)
  }

  redact(text: string): string {
    const masked = this.secrets.reduce((out, secret) => out.split(secret).join('***'), text)
    return masked.replace(JWT, '***')
  }
}

/** The one output that is a token by request (`access-token-output: true`), masked by the runner. */
const TOKEN_OUTPUTS: ReadonlySet<string> = new Set(['access-token'])

/**
 * The runtime with everything the action writes redacted: log lines, outputs (but the access
 * token a workflow asked for), the summary and the failure. Values are remembered as they are
 * masked; masking itself goes to the runner unchanged.
 */
export function redacting(runtime: Runtime): Runtime {
  const redactor = new Redactor()
  const clean = (text: string): string => redactor.redact(text)
  const { log } = runtime
  return {
    ...runtime,
    log: {
      info: (message) => log.info(clean(message)),
      debug: (message) => log.debug(clean(message)),
      notice: (message) => log.notice(clean(message)),
      warning: (message) => log.warning(clean(message)),
      error: (message, location) => log.error(clean(message), location),
      group: (name, work) => log.group(clean(name), work)
    },
    setSecret: (value) => {
      redactor.add(value)
      runtime.setSecret(value)
    },
    setOutput: (name, value) =>
      runtime.setOutput(name, TOKEN_OUTPUTS.has(name) ? value : clean(value)),
    writeSummary: (markdown) => runtime.writeSummary(clean(markdown)),
    fail: (message, location) => runtime.fail(clean(message), location)
  }
}
