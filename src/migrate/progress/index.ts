export { progressReporter, type ProgressReporter } from './report.js'
export { resumeScan, type Page, type ResumableScan, type ScanStop } from './scan.js'
export { ProgressStore, type InFlight, type ScanProgress } from './store.js'
