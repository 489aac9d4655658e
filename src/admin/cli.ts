import type { TokenCredential } from '@azure/identity'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeError } from '../errors.js'
import { UsageError, type Environment } from './options.js'
import { accessCommand } from './access.js'
import { doctorCommand } from './doctor/index.js'
import { offboardCommand } from './offboard.js'
import { RUN_INPUTS, runCommand } from './run-command.js'
import { setupCommand, type Console } from './setup.js'
import { signInProblem } from './sign-in.js'
import { commandUsage, USAGE } from './usage.js'

type Options = NonNullable<ParseArgsConfig['options']>

const IDENTITY: Options = {
  'client-id': { type: 'string' },
  identity: { type: 'string' },
  'identity-resource-group': { type: 'string' },
  'identity-subscription': { type: 'string' }
}
const REPOSITORY: Options = {
  repo: { type: 'string' },
  'owner-id': { type: 'string' },
  'repo-id': { type: 'string' },
  immutable: { type: 'boolean' },
  classic: { type: 'boolean' },
  'subject-template': { type: 'string' },
  claim: { type: 'string', multiple: true }
}
const ACCOUNT: Options = {
  account: { type: 'string' },
  'resource-group': { type: 'string' },
  subscription: { type: 'string' },
  database: { type: 'string' },
  container: { type: 'string' },
  scope: { type: 'string' }
}
const SIGN_IN: Options = {
  cloud: { type: 'string' },
  'tenant-id': { type: 'string' },
  'authority-host': { type: 'string' },
  'graph-endpoint': { type: 'string' },
  'arm-endpoint': { type: 'string' }
}
const TRIGGERS: Options = {
  branch: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  environment: { type: 'string', multiple: true },
  'pull-request': { type: 'boolean' }
}

const COMMANDS: Record<
  string,
  {
    options: Options
    run: (
      flags: Record<string, unknown>,
      console: Console,
      env: Environment,
      credential: (() => TokenCredential) | undefined
    ) => Promise<number>
  }
> = {
  setup: {
    options: {
      ...REPOSITORY,
      ...TRIGGERS,
      ...IDENTITY,
      ...ACCOUNT,
      ...SIGN_IN,
      role: { type: 'string' },
      actions: { type: 'string' },
      'role-name': { type: 'string' },
      issuer: { type: 'string' },
      format: { type: 'string' },
      'output-dir': { type: 'string' },
      apply: { type: 'boolean' }
    },
    run: (flags, console, env, credential) => setupCommand(flags as never, console, env, credential)
  },
  doctor: {
    options: {
      ...REPOSITORY,
      ...TRIGGERS,
      ...IDENTITY,
      ...ACCOUNT,
      ...SIGN_IN,
      issuer: { type: 'string' },
      claims: { type: 'string' },
      migrations: { type: 'string' },
      seed: { type: 'string' },
      'seed-mode': { type: 'string' },
      smoke: { type: 'string' },
      'ledger-container': { type: 'string' },
      'dry-run': { type: 'boolean' }
    },
    run: (flags, console, env, credential) =>
      doctorCommand(flags as never, console, env, credential)
  },
  offboard: {
    options: {
      ...REPOSITORY,
      ...TRIGGERS,
      ...IDENTITY,
      ...ACCOUNT,
      ...SIGN_IN,
      role: { type: 'string' },
      'role-name': { type: 'string' },
      apply: { type: 'boolean' }
    },
    run: (flags, console, env, credential) =>
      offboardCommand(flags as never, console, env, credential)
  },
  access: {
    options: {
      ...IDENTITY,
      account: { type: 'string' },
      'resource-group': { type: 'string' },
      subscription: { type: 'string' },
      ...SIGN_IN,
      format: { type: 'string' }
    },
    run: (flags, console, env, credential) =>
      accessCommand(flags as never, console, env, credential)
  },
  run: {
    options: {
      ...Object.fromEntries(
        RUN_INPUTS.map((name) => [
          name,
          {
            type: name === 'dry-run' || name === 'allow-destructive' ? 'boolean' : 'string'
          } as const
        ])
      ),
      'tenant-id': { type: 'string' },
      verbose: { type: 'boolean' }
    },
    run: (flags, console, env, credential) => runCommand(flags as never, console, env, credential)
  }
}

/**
 * Runs the command line; resolves with the exit code. `credential` stands in for the admin's own
 * sign-in (DefaultAzureCredential) in tests.
 */
export async function main(
  argv: readonly string[],
  console: Console,
  env: Environment = process.env,
  credential?: () => TokenCredential
): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') {
    console.out(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command === 'help') {
    // `help setup` is `setup --help`.
    const usage = rest[0] === undefined ? USAGE : commandUsage(rest[0])
    if (usage === undefined) return unknownCommand(rest[0] as string, console)
    console.out(usage)
    return 0
  }
  const spec = COMMANDS[command]
  if (!spec) return unknownCommand(command, console)
  // Asked for help, a command shows its usage whatever else is on the line.
  if (rest.includes('--help') || rest.includes('-h')) {
    console.out(commandUsage(command) ?? USAGE)
    return 0
  }
  try {
    const { values } = parseArgs({ args: [...rest], options: spec.options, strict: true })
    return await spec.run(values, console, env, credential)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.err(`cosmos-oidc-action ${command}: ${(error as Error).message}`)
      return 2
    }
    // The SDK's chain of every credential it tried becomes one line saying how to sign in.
    const message = signInProblem(error) ?? describeError(error)
    console.err(`cosmos-oidc-action ${command}: ${message}`)
    return 1
  }
}

function unknownCommand(command: string, console: Console): number {
  console.err(`unknown command '${command}'.\n\n${USAGE}`)
  return 2
}
