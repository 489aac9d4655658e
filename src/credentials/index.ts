/** Credentials for the job's later steps: the token file, and the variables that point at it. */
export {
  TOKEN_FILE_NAME,
  createTokenDirectory,
  removeTokenDirectory,
  writeTokenFile
} from './token-file.js'
export { workloadIdentityVariables } from './variables.js'
export { REFRESHER_MODE, runRefresher, startRefresher, stopRefresher } from './refresher.js'

/** The post step's state keys: the token directory, and the refresher's pid. */
export const TOKEN_DIRECTORY_STATE = 'token-directory'
export const REFRESHER_STATE = 'refresher-pid'
