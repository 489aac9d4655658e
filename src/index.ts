import * as core from '@actions/core'
import { cancelOnSignals } from './cancellation/index.js'
import { REFRESHER_MODE, runRefresher } from './credentials/index.js'
import { run } from './main.js'
import { actionsRuntime } from './runtime.js'

// The runner runs this file as the step. The step also starts it as the background process that
// keeps the later steps' token fresh (the post step is dist/post/index.js).
if (process.env[REFRESHER_MODE] !== undefined) {
  void runRefresher(process.env).then(() => process.exit(0))
} else {
  // A cancelled job's SIGINT and SIGTERM stop the work instead of killing the process mid-write.
  const cancellation = cancelOnSignals({
    on: (signal, listener) => process.on(signal, listener),
    log: (message) => core.info(message),
    exit: (code) => process.exit(code)
  })
  void run(actionsRuntime(cancellation))
}
