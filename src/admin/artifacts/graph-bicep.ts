import type { CloudName } from '../../clouds.js'

/**
 * The Microsoft Graph Bicep extension is "supported only for the public cloud and not for
 * sovereign clouds like Azure Government and Azure China 21Vianet" (learn.microsoft.com,
 * "Microsoft Graph Bicep: known limitations").
 */
export function graphBicepAvailable(cloud: CloudName): boolean {
  return cloud === 'AzureCloud'
}

/** The lines that bring the Graph extension into a Bicep file, with the config it needs. */
export const GRAPH_EXTENSION = [
  '// bicepconfig.json: { "extensions": { "microsoftGraphV1": "br:mcr.microsoft.com/bicep/extensions/microsoftgraph/v1.0:1.0.0" } }',
  'extension microsoftGraphV1'
] as const
