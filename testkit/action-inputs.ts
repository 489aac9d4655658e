/** Reads `--input name=value` arguments of `npm run action` into the action's inputs. */
export function parseInputs(pairs: readonly string[]): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    if (at <= 0)
      throw new Error(`--input ${pair}: expected name=value, e.g. --input seed=examples/seed`)
    inputs[pair.slice(0, at).trim()] = pair.slice(at + 1)
  }
  return inputs
}
