/** The job summary of a run: its title, the steps table, and the sections in run order. */
import { describe, expect, it } from '@jest/globals'
import { firstLine, newRunRecord, runSummary, type StepRecord } from '../../src/report/run.js'
import type { LoginReport } from '../../src/report/summary.js'

const LOGIN: LoginReport = {
  subject: 'repo:octo-org/inventory:environment:production',
  issuer: 'https://token.actions.githubusercontent.com',
  audience: 'api://AzureADTokenExchange',
  environment: 'production',
  ref: 'refs/heads/main',
  eventName: 'push',
  jobWorkflowRef: undefined,
  clientId: '00000000-0000-0000-0000-0000000000aa',
  principalId: '00000000-0000-0000-0000-0000000000cc',
  tenantId: '00000000-0000-0000-0000-0000000000bb',
  cosmosAudience: 'https://cosmos.azure.com',
  githubTokenLifetimeSeconds: 300,
  githubTokensFetched: 1,
  entraTokensIssued: 1,
  accessTokenExpiresOn: new Date('2026-12-03T12:00:00Z'),
  accessTokenLifetimeSeconds: 3600,
  endpoint: 'https://inventory.documents.azure.com:443/',
  database: 'inventory',
  containers: ['products'],
  requestCharge: 1,
  elapsedMs: 1200
}

const row = (step: string, status: StepRecord['status'], charge?: number): StepRecord => ({
  step,
  status,
  detail: `${step} detail`,
  elapsedMs: 1500,
  requestCharge: charge
})

describe('runSummary', () => {
  it.each([
    {
      name: 'a passed run',
      login: LOGIN,
      steps: [row('login', 'passed', 1), row('seeding', 'passed', 10.555)],
      failure: undefined,
      title: '## Cosmos DB: ✅ passed',
      rows: [
        '| login | ✅ passed | login detail | 1.5 s | 1 RU |',
        '| seeding | ✅ passed | seeding detail | 1.5 s | 10.56 RU |',
        '| **total** |  |  | 3.0 s | 11.56 RU |'
      ]
    },
    {
      name: 'a run that failed at a step',
      login: LOGIN,
      steps: [row('login', 'passed', 1), row('role check', 'failed')],
      failure: 'missing roles',
      title: '## Cosmos DB: ❌ failed at role check',
      rows: ['| role check | ❌ failed | role check detail | 1.5 s | - |']
    },
    {
      name: 'a run that failed before login',
      login: undefined,
      steps: [],
      failure: 'bad inputs',
      title: '## Cosmos DB: ❌ failed before login',
      rows: []
    },
    {
      name: 'a dry run',
      login: LOGIN,
      steps: [row('migrations', 'dry run', 2)],
      failure: undefined,
      title: '## Cosmos DB: ✅ passed',
      rows: ['| migrations | 🔍 dry run | migrations detail | 1.5 s | 2 RU |']
    }
  ])('$name', ({ login, steps, failure, title, rows }) => {
    const record = newRunRecord()
    record.login = login
    record.steps.push(...steps)
    record.sections.push('### First section', '### Second section')
    const summary = runSummary(record, failure)
    expect(summary.split('\n')[0]).toBe(title)
    for (const line of rows) expect(summary.split('\n')).toContain(line)
    if (failure !== undefined) expect(summary).toContain(`\`\`\`text\n${failure}\n\`\`\``)
    expect(summary.indexOf('### First section')).toBeLessThan(summary.indexOf('### Second section'))
    expect(summary.includes('### Identity')).toBe(login !== undefined)
  })
})

describe('firstLine', () => {
  it.each([
    ['one line', 'one line'],
    ['first\nsecond', 'first'],
    ['x'.repeat(200), `${'x'.repeat(119)}…`]
  ])('%j → %j', (message, line) => {
    expect(firstLine(message)).toBe(line)
  })
})
