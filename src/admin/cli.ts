import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeError } from '../errors.js'
import { UsageError, type Environment } from './options.js'
import { doctorCommand } from './doctor/index.js'
import { RUN_INPUTS, runCommand } from './run-command.js'
import { setupCommand, type Console } from './setup.js'

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
    run: (flags: Record<string, unknown>, console: Console, env: Environment) => Promise<number>
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
    run: (flags, console, env) => setupCommand(flags as never, console, env)
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
    run: (flags, console, env) => doctorCommand(flags as never, console, env)
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
    run: (flags, console, env) => runCommand(flags as never, console, env)
  }
}

export const USAGE = `cosmos-oidc-action: set up and check GitHub OIDC access to Azure Cosmos DB, with no secret.

Commands
  setup   print the federated credentials, az commands, Bicep, Terraform and the workflow for a
          repository's triggers; --apply creates them with your own Azure sign-in
  doctor  tell which federated credential a job's subject matches (or nearly, and why) and
          whether the identity's roles allow the planned steps
  run     run the action's steps (migrations, seed, smoke, dry run) from your machine with
          your own Azure sign-in

setup
  --repo OWNER/REPO            the repository; its ids, subject form and template are read from
                               GITHUB_API_URL (GH_TOKEN or GITHUB_TOKEN for a private one), or
                               given: --immutable --owner-id N --repo-id N, or --classic
  --branch NAME, --tag NAME, --environment NAME (each repeatable; * and ? make a pattern,
                               served by one flexible credential), --pull-request
  --client-id GUID             an Entra application, or
  --identity NAME              a user-assigned managed identity (--identity-resource-group RG)
  --account NAME --resource-group RG --subscription GUID   the Cosmos DB account
  --database DB [--container C] or --scope /dbs/DB         where the role applies (default /)
  --role reader|contributor|custom [--actions read,executeQuery,...] [--role-name NAME]
  --cloud AzureCloud|AzureUSGovernment|AzureChinaCloud     --issuer URL (GHES, enterprise)
  --subject-template repo,context,...                     a custom subject template
  --claim KEY=VALUE            a template claim the trigger does not determine (repeatable)
  --format all|json|az|bicep|terraform|workflow            --output-dir DIR
  --apply                      create the credentials (Graph or ARM) and the role assignment
  --tenant-id, --authority-host, --graph-endpoint, --arm-endpoint   sign-in and endpoints

doctor
  --repo OWNER/REPO and one job: --branch NAME | --tag NAME | --environment NAME |
  --pull-request | --claims FILE (a token's claims as JSON, or the token; never printed)
  --client-id GUID | --identity NAME --identity-resource-group RG
  --account NAME --resource-group RG --subscription GUID   check the role assignments
  --database DB --migrations DIR --seed DIR --smoke FILE [--dry-run]   the planned steps
  (--immutable, --classic, --owner-id, --repo-id, --subject-template, --claim, --cloud,
  --issuer as for setup)

run
  the action's inputs as flags: --endpoint URL --database DB [--migrations DIR] [--seed DIR]
  [--smoke FILE] [--dry-run] [--subscription-id GUID --resource-group RG] [--role-check ...]
  The log goes to standard error, the job summary (Markdown) to standard output.

Sign-in: DefaultAzureCredential (az login, azd, Visual Studio Code, environment variables).
Exit codes: 0 done, 1 a problem found or a failure, 2 a usage error.`

/** Runs the command line; resolves with the exit code. */
export async function main(
  argv: readonly string[],
  console: Console,
  env: Environment = process.env
): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.out(USAGE)
    return command === undefined ? 2 : 0
  }
  const spec = COMMANDS[command]
  if (!spec) {
    console.err(`unknown command '${command}'.\n\n${USAGE}`)
    return 2
  }
  try {
    const { values } = parseArgs({ args: [...rest], options: spec.options, strict: true })
    return await spec.run(values, console, env)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.err(`cosmos-oidc-action ${command}: ${(error as Error).message}`)
      return 2
    }
    console.err(`cosmos-oidc-action ${command}: ${describeError(error)}`)
    return 1
  }
}
