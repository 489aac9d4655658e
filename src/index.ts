import { REFRESHER_MODE, runRefresher } from './credentials/index.js'
import { run } from './main.js'

// The runner runs this file as the step. The step also starts it as the background process that
// keeps the later steps' token fresh (the post step is dist/post/index.js).
if (process.env[REFRESHER_MODE] !== undefined) {
  void runRefresher(process.env).then(() => process.exit(0))
} else {
  void run()
}
