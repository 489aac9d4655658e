import { accessTokenStep } from './access-token.js'
import { laterStepsStep } from './later-steps.js'
import { migrationsStep } from './migrations.js'
import { roleCheckStep } from './role-check.js'
import { seedingStep } from './seeding.js'
import { smokeChecksStep } from './smoke-checks.js'
import type { Step } from './step.js'

/**
 * The steps after login, in the order they run: later steps get their credentials whatever the
 * action's own work comes to, nothing is written before the role check, the schema is migrated
 * before it is seeded, and smoke checks see the result of both.
 */
export const STEPS: readonly Step[] = [
  laterStepsStep,
  accessTokenStep,
  roleCheckStep,
  migrationsStep,
  seedingStep,
  smokeChecksStep
]

export { loginStep } from './login.js'
export { recordStep, type StepLedger } from './record.js'
export { stepContext } from './context.js'
export { PartialStepError, type Step, type StepContext, type StepResult } from './step.js'
