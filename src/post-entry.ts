import * as core from '@actions/core'
import { post } from './post.js'
import { actionsRuntime } from './runtime.js'

// The action's post step (action.yml's runs.post): a file of its own, so that a step killed
// before it could record anything is never mistaken for the step itself. The Cosmos DB code is
// loaded only when a cancelled run left the migration lock held.
void post({
  getState: (name) => core.getState(name),
  log: core,
  releaseLock: async (holderId) =>
    (await import('./post-lock.js')).releaseLockOfRun(actionsRuntime(), holderId)
})
