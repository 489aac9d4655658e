/** The Azure clouds the action knows, and what each sets. */
export interface CloudProfile {
  readonly name: CloudName
  /** Microsoft Entra ID authority host. */
  readonly authorityHost: string
  /** The `aud` GitHub must put in its token for Entra's token exchange. */
  readonly tokenExchangeAudience: string
  /** Azure Resource Manager endpoint. */
  readonly armEndpoint: string
  /** The resource ARM tokens are issued for (independent of an overridden ARM host). */
  readonly armResource: string
  /** The cloud-wide Cosmos DB resource, used when the account's own resource is unknown to Entra. */
  readonly cosmosResource: string
  /** Microsoft Graph, where application federated credentials live (the admin CLI). */
  readonly graphEndpoint: string
  /** The DNS domain of NoSQL account endpoints (`<account>.documents.azure.com`). */
  readonly cosmosDomain: string
}

export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const
export type CloudName = (typeof CLOUD_NAMES)[number]

export const CLOUDS: Readonly<Record<CloudName, CloudProfile>> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    tokenExchangeAudience: 'api://AzureADTokenExchange',
    armEndpoint: 'https://management.azure.com',
    armResource: 'https://management.azure.com',
    cosmosResource: 'https://cosmos.azure.com',
    graphEndpoint: 'https://graph.microsoft.com',
    cosmosDomain: 'documents.azure.com'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
    armEndpoint: 'https://management.usgovcloudapi.net',
    armResource: 'https://management.usgovcloudapi.net',
    cosmosResource: 'https://cosmos.azure.us',
    graphEndpoint: 'https://graph.microsoft.us',
    cosmosDomain: 'documents.azure.us'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
    armEndpoint: 'https://management.chinacloudapi.cn',
    armResource: 'https://management.chinacloudapi.cn',
    cosmosResource: 'https://cosmos.azure.cn',
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    cosmosDomain: 'documents.azure.cn'
  }
}
