/** The usage text: one section per command, shown alone by `COMMAND --help`. */

const SUMMARY: Record<string, string> = {
  setup: `print the federated credentials, az commands, Bicep, Terraform and the workflow for a
          repository's triggers; --apply creates them with your own Azure sign-in`,
  doctor: `tell which federated credential a job's subject matches (or nearly, and why) and
          whether the identity's roles allow the planned steps`,
  offboard: `remove what setup made for a repository or some of its triggers (its federated
          credentials, and its role assignment with the last of them); --apply does it`,
  access: `who can reach what: for an account or an identity, every subject that signs in
          (federated credentials) with the roles and scopes it gets, as a table or JSON`,
  run: `run the action's steps (migrations, seed, smoke, dry run) from your machine with
          your own Azure sign-in`
}

const SECTIONS: Record<string, string> = {
  setup: `setup
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
  --tenant-id, --authority-host, --graph-endpoint, --arm-endpoint   sign-in and endpoints`,
  doctor: `doctor
  --repo OWNER/REPO and one job: --branch NAME | --tag NAME | --environment NAME |
  --pull-request | --claims FILE (a token's claims as JSON, or the token; never printed)
  --client-id GUID | --identity NAME --identity-resource-group RG
                               the identity (without one, only what needs no sign-in is judged)
  --account NAME --resource-group RG --subscription GUID   check the role assignments
  --database DB --migrations DIR --seed DIR --smoke FILE [--dry-run]   the planned steps
  (--immutable, --classic, --owner-id, --repo-id, --subject-template, --claim, --cloud,
  --issuer and the sign-in flags as for setup)`,
  offboard: `offboard
  --repo OWNER/REPO            the repository whose access goes
  --branch NAME, --tag NAME, --environment NAME, --pull-request   only these triggers (default:
                               every credential setup made for the repository)
  --client-id GUID | --identity NAME --identity-resource-group RG   the identity
  --account NAME --resource-group RG --subscription GUID   the Cosmos DB account
  --role reader|contributor|custom [--role-name NAME] --database DB [--container C] | --scope S
                               the role as setup was given it (default reader at /); its
                               assignment goes once no other credential signs in with it
  --apply                      remove them (without it: the plan only)
  --tenant-id, --authority-host, --graph-endpoint, --arm-endpoint   sign-in and endpoints`,
  access: `access
  --account NAME --resource-group RG --subscription GUID   the Cosmos DB account
  [--client-id GUID | --identity NAME --identity-resource-group RG]   one identity only
  --format table|json          (default table)
  --tenant-id, --authority-host, --graph-endpoint, --arm-endpoint   sign-in and endpoints`,
  run: `run
  the action's inputs as flags: --endpoint URL --database DB [--migrations DIR] [--seed DIR]
  [--smoke FILE] [--dry-run] [--subscription-id GUID --resource-group RG] [--role-check ...]
  The log goes to standard error, the job summary (Markdown) to standard output.`
}

const FOOTER = `Sign-in: DefaultAzureCredential (az login, azd, Visual Studio Code, environment variables).
Exit codes: 0 done, 1 a problem found or a failure, 2 a usage error.`

/** Every command's usage. */
export const USAGE = `cosmos-oidc-action: set up and check GitHub OIDC access to Azure Cosmos DB, with no secret.

Commands
${Object.entries(SUMMARY)
  .map(([name, summary]) => `  ${name.padEnd(8)}${summary}`)
  .join('\n')}

${Object.values(SECTIONS).join('\n\n')}

${FOOTER}`

/** One command's usage (`setup --help`), or undefined for a command that does not exist. */
export function commandUsage(command: string): string | undefined {
  const section = SECTIONS[command]
  const summary = SUMMARY[command]
  if (section === undefined || summary === undefined) return undefined
  return `cosmos-oidc-action ${command}: ${summary.replace(/\s+/g, ' ')}.\n\n${section}\n\n${FOOTER}`
}
