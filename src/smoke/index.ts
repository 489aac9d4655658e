export { readSmokeFile, parseSmokeChecks, SMOKE_FILE_SCHEMA, type SmokeCheck } from './spec.js'
export { runSmokeChecks, type CheckResult, type SmokeResult } from './run.js'
export { smokeFailure } from './result-lines.js'
export { smokeUses } from './uses.js'
