import type { TokenCredential } from '@azure/identity'
import type { CloudProfile } from '../../clouds.js'
import type { Endpoints, IdentityDirectory } from '../identities.js'
import type { AccountTarget } from '../plan.js'
import {
  githubIssuer,
  readClaims,
  readCloud,
  readEndpoints,
  readIdentity,
  readIssuer,
  readRepository,
  readTriggers,
  required,
  guid,
  text,
  UsageError,
  type Environment,
  type Flags
} from '../options.js'
import { adminCredential, identityDirectory, readSubjectSettings, type Console } from '../setup.js'
import { signInProblem, SignInError } from '../sign-in.js'
import type { Repository } from '../subjects.js'
import { presentedClaims, readClaimsFile, type PresentedClaims } from './claims.js'
import { judgeCredentials } from './credential-verdicts.js'
import { judgeOffline } from './offline.js'
import { checkRoles } from './roles.js'

const MARK = { matches: '✓', nearly: '≈', no: '✗' } as const

/**
 * `doctor`: the subject the job presents, what its claims say that needs no sign-in (audience,
 * repository), each federated credential of the identity judged against it, and the identity's
 * roles against the planned steps. Exit code 0 when nothing is wrong (a credential matches and the
 * roles allow the steps, or, with no identity given, the claims pass), 1 otherwise.
 */
export async function doctorCommand(
  flags: Flags,
  console: Console,
  env: Environment,
  credential: () => TokenCredential = () => adminCredential(flags, env)
): Promise<number> {
  const { cloud, presented, notes, repository, fromClaims } = await readJobClaims(flags, env)
  const account = readAccount(flags)
  const identity = givesIdentity(flags) ? readIdentity(flags, account) : undefined
  for (const note of notes) console.out(`Note: ${note}`)
  console.out(
    [
      `The job presents (${presented.source}):`,
      `  issuer   ${presented.iss}`,
      `  subject  ${presented.sub}`,
      `  audience ${presented.aud}`
    ].join('\n')
  )
  const offline = fromClaims ? judgeOffline(presented, repository, cloud) : { lines: [], ok: true }
  if (offline.lines.length > 0) console.out(offline.lines.join('\n'))
  if (identity === undefined) {
    console.out(
      '\nGive the identity (--client-id, or --identity with --identity-resource-group) to judge its federated credentials and roles too; that needs an Azure sign-in.'
    )
    return offline.ok ? 0 : 1
  }
  try {
    const signIn = credential()
    const endpoints = readEndpoints(flags, cloud)
    const directory = identityDirectory(signIn, endpoints, identity)
    const matched = await reportCredentials(console, env, presented, directory)
    let allowed = true
    if (account !== undefined) {
      allowed = await reportRoles(console, flags, { signIn, endpoints, directory, account })
    } else {
      console.out(
        '\nGive --account, --resource-group and --subscription to check the role assignments too.'
      )
    }
    return matched && allowed && offline.ok ? 0 : 1
  } catch (error) {
    // What was judged offline stands; the rest needs a sign-in, said in one line.
    const problem = signInProblem(error)
    if (problem === undefined) throw error
    throw new SignInError(
      `the identity's federated credentials and roles were not checked: ${problem}`,
      { cause: error }
    )
  }
}

function givesIdentity(flags: Flags): boolean {
  return text(flags, 'client-id') !== undefined || text(flags, 'identity') !== undefined
}

/** The claims of the one job to check: from --claims, or computed for its trigger in its cloud. */
async function readJobClaims(
  flags: Flags,
  env: Environment
): Promise<{
  cloud: CloudProfile
  presented: PresentedClaims
  notes: readonly string[]
  repository: Repository
  fromClaims: boolean
}> {
  const repository = readRepository(flags)
  const cloud = readCloud(flags)
  const triggers = readTriggers(flags)
  if (triggers.length > 1)
    throw new UsageError(
      'doctor checks one job: give one --branch, --tag, --environment or --pull-request'
    )
  const claimsPath = text(flags, 'claims')
  const claims = claimsPath === undefined ? undefined : await readClaimsFile(claimsPath)
  // A token's claims say what the job presents; otherwise the repository's settings decide it.
  if (claims === undefined && triggers.length === 0)
    throw new UsageError(
      'say which job to check: --branch NAME, --tag NAME, --environment NAME, --pull-request, or --claims FILE'
    )
  const subject =
    claims === undefined
      ? await readSubjectSettings(flags, env, repository, false)
      : { repository, form: 'classic' as const, template: undefined, notes: [] }
  const presented = presentedClaims({
    claims,
    repository: subject.repository,
    trigger: triggers[0],
    form: subject.form,
    template: subject.template,
    templateClaims: readClaims(flags),
    issuer: readIssuer(flags, env),
    cloud
  })
  return {
    cloud,
    presented,
    notes: subject.notes,
    repository: subject.repository,
    fromClaims: claims !== undefined
  }
}

/** The account whose role assignments to check, when --account names one. */
function readAccount(flags: Flags): AccountTarget | undefined {
  const accountName = text(flags, 'account')
  return accountName === undefined
    ? undefined
    : {
        name: accountName,
        resourceGroup: required(flags, 'resource-group', "the account's resource group"),
        subscriptionId: guid(flags, 'subscription', "the account's subscription id")
      }
}

/** Prints what the job presents and every credential's verdict; true when one matches. */
async function reportCredentials(
  console: Console,
  env: Environment,
  presented: PresentedClaims,
  directory: IdentityDirectory
): Promise<boolean> {
  const stored = await directory.listCredentials()
  const verdicts = judgeCredentials(stored, presented, githubIssuer(env))
  const matched = verdicts.some((verdict) => verdict.verdict === 'matches')
  console.out(
    [
      '',
      `Federated credentials of ${directory.description} (${stored.length} of at most 20):`,
      ...(verdicts.length === 0 ? ['  (none)'] : []),
      ...verdicts.map(
        (verdict) =>
          `  ${MARK[verdict.verdict]} ${verdict.name}: ${verdict.match}${verdict.why ? `\n      ${verdict.why}` : ''}`
      ),
      matched
        ? '✓ A credential matches: the token exchange will succeed.'
        : `✗ No credential matches: add one with subject '${presented.sub}' (cosmos-oidc-action setup prints it).`
    ].join('\n')
  )
  return matched
}

/** Prints the principal's roles on the account against the planned steps; true when they allow them. */
async function reportRoles(
  console: Console,
  flags: Flags,
  target: {
    readonly signIn: TokenCredential
    readonly endpoints: Endpoints
    readonly directory: IdentityDirectory
    readonly account: AccountTarget
  }
): Promise<boolean> {
  const { signIn, endpoints, directory, account } = target
  const findings = await checkRoles({
    credential: signIn,
    principalId: await directory.principalId(),
    clientId: await directory.clientId(),
    applicationObjectId: await directory.applicationObjectId(),
    location: {
      armEndpoint: endpoints.armEndpoint,
      armResource: endpoints.armResource,
      subscriptionId: account.subscriptionId,
      resourceGroup: account.resourceGroup,
      accountName: account.name
    },
    database: text(flags, 'database'),
    steps: {
      migrations: text(flags, 'migrations'),
      seed: text(flags, 'seed'),
      smoke: text(flags, 'smoke'),
      dryRun: flags['dry-run'] === true,
      seedMode: text(flags, 'seed-mode') === 'insert' ? 'insert' : 'upsert',
      ledgerContainer: text(flags, 'ledger-container') ?? 'migrations'
    }
  })
  console.out(['', ...findings.lines].join('\n'))
  return findings.allowed
}
