export { applyInParts, partOrder, type PartsRun } from './run.js'
