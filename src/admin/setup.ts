import { DefaultAzureCredential, type TokenCredential } from '@azure/identity'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { applySetup } from './apply.js'
import { renderArtifacts, type Artifacts } from './artifacts/index.js'
import {
  applicationDirectory,
  managedIdentityDirectory,
  type IdentityDirectory
} from './identities.js'
import { gitHubRepositorySettings, type RepositorySettingsReader } from './github-repository.js'
import {
  githubIssuer,
  readAccount,
  readClaims,
  readCloud,
  readEndpoints,
  readForm,
  readIdentity,
  readIssuer,
  readRepository,
  readRole,
  readScope,
  readTemplate,
  readTriggers,
  text,
  UsageError,
  type Environment,
  type Flags
} from './options.js'
import { requireSignIn } from './sign-in.js'
import { resolveSubjectSettings, type SubjectSettings } from './subject-settings.js'
import { isPattern, type Repository } from './subjects.js'
import { planSetup, type SetupPlan } from './plan.js'
import type { CloudProfile } from '../clouds.js'
import type { Endpoints } from './identities.js'
import type { IdentityTarget } from './plan.js'

/** Where the command writes: standard output and error, injected for tests. */
export interface Console {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

const FORMATS: Record<string, ReadonlyArray<keyof Artifacts>> = {
  json: ['federated-credentials.json'],
  az: ['setup.sh'],
  bicep: ['credentials.bicep', 'role.bicep'],
  terraform: ['main.tf'],
  workflow: ['workflow.yml']
}

/**
 * The admin's own Azure sign-in (az, azd, VS Code, environment, workload identity), as
 * DefaultAzureCredential finds it; a custom authority (Azure Stack, the local cloud) skips
 * instance discovery.
 */
export function adminCredential(flags: Flags, env: Environment): TokenCredential {
  const authorityHost = text(flags, 'authority-host') ?? env['AZURE_AUTHORITY_HOST']
  const tenantId = text(flags, 'tenant-id')
  return new DefaultAzureCredential({
    ...(tenantId ? { tenantId } : {}),
    ...(authorityHost ? { authorityHost, disableInstanceDiscovery: true } : {})
  })
}

export function identityDirectory(
  credential: TokenCredential,
  endpoints: Endpoints,
  identity: IdentityTarget
): IdentityDirectory {
  return identity.kind === 'application'
    ? applicationDirectory(credential, endpoints, identity.clientId)
    : managedIdentityDirectory(credential, endpoints, identity)
}

/** The GitHub REST API of the environment: GITHUB_API_URL with GH_TOKEN or GITHUB_TOKEN. */
export function gitHubApi(env: Environment): { url: string; read: RepositorySettingsReader } {
  const url = env['GITHUB_API_URL'] || 'https://api.github.com'
  const token = env['GH_TOKEN'] || env['GITHUB_TOKEN'] || undefined
  return { url, read: gitHubRepositorySettings({ apiUrl: url, token }) }
}

/**
 * The subject form and ids for the repository: from the flags, or else from GitHub, with notes
 * saying which (and, when GitHub could not tell, what was assumed and how to say otherwise).
 */
export async function readSubjectSettings(
  flags: Flags,
  env: Environment,
  repository: Repository,
  needsIds: boolean
): Promise<SubjectSettings> {
  const github = gitHubApi(env)
  const subject = {
    repository,
    form: readForm(flags),
    template: readTemplate(flags),
    needsIds
  }
  const settings = await resolveSubjectSettings(subject, github.read, github.url)
  const { ownerId, repoId } = settings.repository
  if (settings.form === 'immutable' && (ownerId === undefined || repoId === undefined))
    throw new UsageError(
      `the immutable subject form needs the owner and repository ids: --owner-id, --repo-id (gh api repos/${subject.repository.owner}/${subject.repository.name} --jq '.owner.id, .id')`
    )
  return settings
}

export async function readSetupPlan(
  flags: Flags,
  env: Environment
): Promise<{ plan: SetupPlan; cloud: CloudProfile }> {
  const repository = readRepository(flags)
  const triggers = readTriggers(flags)
  const account = readAccount(flags)
  const cloud = readCloud(flags)
  const database = text(flags, 'database')
  const base = {
    triggers,
    claims: readClaims(flags),
    identity: readIdentity(flags, account),
    cloud,
    issuer: readIssuer(flags, env),
    flexibleIssuer: githubIssuer(env),
    account,
    database,
    role: readRole(flags),
    scope: readScope(flags, database)
  }
  const subject = await readSubjectSettings(flags, env, repository, triggers.some(isPattern))
  try {
    const plan = planSetup({ ...base, ...subject })
    return { plan: { ...plan, notes: [...subject.notes, ...plan.notes] }, cloud }
  } catch (error) {
    // What cannot be planned is a matter of the flags given.
    throw new UsageError((error as Error).message)
  }
}

/** `setup`: prints (or writes) every artifact; with --apply, creates them with the admin's sign-in. */
export async function setupCommand(
  flags: Flags,
  console: Console,
  env: Environment,
  credential: () => TokenCredential = () => adminCredential(flags, env)
): Promise<number> {
  const { plan, cloud } = await readSetupPlan(flags, env)
  const format = text(flags, 'format') ?? 'all'
  if (format !== 'all' && !(format in FORMATS))
    throw new UsageError(`--format is '${format}': all, ${Object.keys(FORMATS).join(', ')}`)
  const endpoints = readEndpoints(flags, cloud)
  // Without a sign-in, --apply says so before printing anything, rather than after every artifact.
  const signIn = flags['apply'] === true ? credential() : undefined
  if (signIn !== undefined)
    await requireSignIn(
      signIn,
      `${endpoints.armResource.replace(/\/$/, '')}/.default`,
      'nothing was written (leave out --apply to print the set-up only)'
    )
  const artifacts = renderArtifacts(plan)
  const names =
    format === 'all' ? (Object.keys(artifacts) as Array<keyof Artifacts>) : (FORMATS[format] ?? [])
  const outputDir = text(flags, 'output-dir')
  if (outputDir !== undefined) {
    await mkdir(outputDir, { recursive: true })
    for (const name of names) {
      const path = join(outputDir, name)
      await writeFile(path, artifacts[name])
      // The script runs as ./setup.sh; chmod as well, since writeFile keeps an existing file's mode.
      if (name === 'setup.sh') await chmod(path, 0o755)
    }
    console.out(`Wrote ${names.map((name) => join(outputDir, name)).join(', ')}`)
  } else {
    for (const name of names) console.out(`==> ${name} <==\n${artifacts[name]}`)
  }
  console.err(
    [
      `Federated credentials (${plan.credentials.length} of at most 20 per identity):`,
      ...plan.credentials.map(
        (credential) =>
          `  ${credential.name}: ${credential.subject ?? `matches ${credential.expression}`}`
      ),
      `Role: ${plan.role.roleName} at ${plan.role.scope} on account ${plan.options.account.name}`,
      ...plan.notes.map((note) => `Note: ${note}`)
    ].join('\n')
  )
  if (signIn === undefined) return 0

  const directory = identityDirectory(signIn, endpoints, plan.options.identity)
  const report = await applySetup(
    plan,
    directory,
    signIn,
    {
      armEndpoint: endpoints.armEndpoint,
      armResource: endpoints.armResource,
      subscriptionId: plan.options.account.subscriptionId,
      resourceGroup: plan.options.account.resourceGroup,
      accountName: plan.options.account.name
    },
    { log: (line) => console.err(line) }
  )
  console.err(
    [
      `Applied to ${directory.description} (client id ${report.clientId}, principal ${report.principalId}):`,
      ...report.lines.map((line) => `  ${line}`),
      `Set the repository variables AZURE_CLIENT_ID=${report.clientId} and AZURE_TENANT_ID for the workflow.`
    ].join('\n')
  )
  return 0
}
