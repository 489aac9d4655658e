/**
 * Token hygiene over whole test files: every run of the built action and CLI is captured here,
 * and closing the local cloud searches everything captured, and every document it stores
 * (ledgers, locks, seeded data), for every token and request token it issued.
 */

const captured: Array<{ readonly source: string; readonly text: string }> = []

/** Records what a run let out: log, stderr, outputs, summary, error messages. */
export function capture(source: string, text: string): void {
  captured.push({ source, text })
}

/** A secret and, for a JWT, its payload and signature on their own (the header is public). */
export function fragments(secret: string): string[] {
  const parts = secret.split('.')
  return parts.length === 3 ? [secret, ...parts.slice(1).filter((p) => p.length >= 16)] : [secret]
}

/** Where any secret, or a JWT's payload or signature, appears: one line per finding. */
export function findSecrets(
  secrets: readonly string[],
  places: ReadonlyArray<{ readonly source: string; readonly text: string }>
): string[] {
  const findings: string[] = []
  for (const place of places) {
    for (const secret of secrets) {
      if (fragments(secret).some((fragment) => place.text.includes(fragment)))
        findings.push(`a token issued by the local cloud appears in ${place.source}`)
    }
  }
  return findings
}

/** Everything captured since the process started. */
export function capturedPlaces(): ReadonlyArray<{
  readonly source: string
  readonly text: string
}> {
  return captured
}
