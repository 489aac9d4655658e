/** Cosmos DB access with Entra tokens: the client, the proof of access, and explained errors. */
export {
  createCosmosClient,
  proveDatabaseAccess,
  type DatabaseAccess,
  type RequestChargeMeter,
  type WorkTraffic
} from './connect.js'
export { explainCosmosError, type CosmosErrorContext } from './errors.js'
export { CosmosScopeFallback } from './scope-fallback.js'
