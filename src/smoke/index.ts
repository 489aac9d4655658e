export { readSmokeFile, parseSmokeChecks, SMOKE_FILE_SCHEMA, type SmokeCheck } from './spec.js'
export {
  runSmokeChecks,
  smokeFailure,
  CANARY_PREFIX,
  type CheckResult,
  type SmokeResult
} from './run.js'
