import * as core from '@actions/core'
import { post } from './post.js'

// The action's post step (action.yml's runs.post): a file of its own, so that a step killed
// before it could record anything is never mistaken for the step itself.
void post({ getState: (name) => core.getState(name), log: core })
