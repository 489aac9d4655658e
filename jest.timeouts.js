/**
 * Jest's default timeout per test, by kind. Unit tests keep jest.config.js's testTimeout. The
 * end-to-end tests (__tests__/e2e) run the built action in child processes, which testkit's
 * runner kills after its own timeout (60 s by default) and then reports with their output; the
 * jest timeout must be longer than that, or a slow run ends in jest's bare "Exceeded timeout"
 * with no log at all. jest-circus reads only the global testTimeout, so the end-to-end value is
 * set here, per test file, rather than in a project of the config.
 */
import { expect, jest } from '@jest/globals'

/** Three times the runner's default timeout for one run of the action. */
export const E2E_TEST_TIMEOUT_MS = 180_000

if (/[\\/]__tests__[\\/]e2e[\\/]/.test(expect.getState().testPath ?? '')) {
  jest.setTimeout(E2E_TEST_TIMEOUT_MS)
}
