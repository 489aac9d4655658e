export const id = 651;
export const ids = [651];
export const modules = {

/***/ 3651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CosmosDBManagementClient: () => (/* reexport */ CosmosDBManagementClient)
});

// UNUSED EXPORTS: AzureClouds, KnownAnalyticalStorageSchemaType, KnownApiType, KnownAuthenticationMethod, KnownAutoReplicate, KnownAzureConnectionType, KnownBackupPolicyMigrationStatus, KnownBackupPolicyType, KnownBackupStorageRedundancy, KnownCompositePathSortOrder, KnownConflictResolutionMode, KnownConnectionState, KnownConnectorOffer, KnownContinuousTier, KnownCreateMode, KnownCreatedByType, KnownDataType, KnownDatabaseAccountKind, KnownDedicatedGatewayType, KnownDefaultPriorityLevel, KnownDistanceFunction, KnownFleetspacePropertiesFleetspaceApiKind, KnownFleetspacePropertiesServiceTier, KnownIndexKind, KnownIndexingMode, KnownKeyKind, KnownKind, KnownManagedCassandraProvisioningState, KnownManagedCassandraResourceIdentityType, KnownMinimalTlsVersion, KnownNodeState, KnownNotebookWorkspaceName, KnownOperationType, KnownPartitionKind, KnownPrimaryAggregationType, KnownPublicNetworkAccess, KnownRestoreMode, KnownScheduledEventStrategy, KnownServerVersion, KnownServiceSize, KnownServiceStatus, KnownServiceType, KnownSpatialType, KnownStatus, KnownTriggerOperation, KnownTriggerType, KnownType, KnownUnitType, KnownVectorDataType, KnownVectorIndexType, KnownVersions, RestError, isRestError, restorePoller

;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,esm/* createClientLogger */.KV)("arm-cosmosdb");
//# sourceMappingURL=logger.js.map
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var dist_esm = __webpack_require__(3049);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/cosmosDBManagementContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Azure Cosmos DB Throughput Pool REST API */
function createCosmosDBManagement(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-cosmosdb/17.0.0`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}`
        : `azsdk-js-api ${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=cosmosDBManagementContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/serialization/check-prop-undefined.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns true if all specified properties of the item are undefined.
 * @param item The object to check.
 * @param properties The list of property names to check on the item.
 * @returns True if all specified properties are undefined, otherwise false.
 */
function areAllPropsUndefined(item, properties) {
    for (const property of properties) {
        if (item[property] !== undefined) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=check-prop-undefined.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/serialization/serialize-record.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function serializeRecord(item, excludes, serializer) {
    const propertiesToExclude = excludes ?? [];
    const res = {};
    for (const key of Object.keys(item)) {
        if (propertiesToExclude.includes(key) || item[key] === undefined) {
            continue;
        }
        if (serializer) {
            res[key] = serializer(item[key]);
        }
        else {
            res[key] = item[key];
        }
    }
    return res;
}
//# sourceMappingURL=serialize-record.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __webpack_require__(9105);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _operationListResultDeserializer(item) {
    return {
        value: operationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationArrayDeserializer(result) {
    return result.map((item) => {
        return operationDeserializer(item);
    });
}
function operationDeserializer(item) {
    return {
        name: item["name"],
        display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["Provider"],
        resource: item["Resource"],
        operation: item["Operation"],
        description: item["Description"],
    };
}
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function databaseAccountGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _databaseAccountGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
        kind: item["kind"],
    };
}
function databaseAccountGetPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        documentEndpoint: item["documentEndpoint"],
        databaseAccountOfferType: item["databaseAccountOfferType"],
        ipRules: !item["ipRules"]
            ? item["ipRules"]
            : ipAddressOrRangeArrayDeserializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicyDeserializer(item["consistencyPolicy"]),
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArrayDeserializer(item["capabilities"]),
        writeLocations: !item["writeLocations"]
            ? item["writeLocations"]
            : locationArrayDeserializer(item["writeLocations"]),
        readLocations: !item["readLocations"]
            ? item["readLocations"]
            : locationArrayDeserializer(item["readLocations"]),
        locations: !item["locations"]
            ? item["locations"]
            : locationArrayDeserializer(item["locations"]),
        failoverPolicies: !item["failoverPolicies"]
            ? item["failoverPolicies"]
            : failoverPolicyArrayDeserializer(item["failoverPolicies"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArrayDeserializer(item["virtualNetworkRules"]),
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesDeserializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationDeserializer(item["analyticalStorageConfiguration"]),
        instanceId: item["instanceId"],
        createMode: item["createMode"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : restoreParametersDeserializer(item["restoreParameters"]),
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionDeserializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArrayDeserializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        capacity: !item["capacity"] ? item["capacity"] : capacityDeserializer(item["capacity"]),
        keysMetadata: !item["keysMetadata"]
            ? item["keysMetadata"]
            : databaseAccountKeysMetadataDeserializer(item["keysMetadata"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        keyVaultKeyUriVersion: item["keyVaultKeyUriVersion"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function ipAddressOrRangeArraySerializer(result) {
    return result.map((item) => {
        return ipAddressOrRangeSerializer(item);
    });
}
function ipAddressOrRangeArrayDeserializer(result) {
    return result.map((item) => {
        return ipAddressOrRangeDeserializer(item);
    });
}
function ipAddressOrRangeSerializer(item) {
    return { ipAddressOrRange: item["ipAddressOrRange"] };
}
function ipAddressOrRangeDeserializer(item) {
    return {
        ipAddressOrRange: item["ipAddressOrRange"],
    };
}
function consistencyPolicySerializer(item) {
    return {
        defaultConsistencyLevel: item["defaultConsistencyLevel"],
        maxStalenessPrefix: item["maxStalenessPrefix"],
        maxIntervalInSeconds: item["maxIntervalInSeconds"],
    };
}
function consistencyPolicyDeserializer(item) {
    return {
        defaultConsistencyLevel: item["defaultConsistencyLevel"],
        maxStalenessPrefix: item["maxStalenessPrefix"],
        maxIntervalInSeconds: item["maxIntervalInSeconds"],
    };
}
function capabilityArraySerializer(result) {
    return result.map((item) => {
        return capabilitySerializer(item);
    });
}
function capabilityArrayDeserializer(result) {
    return result.map((item) => {
        return capabilityDeserializer(item);
    });
}
function capabilitySerializer(item) {
    return { name: item["name"] };
}
function capabilityDeserializer(item) {
    return {
        name: item["name"],
    };
}
function locationArraySerializer(result) {
    return result.map((item) => {
        return locationSerializer(item);
    });
}
function locationArrayDeserializer(result) {
    return result.map((item) => {
        return locationDeserializer(item);
    });
}
function locationSerializer(item) {
    return {
        locationName: item["locationName"],
        failoverPriority: item["failoverPriority"],
        isZoneRedundant: item["isZoneRedundant"],
    };
}
function locationDeserializer(item) {
    return {
        id: item["id"],
        locationName: item["locationName"],
        documentEndpoint: item["documentEndpoint"],
        provisioningState: item["provisioningState"],
        failoverPriority: item["failoverPriority"],
        isZoneRedundant: item["isZoneRedundant"],
    };
}
function failoverPolicyArraySerializer(result) {
    return result.map((item) => {
        return failoverPolicySerializer(item);
    });
}
function failoverPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return failoverPolicyDeserializer(item);
    });
}
function failoverPolicySerializer(item) {
    return { locationName: item["locationName"], failoverPriority: item["failoverPriority"] };
}
function failoverPolicyDeserializer(item) {
    return {
        id: item["id"],
        locationName: item["locationName"],
        failoverPriority: item["failoverPriority"],
    };
}
function virtualNetworkRuleArraySerializer(result) {
    return result.map((item) => {
        return virtualNetworkRuleSerializer(item);
    });
}
function virtualNetworkRuleArrayDeserializer(result) {
    return result.map((item) => {
        return virtualNetworkRuleDeserializer(item);
    });
}
function virtualNetworkRuleSerializer(item) {
    return {
        id: item["id"],
        ignoreMissingVNetServiceEndpoint: item["ignoreMissingVNetServiceEndpoint"],
    };
}
function virtualNetworkRuleDeserializer(item) {
    return {
        id: item["id"],
        ignoreMissingVNetServiceEndpoint: item["ignoreMissingVNetServiceEndpoint"],
    };
}
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "privateEndpoint",
            "privateLinkServiceConnectionState",
            "groupId",
            "provisioningState",
        ])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointPropertySerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStatePropertySerializer(item["privateLinkServiceConnectionState"]),
        groupId: item["groupId"],
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointPropertyDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStatePropertyDeserializer(item["privateLinkServiceConnectionState"]),
        groupId: item["groupId"],
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointPropertySerializer(item) {
    return { id: item["id"] };
}
function privateEndpointPropertyDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStatePropertySerializer(item) {
    return { status: item["status"], description: item["description"] };
}
function privateLinkServiceConnectionStatePropertyDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
/** The cassandra connector offer type for the Cosmos DB C* database account. */
var KnownConnectorOffer;
(function (KnownConnectorOffer) {
    /** Small */
    KnownConnectorOffer["Small"] = "Small";
})(KnownConnectorOffer || (KnownConnectorOffer = {}));
/** Whether requests from Public Network are allowed */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
    /** SecuredByPerimeter */
    KnownPublicNetworkAccess["SecuredByPerimeter"] = "SecuredByPerimeter";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function apiPropertiesSerializer(item) {
    return { serverVersion: item["serverVersion"] };
}
function apiPropertiesDeserializer(item) {
    return {
        serverVersion: item["serverVersion"],
    };
}
/** Describes the version of the MongoDB account. */
var KnownServerVersion;
(function (KnownServerVersion) {
    /** 3.2 */
    KnownServerVersion["Three2"] = "3.2";
    /** 3.6 */
    KnownServerVersion["Three6"] = "3.6";
    /** 4.0 */
    KnownServerVersion["Four0"] = "4.0";
    /** 4.2 */
    KnownServerVersion["Four2"] = "4.2";
    /** 5.0 */
    KnownServerVersion["Five0"] = "5.0";
    /** 6.0 */
    KnownServerVersion["Six0"] = "6.0";
    /** 7.0 */
    KnownServerVersion["Seven0"] = "7.0";
})(KnownServerVersion || (KnownServerVersion = {}));
function analyticalStorageConfigurationSerializer(item) {
    return { schemaType: item["schemaType"] };
}
function analyticalStorageConfigurationDeserializer(item) {
    return {
        schemaType: item["schemaType"],
    };
}
/** Describes the types of schema for analytical storage. */
var KnownAnalyticalStorageSchemaType;
(function (KnownAnalyticalStorageSchemaType) {
    /** WellDefined */
    KnownAnalyticalStorageSchemaType["WellDefined"] = "WellDefined";
    /** FullFidelity */
    KnownAnalyticalStorageSchemaType["FullFidelity"] = "FullFidelity";
})(KnownAnalyticalStorageSchemaType || (KnownAnalyticalStorageSchemaType = {}));
/** Enum to indicate the mode of account creation. */
var KnownCreateMode;
(function (KnownCreateMode) {
    /** Default */
    KnownCreateMode["Default"] = "Default";
    /** Restore */
    KnownCreateMode["Restore"] = "Restore";
})(KnownCreateMode || (KnownCreateMode = {}));
function restoreParametersSerializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : item["restoreTimestampInUtc"].toISOString(),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
        restoreMode: item["restoreMode"],
        databasesToRestore: !item["databasesToRestore"]
            ? item["databasesToRestore"]
            : databaseRestoreResourceArraySerializer(item["databasesToRestore"]),
        gremlinDatabasesToRestore: !item["gremlinDatabasesToRestore"]
            ? item["gremlinDatabasesToRestore"]
            : gremlinDatabaseRestoreResourceArraySerializer(item["gremlinDatabasesToRestore"]),
        tablesToRestore: !item["tablesToRestore"]
            ? item["tablesToRestore"]
            : item["tablesToRestore"].map((p) => {
                return p;
            }),
        sourceBackupLocation: item["sourceBackupLocation"],
    };
}
function restoreParametersDeserializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : new Date(item["restoreTimestampInUtc"]),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
        restoreMode: item["restoreMode"],
        databasesToRestore: !item["databasesToRestore"]
            ? item["databasesToRestore"]
            : databaseRestoreResourceArrayDeserializer(item["databasesToRestore"]),
        gremlinDatabasesToRestore: !item["gremlinDatabasesToRestore"]
            ? item["gremlinDatabasesToRestore"]
            : gremlinDatabaseRestoreResourceArrayDeserializer(item["gremlinDatabasesToRestore"]),
        tablesToRestore: !item["tablesToRestore"]
            ? item["tablesToRestore"]
            : item["tablesToRestore"].map((p) => {
                return p;
            }),
        sourceBackupLocation: item["sourceBackupLocation"],
    };
}
/** Describes the mode of the restore. */
var KnownRestoreMode;
(function (KnownRestoreMode) {
    /** PointInTime */
    KnownRestoreMode["PointInTime"] = "PointInTime";
})(KnownRestoreMode || (KnownRestoreMode = {}));
function databaseRestoreResourceArraySerializer(result) {
    return result.map((item) => {
        return databaseRestoreResourceSerializer(item);
    });
}
function databaseRestoreResourceArrayDeserializer(result) {
    return result.map((item) => {
        return databaseRestoreResourceDeserializer(item);
    });
}
function databaseRestoreResourceSerializer(item) {
    return {
        databaseName: item["databaseName"],
        collectionNames: !item["collectionNames"]
            ? item["collectionNames"]
            : item["collectionNames"].map((p) => {
                return p;
            }),
    };
}
function databaseRestoreResourceDeserializer(item) {
    return {
        databaseName: item["databaseName"],
        collectionNames: !item["collectionNames"]
            ? item["collectionNames"]
            : item["collectionNames"].map((p) => {
                return p;
            }),
    };
}
function gremlinDatabaseRestoreResourceArraySerializer(result) {
    return result.map((item) => {
        return gremlinDatabaseRestoreResourceSerializer(item);
    });
}
function gremlinDatabaseRestoreResourceArrayDeserializer(result) {
    return result.map((item) => {
        return gremlinDatabaseRestoreResourceDeserializer(item);
    });
}
function gremlinDatabaseRestoreResourceSerializer(item) {
    return {
        databaseName: item["databaseName"],
        graphNames: !item["graphNames"]
            ? item["graphNames"]
            : item["graphNames"].map((p) => {
                return p;
            }),
    };
}
function gremlinDatabaseRestoreResourceDeserializer(item) {
    return {
        databaseName: item["databaseName"],
        graphNames: !item["graphNames"]
            ? item["graphNames"]
            : item["graphNames"].map((p) => {
                return p;
            }),
    };
}
function backupPolicySerializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateSerializer(item["migrationState"]),
    };
}
function backupPolicyDeserializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateDeserializer(item["migrationState"]),
    };
}
function backupPolicyUnionSerializer(item) {
    switch (item.type) {
        case "Periodic":
            return periodicModeBackupPolicySerializer(item);
        case "Continuous":
            return continuousModeBackupPolicySerializer(item);
        default:
            return backupPolicySerializer(item);
    }
}
function backupPolicyUnionDeserializer(item) {
    switch (item["type"]) {
        case "Periodic":
            return periodicModeBackupPolicyDeserializer(item);
        case "Continuous":
            return continuousModeBackupPolicyDeserializer(item);
        default:
            return backupPolicyDeserializer(item);
    }
}
/** Describes the mode of backups. */
var KnownBackupPolicyType;
(function (KnownBackupPolicyType) {
    /** Periodic */
    KnownBackupPolicyType["Periodic"] = "Periodic";
    /** Continuous */
    KnownBackupPolicyType["Continuous"] = "Continuous";
})(KnownBackupPolicyType || (KnownBackupPolicyType = {}));
function backupPolicyMigrationStateSerializer(item) {
    return {
        status: item["status"],
        targetType: item["targetType"],
        startTime: !item["startTime"] ? item["startTime"] : item["startTime"].toISOString(),
    };
}
function backupPolicyMigrationStateDeserializer(item) {
    return {
        status: item["status"],
        targetType: item["targetType"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
    };
}
/** Describes the status of migration between backup policy types. */
var KnownBackupPolicyMigrationStatus;
(function (KnownBackupPolicyMigrationStatus) {
    /** Invalid */
    KnownBackupPolicyMigrationStatus["Invalid"] = "Invalid";
    /** InProgress */
    KnownBackupPolicyMigrationStatus["InProgress"] = "InProgress";
    /** Completed */
    KnownBackupPolicyMigrationStatus["Completed"] = "Completed";
    /** Failed */
    KnownBackupPolicyMigrationStatus["Failed"] = "Failed";
})(KnownBackupPolicyMigrationStatus || (KnownBackupPolicyMigrationStatus = {}));
function periodicModeBackupPolicySerializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateSerializer(item["migrationState"]),
        periodicModeProperties: !item["periodicModeProperties"]
            ? item["periodicModeProperties"]
            : periodicModePropertiesSerializer(item["periodicModeProperties"]),
    };
}
function periodicModeBackupPolicyDeserializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateDeserializer(item["migrationState"]),
        periodicModeProperties: !item["periodicModeProperties"]
            ? item["periodicModeProperties"]
            : periodicModePropertiesDeserializer(item["periodicModeProperties"]),
    };
}
function periodicModePropertiesSerializer(item) {
    return {
        backupIntervalInMinutes: item["backupIntervalInMinutes"],
        backupRetentionIntervalInHours: item["backupRetentionIntervalInHours"],
        backupStorageRedundancy: item["backupStorageRedundancy"],
    };
}
function periodicModePropertiesDeserializer(item) {
    return {
        backupIntervalInMinutes: item["backupIntervalInMinutes"],
        backupRetentionIntervalInHours: item["backupRetentionIntervalInHours"],
        backupStorageRedundancy: item["backupStorageRedundancy"],
    };
}
/** Enum to indicate type of backup storage redundancy. */
var KnownBackupStorageRedundancy;
(function (KnownBackupStorageRedundancy) {
    /** Geo */
    KnownBackupStorageRedundancy["Geo"] = "Geo";
    /** Local */
    KnownBackupStorageRedundancy["Local"] = "Local";
    /** Zone */
    KnownBackupStorageRedundancy["Zone"] = "Zone";
})(KnownBackupStorageRedundancy || (KnownBackupStorageRedundancy = {}));
function continuousModeBackupPolicySerializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateSerializer(item["migrationState"]),
        continuousModeProperties: !item["continuousModeProperties"]
            ? item["continuousModeProperties"]
            : continuousModePropertiesSerializer(item["continuousModeProperties"]),
    };
}
function continuousModeBackupPolicyDeserializer(item) {
    return {
        type: item["type"],
        migrationState: !item["migrationState"]
            ? item["migrationState"]
            : backupPolicyMigrationStateDeserializer(item["migrationState"]),
        continuousModeProperties: !item["continuousModeProperties"]
            ? item["continuousModeProperties"]
            : continuousModePropertiesDeserializer(item["continuousModeProperties"]),
    };
}
function continuousModePropertiesSerializer(item) {
    return { tier: item["tier"] };
}
function continuousModePropertiesDeserializer(item) {
    return {
        tier: item["tier"],
    };
}
/** Enum to indicate type of Continuous backup tier. */
var KnownContinuousTier;
(function (KnownContinuousTier) {
    /** Continuous7Days */
    KnownContinuousTier["Continuous7Days"] = "Continuous7Days";
    /** Continuous30Days */
    KnownContinuousTier["Continuous30Days"] = "Continuous30Days";
})(KnownContinuousTier || (KnownContinuousTier = {}));
function corsPolicyArraySerializer(result) {
    return result.map((item) => {
        return corsPolicySerializer(item);
    });
}
function corsPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return corsPolicyDeserializer(item);
    });
}
function corsPolicySerializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"],
        allowedMethods: item["allowedMethods"],
        allowedHeaders: item["allowedHeaders"],
        exposedHeaders: item["exposedHeaders"],
        maxAgeInSeconds: item["maxAgeInSeconds"],
    };
}
function corsPolicyDeserializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"],
        allowedMethods: item["allowedMethods"],
        allowedHeaders: item["allowedHeaders"],
        exposedHeaders: item["exposedHeaders"],
        maxAgeInSeconds: item["maxAgeInSeconds"],
    };
}
function capacitySerializer(item) {
    return { totalThroughputLimit: item["totalThroughputLimit"] };
}
function capacityDeserializer(item) {
    return {
        totalThroughputLimit: item["totalThroughputLimit"],
    };
}
function databaseAccountKeysMetadataDeserializer(item) {
    return {
        primaryMasterKey: !item["primaryMasterKey"]
            ? item["primaryMasterKey"]
            : accountKeyMetadataDeserializer(item["primaryMasterKey"]),
        secondaryMasterKey: !item["secondaryMasterKey"]
            ? item["secondaryMasterKey"]
            : accountKeyMetadataDeserializer(item["secondaryMasterKey"]),
        primaryReadonlyMasterKey: !item["primaryReadonlyMasterKey"]
            ? item["primaryReadonlyMasterKey"]
            : accountKeyMetadataDeserializer(item["primaryReadonlyMasterKey"]),
        secondaryReadonlyMasterKey: !item["secondaryReadonlyMasterKey"]
            ? item["secondaryReadonlyMasterKey"]
            : accountKeyMetadataDeserializer(item["secondaryReadonlyMasterKey"]),
    };
}
function accountKeyMetadataDeserializer(item) {
    return {
        generationTime: !item["generationTime"]
            ? item["generationTime"]
            : new Date(item["generationTime"]),
    };
}
/** Indicates the minimum allowed Tls version. The default is Tls 1.0, except for Cassandra and Mongo API's, which only work with Tls 1.2. */
var KnownMinimalTlsVersion;
(function (KnownMinimalTlsVersion) {
    /** Tls */
    KnownMinimalTlsVersion["Tls"] = "Tls";
    /** Tls11 */
    KnownMinimalTlsVersion["Tls11"] = "Tls11";
    /** Tls12 */
    KnownMinimalTlsVersion["Tls12"] = "Tls12";
})(KnownMinimalTlsVersion || (KnownMinimalTlsVersion = {}));
/** Enum to indicate default priorityLevel of requests */
var KnownDefaultPriorityLevel;
(function (KnownDefaultPriorityLevel) {
    /** High */
    KnownDefaultPriorityLevel["High"] = "High";
    /** Low */
    KnownDefaultPriorityLevel["Low"] = "Low";
})(KnownDefaultPriorityLevel || (KnownDefaultPriorityLevel = {}));
function managedServiceIdentitySerializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesRecordSerializer(item["userAssignedIdentities"]),
    };
}
function managedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesRecordDeserializer(item["userAssignedIdentities"]),
    };
}
function components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key]
            ? item[key]
            : components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesSerializer(item[key]);
    });
    return result;
}
function components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key]
            ? item[key]
            : components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesDeserializer(item[key]);
    });
    return result;
}
function components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesSerializer(_item) {
    return {};
}
function components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalpropertiesDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
/** Indicates the type of database account. This can only be set at database account creation. */
var KnownDatabaseAccountKind;
(function (KnownDatabaseAccountKind) {
    /** GlobalDocumentDB */
    KnownDatabaseAccountKind["GlobalDocumentDB"] = "GlobalDocumentDB";
    /** MongoDB */
    KnownDatabaseAccountKind["MongoDB"] = "MongoDB";
    /** Parse */
    KnownDatabaseAccountKind["Parse"] = "Parse";
})(KnownDatabaseAccountKind || (KnownDatabaseAccountKind = {}));
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function restoreParametersBaseSerializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : item["restoreTimestampInUtc"].toISOString(),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
    };
}
function restoreParametersBaseDeserializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : new Date(item["restoreTimestampInUtc"]),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
    };
}
function databaseAccountCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        kind: item["kind"],
        properties: _databaseAccountCreateUpdateParametersPropertiesSerializer(item),
    };
}
function databaseAccountCreateUpdatePropertiesSerializer(item) {
    return {
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicySerializer(item["consistencyPolicy"]),
        locations: locationArraySerializer(item["locations"]),
        databaseAccountOfferType: item["databaseAccountOfferType"],
        ipRules: !item["ipRules"] ? item["ipRules"] : ipAddressOrRangeArraySerializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArraySerializer(item["capabilities"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArraySerializer(item["virtualNetworkRules"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesSerializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationSerializer(item["analyticalStorageConfiguration"]),
        createMode: item["createMode"],
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionSerializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArraySerializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : restoreParametersSerializer(item["restoreParameters"]),
        capacity: !item["capacity"] ? item["capacity"] : capacitySerializer(item["capacity"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function armResourcePropertiesSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function databaseAccountUpdateParametersSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "consistencyPolicy",
            "locations",
            "ipRules",
            "isVirtualNetworkFilterEnabled",
            "enableAutomaticFailover",
            "capabilities",
            "virtualNetworkRules",
            "enableMultipleWriteLocations",
            "enableCassandraConnector",
            "connectorOffer",
            "disableKeyBasedMetadataWriteAccess",
            "keyVaultKeyUri",
            "defaultIdentity",
            "publicNetworkAccess",
            "enableFreeTier",
            "apiProperties",
            "enableAnalyticalStorage",
            "analyticalStorageConfiguration",
            "backupPolicy",
            "cors",
            "networkAclBypass",
            "networkAclBypassResourceIds",
            "disableLocalAuth",
            "capacity",
            "enablePartitionMerge",
            "enableBurstCapacity",
            "minimalTlsVersion",
            "customerManagedKeyStatus",
            "enablePriorityBasedExecution",
            "defaultPriorityLevel",
            "enablePerRegionPerPartitionAutoscale",
            "enforceHierarchicalPartitionKeyIdLastLevel",
        ])
            ? undefined
            : _databaseAccountUpdateParametersPropertiesSerializer(item),
    };
}
function databaseAccountUpdatePropertiesSerializer(item) {
    return {
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicySerializer(item["consistencyPolicy"]),
        locations: !item["locations"] ? item["locations"] : locationArraySerializer(item["locations"]),
        ipRules: !item["ipRules"] ? item["ipRules"] : ipAddressOrRangeArraySerializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArraySerializer(item["capabilities"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArraySerializer(item["virtualNetworkRules"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesSerializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationSerializer(item["analyticalStorageConfiguration"]),
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionSerializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArraySerializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        capacity: !item["capacity"] ? item["capacity"] : capacitySerializer(item["capacity"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function _databaseAccountsListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : databaseAccountGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function databaseAccountGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return databaseAccountGetResultsDeserializer(item);
    });
}
function failoverPoliciesSerializer(item) {
    return { failoverPolicies: failoverPolicyArraySerializer(item["failoverPolicies"]) };
}
function databaseAccountListKeysResultDeserializer(item) {
    return {
        primaryReadonlyMasterKey: item["primaryReadonlyMasterKey"],
        secondaryReadonlyMasterKey: item["secondaryReadonlyMasterKey"],
        primaryMasterKey: item["primaryMasterKey"],
        secondaryMasterKey: item["secondaryMasterKey"],
    };
}
function databaseAccountListReadOnlyKeysResultDeserializer(item) {
    return {
        primaryReadonlyMasterKey: item["primaryReadonlyMasterKey"],
        secondaryReadonlyMasterKey: item["secondaryReadonlyMasterKey"],
    };
}
function databaseAccountListConnectionStringsResultDeserializer(item) {
    return {
        connectionStrings: !item["connectionStrings"]
            ? item["connectionStrings"]
            : databaseAccountConnectionStringArrayDeserializer(item["connectionStrings"]),
    };
}
function databaseAccountConnectionStringArrayDeserializer(result) {
    return result.map((item) => {
        return databaseAccountConnectionStringDeserializer(item);
    });
}
function databaseAccountConnectionStringDeserializer(item) {
    return {
        connectionString: item["connectionString"],
        description: item["description"],
        keyKind: item["keyKind"],
        type: item["type"],
    };
}
/** Kind of the connection string key */
var KnownKind;
(function (KnownKind) {
    /** Primary */
    KnownKind["Primary"] = "Primary";
    /** Secondary */
    KnownKind["Secondary"] = "Secondary";
    /** PrimaryReadonly */
    KnownKind["PrimaryReadonly"] = "PrimaryReadonly";
    /** SecondaryReadonly */
    KnownKind["SecondaryReadonly"] = "SecondaryReadonly";
})(KnownKind || (KnownKind = {}));
/** Type of the connection string */
var KnownType;
(function (KnownType) {
    /** Sql */
    KnownType["Sql"] = "Sql";
    /** Table */
    KnownType["Table"] = "Table";
    /** MongoDB */
    KnownType["MongoDB"] = "MongoDB";
    /** Cassandra */
    KnownType["Cassandra"] = "Cassandra";
    /** CassandraConnectorMetadata */
    KnownType["CassandraConnectorMetadata"] = "CassandraConnectorMetadata";
    /** Gremlin */
    KnownType["Gremlin"] = "Gremlin";
    /** SqlDedicatedGateway */
    KnownType["SqlDedicatedGateway"] = "SqlDedicatedGateway";
    /** GremlinV2 */
    KnownType["GremlinV2"] = "GremlinV2";
    /** Undefined */
    KnownType["Undefined"] = "Undefined";
})(KnownType || (KnownType = {}));
function regionForOnlineOfflineSerializer(item) {
    return { region: item["region"] };
}
function databaseAccountRegenerateKeyParametersSerializer(item) {
    return { keyKind: item["keyKind"] };
}
/** The access key to regenerate. */
var KnownKeyKind;
(function (KnownKeyKind) {
    /** primary */
    KnownKeyKind["Primary"] = "primary";
    /** secondary */
    KnownKeyKind["Secondary"] = "secondary";
    /** primaryReadonly */
    KnownKeyKind["PrimaryReadonly"] = "primaryReadonly";
    /** secondaryReadonly */
    KnownKeyKind["SecondaryReadonly"] = "secondaryReadonly";
})(KnownKeyKind || (KnownKeyKind = {}));
function _metricListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : metricArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function metricArrayDeserializer(result) {
    return result.map((item) => {
        return metricDeserializer(item);
    });
}
function metricDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        timeGrain: item["timeGrain"],
        unit: item["unit"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
        metricValues: !item["metricValues"]
            ? item["metricValues"]
            : metricValueArrayDeserializer(item["metricValues"]),
    };
}
/** The unit of the metric. */
var KnownUnitType;
(function (KnownUnitType) {
    /** Count */
    KnownUnitType["Count"] = "Count";
    /** Bytes */
    KnownUnitType["Bytes"] = "Bytes";
    /** Seconds */
    KnownUnitType["Seconds"] = "Seconds";
    /** Percent */
    KnownUnitType["Percent"] = "Percent";
    /** CountPerSecond */
    KnownUnitType["CountPerSecond"] = "CountPerSecond";
    /** BytesPerSecond */
    KnownUnitType["BytesPerSecond"] = "BytesPerSecond";
    /** Milliseconds */
    KnownUnitType["Milliseconds"] = "Milliseconds";
})(KnownUnitType || (KnownUnitType = {}));
function metricNameDeserializer(item) {
    return {
        value: item["value"],
        localizedValue: item["localizedValue"],
    };
}
function metricValueArrayDeserializer(result) {
    return result.map((item) => {
        return metricValueDeserializer(item);
    });
}
function metricValueDeserializer(item) {
    return {
        count: item["_count"],
        average: item["average"],
        maximum: item["maximum"],
        minimum: item["minimum"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        total: item["total"],
    };
}
function _usagesResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : usageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function usageArrayDeserializer(result) {
    return result.map((item) => {
        return usageDeserializer(item);
    });
}
function usageDeserializer(item) {
    return {
        unit: item["unit"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
        quotaPeriod: item["quotaPeriod"],
        limit: item["limit"],
        currentValue: item["currentValue"],
    };
}
function _metricDefinitionsListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : metricDefinitionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function metricDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return metricDefinitionDeserializer(item);
    });
}
function metricDefinitionDeserializer(item) {
    return {
        metricAvailabilities: !item["metricAvailabilities"]
            ? item["metricAvailabilities"]
            : metricAvailabilityArrayDeserializer(item["metricAvailabilities"]),
        primaryAggregationType: item["primaryAggregationType"],
        unit: item["unit"],
        resourceUri: item["resourceUri"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
    };
}
function metricAvailabilityArrayDeserializer(result) {
    return result.map((item) => {
        return metricAvailabilityDeserializer(item);
    });
}
function metricAvailabilityDeserializer(item) {
    return {
        timeGrain: item["timeGrain"],
        retention: item["retention"],
    };
}
/** The primary aggregation type of the metric. */
var KnownPrimaryAggregationType;
(function (KnownPrimaryAggregationType) {
    /** None */
    KnownPrimaryAggregationType["None"] = "None";
    /** Average */
    KnownPrimaryAggregationType["Average"] = "Average";
    /** Total */
    KnownPrimaryAggregationType["Total"] = "Total";
    /** Minimum */
    KnownPrimaryAggregationType["Minimum"] = "Minimum";
    /** Maximum */
    KnownPrimaryAggregationType["Maximum"] = "Maximum";
    /** Last */
    KnownPrimaryAggregationType["Last"] = "Last";
})(KnownPrimaryAggregationType || (KnownPrimaryAggregationType = {}));
function sqlDatabaseGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlDatabaseGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sqlDatabaseGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : sqlDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function sqlDatabaseGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
        colls: item["_colls"],
        users: item["_users"],
    };
}
function sqlDatabaseGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function sqlDatabaseResourceSerializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function sqlDatabaseResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function resourceRestoreParametersSerializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : item["restoreTimestampInUtc"].toISOString(),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
    };
}
function resourceRestoreParametersDeserializer(item) {
    return {
        restoreSource: item["restoreSource"],
        restoreTimestampInUtc: !item["restoreTimestampInUtc"]
            ? item["restoreTimestampInUtc"]
            : new Date(item["restoreTimestampInUtc"]),
        restoreWithTtlDisabled: item["restoreWithTtlDisabled"],
    };
}
function optionsResourceDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function autoscaleSettingsSerializer(item) {
    return { maxThroughput: item["maxThroughput"] };
}
function autoscaleSettingsDeserializer(item) {
    return {
        maxThroughput: item["maxThroughput"],
    };
}
function sqlDatabaseCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _sqlDatabaseCreateUpdateParametersPropertiesSerializer(item),
    };
}
function sqlDatabaseCreateUpdatePropertiesSerializer(item) {
    return {
        resource: sqlDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function createUpdateOptionsSerializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsSerializer(item["autoscaleSettings"]),
    };
}
function _sqlDatabaseListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : sqlDatabaseGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlDatabaseGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlDatabaseGetResultsDeserializer(item);
    });
}
function throughputSettingsGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _throughputSettingsGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function throughputSettingsGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : throughputSettingsGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function throughputSettingsGetPropertiesResourceDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsResourceDeserializer(item["autoscaleSettings"]),
        minimumThroughput: item["minimumThroughput"],
        offerReplacePending: item["offerReplacePending"],
        instantMaximumThroughput: item["instantMaximumThroughput"],
        softAllowedMaximumThroughput: item["softAllowedMaximumThroughput"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function throughputSettingsResourceSerializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsResourceSerializer(item["autoscaleSettings"]),
    };
}
function throughputSettingsResourceDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsResourceDeserializer(item["autoscaleSettings"]),
        minimumThroughput: item["minimumThroughput"],
        offerReplacePending: item["offerReplacePending"],
        instantMaximumThroughput: item["instantMaximumThroughput"],
        softAllowedMaximumThroughput: item["softAllowedMaximumThroughput"],
    };
}
function autoscaleSettingsResourceSerializer(item) {
    return {
        maxThroughput: item["maxThroughput"],
        autoUpgradePolicy: !item["autoUpgradePolicy"]
            ? item["autoUpgradePolicy"]
            : autoUpgradePolicyResourceSerializer(item["autoUpgradePolicy"]),
    };
}
function autoscaleSettingsResourceDeserializer(item) {
    return {
        maxThroughput: item["maxThroughput"],
        autoUpgradePolicy: !item["autoUpgradePolicy"]
            ? item["autoUpgradePolicy"]
            : autoUpgradePolicyResourceDeserializer(item["autoUpgradePolicy"]),
        targetMaxThroughput: item["targetMaxThroughput"],
    };
}
function autoUpgradePolicyResourceSerializer(item) {
    return {
        throughputPolicy: !item["throughputPolicy"]
            ? item["throughputPolicy"]
            : throughputPolicyResourceSerializer(item["throughputPolicy"]),
    };
}
function autoUpgradePolicyResourceDeserializer(item) {
    return {
        throughputPolicy: !item["throughputPolicy"]
            ? item["throughputPolicy"]
            : throughputPolicyResourceDeserializer(item["throughputPolicy"]),
    };
}
function throughputPolicyResourceSerializer(item) {
    return { isEnabled: item["isEnabled"], incrementPercent: item["incrementPercent"] };
}
function throughputPolicyResourceDeserializer(item) {
    return {
        isEnabled: item["isEnabled"],
        incrementPercent: item["incrementPercent"],
    };
}
function throughputSettingsUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _throughputSettingsUpdateParametersPropertiesSerializer(item),
    };
}
function throughputSettingsUpdatePropertiesSerializer(item) {
    return { resource: throughputSettingsResourceSerializer(item["resource"]) };
}
function cloudErrorDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : cosmosDBErrorResultDeserializer(item["error"]),
    };
}
function cosmosDBErrorResultDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function clientEncryptionKeyGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _clientEncryptionKeyGetResultsPropertiesDeserializer(item["properties"])),
    };
}
function clientEncryptionKeyGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : clientEncryptionKeyGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function clientEncryptionKeyGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        encryptionAlgorithm: item["encryptionAlgorithm"],
        wrappedDataEncryptionKey: !item["wrappedDataEncryptionKey"]
            ? item["wrappedDataEncryptionKey"]
            : typeof item["wrappedDataEncryptionKey"] === "string"
                ? (0,core_util_dist_esm/* stringToUint8Array */.Al)(item["wrappedDataEncryptionKey"], "base64")
                : item["wrappedDataEncryptionKey"],
        keyWrapMetadata: !item["keyWrapMetadata"]
            ? item["keyWrapMetadata"]
            : keyWrapMetadataDeserializer(item["keyWrapMetadata"]),
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function clientEncryptionKeyResourceSerializer(item) {
    return {
        id: item["id"],
        encryptionAlgorithm: item["encryptionAlgorithm"],
        wrappedDataEncryptionKey: !item["wrappedDataEncryptionKey"]
            ? item["wrappedDataEncryptionKey"]
            : (0,core_util_dist_esm/* uint8ArrayToString */.SW)(item["wrappedDataEncryptionKey"], "base64"),
        keyWrapMetadata: !item["keyWrapMetadata"]
            ? item["keyWrapMetadata"]
            : keyWrapMetadataSerializer(item["keyWrapMetadata"]),
    };
}
function clientEncryptionKeyResourceDeserializer(item) {
    return {
        id: item["id"],
        encryptionAlgorithm: item["encryptionAlgorithm"],
        wrappedDataEncryptionKey: !item["wrappedDataEncryptionKey"]
            ? item["wrappedDataEncryptionKey"]
            : typeof item["wrappedDataEncryptionKey"] === "string"
                ? stringToUint8Array(item["wrappedDataEncryptionKey"], "base64")
                : item["wrappedDataEncryptionKey"],
        keyWrapMetadata: !item["keyWrapMetadata"]
            ? item["keyWrapMetadata"]
            : keyWrapMetadataDeserializer(item["keyWrapMetadata"]),
    };
}
function keyWrapMetadataSerializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        value: item["value"],
        algorithm: item["algorithm"],
    };
}
function keyWrapMetadataDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        value: item["value"],
        algorithm: item["algorithm"],
    };
}
function clientEncryptionKeyCreateUpdateParametersSerializer(item) {
    return { properties: _clientEncryptionKeyCreateUpdateParametersPropertiesSerializer(item) };
}
function clientEncryptionKeyCreateUpdatePropertiesSerializer(item) {
    return { resource: clientEncryptionKeyResourceSerializer(item["resource"]) };
}
function _clientEncryptionKeysListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : clientEncryptionKeyGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function clientEncryptionKeyGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return clientEncryptionKeyGetResultsDeserializer(item);
    });
}
function sqlContainerGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlContainerGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sqlContainerGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlContainerGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : sqlContainerGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function sqlContainerGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicyDeserializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeyDeserializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicyDeserializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicyDeserializer(item["conflictResolutionPolicy"]),
        clientEncryptionPolicy: !item["clientEncryptionPolicy"]
            ? item["clientEncryptionPolicy"]
            : clientEncryptionPolicyDeserializer(item["clientEncryptionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        computedProperties: !item["computedProperties"]
            ? item["computedProperties"]
            : computedPropertyArrayDeserializer(item["computedProperties"]),
        vectorEmbeddingPolicy: !item["vectorEmbeddingPolicy"]
            ? item["vectorEmbeddingPolicy"]
            : vectorEmbeddingPolicyDeserializer(item["vectorEmbeddingPolicy"]),
        fullTextPolicy: !item["fullTextPolicy"]
            ? item["fullTextPolicy"]
            : fullTextPolicyDeserializer(item["fullTextPolicy"]),
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function sqlContainerGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function sqlContainerResourceSerializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicySerializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeySerializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicySerializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicySerializer(item["conflictResolutionPolicy"]),
        clientEncryptionPolicy: !item["clientEncryptionPolicy"]
            ? item["clientEncryptionPolicy"]
            : clientEncryptionPolicySerializer(item["clientEncryptionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
        computedProperties: !item["computedProperties"]
            ? item["computedProperties"]
            : computedPropertyArraySerializer(item["computedProperties"]),
        vectorEmbeddingPolicy: !item["vectorEmbeddingPolicy"]
            ? item["vectorEmbeddingPolicy"]
            : vectorEmbeddingPolicySerializer(item["vectorEmbeddingPolicy"]),
        fullTextPolicy: !item["fullTextPolicy"]
            ? item["fullTextPolicy"]
            : fullTextPolicySerializer(item["fullTextPolicy"]),
    };
}
function sqlContainerResourceDeserializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicyDeserializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeyDeserializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicyDeserializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicyDeserializer(item["conflictResolutionPolicy"]),
        clientEncryptionPolicy: !item["clientEncryptionPolicy"]
            ? item["clientEncryptionPolicy"]
            : clientEncryptionPolicyDeserializer(item["clientEncryptionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        computedProperties: !item["computedProperties"]
            ? item["computedProperties"]
            : computedPropertyArrayDeserializer(item["computedProperties"]),
        vectorEmbeddingPolicy: !item["vectorEmbeddingPolicy"]
            ? item["vectorEmbeddingPolicy"]
            : vectorEmbeddingPolicyDeserializer(item["vectorEmbeddingPolicy"]),
        fullTextPolicy: !item["fullTextPolicy"]
            ? item["fullTextPolicy"]
            : fullTextPolicyDeserializer(item["fullTextPolicy"]),
    };
}
function indexingPolicySerializer(item) {
    return {
        automatic: item["automatic"],
        indexingMode: item["indexingMode"],
        includedPaths: !item["includedPaths"]
            ? item["includedPaths"]
            : includedPathArraySerializer(item["includedPaths"]),
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : excludedPathArraySerializer(item["excludedPaths"]),
        compositeIndexes: !item["compositeIndexes"]
            ? item["compositeIndexes"]
            : compositePathArrayArraySerializer(item["compositeIndexes"]),
        spatialIndexes: !item["spatialIndexes"]
            ? item["spatialIndexes"]
            : spatialSpecArraySerializer(item["spatialIndexes"]),
        vectorIndexes: !item["vectorIndexes"]
            ? item["vectorIndexes"]
            : vectorIndexArraySerializer(item["vectorIndexes"]),
        fullTextIndexes: !item["fullTextIndexes"]
            ? item["fullTextIndexes"]
            : fullTextIndexPathArraySerializer(item["fullTextIndexes"]),
    };
}
function indexingPolicyDeserializer(item) {
    return {
        automatic: item["automatic"],
        indexingMode: item["indexingMode"],
        includedPaths: !item["includedPaths"]
            ? item["includedPaths"]
            : includedPathArrayDeserializer(item["includedPaths"]),
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : excludedPathArrayDeserializer(item["excludedPaths"]),
        compositeIndexes: !item["compositeIndexes"]
            ? item["compositeIndexes"]
            : compositePathArrayArrayDeserializer(item["compositeIndexes"]),
        spatialIndexes: !item["spatialIndexes"]
            ? item["spatialIndexes"]
            : spatialSpecArrayDeserializer(item["spatialIndexes"]),
        vectorIndexes: !item["vectorIndexes"]
            ? item["vectorIndexes"]
            : vectorIndexArrayDeserializer(item["vectorIndexes"]),
        fullTextIndexes: !item["fullTextIndexes"]
            ? item["fullTextIndexes"]
            : fullTextIndexPathArrayDeserializer(item["fullTextIndexes"]),
    };
}
/** Indicates the indexing mode. */
var KnownIndexingMode;
(function (KnownIndexingMode) {
    /** consistent */
    KnownIndexingMode["Consistent"] = "consistent";
    /** lazy */
    KnownIndexingMode["Lazy"] = "lazy";
    /** none */
    KnownIndexingMode["None"] = "none";
})(KnownIndexingMode || (KnownIndexingMode = {}));
function includedPathArraySerializer(result) {
    return result.map((item) => {
        return includedPathSerializer(item);
    });
}
function includedPathArrayDeserializer(result) {
    return result.map((item) => {
        return includedPathDeserializer(item);
    });
}
function includedPathSerializer(item) {
    return {
        path: item["path"],
        indexes: !item["indexes"] ? item["indexes"] : indexesArraySerializer(item["indexes"]),
    };
}
function includedPathDeserializer(item) {
    return {
        path: item["path"],
        indexes: !item["indexes"] ? item["indexes"] : indexesArrayDeserializer(item["indexes"]),
    };
}
function indexesArraySerializer(result) {
    return result.map((item) => {
        return indexesSerializer(item);
    });
}
function indexesArrayDeserializer(result) {
    return result.map((item) => {
        return indexesDeserializer(item);
    });
}
function indexesSerializer(item) {
    return { dataType: item["dataType"], precision: item["precision"], kind: item["kind"] };
}
function indexesDeserializer(item) {
    return {
        dataType: item["dataType"],
        precision: item["precision"],
        kind: item["kind"],
    };
}
/** The datatype for which the indexing behavior is applied to. */
var KnownDataType;
(function (KnownDataType) {
    /** String */
    KnownDataType["String"] = "String";
    /** Number */
    KnownDataType["Number"] = "Number";
    /** Point */
    KnownDataType["Point"] = "Point";
    /** Polygon */
    KnownDataType["Polygon"] = "Polygon";
    /** LineString */
    KnownDataType["LineString"] = "LineString";
    /** MultiPolygon */
    KnownDataType["MultiPolygon"] = "MultiPolygon";
})(KnownDataType || (KnownDataType = {}));
/** Indicates the type of index. */
var KnownIndexKind;
(function (KnownIndexKind) {
    /** Hash */
    KnownIndexKind["Hash"] = "Hash";
    /** Range */
    KnownIndexKind["Range"] = "Range";
    /** Spatial */
    KnownIndexKind["Spatial"] = "Spatial";
})(KnownIndexKind || (KnownIndexKind = {}));
function excludedPathArraySerializer(result) {
    return result.map((item) => {
        return excludedPathSerializer(item);
    });
}
function excludedPathArrayDeserializer(result) {
    return result.map((item) => {
        return excludedPathDeserializer(item);
    });
}
function excludedPathSerializer(item) {
    return { path: item["path"] };
}
function excludedPathDeserializer(item) {
    return {
        path: item["path"],
    };
}
function compositePathArrayArraySerializer(result) {
    return result.map((item) => {
        return compositePathArraySerializer(item);
    });
}
function compositePathArrayArrayDeserializer(result) {
    return result.map((item) => {
        return compositePathArrayDeserializer(item);
    });
}
function compositePathArraySerializer(result) {
    return result.map((item) => {
        return compositePathSerializer(item);
    });
}
function compositePathArrayDeserializer(result) {
    return result.map((item) => {
        return compositePathDeserializer(item);
    });
}
function compositePathSerializer(item) {
    return { path: item["path"], order: item["order"] };
}
function compositePathDeserializer(item) {
    return {
        path: item["path"],
        order: item["order"],
    };
}
/** Sort order for composite paths. */
var KnownCompositePathSortOrder;
(function (KnownCompositePathSortOrder) {
    /** ascending */
    KnownCompositePathSortOrder["Ascending"] = "ascending";
    /** descending */
    KnownCompositePathSortOrder["Descending"] = "descending";
})(KnownCompositePathSortOrder || (KnownCompositePathSortOrder = {}));
function spatialSpecArraySerializer(result) {
    return result.map((item) => {
        return spatialSpecSerializer(item);
    });
}
function spatialSpecArrayDeserializer(result) {
    return result.map((item) => {
        return spatialSpecDeserializer(item);
    });
}
function spatialSpecSerializer(item) {
    return {
        path: item["path"],
        types: !item["types"]
            ? item["types"]
            : item["types"].map((p) => {
                return p;
            }),
    };
}
function spatialSpecDeserializer(item) {
    return {
        path: item["path"],
        types: !item["types"]
            ? item["types"]
            : item["types"].map((p) => {
                return p;
            }),
    };
}
/** Indicates the spatial type of index. */
var KnownSpatialType;
(function (KnownSpatialType) {
    /** Point */
    KnownSpatialType["Point"] = "Point";
    /** LineString */
    KnownSpatialType["LineString"] = "LineString";
    /** Polygon */
    KnownSpatialType["Polygon"] = "Polygon";
    /** MultiPolygon */
    KnownSpatialType["MultiPolygon"] = "MultiPolygon";
})(KnownSpatialType || (KnownSpatialType = {}));
function vectorIndexArraySerializer(result) {
    return result.map((item) => {
        return vectorIndexSerializer(item);
    });
}
function vectorIndexArrayDeserializer(result) {
    return result.map((item) => {
        return vectorIndexDeserializer(item);
    });
}
function vectorIndexSerializer(item) {
    return {
        path: item["path"],
        type: item["type"],
        quantizationByteSize: item["quantizationByteSize"],
        indexingSearchListSize: item["indexingSearchListSize"],
        vectorIndexShardKey: !item["vectorIndexShardKey"]
            ? item["vectorIndexShardKey"]
            : item["vectorIndexShardKey"].map((p) => {
                return p;
            }),
    };
}
function vectorIndexDeserializer(item) {
    return {
        path: item["path"],
        type: item["type"],
        quantizationByteSize: item["quantizationByteSize"],
        indexingSearchListSize: item["indexingSearchListSize"],
        vectorIndexShardKey: !item["vectorIndexShardKey"]
            ? item["vectorIndexShardKey"]
            : item["vectorIndexShardKey"].map((p) => {
                return p;
            }),
    };
}
/** The index type of the vector. Currently, flat, diskANN, and quantizedFlat are supported. */
var KnownVectorIndexType;
(function (KnownVectorIndexType) {
    /** flat */
    KnownVectorIndexType["Flat"] = "flat";
    /** diskANN */
    KnownVectorIndexType["DiskANN"] = "diskANN";
    /** quantizedFlat */
    KnownVectorIndexType["QuantizedFlat"] = "quantizedFlat";
})(KnownVectorIndexType || (KnownVectorIndexType = {}));
function fullTextIndexPathArraySerializer(result) {
    return result.map((item) => {
        return fullTextIndexPathSerializer(item);
    });
}
function fullTextIndexPathArrayDeserializer(result) {
    return result.map((item) => {
        return fullTextIndexPathDeserializer(item);
    });
}
function fullTextIndexPathSerializer(item) {
    return { path: item["path"] };
}
function fullTextIndexPathDeserializer(item) {
    return {
        path: item["path"],
    };
}
function containerPartitionKeySerializer(item) {
    return {
        paths: !item["paths"]
            ? item["paths"]
            : item["paths"].map((p) => {
                return p;
            }),
        kind: item["kind"],
        version: item["version"],
    };
}
function containerPartitionKeyDeserializer(item) {
    return {
        paths: !item["paths"]
            ? item["paths"]
            : item["paths"].map((p) => {
                return p;
            }),
        kind: item["kind"],
        version: item["version"],
        systemKey: item["systemKey"],
    };
}
/** Indicates the kind of algorithm used for partitioning. For MultiHash, multiple partition keys (upto three maximum) are supported for container create */
var KnownPartitionKind;
(function (KnownPartitionKind) {
    /** Hash */
    KnownPartitionKind["Hash"] = "Hash";
    /** Range */
    KnownPartitionKind["Range"] = "Range";
    /** MultiHash */
    KnownPartitionKind["MultiHash"] = "MultiHash";
})(KnownPartitionKind || (KnownPartitionKind = {}));
function uniqueKeyPolicySerializer(item) {
    return {
        uniqueKeys: !item["uniqueKeys"]
            ? item["uniqueKeys"]
            : uniqueKeyArraySerializer(item["uniqueKeys"]),
    };
}
function uniqueKeyPolicyDeserializer(item) {
    return {
        uniqueKeys: !item["uniqueKeys"]
            ? item["uniqueKeys"]
            : uniqueKeyArrayDeserializer(item["uniqueKeys"]),
    };
}
function uniqueKeyArraySerializer(result) {
    return result.map((item) => {
        return uniqueKeySerializer(item);
    });
}
function uniqueKeyArrayDeserializer(result) {
    return result.map((item) => {
        return uniqueKeyDeserializer(item);
    });
}
function uniqueKeySerializer(item) {
    return {
        paths: !item["paths"]
            ? item["paths"]
            : item["paths"].map((p) => {
                return p;
            }),
    };
}
function uniqueKeyDeserializer(item) {
    return {
        paths: !item["paths"]
            ? item["paths"]
            : item["paths"].map((p) => {
                return p;
            }),
    };
}
function conflictResolutionPolicySerializer(item) {
    return {
        mode: item["mode"],
        conflictResolutionPath: item["conflictResolutionPath"],
        conflictResolutionProcedure: item["conflictResolutionProcedure"],
    };
}
function conflictResolutionPolicyDeserializer(item) {
    return {
        mode: item["mode"],
        conflictResolutionPath: item["conflictResolutionPath"],
        conflictResolutionProcedure: item["conflictResolutionProcedure"],
    };
}
/** Indicates the conflict resolution mode. */
var KnownConflictResolutionMode;
(function (KnownConflictResolutionMode) {
    /** LastWriterWins */
    KnownConflictResolutionMode["LastWriterWins"] = "LastWriterWins";
    /** Custom */
    KnownConflictResolutionMode["Custom"] = "Custom";
})(KnownConflictResolutionMode || (KnownConflictResolutionMode = {}));
function clientEncryptionPolicySerializer(item) {
    return {
        includedPaths: clientEncryptionIncludedPathArraySerializer(item["includedPaths"]),
        policyFormatVersion: item["policyFormatVersion"],
    };
}
function clientEncryptionPolicyDeserializer(item) {
    return {
        includedPaths: clientEncryptionIncludedPathArrayDeserializer(item["includedPaths"]),
        policyFormatVersion: item["policyFormatVersion"],
    };
}
function clientEncryptionIncludedPathArraySerializer(result) {
    return result.map((item) => {
        return clientEncryptionIncludedPathSerializer(item);
    });
}
function clientEncryptionIncludedPathArrayDeserializer(result) {
    return result.map((item) => {
        return clientEncryptionIncludedPathDeserializer(item);
    });
}
function clientEncryptionIncludedPathSerializer(item) {
    return {
        path: item["path"],
        clientEncryptionKeyId: item["clientEncryptionKeyId"],
        encryptionType: item["encryptionType"],
        encryptionAlgorithm: item["encryptionAlgorithm"],
    };
}
function clientEncryptionIncludedPathDeserializer(item) {
    return {
        path: item["path"],
        clientEncryptionKeyId: item["clientEncryptionKeyId"],
        encryptionType: item["encryptionType"],
        encryptionAlgorithm: item["encryptionAlgorithm"],
    };
}
function computedPropertyArraySerializer(result) {
    return result.map((item) => {
        return computedPropertySerializer(item);
    });
}
function computedPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return computedPropertyDeserializer(item);
    });
}
function computedPropertySerializer(item) {
    return { name: item["name"], query: item["query"] };
}
function computedPropertyDeserializer(item) {
    return {
        name: item["name"],
        query: item["query"],
    };
}
function vectorEmbeddingPolicySerializer(item) {
    return {
        vectorEmbeddings: !item["vectorEmbeddings"]
            ? item["vectorEmbeddings"]
            : vectorEmbeddingArraySerializer(item["vectorEmbeddings"]),
    };
}
function vectorEmbeddingPolicyDeserializer(item) {
    return {
        vectorEmbeddings: !item["vectorEmbeddings"]
            ? item["vectorEmbeddings"]
            : vectorEmbeddingArrayDeserializer(item["vectorEmbeddings"]),
    };
}
function vectorEmbeddingArraySerializer(result) {
    return result.map((item) => {
        return vectorEmbeddingSerializer(item);
    });
}
function vectorEmbeddingArrayDeserializer(result) {
    return result.map((item) => {
        return vectorEmbeddingDeserializer(item);
    });
}
function vectorEmbeddingSerializer(item) {
    return {
        path: item["path"],
        dataType: item["dataType"],
        distanceFunction: item["distanceFunction"],
        dimensions: item["dimensions"],
    };
}
function vectorEmbeddingDeserializer(item) {
    return {
        path: item["path"],
        dataType: item["dataType"],
        distanceFunction: item["distanceFunction"],
        dimensions: item["dimensions"],
    };
}
/** Indicates the data type of vector. */
var KnownVectorDataType;
(function (KnownVectorDataType) {
    /** float32 */
    KnownVectorDataType["Float32"] = "float32";
    /** uint8 */
    KnownVectorDataType["Uint8"] = "uint8";
    /** int8 */
    KnownVectorDataType["Int8"] = "int8";
    /** float16 */
    KnownVectorDataType["Float16"] = "float16";
})(KnownVectorDataType || (KnownVectorDataType = {}));
/** The distance function to use for distance calculation in between vectors. */
var KnownDistanceFunction;
(function (KnownDistanceFunction) {
    /** euclidean */
    KnownDistanceFunction["Euclidean"] = "euclidean";
    /** cosine */
    KnownDistanceFunction["Cosine"] = "cosine";
    /** dotproduct */
    KnownDistanceFunction["Dotproduct"] = "dotproduct";
})(KnownDistanceFunction || (KnownDistanceFunction = {}));
function fullTextPolicySerializer(item) {
    return {
        defaultLanguage: item["defaultLanguage"],
        fullTextPaths: !item["fullTextPaths"]
            ? item["fullTextPaths"]
            : fullTextPathArraySerializer(item["fullTextPaths"]),
    };
}
function fullTextPolicyDeserializer(item) {
    return {
        defaultLanguage: item["defaultLanguage"],
        fullTextPaths: !item["fullTextPaths"]
            ? item["fullTextPaths"]
            : fullTextPathArrayDeserializer(item["fullTextPaths"]),
    };
}
function fullTextPathArraySerializer(result) {
    return result.map((item) => {
        return fullTextPathSerializer(item);
    });
}
function fullTextPathArrayDeserializer(result) {
    return result.map((item) => {
        return fullTextPathDeserializer(item);
    });
}
function fullTextPathSerializer(item) {
    return { path: item["path"], language: item["language"] };
}
function fullTextPathDeserializer(item) {
    return {
        path: item["path"],
        language: item["language"],
    };
}
function sqlContainerCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _sqlContainerCreateUpdateParametersPropertiesSerializer(item),
    };
}
function sqlContainerCreateUpdatePropertiesSerializer(item) {
    return {
        resource: sqlContainerResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlContainerListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : sqlContainerGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlContainerGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlContainerGetResultsDeserializer(item);
    });
}
function continuousBackupRestoreLocationSerializer(item) {
    return { location: item["location"] };
}
function backupInformationDeserializer(item) {
    return {
        continuousBackupInformation: !item["continuousBackupInformation"]
            ? item["continuousBackupInformation"]
            : continuousBackupInformationDeserializer(item["continuousBackupInformation"]),
    };
}
function continuousBackupInformationDeserializer(item) {
    return {
        latestRestorableTimestamp: item["latestRestorableTimestamp"],
    };
}
function sqlStoredProcedureGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlStoredProcedureGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sqlStoredProcedureGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlStoredProcedureGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function sqlStoredProcedureGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function sqlStoredProcedureResourceSerializer(item) {
    return { id: item["id"], body: item["body"] };
}
function sqlStoredProcedureResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
    };
}
function sqlStoredProcedureCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _sqlStoredProcedureCreateUpdateParametersPropertiesSerializer(item),
    };
}
function sqlStoredProcedureCreateUpdatePropertiesSerializer(item) {
    return {
        resource: sqlStoredProcedureResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlStoredProcedureListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : sqlStoredProcedureGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlStoredProcedureGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlStoredProcedureGetResultsDeserializer(item);
    });
}
function sqlUserDefinedFunctionGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlUserDefinedFunctionGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sqlUserDefinedFunctionGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlUserDefinedFunctionGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function sqlUserDefinedFunctionGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function sqlUserDefinedFunctionResourceSerializer(item) {
    return { id: item["id"], body: item["body"] };
}
function sqlUserDefinedFunctionResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
    };
}
function sqlUserDefinedFunctionCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _sqlUserDefinedFunctionCreateUpdateParametersPropertiesSerializer(item),
    };
}
function sqlUserDefinedFunctionCreateUpdatePropertiesSerializer(item) {
    return {
        resource: sqlUserDefinedFunctionResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlUserDefinedFunctionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : sqlUserDefinedFunctionGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlUserDefinedFunctionGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlUserDefinedFunctionGetResultsDeserializer(item);
    });
}
function sqlTriggerGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlTriggerGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sqlTriggerGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlTriggerGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function sqlTriggerGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
        triggerType: item["triggerType"],
        triggerOperation: item["triggerOperation"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function sqlTriggerResourceSerializer(item) {
    return {
        id: item["id"],
        body: item["body"],
        triggerType: item["triggerType"],
        triggerOperation: item["triggerOperation"],
    };
}
function sqlTriggerResourceDeserializer(item) {
    return {
        id: item["id"],
        body: item["body"],
        triggerType: item["triggerType"],
        triggerOperation: item["triggerOperation"],
    };
}
/** Type of the Trigger */
var KnownTriggerType;
(function (KnownTriggerType) {
    /** Pre */
    KnownTriggerType["Pre"] = "Pre";
    /** Post */
    KnownTriggerType["Post"] = "Post";
})(KnownTriggerType || (KnownTriggerType = {}));
/** The operation the trigger is associated with */
var KnownTriggerOperation;
(function (KnownTriggerOperation) {
    /** All */
    KnownTriggerOperation["All"] = "All";
    /** Create */
    KnownTriggerOperation["Create"] = "Create";
    /** Update */
    KnownTriggerOperation["Update"] = "Update";
    /** Delete */
    KnownTriggerOperation["Delete"] = "Delete";
    /** Replace */
    KnownTriggerOperation["Replace"] = "Replace";
})(KnownTriggerOperation || (KnownTriggerOperation = {}));
function sqlTriggerCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _sqlTriggerCreateUpdateParametersPropertiesSerializer(item),
    };
}
function sqlTriggerCreateUpdatePropertiesSerializer(item) {
    return {
        resource: sqlTriggerResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlTriggerListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : sqlTriggerGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlTriggerGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlTriggerGetResultsDeserializer(item);
    });
}
function sqlRoleDefinitionGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlRoleDefinitionGetResultsPropertiesDeserializer(item["properties"])),
    };
}
function sqlRoleDefinitionResourceSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function sqlRoleDefinitionResourceDeserializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function permissionArraySerializer(result) {
    return result.map((item) => {
        return permissionSerializer(item);
    });
}
function permissionArrayDeserializer(result) {
    return result.map((item) => {
        return permissionDeserializer(item);
    });
}
function permissionSerializer(item) {
    return {
        id: item["id"],
        dataActions: !item["dataActions"]
            ? item["dataActions"]
            : item["dataActions"].map((p) => {
                return p;
            }),
        notDataActions: !item["notDataActions"]
            ? item["notDataActions"]
            : item["notDataActions"].map((p) => {
                return p;
            }),
    };
}
function permissionDeserializer(item) {
    return {
        id: item["id"],
        dataActions: !item["dataActions"]
            ? item["dataActions"]
            : item["dataActions"].map((p) => {
                return p;
            }),
        notDataActions: !item["notDataActions"]
            ? item["notDataActions"]
            : item["notDataActions"].map((p) => {
                return p;
            }),
    };
}
function sqlRoleDefinitionCreateUpdateParametersSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleName", "type", "assignableScopes", "permissions"])
            ? undefined
            : _sqlRoleDefinitionCreateUpdateParametersPropertiesSerializer(item),
    };
}
function _sqlRoleDefinitionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : sqlRoleDefinitionGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlRoleDefinitionGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlRoleDefinitionGetResultsDeserializer(item);
    });
}
function sqlRoleAssignmentGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sqlRoleAssignmentGetResultsPropertiesDeserializer(item["properties"])),
    };
}
function sqlRoleAssignmentResourceSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function sqlRoleAssignmentResourceDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function sqlRoleAssignmentCreateUpdateParametersSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleDefinitionId", "scope", "principalId"])
            ? undefined
            : _sqlRoleAssignmentCreateUpdateParametersPropertiesSerializer(item),
    };
}
function _sqlRoleAssignmentListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : sqlRoleAssignmentGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sqlRoleAssignmentGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return sqlRoleAssignmentGetResultsDeserializer(item);
    });
}
function mongoDBDatabaseGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoDBDatabaseGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function mongoDBDatabaseGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : mongoDBDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : mongoDBDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function mongoDBDatabaseGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function mongoDBDatabaseGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function mongoDBDatabaseResourceSerializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function mongoDBDatabaseResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function mongoDBDatabaseCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _mongoDBDatabaseCreateUpdateParametersPropertiesSerializer(item),
    };
}
function mongoDBDatabaseCreateUpdatePropertiesSerializer(item) {
    return {
        resource: mongoDBDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _mongoDBDatabaseListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : mongoDBDatabaseGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoDBDatabaseGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return mongoDBDatabaseGetResultsDeserializer(item);
    });
}
function mongoDBCollectionGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoDBCollectionGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function mongoDBCollectionGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : mongoDBCollectionGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : mongoDBCollectionGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function mongoDBCollectionGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        shardKey: !item["shardKey"]
            ? item["shardKey"]
            : Object.fromEntries(Object.entries(item["shardKey"]).map(([k, p]) => [k, p])),
        indexes: !item["indexes"] ? item["indexes"] : mongoIndexArrayDeserializer(item["indexes"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function mongoDBCollectionGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function mongoDBCollectionResourceSerializer(item) {
    return {
        id: item["id"],
        shardKey: item["shardKey"],
        indexes: !item["indexes"] ? item["indexes"] : mongoIndexArraySerializer(item["indexes"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function mongoDBCollectionResourceDeserializer(item) {
    return {
        id: item["id"],
        shardKey: !item["shardKey"]
            ? item["shardKey"]
            : Object.fromEntries(Object.entries(item["shardKey"]).map(([k, p]) => [k, p])),
        indexes: !item["indexes"] ? item["indexes"] : mongoIndexArrayDeserializer(item["indexes"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function mongoIndexArraySerializer(result) {
    return result.map((item) => {
        return mongoIndexSerializer(item);
    });
}
function mongoIndexArrayDeserializer(result) {
    return result.map((item) => {
        return mongoIndexDeserializer(item);
    });
}
function mongoIndexSerializer(item) {
    return {
        key: !item["key"] ? item["key"] : mongoIndexKeysSerializer(item["key"]),
        options: !item["options"] ? item["options"] : mongoIndexOptionsSerializer(item["options"]),
    };
}
function mongoIndexDeserializer(item) {
    return {
        key: !item["key"] ? item["key"] : mongoIndexKeysDeserializer(item["key"]),
        options: !item["options"] ? item["options"] : mongoIndexOptionsDeserializer(item["options"]),
    };
}
function mongoIndexKeysSerializer(item) {
    return {
        keys: !item["keys"]
            ? item["keys"]
            : item["keys"].map((p) => {
                return p;
            }),
    };
}
function mongoIndexKeysDeserializer(item) {
    return {
        keys: !item["keys"]
            ? item["keys"]
            : item["keys"].map((p) => {
                return p;
            }),
    };
}
function mongoIndexOptionsSerializer(item) {
    return { expireAfterSeconds: item["expireAfterSeconds"], unique: item["unique"] };
}
function mongoIndexOptionsDeserializer(item) {
    return {
        expireAfterSeconds: item["expireAfterSeconds"],
        unique: item["unique"],
    };
}
function mongoDBCollectionCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _mongoDBCollectionCreateUpdateParametersPropertiesSerializer(item),
    };
}
function mongoDBCollectionCreateUpdatePropertiesSerializer(item) {
    return {
        resource: mongoDBCollectionResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _mongoDBCollectionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : mongoDBCollectionGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoDBCollectionGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return mongoDBCollectionGetResultsDeserializer(item);
    });
}
function mongoRoleDefinitionGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoRoleDefinitionGetResultsPropertiesDeserializer(item["properties"])),
    };
}
function mongoRoleDefinitionResourceSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArraySerializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
    };
}
function mongoRoleDefinitionResourceDeserializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArrayDeserializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
    };
}
function privilegeArraySerializer(result) {
    return result.map((item) => {
        return privilegeSerializer(item);
    });
}
function privilegeArrayDeserializer(result) {
    return result.map((item) => {
        return privilegeDeserializer(item);
    });
}
function privilegeSerializer(item) {
    return {
        resource: !item["resource"] ? item["resource"] : privilegeResourceSerializer(item["resource"]),
        actions: !item["actions"]
            ? item["actions"]
            : item["actions"].map((p) => {
                return p;
            }),
    };
}
function privilegeDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : privilegeResourceDeserializer(item["resource"]),
        actions: !item["actions"]
            ? item["actions"]
            : item["actions"].map((p) => {
                return p;
            }),
    };
}
function privilegeResourceSerializer(item) {
    return { db: item["db"], collection: item["collection"] };
}
function privilegeResourceDeserializer(item) {
    return {
        db: item["db"],
        collection: item["collection"],
    };
}
function roleArraySerializer(result) {
    return result.map((item) => {
        return roleSerializer(item);
    });
}
function roleArrayDeserializer(result) {
    return result.map((item) => {
        return roleDeserializer(item);
    });
}
function roleSerializer(item) {
    return { db: item["db"], role: item["role"] };
}
function roleDeserializer(item) {
    return {
        db: item["db"],
        role: item["role"],
    };
}
function mongoRoleDefinitionCreateUpdateParametersSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "roleName",
            "type",
            "databaseName",
            "privileges",
            "roles",
        ])
            ? undefined
            : _mongoRoleDefinitionCreateUpdateParametersPropertiesSerializer(item),
    };
}
function _mongoRoleDefinitionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : mongoRoleDefinitionGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoRoleDefinitionGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return mongoRoleDefinitionGetResultsDeserializer(item);
    });
}
function mongoUserDefinitionGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoUserDefinitionGetResultsPropertiesDeserializer(item["properties"])),
    };
}
function mongoUserDefinitionResourceSerializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function mongoUserDefinitionResourceDeserializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function mongoUserDefinitionCreateUpdateParametersSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "userName",
            "password",
            "databaseName",
            "customData",
            "roles",
            "mechanisms",
        ])
            ? undefined
            : _mongoUserDefinitionCreateUpdateParametersPropertiesSerializer(item),
    };
}
function _mongoUserDefinitionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : mongoUserDefinitionGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoUserDefinitionGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return mongoUserDefinitionGetResultsDeserializer(item);
    });
}
function tableGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tableGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function tableGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : tableGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : tableGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function tableGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function tableGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function tableResourceSerializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function tableResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function tableCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _tableCreateUpdateParametersPropertiesSerializer(item),
    };
}
function tableCreateUpdatePropertiesSerializer(item) {
    return {
        resource: tableResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _tableListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : tableGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tableGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return tableGetResultsDeserializer(item);
    });
}
function tableRoleDefinitionResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "id",
            "roleName",
            "type",
            "assignableScopes",
            "permissions",
        ])
            ? undefined
            : _tableRoleDefinitionResourcePropertiesSerializer(item),
    };
}
function tableRoleDefinitionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tableRoleDefinitionResourcePropertiesDeserializer(item["properties"])),
    };
}
function tableRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function tableRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _tableRoleDefinitionListResultDeserializer(item) {
    return {
        value: tableRoleDefinitionResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tableRoleDefinitionResourceArraySerializer(result) {
    return result.map((item) => {
        return tableRoleDefinitionResourceSerializer(item);
    });
}
function tableRoleDefinitionResourceArrayDeserializer(result) {
    return result.map((item) => {
        return tableRoleDefinitionResourceDeserializer(item);
    });
}
function tableRoleAssignmentResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleDefinitionId", "scope", "principalId"])
            ? undefined
            : _tableRoleAssignmentResourcePropertiesSerializer(item),
    };
}
function tableRoleAssignmentResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tableRoleAssignmentResourcePropertiesDeserializer(item["properties"])),
    };
}
function tableRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function tableRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _tableRoleAssignmentListResultDeserializer(item) {
    return {
        value: tableRoleAssignmentResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tableRoleAssignmentResourceArraySerializer(result) {
    return result.map((item) => {
        return tableRoleAssignmentResourceSerializer(item);
    });
}
function tableRoleAssignmentResourceArrayDeserializer(result) {
    return result.map((item) => {
        return tableRoleAssignmentResourceDeserializer(item);
    });
}
function cassandraKeyspaceGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _cassandraKeyspaceGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function cassandraKeyspaceGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : cassandraKeyspaceGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : cassandraKeyspaceGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function cassandraKeyspaceGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function cassandraKeyspaceGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function cassandraKeyspaceResourceSerializer(item) {
    return { id: item["id"] };
}
function cassandraKeyspaceResourceDeserializer(item) {
    return {
        id: item["id"],
    };
}
function cassandraKeyspaceCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _cassandraKeyspaceCreateUpdateParametersPropertiesSerializer(item),
    };
}
function cassandraKeyspaceCreateUpdatePropertiesSerializer(item) {
    return {
        resource: cassandraKeyspaceResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _cassandraKeyspaceListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : cassandraKeyspaceGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function cassandraKeyspaceGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraKeyspaceGetResultsDeserializer(item);
    });
}
function cassandraTableGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _cassandraTableGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function cassandraTableGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : cassandraTableGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : cassandraTableGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function cassandraTableGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        defaultTtl: item["defaultTtl"],
        schema: !item["schema"] ? item["schema"] : cassandraSchemaDeserializer(item["schema"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function cassandraTableGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function cassandraTableResourceSerializer(item) {
    return {
        id: item["id"],
        defaultTtl: item["defaultTtl"],
        schema: !item["schema"] ? item["schema"] : cassandraSchemaSerializer(item["schema"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
    };
}
function cassandraTableResourceDeserializer(item) {
    return {
        id: item["id"],
        defaultTtl: item["defaultTtl"],
        schema: !item["schema"] ? item["schema"] : cassandraSchemaDeserializer(item["schema"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
    };
}
function cassandraSchemaSerializer(item) {
    return {
        columns: !item["columns"] ? item["columns"] : columnArraySerializer(item["columns"]),
        partitionKeys: !item["partitionKeys"]
            ? item["partitionKeys"]
            : cassandraPartitionKeyArraySerializer(item["partitionKeys"]),
        clusterKeys: !item["clusterKeys"]
            ? item["clusterKeys"]
            : clusterKeyArraySerializer(item["clusterKeys"]),
    };
}
function cassandraSchemaDeserializer(item) {
    return {
        columns: !item["columns"] ? item["columns"] : columnArrayDeserializer(item["columns"]),
        partitionKeys: !item["partitionKeys"]
            ? item["partitionKeys"]
            : cassandraPartitionKeyArrayDeserializer(item["partitionKeys"]),
        clusterKeys: !item["clusterKeys"]
            ? item["clusterKeys"]
            : clusterKeyArrayDeserializer(item["clusterKeys"]),
    };
}
function columnArraySerializer(result) {
    return result.map((item) => {
        return columnSerializer(item);
    });
}
function columnArrayDeserializer(result) {
    return result.map((item) => {
        return columnDeserializer(item);
    });
}
function columnSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function columnDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
function cassandraPartitionKeyArraySerializer(result) {
    return result.map((item) => {
        return cassandraPartitionKeySerializer(item);
    });
}
function cassandraPartitionKeyArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraPartitionKeyDeserializer(item);
    });
}
function cassandraPartitionKeySerializer(item) {
    return { name: item["name"] };
}
function cassandraPartitionKeyDeserializer(item) {
    return {
        name: item["name"],
    };
}
function clusterKeyArraySerializer(result) {
    return result.map((item) => {
        return clusterKeySerializer(item);
    });
}
function clusterKeyArrayDeserializer(result) {
    return result.map((item) => {
        return clusterKeyDeserializer(item);
    });
}
function clusterKeySerializer(item) {
    return { name: item["name"], orderBy: item["orderBy"] };
}
function clusterKeyDeserializer(item) {
    return {
        name: item["name"],
        orderBy: item["orderBy"],
    };
}
function cassandraTableCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _cassandraTableCreateUpdateParametersPropertiesSerializer(item),
    };
}
function cassandraTableCreateUpdatePropertiesSerializer(item) {
    return {
        resource: cassandraTableResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _cassandraTableListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : cassandraTableGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function cassandraTableGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraTableGetResultsDeserializer(item);
    });
}
function cassandraRoleDefinitionResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "id",
            "roleName",
            "type",
            "assignableScopes",
            "permissions",
        ])
            ? undefined
            : _cassandraRoleDefinitionResourcePropertiesSerializer(item),
    };
}
function cassandraRoleDefinitionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _cassandraRoleDefinitionResourcePropertiesDeserializer(item["properties"])),
    };
}
function cassandraRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function cassandraRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _cassandraRoleDefinitionListResultDeserializer(item) {
    return {
        value: cassandraRoleDefinitionResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function cassandraRoleDefinitionResourceArraySerializer(result) {
    return result.map((item) => {
        return cassandraRoleDefinitionResourceSerializer(item);
    });
}
function cassandraRoleDefinitionResourceArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraRoleDefinitionResourceDeserializer(item);
    });
}
function cassandraRoleAssignmentResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleDefinitionId", "scope", "principalId"])
            ? undefined
            : _cassandraRoleAssignmentResourcePropertiesSerializer(item),
    };
}
function cassandraRoleAssignmentResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _cassandraRoleAssignmentResourcePropertiesDeserializer(item["properties"])),
    };
}
function cassandraRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function cassandraRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _cassandraRoleAssignmentListResultDeserializer(item) {
    return {
        value: cassandraRoleAssignmentResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function cassandraRoleAssignmentResourceArraySerializer(result) {
    return result.map((item) => {
        return cassandraRoleAssignmentResourceSerializer(item);
    });
}
function cassandraRoleAssignmentResourceArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraRoleAssignmentResourceDeserializer(item);
    });
}
function gremlinDatabaseGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _gremlinDatabaseGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function gremlinDatabaseGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : gremlinDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : gremlinDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function gremlinDatabaseGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function gremlinDatabaseGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function gremlinDatabaseResourceSerializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function gremlinDatabaseResourceDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function gremlinDatabaseCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _gremlinDatabaseCreateUpdateParametersPropertiesSerializer(item),
    };
}
function gremlinDatabaseCreateUpdatePropertiesSerializer(item) {
    return {
        resource: gremlinDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _gremlinDatabaseListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : gremlinDatabaseGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function gremlinDatabaseGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return gremlinDatabaseGetResultsDeserializer(item);
    });
}
function gremlinGraphGetResultsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _gremlinGraphGetResultsPropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function gremlinGraphGetPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : gremlinGraphGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : gremlinGraphGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function gremlinGraphGetPropertiesResourceDeserializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicyDeserializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeyDeserializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicyDeserializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicyDeserializer(item["conflictResolutionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
    };
}
function gremlinGraphGetPropertiesOptionsDeserializer(item) {
    return {
        throughput: item["throughput"],
        autoscaleSettings: !item["autoscaleSettings"]
            ? item["autoscaleSettings"]
            : autoscaleSettingsDeserializer(item["autoscaleSettings"]),
    };
}
function gremlinGraphResourceSerializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicySerializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeySerializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicySerializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicySerializer(item["conflictResolutionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersSerializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function gremlinGraphResourceDeserializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicyDeserializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeyDeserializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicyDeserializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicyDeserializer(item["conflictResolutionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
    };
}
function gremlinGraphCreateUpdateParametersSerializer(item) {
    return {
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: _gremlinGraphCreateUpdateParametersPropertiesSerializer(item),
    };
}
function gremlinGraphCreateUpdatePropertiesSerializer(item) {
    return {
        resource: gremlinGraphResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _gremlinGraphListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : gremlinGraphGetResultsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function gremlinGraphGetResultsArrayDeserializer(result) {
    return result.map((item) => {
        return gremlinGraphGetResultsDeserializer(item);
    });
}
function gremlinRoleDefinitionResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "id",
            "roleName",
            "type",
            "assignableScopes",
            "permissions",
        ])
            ? undefined
            : _gremlinRoleDefinitionResourcePropertiesSerializer(item),
    };
}
function gremlinRoleDefinitionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _gremlinRoleDefinitionResourcePropertiesDeserializer(item["properties"])),
    };
}
function gremlinRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function gremlinRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _gremlinRoleDefinitionListResultDeserializer(item) {
    return {
        value: gremlinRoleDefinitionResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function gremlinRoleDefinitionResourceArraySerializer(result) {
    return result.map((item) => {
        return gremlinRoleDefinitionResourceSerializer(item);
    });
}
function gremlinRoleDefinitionResourceArrayDeserializer(result) {
    return result.map((item) => {
        return gremlinRoleDefinitionResourceDeserializer(item);
    });
}
function gremlinRoleAssignmentResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleDefinitionId", "scope", "principalId"])
            ? undefined
            : _gremlinRoleAssignmentResourcePropertiesSerializer(item),
    };
}
function gremlinRoleAssignmentResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _gremlinRoleAssignmentResourcePropertiesDeserializer(item["properties"])),
    };
}
function gremlinRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function gremlinRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _gremlinRoleAssignmentListResultDeserializer(item) {
    return {
        value: gremlinRoleAssignmentResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function gremlinRoleAssignmentResourceArraySerializer(result) {
    return result.map((item) => {
        return gremlinRoleAssignmentResourceSerializer(item);
    });
}
function gremlinRoleAssignmentResourceArrayDeserializer(result) {
    return result.map((item) => {
        return gremlinRoleAssignmentResourceDeserializer(item);
    });
}
function notebookWorkspaceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _notebookWorkspacePropertiesDeserializer(item["properties"])),
    };
}
function notebookWorkspacePropertiesDeserializer(item) {
    return {
        notebookServerEndpoint: item["notebookServerEndpoint"],
        status: item["status"],
    };
}
/** Known values of {@link NotebookWorkspaceName} that the service accepts. */
var KnownNotebookWorkspaceName;
(function (KnownNotebookWorkspaceName) {
    /** default */
    KnownNotebookWorkspaceName["Default"] = "default";
})(KnownNotebookWorkspaceName || (KnownNotebookWorkspaceName = {}));
function notebookWorkspaceCreateUpdateParametersSerializer(_item) {
    return {};
}
function armProxyResourceSerializer(_item) {
    return {};
}
function _notebookWorkspaceListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : notebookWorkspaceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function notebookWorkspaceArrayDeserializer(result) {
    return result.map((item) => {
        return notebookWorkspaceDeserializer(item);
    });
}
function notebookWorkspaceConnectionInfoResultDeserializer(item) {
    return {
        authToken: item["authToken"],
        notebookServerEndpoint: item["notebookServerEndpoint"],
    };
}
function _privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : privateEndpointConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateLinkResourcePropertiesDeserializer(item["properties"])),
    };
}
function privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _privateLinkResourceListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function _percentileMetricListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : percentileMetricArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function percentileMetricArrayDeserializer(result) {
    return result.map((item) => {
        return percentileMetricDeserializer(item);
    });
}
function percentileMetricDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        timeGrain: item["timeGrain"],
        unit: item["unit"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
        metricValues: !item["metricValues"]
            ? item["metricValues"]
            : percentileMetricValueArrayDeserializer(item["metricValues"]),
    };
}
function percentileMetricValueArrayDeserializer(result) {
    return result.map((item) => {
        return percentileMetricValueDeserializer(item);
    });
}
function percentileMetricValueDeserializer(item) {
    return {
        count: item["_count"],
        average: item["average"],
        maximum: item["maximum"],
        minimum: item["minimum"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        total: item["total"],
        p10: item["P10"],
        p25: item["P25"],
        p50: item["P50"],
        p75: item["P75"],
        p90: item["P90"],
        p95: item["P95"],
        p99: item["P99"],
    };
}
function _partitionMetricListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : partitionMetricArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function partitionMetricArrayDeserializer(result) {
    return result.map((item) => {
        return partitionMetricDeserializer(item);
    });
}
function partitionMetricDeserializer(item) {
    return {
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        timeGrain: item["timeGrain"],
        unit: item["unit"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
        metricValues: !item["metricValues"]
            ? item["metricValues"]
            : metricValueArrayDeserializer(item["metricValues"]),
        partitionId: item["partitionId"],
        partitionKeyRangeId: item["partitionKeyRangeId"],
    };
}
function _partitionUsagesResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : partitionUsageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function partitionUsageArrayDeserializer(result) {
    return result.map((item) => {
        return partitionUsageDeserializer(item);
    });
}
function partitionUsageDeserializer(item) {
    return {
        unit: item["unit"],
        name: !item["name"] ? item["name"] : metricNameDeserializer(item["name"]),
        quotaPeriod: item["quotaPeriod"],
        limit: item["limit"],
        currentValue: item["currentValue"],
        partitionId: item["partitionId"],
        partitionKeyRangeId: item["partitionKeyRangeId"],
    };
}
function locationGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : locationPropertiesDeserializer(item["properties"]),
    };
}
function locationPropertiesDeserializer(item) {
    return {
        supportsAvailabilityZone: item["supportsAvailabilityZone"],
        isResidencyRestricted: item["isResidencyRestricted"],
        backupStorageRedundancies: !item["backupStorageRedundancies"]
            ? item["backupStorageRedundancies"]
            : item["backupStorageRedundancies"].map((p) => {
                return p;
            }),
        isSubscriptionRegionAccessAllowedForRegular: item["isSubscriptionRegionAccessAllowedForRegular"],
        isSubscriptionRegionAccessAllowedForAz: item["isSubscriptionRegionAccessAllowedForAz"],
        status: item["status"],
    };
}
/** Enum to indicate current buildout status of the region. */
var KnownStatus;
(function (KnownStatus) {
    /** Uninitialized */
    KnownStatus["Uninitialized"] = "Uninitialized";
    /** Initializing */
    KnownStatus["Initializing"] = "Initializing";
    /** InternallyReady */
    KnownStatus["InternallyReady"] = "InternallyReady";
    /** Online */
    KnownStatus["Online"] = "Online";
    /** Deleting */
    KnownStatus["Deleting"] = "Deleting";
    /** Succeeded */
    KnownStatus["Succeeded"] = "Succeeded";
    /** Failed */
    KnownStatus["Failed"] = "Failed";
    /** Canceled */
    KnownStatus["Canceled"] = "Canceled";
    /** Updating */
    KnownStatus["Updating"] = "Updating";
    /** Creating */
    KnownStatus["Creating"] = "Creating";
})(KnownStatus || (KnownStatus = {}));
function _locationListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : locationGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function locationGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return locationGetResultDeserializer(item);
    });
}
function clusterResourceSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : clusterResourcePropertiesSerializer(item["properties"]),
        location: item["location"],
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedCassandraManagedServiceIdentitySerializer(item["identity"]),
    };
}
function clusterResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : clusterResourcePropertiesDeserializer(item["properties"]),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        identity: !item["identity"]
            ? item["identity"]
            : managedCassandraManagedServiceIdentityDeserializer(item["identity"]),
    };
}
function clusterResourcePropertiesSerializer(item) {
    return {
        provisioningState: item["provisioningState"],
        restoreFromBackupId: item["restoreFromBackupId"],
        delegatedManagementSubnetId: item["delegatedManagementSubnetId"],
        cassandraVersion: item["cassandraVersion"],
        clusterNameOverride: item["clusterNameOverride"],
        authenticationMethod: item["authenticationMethod"],
        initialCassandraAdminPassword: item["initialCassandraAdminPassword"],
        prometheusEndpoint: !item["prometheusEndpoint"]
            ? item["prometheusEndpoint"]
            : seedNodeSerializer(item["prometheusEndpoint"]),
        repairEnabled: item["repairEnabled"],
        autoReplicate: item["autoReplicate"],
        clientCertificates: !item["clientCertificates"]
            ? item["clientCertificates"]
            : certificateArraySerializer(item["clientCertificates"]),
        externalGossipCertificates: !item["externalGossipCertificates"]
            ? item["externalGossipCertificates"]
            : certificateArraySerializer(item["externalGossipCertificates"]),
        externalSeedNodes: !item["externalSeedNodes"]
            ? item["externalSeedNodes"]
            : seedNodeArraySerializer(item["externalSeedNodes"]),
        externalDataCenters: !item["externalDataCenters"]
            ? item["externalDataCenters"]
            : item["externalDataCenters"].map((p) => {
                return p;
            }),
        hoursBetweenBackups: item["hoursBetweenBackups"],
        deallocated: item["deallocated"],
        cassandraAuditLoggingEnabled: item["cassandraAuditLoggingEnabled"],
        provisionError: !item["provisionError"]
            ? item["provisionError"]
            : cassandraErrorSerializer(item["provisionError"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : item["extensions"].map((p) => {
                return p;
            }),
        backupSchedules: !item["backupSchedules"]
            ? item["backupSchedules"]
            : backupScheduleArraySerializer(item["backupSchedules"]),
        scheduledEventStrategy: item["scheduledEventStrategy"],
        azureConnectionMethod: item["azureConnectionMethod"],
    };
}
function clusterResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        restoreFromBackupId: item["restoreFromBackupId"],
        delegatedManagementSubnetId: item["delegatedManagementSubnetId"],
        cassandraVersion: item["cassandraVersion"],
        clusterNameOverride: item["clusterNameOverride"],
        authenticationMethod: item["authenticationMethod"],
        initialCassandraAdminPassword: item["initialCassandraAdminPassword"],
        prometheusEndpoint: !item["prometheusEndpoint"]
            ? item["prometheusEndpoint"]
            : seedNodeDeserializer(item["prometheusEndpoint"]),
        repairEnabled: item["repairEnabled"],
        autoReplicate: item["autoReplicate"],
        clientCertificates: !item["clientCertificates"]
            ? item["clientCertificates"]
            : certificateArrayDeserializer(item["clientCertificates"]),
        externalGossipCertificates: !item["externalGossipCertificates"]
            ? item["externalGossipCertificates"]
            : certificateArrayDeserializer(item["externalGossipCertificates"]),
        gossipCertificates: !item["gossipCertificates"]
            ? item["gossipCertificates"]
            : certificateArrayDeserializer(item["gossipCertificates"]),
        externalSeedNodes: !item["externalSeedNodes"]
            ? item["externalSeedNodes"]
            : seedNodeArrayDeserializer(item["externalSeedNodes"]),
        seedNodes: !item["seedNodes"]
            ? item["seedNodes"]
            : seedNodeArrayDeserializer(item["seedNodes"]),
        externalDataCenters: !item["externalDataCenters"]
            ? item["externalDataCenters"]
            : item["externalDataCenters"].map((p) => {
                return p;
            }),
        hoursBetweenBackups: item["hoursBetweenBackups"],
        deallocated: item["deallocated"],
        cassandraAuditLoggingEnabled: item["cassandraAuditLoggingEnabled"],
        provisionError: !item["provisionError"]
            ? item["provisionError"]
            : cassandraErrorDeserializer(item["provisionError"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : item["extensions"].map((p) => {
                return p;
            }),
        backupSchedules: !item["backupSchedules"]
            ? item["backupSchedules"]
            : backupScheduleArrayDeserializer(item["backupSchedules"]),
        scheduledEventStrategy: item["scheduledEventStrategy"],
        azureConnectionMethod: item["azureConnectionMethod"],
        privateLinkResourceId: item["privateLinkResourceId"],
    };
}
/** The status of the resource at the time the operation was called. */
var KnownManagedCassandraProvisioningState;
(function (KnownManagedCassandraProvisioningState) {
    /** Creating */
    KnownManagedCassandraProvisioningState["Creating"] = "Creating";
    /** Updating */
    KnownManagedCassandraProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownManagedCassandraProvisioningState["Deleting"] = "Deleting";
    /** Succeeded */
    KnownManagedCassandraProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownManagedCassandraProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownManagedCassandraProvisioningState["Canceled"] = "Canceled";
})(KnownManagedCassandraProvisioningState || (KnownManagedCassandraProvisioningState = {}));
/** Which authentication method Cassandra should use to authenticate clients. 'None' turns off authentication, so should not be used except in emergencies. 'Cassandra' is the default password based authentication. The default is 'Cassandra'. */
var KnownAuthenticationMethod;
(function (KnownAuthenticationMethod) {
    /** None */
    KnownAuthenticationMethod["None"] = "None";
    /** Cassandra */
    KnownAuthenticationMethod["Cassandra"] = "Cassandra";
    /** Ldap */
    KnownAuthenticationMethod["Ldap"] = "Ldap";
})(KnownAuthenticationMethod || (KnownAuthenticationMethod = {}));
function seedNodeSerializer(item) {
    return { ipAddress: item["ipAddress"] };
}
function seedNodeDeserializer(item) {
    return {
        ipAddress: item["ipAddress"],
    };
}
/** The form of AutoReplicate that is being used by this cluster. */
var KnownAutoReplicate;
(function (KnownAutoReplicate) {
    /** None */
    KnownAutoReplicate["None"] = "None";
    /** SystemKeyspaces */
    KnownAutoReplicate["SystemKeyspaces"] = "SystemKeyspaces";
    /** AllKeyspaces */
    KnownAutoReplicate["AllKeyspaces"] = "AllKeyspaces";
})(KnownAutoReplicate || (KnownAutoReplicate = {}));
function certificateArraySerializer(result) {
    return result.map((item) => {
        return certificateSerializer(item);
    });
}
function certificateArrayDeserializer(result) {
    return result.map((item) => {
        return certificateDeserializer(item);
    });
}
function certificateSerializer(item) {
    return { pem: item["pem"] };
}
function certificateDeserializer(item) {
    return {
        pem: item["pem"],
    };
}
function seedNodeArraySerializer(result) {
    return result.map((item) => {
        return seedNodeSerializer(item);
    });
}
function seedNodeArrayDeserializer(result) {
    return result.map((item) => {
        return seedNodeDeserializer(item);
    });
}
function cassandraErrorSerializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        additionalErrorInfo: item["additionalErrorInfo"],
    };
}
function cassandraErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        additionalErrorInfo: item["additionalErrorInfo"],
    };
}
function backupScheduleArraySerializer(result) {
    return result.map((item) => {
        return backupScheduleSerializer(item);
    });
}
function backupScheduleArrayDeserializer(result) {
    return result.map((item) => {
        return backupScheduleDeserializer(item);
    });
}
function backupScheduleSerializer(item) {
    return {
        scheduleName: item["scheduleName"],
        cronExpression: item["cronExpression"],
        retentionInHours: item["retentionInHours"],
    };
}
function backupScheduleDeserializer(item) {
    return {
        scheduleName: item["scheduleName"],
        cronExpression: item["cronExpression"],
        retentionInHours: item["retentionInHours"],
    };
}
/** How the nodes in the cluster react to scheduled events */
var KnownScheduledEventStrategy;
(function (KnownScheduledEventStrategy) {
    /** Ignore */
    KnownScheduledEventStrategy["Ignore"] = "Ignore";
    /** StopAny */
    KnownScheduledEventStrategy["StopAny"] = "StopAny";
    /** StopByRack */
    KnownScheduledEventStrategy["StopByRack"] = "StopByRack";
})(KnownScheduledEventStrategy || (KnownScheduledEventStrategy = {}));
/** How to connect to the azure services needed for running the cluster */
var KnownAzureConnectionType;
(function (KnownAzureConnectionType) {
    /** None */
    KnownAzureConnectionType["None"] = "None";
    /** VPN */
    KnownAzureConnectionType["VPN"] = "VPN";
})(KnownAzureConnectionType || (KnownAzureConnectionType = {}));
function managedCassandraManagedServiceIdentitySerializer(item) {
    return { type: item["type"] };
}
function managedCassandraManagedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
    };
}
/** The type of the resource. */
var KnownManagedCassandraResourceIdentityType;
(function (KnownManagedCassandraResourceIdentityType) {
    /** SystemAssigned */
    KnownManagedCassandraResourceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** None */
    KnownManagedCassandraResourceIdentityType["None"] = "None";
})(KnownManagedCassandraResourceIdentityType || (KnownManagedCassandraResourceIdentityType = {}));
function _listClustersDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : clusterResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function clusterResourceArraySerializer(result) {
    return result.map((item) => {
        return clusterResourceSerializer(item);
    });
}
function clusterResourceArrayDeserializer(result) {
    return result.map((item) => {
        return clusterResourceDeserializer(item);
    });
}
function commandPostBodySerializer(item) {
    return {
        command: item["command"],
        arguments: item["arguments"],
        host: item["host"],
        "cassandra-stop-start": item["cassandraStopStart"],
        readwrite: item["readwrite"],
    };
}
function commandOutputDeserializer(item) {
    return {
        commandOutput: item["commandOutput"],
    };
}
function cassandraClusterPublicStatusDeserializer(item) {
    return {
        eTag: item["eTag"],
        reaperStatus: !item["reaperStatus"]
            ? item["reaperStatus"]
            : managedCassandraReaperStatusDeserializer(item["reaperStatus"]),
        connectionErrors: !item["connectionErrors"]
            ? item["connectionErrors"]
            : connectionErrorArrayDeserializer(item["connectionErrors"]),
        errors: !item["errors"] ? item["errors"] : cassandraErrorArrayDeserializer(item["errors"]),
        dataCenters: !item["dataCenters"]
            ? item["dataCenters"]
            : cassandraClusterPublicStatusDataCentersItemArrayDeserializer(item["dataCenters"]),
    };
}
function managedCassandraReaperStatusDeserializer(item) {
    return {
        healthy: item["healthy"],
        repairRunIds: !item["repairRunIds"]
            ? item["repairRunIds"]
            : Object.fromEntries(Object.entries(item["repairRunIds"]).map(([k, p]) => [k, p])),
        repairSchedules: !item["repairSchedules"]
            ? item["repairSchedules"]
            : Object.fromEntries(Object.entries(item["repairSchedules"]).map(([k, p]) => [k, p])),
    };
}
function connectionErrorArrayDeserializer(result) {
    return result.map((item) => {
        return connectionErrorDeserializer(item);
    });
}
function connectionErrorDeserializer(item) {
    return {
        connectionState: item["connectionState"],
        iPFrom: item["iPFrom"],
        iPTo: item["iPTo"],
        port: item["port"],
        exception: item["exception"],
    };
}
/** The kind of connection error that occurred. */
var KnownConnectionState;
(function (KnownConnectionState) {
    /** Unknown */
    KnownConnectionState["Unknown"] = "Unknown";
    /** OK */
    KnownConnectionState["OK"] = "OK";
    /** OperatorToDataCenterNetworkError */
    KnownConnectionState["OperatorToDataCenterNetworkError"] = "OperatorToDataCenterNetworkError";
    /** DatacenterToDatacenterNetworkError */
    KnownConnectionState["DatacenterToDatacenterNetworkError"] = "DatacenterToDatacenterNetworkError";
    /** InternalOperatorToDataCenterCertificateError */
    KnownConnectionState["InternalOperatorToDataCenterCertificateError"] = "InternalOperatorToDataCenterCertificateError";
    /** InternalError */
    KnownConnectionState["InternalError"] = "InternalError";
})(KnownConnectionState || (KnownConnectionState = {}));
function cassandraErrorArraySerializer(result) {
    return result.map((item) => {
        return cassandraErrorSerializer(item);
    });
}
function cassandraErrorArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraErrorDeserializer(item);
    });
}
function cassandraClusterPublicStatusDataCentersItemArrayDeserializer(result) {
    return result.map((item) => {
        return cassandraClusterPublicStatusDataCentersItemDeserializer(item);
    });
}
function cassandraClusterPublicStatusDataCentersItemDeserializer(item) {
    return {
        name: item["name"],
        seedNodes: !item["seedNodes"]
            ? item["seedNodes"]
            : item["seedNodes"].map((p) => {
                return p;
            }),
        nodes: !item["nodes"]
            ? item["nodes"]
            : componentsM9L909SchemasCassandraclusterpublicstatusPropertiesDatacentersItemsPropertiesNodesItemsArrayDeserializer(item["nodes"]),
    };
}
function componentsM9L909SchemasCassandraclusterpublicstatusPropertiesDatacentersItemsPropertiesNodesItemsArrayDeserializer(result) {
    return result.map((item) => {
        return componentsM9L909SchemasCassandraclusterpublicstatusPropertiesDatacentersItemsPropertiesNodesItemsDeserializer(item);
    });
}
function componentsM9L909SchemasCassandraclusterpublicstatusPropertiesDatacentersItemsPropertiesNodesItemsDeserializer(item) {
    return {
        address: item["address"],
        state: item["state"],
        status: item["status"],
        cassandraProcessStatus: item["cassandraProcessStatus"],
        load: item["load"],
        tokens: !item["tokens"]
            ? item["tokens"]
            : item["tokens"].map((p) => {
                return p;
            }),
        size: item["size"],
        hostID: item["hostID"],
        rack: item["rack"],
        timestamp: item["timestamp"],
        diskUsedKB: item["diskUsedKB"],
        diskFreeKB: item["diskFreeKB"],
        memoryUsedKB: item["memoryUsedKB"],
        memoryBuffersAndCachedKB: item["memoryBuffersAndCachedKB"],
        memoryFreeKB: item["memoryFreeKB"],
        memoryTotalKB: item["memoryTotalKB"],
        cpuUsage: item["cpuUsage"],
        isLatestModel: item["isLatestModel"],
    };
}
/** The state of the node in Cassandra ring. */
var KnownNodeState;
(function (KnownNodeState) {
    /** Normal */
    KnownNodeState["Normal"] = "Normal";
    /** Leaving */
    KnownNodeState["Leaving"] = "Leaving";
    /** Joining */
    KnownNodeState["Joining"] = "Joining";
    /** Moving */
    KnownNodeState["Moving"] = "Moving";
    /** Stopped */
    KnownNodeState["Stopped"] = "Stopped";
})(KnownNodeState || (KnownNodeState = {}));
function dataCenterResourceSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : dataCenterResourcePropertiesSerializer(item["properties"]),
    };
}
function dataCenterResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : dataCenterResourcePropertiesDeserializer(item["properties"]),
    };
}
function dataCenterResourcePropertiesSerializer(item) {
    return {
        provisioningState: item["provisioningState"],
        dataCenterLocation: item["dataCenterLocation"],
        delegatedSubnetId: item["delegatedSubnetId"],
        nodeCount: item["nodeCount"],
        base64EncodedCassandraYamlFragment: item["base64EncodedCassandraYamlFragment"],
        managedDiskCustomerKeyUri: item["managedDiskCustomerKeyUri"],
        backupStorageCustomerKeyUri: item["backupStorageCustomerKeyUri"],
        sku: item["sku"],
        diskSku: item["diskSku"],
        diskCapacity: item["diskCapacity"],
        availabilityZone: item["availabilityZone"],
        authenticationMethodLdapProperties: !item["authenticationMethodLdapProperties"]
            ? item["authenticationMethodLdapProperties"]
            : authenticationMethodLdapPropertiesSerializer(item["authenticationMethodLdapProperties"]),
        deallocated: item["deallocated"],
        provisionError: !item["provisionError"]
            ? item["provisionError"]
            : cassandraErrorSerializer(item["provisionError"]),
        privateEndpointIpAddress: item["privateEndpointIpAddress"],
    };
}
function dataCenterResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        dataCenterLocation: item["dataCenterLocation"],
        delegatedSubnetId: item["delegatedSubnetId"],
        nodeCount: item["nodeCount"],
        seedNodes: !item["seedNodes"]
            ? item["seedNodes"]
            : seedNodeArrayDeserializer(item["seedNodes"]),
        base64EncodedCassandraYamlFragment: item["base64EncodedCassandraYamlFragment"],
        managedDiskCustomerKeyUri: item["managedDiskCustomerKeyUri"],
        backupStorageCustomerKeyUri: item["backupStorageCustomerKeyUri"],
        sku: item["sku"],
        diskSku: item["diskSku"],
        diskCapacity: item["diskCapacity"],
        availabilityZone: item["availabilityZone"],
        authenticationMethodLdapProperties: !item["authenticationMethodLdapProperties"]
            ? item["authenticationMethodLdapProperties"]
            : authenticationMethodLdapPropertiesDeserializer(item["authenticationMethodLdapProperties"]),
        deallocated: item["deallocated"],
        provisionError: !item["provisionError"]
            ? item["provisionError"]
            : cassandraErrorDeserializer(item["provisionError"]),
        privateEndpointIpAddress: item["privateEndpointIpAddress"],
    };
}
function authenticationMethodLdapPropertiesSerializer(item) {
    return {
        serverHostname: item["serverHostname"],
        serverPort: item["serverPort"],
        serviceUserDistinguishedName: item["serviceUserDistinguishedName"],
        serviceUserPassword: item["serviceUserPassword"],
        searchBaseDistinguishedName: item["searchBaseDistinguishedName"],
        searchFilterTemplate: item["searchFilterTemplate"],
        serverCertificates: !item["serverCertificates"]
            ? item["serverCertificates"]
            : certificateArraySerializer(item["serverCertificates"]),
        connectionTimeoutInMs: item["connectionTimeoutInMs"],
    };
}
function authenticationMethodLdapPropertiesDeserializer(item) {
    return {
        serverHostname: item["serverHostname"],
        serverPort: item["serverPort"],
        serviceUserDistinguishedName: item["serviceUserDistinguishedName"],
        serviceUserPassword: item["serviceUserPassword"],
        searchBaseDistinguishedName: item["searchBaseDistinguishedName"],
        searchFilterTemplate: item["searchFilterTemplate"],
        serverCertificates: !item["serverCertificates"]
            ? item["serverCertificates"]
            : certificateArrayDeserializer(item["serverCertificates"]),
        connectionTimeoutInMs: item["connectionTimeoutInMs"],
    };
}
function _listDataCentersDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : dataCenterResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function dataCenterResourceArraySerializer(result) {
    return result.map((item) => {
        return dataCenterResourceSerializer(item);
    });
}
function dataCenterResourceArrayDeserializer(result) {
    return result.map((item) => {
        return dataCenterResourceDeserializer(item);
    });
}
function restorableDatabaseAccountGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _restorableDatabaseAccountGetResultPropertiesDeserializer(item["properties"])),
        location: item["location"],
    };
}
function restorableDatabaseAccountPropertiesDeserializer(item) {
    return {
        accountName: item["accountName"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        oldestRestorableTime: !item["oldestRestorableTime"]
            ? item["oldestRestorableTime"]
            : new Date(item["oldestRestorableTime"]),
        deletionTime: !item["deletionTime"] ? item["deletionTime"] : new Date(item["deletionTime"]),
        apiType: item["apiType"],
        restorableLocations: !item["restorableLocations"]
            ? item["restorableLocations"]
            : restorableLocationResourceArrayDeserializer(item["restorableLocations"]),
    };
}
/** Enum to indicate the API type of the restorable database account. */
var KnownApiType;
(function (KnownApiType) {
    /** MongoDB */
    KnownApiType["MongoDB"] = "MongoDB";
    /** Gremlin */
    KnownApiType["Gremlin"] = "Gremlin";
    /** Cassandra */
    KnownApiType["Cassandra"] = "Cassandra";
    /** Table */
    KnownApiType["Table"] = "Table";
    /** Sql */
    KnownApiType["Sql"] = "Sql";
    /** GremlinV2 */
    KnownApiType["GremlinV2"] = "GremlinV2";
})(KnownApiType || (KnownApiType = {}));
function restorableLocationResourceArrayDeserializer(result) {
    return result.map((item) => {
        return restorableLocationResourceDeserializer(item);
    });
}
function restorableLocationResourceDeserializer(item) {
    return {
        locationName: item["locationName"],
        regionalDatabaseAccountInstanceId: item["regionalDatabaseAccountInstanceId"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        deletionTime: !item["deletionTime"] ? item["deletionTime"] : new Date(item["deletionTime"]),
    };
}
function _restorableDatabaseAccountsListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableDatabaseAccountGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableDatabaseAccountGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableDatabaseAccountGetResultDeserializer(item);
    });
}
function _restorableSqlDatabasesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableSqlDatabaseGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableSqlDatabaseGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableSqlDatabaseGetResultDeserializer(item);
    });
}
function restorableSqlDatabaseGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableSqlDatabaseGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableSqlDatabasePropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableSqlDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableSqlDatabasePropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
        database: !item["database"]
            ? item["database"]
            : restorableSqlDatabasePropertiesResourceDatabaseDeserializer(item["database"]),
    };
}
/** Enum to indicate the operation type of the event. */
var KnownOperationType;
(function (KnownOperationType) {
    /** Create */
    KnownOperationType["Create"] = "Create";
    /** Replace */
    KnownOperationType["Replace"] = "Replace";
    /** Delete */
    KnownOperationType["Delete"] = "Delete";
    /** Recreate */
    KnownOperationType["Recreate"] = "Recreate";
    /** SystemOperation */
    KnownOperationType["SystemOperation"] = "SystemOperation";
})(KnownOperationType || (KnownOperationType = {}));
function restorableSqlDatabasePropertiesResourceDatabaseDeserializer(item) {
    return {
        id: item["id"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
        colls: item["_colls"],
        users: item["_users"],
        self: item["_self"],
    };
}
function _restorableSqlContainersListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableSqlContainerGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableSqlContainerGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableSqlContainerGetResultDeserializer(item);
    });
}
function restorableSqlContainerGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableSqlContainerGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableSqlContainerPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableSqlContainerPropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableSqlContainerPropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
        container: !item["container"]
            ? item["container"]
            : restorableSqlContainerPropertiesResourceContainerDeserializer(item["container"]),
    };
}
function restorableSqlContainerPropertiesResourceContainerDeserializer(item) {
    return {
        id: item["id"],
        indexingPolicy: !item["indexingPolicy"]
            ? item["indexingPolicy"]
            : indexingPolicyDeserializer(item["indexingPolicy"]),
        partitionKey: !item["partitionKey"]
            ? item["partitionKey"]
            : containerPartitionKeyDeserializer(item["partitionKey"]),
        defaultTtl: item["defaultTtl"],
        uniqueKeyPolicy: !item["uniqueKeyPolicy"]
            ? item["uniqueKeyPolicy"]
            : uniqueKeyPolicyDeserializer(item["uniqueKeyPolicy"]),
        conflictResolutionPolicy: !item["conflictResolutionPolicy"]
            ? item["conflictResolutionPolicy"]
            : conflictResolutionPolicyDeserializer(item["conflictResolutionPolicy"]),
        clientEncryptionPolicy: !item["clientEncryptionPolicy"]
            ? item["clientEncryptionPolicy"]
            : clientEncryptionPolicyDeserializer(item["clientEncryptionPolicy"]),
        analyticalStorageTtl: item["analyticalStorageTtl"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : resourceRestoreParametersDeserializer(item["restoreParameters"]),
        createMode: item["createMode"],
        computedProperties: !item["computedProperties"]
            ? item["computedProperties"]
            : computedPropertyArrayDeserializer(item["computedProperties"]),
        vectorEmbeddingPolicy: !item["vectorEmbeddingPolicy"]
            ? item["vectorEmbeddingPolicy"]
            : vectorEmbeddingPolicyDeserializer(item["vectorEmbeddingPolicy"]),
        fullTextPolicy: !item["fullTextPolicy"]
            ? item["fullTextPolicy"]
            : fullTextPolicyDeserializer(item["fullTextPolicy"]),
        rid: item["_rid"],
        ts: item["_ts"],
        etag: item["_etag"],
        self: item["_self"],
    };
}
function _restorableSqlResourcesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableSqlResourcesGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableSqlResourcesGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableSqlResourcesGetResultDeserializer(item);
    });
}
function restorableSqlResourcesGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        databaseName: item["databaseName"],
        collectionNames: !item["collectionNames"]
            ? item["collectionNames"]
            : item["collectionNames"].map((p) => {
                return p;
            }),
    };
}
function _restorableMongodbDatabasesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableMongodbDatabaseGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableMongodbDatabaseGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableMongodbDatabaseGetResultDeserializer(item);
    });
}
function restorableMongodbDatabaseGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableMongodbDatabaseGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableMongodbDatabasePropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableMongodbDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableMongodbDatabasePropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
    };
}
function _restorableMongodbCollectionsListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableMongodbCollectionGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableMongodbCollectionGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableMongodbCollectionGetResultDeserializer(item);
    });
}
function restorableMongodbCollectionGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableMongodbCollectionGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableMongodbCollectionPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableMongodbCollectionPropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableMongodbCollectionPropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
    };
}
function _restorableMongodbResourcesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableMongodbResourcesGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableMongodbResourcesGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableMongodbResourcesGetResultDeserializer(item);
    });
}
function restorableMongodbResourcesGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        databaseName: item["databaseName"],
        collectionNames: !item["collectionNames"]
            ? item["collectionNames"]
            : item["collectionNames"].map((p) => {
                return p;
            }),
    };
}
function _restorableGremlinDatabasesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableGremlinDatabaseGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableGremlinDatabaseGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableGremlinDatabaseGetResultDeserializer(item);
    });
}
function restorableGremlinDatabaseGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableGremlinDatabaseGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableGremlinDatabasePropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableGremlinDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableGremlinDatabasePropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
    };
}
function _restorableGremlinGraphsListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableGremlinGraphGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableGremlinGraphGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableGremlinGraphGetResultDeserializer(item);
    });
}
function restorableGremlinGraphGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableGremlinGraphGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableGremlinGraphPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableGremlinGraphPropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableGremlinGraphPropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
    };
}
function _restorableGremlinResourcesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableGremlinResourcesGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableGremlinResourcesGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableGremlinResourcesGetResultDeserializer(item);
    });
}
function restorableGremlinResourcesGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        databaseName: item["databaseName"],
        graphNames: !item["graphNames"]
            ? item["graphNames"]
            : item["graphNames"].map((p) => {
                return p;
            }),
    };
}
function _restorableTablesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableTableGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableTableGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableTableGetResultDeserializer(item);
    });
}
function restorableTableGetResultDeserializer(item) {
    return {
        ...(!item["properties"]
            ? item["properties"]
            : _restorableTableGetResultPropertiesDeserializer(item["properties"])),
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function restorableTablePropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableTablePropertiesResourceDeserializer(item["resource"]),
    };
}
function restorableTablePropertiesResourceDeserializer(item) {
    return {
        rid: item["_rid"],
        operationType: item["operationType"],
        canUndelete: item["canUndelete"],
        canUndeleteReason: item["canUndeleteReason"],
        eventTimestamp: item["eventTimestamp"],
        ownerId: item["ownerId"],
        ownerResourceId: item["ownerResourceId"],
    };
}
function _restorableTableResourcesListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : restorableTableResourcesGetResultArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function restorableTableResourcesGetResultArrayDeserializer(result) {
    return result.map((item) => {
        return restorableTableResourcesGetResultDeserializer(item);
    });
}
function restorableTableResourcesGetResultDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
    };
}
function serviceResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : serviceResourcePropertiesUnionDeserializer(item["properties"]),
    };
}
function serviceResourcePropertiesDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "creationTime",
            "instanceSize",
            "instanceCount",
            "serviceType",
            "status",
        ]),
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        status: item["status"],
    };
}
function serviceResourcePropertiesUnionDeserializer(item) {
    switch (item["serviceType"]) {
        case "DataTransfer":
            return dataTransferServiceResourcePropertiesDeserializer(item);
        case "SqlDedicatedGateway":
            return sqlDedicatedGatewayServiceResourcePropertiesDeserializer(item);
        case "GraphAPICompute":
            return graphAPIComputeServiceResourcePropertiesDeserializer(item);
        case "MaterializedViewsBuilder":
            return materializedViewsBuilderServiceResourcePropertiesDeserializer(item);
        default:
            return serviceResourcePropertiesDeserializer(item);
    }
}
/** Instance type for the service. */
var KnownServiceSize;
(function (KnownServiceSize) {
    /** Cosmos.D4s */
    KnownServiceSize["CosmosD4S"] = "Cosmos.D4s";
    /** Cosmos.D8s */
    KnownServiceSize["CosmosD8S"] = "Cosmos.D8s";
    /** Cosmos.D16s */
    KnownServiceSize["CosmosD16S"] = "Cosmos.D16s";
})(KnownServiceSize || (KnownServiceSize = {}));
/** ServiceType for the service. */
var KnownServiceType;
(function (KnownServiceType) {
    /** SqlDedicatedGateway */
    KnownServiceType["SqlDedicatedGateway"] = "SqlDedicatedGateway";
    /** DataTransfer */
    KnownServiceType["DataTransfer"] = "DataTransfer";
    /** GraphAPICompute */
    KnownServiceType["GraphAPICompute"] = "GraphAPICompute";
    /** MaterializedViewsBuilder */
    KnownServiceType["MaterializedViewsBuilder"] = "MaterializedViewsBuilder";
})(KnownServiceType || (KnownServiceType = {}));
/** Describes the status of a service. */
var KnownServiceStatus;
(function (KnownServiceStatus) {
    /** Creating */
    KnownServiceStatus["Creating"] = "Creating";
    /** Running */
    KnownServiceStatus["Running"] = "Running";
    /** Updating */
    KnownServiceStatus["Updating"] = "Updating";
    /** Deleting */
    KnownServiceStatus["Deleting"] = "Deleting";
    /** Error */
    KnownServiceStatus["Error"] = "Error";
    /** Stopped */
    KnownServiceStatus["Stopped"] = "Stopped";
})(KnownServiceStatus || (KnownServiceStatus = {}));
function dataTransferServiceResourcePropertiesDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "creationTime",
            "instanceSize",
            "instanceCount",
            "serviceType",
            "status",
            "locations",
        ]),
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        status: item["status"],
        locations: !item["locations"]
            ? item["locations"]
            : dataTransferRegionalServiceResourceArrayDeserializer(item["locations"]),
    };
}
function dataTransferRegionalServiceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return dataTransferRegionalServiceResourceDeserializer(item);
    });
}
function dataTransferRegionalServiceResourceDeserializer(item) {
    return {
        name: item["name"],
        location: item["location"],
        status: item["status"],
    };
}
function sqlDedicatedGatewayServiceResourcePropertiesDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "creationTime",
            "instanceSize",
            "instanceCount",
            "serviceType",
            "status",
            "sqlDedicatedGatewayEndpoint",
            "dedicatedGatewayType",
            "locations",
        ]),
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        status: item["status"],
        sqlDedicatedGatewayEndpoint: item["sqlDedicatedGatewayEndpoint"],
        dedicatedGatewayType: item["dedicatedGatewayType"],
        locations: !item["locations"]
            ? item["locations"]
            : sqlDedicatedGatewayRegionalServiceResourceArrayDeserializer(item["locations"]),
    };
}
/** DedicatedGatewayType for the service. */
var KnownDedicatedGatewayType;
(function (KnownDedicatedGatewayType) {
    /** IntegratedCache */
    KnownDedicatedGatewayType["IntegratedCache"] = "IntegratedCache";
    /** DistributedQuery */
    KnownDedicatedGatewayType["DistributedQuery"] = "DistributedQuery";
})(KnownDedicatedGatewayType || (KnownDedicatedGatewayType = {}));
function sqlDedicatedGatewayRegionalServiceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return sqlDedicatedGatewayRegionalServiceResourceDeserializer(item);
    });
}
function sqlDedicatedGatewayRegionalServiceResourceDeserializer(item) {
    return {
        name: item["name"],
        location: item["location"],
        status: item["status"],
        sqlDedicatedGatewayEndpoint: item["sqlDedicatedGatewayEndpoint"],
    };
}
function graphAPIComputeServiceResourcePropertiesDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "creationTime",
            "instanceSize",
            "instanceCount",
            "serviceType",
            "status",
            "graphApiComputeEndpoint",
            "locations",
        ]),
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        status: item["status"],
        graphApiComputeEndpoint: item["graphApiComputeEndpoint"],
        locations: !item["locations"]
            ? item["locations"]
            : graphAPIComputeRegionalServiceResourceArrayDeserializer(item["locations"]),
    };
}
function graphAPIComputeRegionalServiceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return graphAPIComputeRegionalServiceResourceDeserializer(item);
    });
}
function graphAPIComputeRegionalServiceResourceDeserializer(item) {
    return {
        name: item["name"],
        location: item["location"],
        status: item["status"],
        graphApiComputeEndpoint: item["graphApiComputeEndpoint"],
    };
}
function materializedViewsBuilderServiceResourcePropertiesDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "creationTime",
            "instanceSize",
            "instanceCount",
            "serviceType",
            "status",
            "locations",
        ]),
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        status: item["status"],
        locations: !item["locations"]
            ? item["locations"]
            : materializedViewsBuilderRegionalServiceResourceArrayDeserializer(item["locations"]),
    };
}
function materializedViewsBuilderRegionalServiceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return materializedViewsBuilderRegionalServiceResourceDeserializer(item);
    });
}
function materializedViewsBuilderRegionalServiceResourceDeserializer(item) {
    return {
        name: item["name"],
        location: item["location"],
        status: item["status"],
    };
}
function regionalServiceResourceDeserializer(item) {
    return {
        name: item["name"],
        location: item["location"],
        status: item["status"],
    };
}
function serviceResourceCreateUpdateParametersSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : serviceResourceCreateUpdatePropertiesUnionSerializer(item["properties"]),
    };
}
function serviceResourceCreateUpdatePropertiesSerializer(item) {
    return {
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
    };
}
function serviceResourceCreateUpdatePropertiesUnionSerializer(item) {
    switch (item.serviceType) {
        case "DataTransfer":
            return dataTransferServiceResourceCreateUpdatePropertiesSerializer(item);
        case "SqlDedicatedGateway":
            return sqlDedicatedGatewayServiceResourceCreateUpdatePropertiesSerializer(item);
        case "GraphAPICompute":
            return graphAPIComputeServiceResourceCreateUpdatePropertiesSerializer(item);
        case "MaterializedViewsBuilder":
            return materializedViewsBuilderServiceResourceCreateUpdatePropertiesSerializer(item);
        default:
            return serviceResourceCreateUpdatePropertiesSerializer(item);
    }
}
function dataTransferServiceResourceCreateUpdatePropertiesSerializer(item) {
    return {
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
    };
}
function sqlDedicatedGatewayServiceResourceCreateUpdatePropertiesSerializer(item) {
    return {
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
        dedicatedGatewayType: item["dedicatedGatewayType"],
    };
}
function graphAPIComputeServiceResourceCreateUpdatePropertiesSerializer(item) {
    return {
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
    };
}
function materializedViewsBuilderServiceResourceCreateUpdatePropertiesSerializer(item) {
    return {
        instanceSize: item["instanceSize"],
        instanceCount: item["instanceCount"],
        serviceType: item["serviceType"],
    };
}
function _serviceResourceListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : serviceResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function serviceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return serviceResourceDeserializer(item);
    });
}
function mongoMIRoleDefinitionResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "id",
            "roleName",
            "type",
            "assignableScopes",
            "permissions",
        ])
            ? undefined
            : _mongoMIRoleDefinitionResourcePropertiesSerializer(item),
    };
}
function mongoMIRoleDefinitionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoMIRoleDefinitionResourcePropertiesDeserializer(item["properties"])),
    };
}
function mongoMIRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function mongoMIRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        id: item["id"],
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _mongoMIRoleDefinitionListResultDeserializer(item) {
    return {
        value: mongoMIRoleDefinitionResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoMIRoleDefinitionResourceArraySerializer(result) {
    return result.map((item) => {
        return mongoMIRoleDefinitionResourceSerializer(item);
    });
}
function mongoMIRoleDefinitionResourceArrayDeserializer(result) {
    return result.map((item) => {
        return mongoMIRoleDefinitionResourceDeserializer(item);
    });
}
function mongoMIRoleAssignmentResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["roleDefinitionId", "scope", "principalId"])
            ? undefined
            : _mongoMIRoleAssignmentResourcePropertiesSerializer(item),
    };
}
function mongoMIRoleAssignmentResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _mongoMIRoleAssignmentResourcePropertiesDeserializer(item["properties"])),
    };
}
function mongoMIRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function mongoMIRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _mongoMIRoleAssignmentListResultDeserializer(item) {
    return {
        value: mongoMIRoleAssignmentResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function mongoMIRoleAssignmentResourceArraySerializer(result) {
    return result.map((item) => {
        return mongoMIRoleAssignmentResourceSerializer(item);
    });
}
function mongoMIRoleAssignmentResourceArrayDeserializer(result) {
    return result.map((item) => {
        return mongoMIRoleAssignmentResourceDeserializer(item);
    });
}
function fleetResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [])
            ? undefined
            : _fleetResourcePropertiesSerializer(item),
    };
}
function fleetResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fleetResourcePropertiesDeserializer(item["properties"])),
    };
}
function fleetResourcePropertiesSerializer(_item) {
    return {};
}
function fleetResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function fleetResourceUpdateSerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, [])
            ? undefined
            : _fleetResourceUpdatePropertiesSerializer(item),
    };
}
function _fleetListResultDeserializer(item) {
    return {
        value: fleetResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function fleetResourceArraySerializer(result) {
    return result.map((item) => {
        return fleetResourceSerializer(item);
    });
}
function fleetResourceArrayDeserializer(result) {
    return result.map((item) => {
        return fleetResourceDeserializer(item);
    });
}
function fleetspaceResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "fleetspaceApiKind",
            "serviceTier",
            "dataRegions",
            "throughputPoolConfiguration",
        ])
            ? undefined
            : _fleetspaceResourcePropertiesSerializer(item),
    };
}
function fleetspaceResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fleetspaceResourcePropertiesDeserializer(item["properties"])),
    };
}
function fleetspacePropertiesSerializer(item) {
    return {
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationSerializer(item["throughputPoolConfiguration"]),
    };
}
function fleetspacePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationDeserializer(item["throughputPoolConfiguration"]),
    };
}
/** The kind of API this fleetspace belongs to. Acceptable values: 'NoSQL' */
var KnownFleetspacePropertiesFleetspaceApiKind;
(function (KnownFleetspacePropertiesFleetspaceApiKind) {
    /** NoSQL */
    KnownFleetspacePropertiesFleetspaceApiKind["NoSQL"] = "NoSQL";
})(KnownFleetspacePropertiesFleetspaceApiKind || (KnownFleetspacePropertiesFleetspaceApiKind = {}));
/** Service Tier for the fleetspace. GeneralPurpose types refers to single write region accounts that can be added to this fleetspace, whereas BusinessCritical refers to multi write region. */
var KnownFleetspacePropertiesServiceTier;
(function (KnownFleetspacePropertiesServiceTier) {
    /** GeneralPurpose */
    KnownFleetspacePropertiesServiceTier["GeneralPurpose"] = "GeneralPurpose";
    /** BusinessCritical */
    KnownFleetspacePropertiesServiceTier["BusinessCritical"] = "BusinessCritical";
})(KnownFleetspacePropertiesServiceTier || (KnownFleetspacePropertiesServiceTier = {}));
function fleetspacePropertiesThroughputPoolConfigurationSerializer(item) {
    return {
        minThroughput: item["minThroughput"],
        maxThroughput: item["maxThroughput"],
        dedicatedRUs: item["dedicatedRUs"],
        maxConsumableRUs: item["maxConsumableRUs"],
    };
}
function fleetspacePropertiesThroughputPoolConfigurationDeserializer(item) {
    return {
        minThroughput: item["minThroughput"],
        maxThroughput: item["maxThroughput"],
        dedicatedRUs: item["dedicatedRUs"],
        maxConsumableRUs: item["maxConsumableRUs"],
    };
}
function fleetspaceUpdateSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "fleetspaceApiKind",
            "serviceTier",
            "dataRegions",
            "throughputPoolConfiguration",
        ])
            ? undefined
            : _fleetspaceUpdatePropertiesSerializer(item),
    };
}
function _fleetspaceListResultDeserializer(item) {
    return {
        value: fleetspaceResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function fleetspaceResourceArraySerializer(result) {
    return result.map((item) => {
        return fleetspaceResourceSerializer(item);
    });
}
function fleetspaceResourceArrayDeserializer(result) {
    return result.map((item) => {
        return fleetspaceResourceDeserializer(item);
    });
}
function fleetspaceAccountResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["globalDatabaseAccountProperties"])
            ? undefined
            : _fleetspaceAccountResourcePropertiesSerializer(item),
    };
}
function fleetspaceAccountResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _fleetspaceAccountResourcePropertiesDeserializer(item["properties"])),
    };
}
function fleetspaceAccountPropertiesSerializer(item) {
    return {
        globalDatabaseAccountProperties: !item["globalDatabaseAccountProperties"]
            ? item["globalDatabaseAccountProperties"]
            : fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesSerializer(item["globalDatabaseAccountProperties"]),
    };
}
function fleetspaceAccountPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        globalDatabaseAccountProperties: !item["globalDatabaseAccountProperties"]
            ? item["globalDatabaseAccountProperties"]
            : fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesDeserializer(item["globalDatabaseAccountProperties"]),
    };
}
function fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesSerializer(item) {
    return { resourceId: item["resourceId"], armLocation: item["armLocation"] };
}
function fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        armLocation: item["armLocation"],
    };
}
function _fleetspaceAccountListResultDeserializer(item) {
    return {
        value: fleetspaceAccountResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function fleetspaceAccountResourceArraySerializer(result) {
    return result.map((item) => {
        return fleetspaceAccountResourceSerializer(item);
    });
}
function fleetspaceAccountResourceArrayDeserializer(result) {
    return result.map((item) => {
        return fleetspaceAccountResourceDeserializer(item);
    });
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2026-03-15 API version. */
    KnownVersions["V20260315"] = "2026-03-15";
})(KnownVersions || (KnownVersions = {}));
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointPropertySerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStatePropertySerializer(item["privateLinkServiceConnectionState"]),
        groupId: item["groupId"],
        provisioningState: item["provisioningState"],
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointPropertyDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStatePropertyDeserializer(item["privateLinkServiceConnectionState"]),
        groupId: item["groupId"],
        provisioningState: item["provisioningState"],
    };
}
function _databaseAccountGetResultsPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        documentEndpoint: item["documentEndpoint"],
        databaseAccountOfferType: item["databaseAccountOfferType"],
        ipRules: !item["ipRules"]
            ? item["ipRules"]
            : ipAddressOrRangeArrayDeserializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicyDeserializer(item["consistencyPolicy"]),
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArrayDeserializer(item["capabilities"]),
        writeLocations: !item["writeLocations"]
            ? item["writeLocations"]
            : locationArrayDeserializer(item["writeLocations"]),
        readLocations: !item["readLocations"]
            ? item["readLocations"]
            : locationArrayDeserializer(item["readLocations"]),
        locations: !item["locations"]
            ? item["locations"]
            : locationArrayDeserializer(item["locations"]),
        failoverPolicies: !item["failoverPolicies"]
            ? item["failoverPolicies"]
            : failoverPolicyArrayDeserializer(item["failoverPolicies"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArrayDeserializer(item["virtualNetworkRules"]),
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesDeserializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationDeserializer(item["analyticalStorageConfiguration"]),
        instanceId: item["instanceId"],
        createMode: item["createMode"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : restoreParametersDeserializer(item["restoreParameters"]),
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionDeserializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArrayDeserializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        capacity: !item["capacity"] ? item["capacity"] : capacityDeserializer(item["capacity"]),
        keysMetadata: !item["keysMetadata"]
            ? item["keysMetadata"]
            : databaseAccountKeysMetadataDeserializer(item["keysMetadata"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        keyVaultKeyUriVersion: item["keyVaultKeyUriVersion"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function _databaseAccountCreateUpdateParametersPropertiesSerializer(item) {
    return {
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicySerializer(item["consistencyPolicy"]),
        locations: locationArraySerializer(item["locations"]),
        databaseAccountOfferType: item["databaseAccountOfferType"],
        ipRules: !item["ipRules"] ? item["ipRules"] : ipAddressOrRangeArraySerializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArraySerializer(item["capabilities"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArraySerializer(item["virtualNetworkRules"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesSerializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationSerializer(item["analyticalStorageConfiguration"]),
        createMode: item["createMode"],
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionSerializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArraySerializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        restoreParameters: !item["restoreParameters"]
            ? item["restoreParameters"]
            : restoreParametersSerializer(item["restoreParameters"]),
        capacity: !item["capacity"] ? item["capacity"] : capacitySerializer(item["capacity"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function _databaseAccountUpdateParametersPropertiesSerializer(item) {
    return {
        consistencyPolicy: !item["consistencyPolicy"]
            ? item["consistencyPolicy"]
            : consistencyPolicySerializer(item["consistencyPolicy"]),
        locations: !item["locations"] ? item["locations"] : locationArraySerializer(item["locations"]),
        ipRules: !item["ipRules"] ? item["ipRules"] : ipAddressOrRangeArraySerializer(item["ipRules"]),
        isVirtualNetworkFilterEnabled: item["isVirtualNetworkFilterEnabled"],
        enableAutomaticFailover: item["enableAutomaticFailover"],
        capabilities: !item["capabilities"]
            ? item["capabilities"]
            : capabilityArraySerializer(item["capabilities"]),
        virtualNetworkRules: !item["virtualNetworkRules"]
            ? item["virtualNetworkRules"]
            : virtualNetworkRuleArraySerializer(item["virtualNetworkRules"]),
        enableMultipleWriteLocations: item["enableMultipleWriteLocations"],
        enableCassandraConnector: item["enableCassandraConnector"],
        connectorOffer: item["connectorOffer"],
        disableKeyBasedMetadataWriteAccess: item["disableKeyBasedMetadataWriteAccess"],
        keyVaultKeyUri: item["keyVaultKeyUri"],
        defaultIdentity: item["defaultIdentity"],
        publicNetworkAccess: item["publicNetworkAccess"],
        enableFreeTier: item["enableFreeTier"],
        apiProperties: !item["apiProperties"]
            ? item["apiProperties"]
            : apiPropertiesSerializer(item["apiProperties"]),
        enableAnalyticalStorage: item["enableAnalyticalStorage"],
        analyticalStorageConfiguration: !item["analyticalStorageConfiguration"]
            ? item["analyticalStorageConfiguration"]
            : analyticalStorageConfigurationSerializer(item["analyticalStorageConfiguration"]),
        backupPolicy: !item["backupPolicy"]
            ? item["backupPolicy"]
            : backupPolicyUnionSerializer(item["backupPolicy"]),
        cors: !item["cors"] ? item["cors"] : corsPolicyArraySerializer(item["cors"]),
        networkAclBypass: item["networkAclBypass"],
        networkAclBypassResourceIds: !item["networkAclBypassResourceIds"]
            ? item["networkAclBypassResourceIds"]
            : item["networkAclBypassResourceIds"].map((p) => {
                return p;
            }),
        disableLocalAuth: item["disableLocalAuth"],
        capacity: !item["capacity"] ? item["capacity"] : capacitySerializer(item["capacity"]),
        enablePartitionMerge: item["enablePartitionMerge"],
        enableBurstCapacity: item["enableBurstCapacity"],
        minimalTlsVersion: item["minimalTlsVersion"],
        customerManagedKeyStatus: item["customerManagedKeyStatus"],
        enablePriorityBasedExecution: item["enablePriorityBasedExecution"],
        defaultPriorityLevel: item["defaultPriorityLevel"],
        enablePerRegionPerPartitionAutoscale: item["enablePerRegionPerPartitionAutoscale"],
        enforceHierarchicalPartitionKeyIdLastLevel: item["enforceHierarchicalPartitionKeyIdLastLevel"],
    };
}
function _sqlDatabaseGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : sqlDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _sqlDatabaseCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: sqlDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _throughputSettingsGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : throughputSettingsGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function _throughputSettingsUpdateParametersPropertiesSerializer(item) {
    return { resource: throughputSettingsResourceSerializer(item["resource"]) };
}
function _clientEncryptionKeyGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : clientEncryptionKeyGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function _clientEncryptionKeyCreateUpdateParametersPropertiesSerializer(item) {
    return { resource: clientEncryptionKeyResourceSerializer(item["resource"]) };
}
function _sqlContainerGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlContainerGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : sqlContainerGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _sqlContainerCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: sqlContainerResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlStoredProcedureGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlStoredProcedureGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function _sqlStoredProcedureCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: sqlStoredProcedureResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlUserDefinedFunctionGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlUserDefinedFunctionGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function _sqlUserDefinedFunctionCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: sqlUserDefinedFunctionResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlTriggerGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : sqlTriggerGetPropertiesResourceDeserializer(item["resource"]),
    };
}
function _sqlTriggerCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: sqlTriggerResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _sqlRoleDefinitionGetResultsPropertiesSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _sqlRoleDefinitionGetResultsPropertiesDeserializer(item) {
    return {
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _sqlRoleDefinitionCreateUpdateParametersPropertiesSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _sqlRoleDefinitionCreateUpdateParametersPropertiesDeserializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _sqlRoleAssignmentGetResultsPropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _sqlRoleAssignmentGetResultsPropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _sqlRoleAssignmentCreateUpdateParametersPropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _sqlRoleAssignmentCreateUpdateParametersPropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _mongoDBDatabaseGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : mongoDBDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : mongoDBDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _mongoDBDatabaseCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: mongoDBDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _mongoDBCollectionGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : mongoDBCollectionGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : mongoDBCollectionGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _mongoDBCollectionCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: mongoDBCollectionResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _mongoRoleDefinitionGetResultsPropertiesSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArraySerializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
    };
}
function _mongoRoleDefinitionGetResultsPropertiesDeserializer(item) {
    return {
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArrayDeserializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
    };
}
function _mongoRoleDefinitionCreateUpdateParametersPropertiesSerializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArraySerializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
    };
}
function _mongoRoleDefinitionCreateUpdateParametersPropertiesDeserializer(item) {
    return {
        roleName: item["roleName"],
        type: item["type"],
        databaseName: item["databaseName"],
        privileges: !item["privileges"]
            ? item["privileges"]
            : privilegeArrayDeserializer(item["privileges"]),
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
    };
}
function _mongoUserDefinitionGetResultsPropertiesSerializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function _mongoUserDefinitionGetResultsPropertiesDeserializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function _mongoUserDefinitionCreateUpdateParametersPropertiesSerializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArraySerializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function _mongoUserDefinitionCreateUpdateParametersPropertiesDeserializer(item) {
    return {
        userName: item["userName"],
        password: item["password"],
        databaseName: item["databaseName"],
        customData: item["customData"],
        roles: !item["roles"] ? item["roles"] : roleArrayDeserializer(item["roles"]),
        mechanisms: item["mechanisms"],
    };
}
function _tableGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : tableGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : tableGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _tableCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: tableResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _tableRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["idPropertiesId"],
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _tableRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        idPropertiesId: item["id"],
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _tableRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _tableRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _cassandraKeyspaceGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : cassandraKeyspaceGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : cassandraKeyspaceGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _cassandraKeyspaceCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: cassandraKeyspaceResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _cassandraTableGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : cassandraTableGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : cassandraTableGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _cassandraTableCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: cassandraTableResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _cassandraRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["idPropertiesId"],
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _cassandraRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        idPropertiesId: item["id"],
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _cassandraRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _cassandraRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _gremlinDatabaseGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : gremlinDatabaseGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : gremlinDatabaseGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _gremlinDatabaseCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: gremlinDatabaseResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _gremlinGraphGetResultsPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : gremlinGraphGetPropertiesResourceDeserializer(item["resource"]),
        options: !item["options"]
            ? item["options"]
            : gremlinGraphGetPropertiesOptionsDeserializer(item["options"]),
    };
}
function _gremlinGraphCreateUpdateParametersPropertiesSerializer(item) {
    return {
        resource: gremlinGraphResourceSerializer(item["resource"]),
        options: !item["options"] ? item["options"] : createUpdateOptionsSerializer(item["options"]),
    };
}
function _gremlinRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["idPropertiesId"],
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _gremlinRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        idPropertiesId: item["id"],
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _gremlinRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _gremlinRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _notebookWorkspacePropertiesDeserializer(item) {
    return {
        notebookServerEndpoint: item["notebookServerEndpoint"],
        status: item["status"],
    };
}
function _privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _restorableDatabaseAccountGetResultPropertiesDeserializer(item) {
    return {
        accountName: item["accountName"],
        creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
        oldestRestorableTime: !item["oldestRestorableTime"]
            ? item["oldestRestorableTime"]
            : new Date(item["oldestRestorableTime"]),
        deletionTime: !item["deletionTime"] ? item["deletionTime"] : new Date(item["deletionTime"]),
        apiType: item["apiType"],
        restorableLocations: !item["restorableLocations"]
            ? item["restorableLocations"]
            : restorableLocationResourceArrayDeserializer(item["restorableLocations"]),
    };
}
function _restorableSqlDatabaseGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableSqlDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableSqlContainerGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableSqlContainerPropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableMongodbDatabaseGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableMongodbDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableMongodbCollectionGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableMongodbCollectionPropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableGremlinDatabaseGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableGremlinDatabasePropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableGremlinGraphGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableGremlinGraphPropertiesResourceDeserializer(item["resource"]),
    };
}
function _restorableTableGetResultPropertiesDeserializer(item) {
    return {
        resource: !item["resource"]
            ? item["resource"]
            : restorableTablePropertiesResourceDeserializer(item["resource"]),
    };
}
function _mongoMIRoleDefinitionResourcePropertiesSerializer(item) {
    return {
        id: item["idPropertiesId"],
        roleName: item["roleName"],
        type: item["typePropertiesType"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArraySerializer(item["permissions"]),
    };
}
function _mongoMIRoleDefinitionResourcePropertiesDeserializer(item) {
    return {
        idPropertiesId: item["id"],
        roleName: item["roleName"],
        typePropertiesType: item["type"],
        assignableScopes: !item["assignableScopes"]
            ? item["assignableScopes"]
            : item["assignableScopes"].map((p) => {
                return p;
            }),
        permissions: !item["permissions"]
            ? item["permissions"]
            : permissionArrayDeserializer(item["permissions"]),
    };
}
function _mongoMIRoleAssignmentResourcePropertiesSerializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
    };
}
function _mongoMIRoleAssignmentResourcePropertiesDeserializer(item) {
    return {
        roleDefinitionId: item["roleDefinitionId"],
        scope: item["scope"],
        principalId: item["principalId"],
        provisioningState: item["provisioningState"],
    };
}
function _fleetResourcePropertiesSerializer(_item) {
    return {};
}
function _fleetResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
    };
}
function _fleetResourceUpdatePropertiesSerializer(_item) {
    return {};
}
function _fleetResourceUpdatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
    };
}
function _fleetspaceResourcePropertiesSerializer(item) {
    return {
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationSerializer(item["throughputPoolConfiguration"]),
    };
}
function _fleetspaceResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationDeserializer(item["throughputPoolConfiguration"]),
    };
}
function _fleetspaceUpdatePropertiesSerializer(item) {
    return {
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationSerializer(item["throughputPoolConfiguration"]),
    };
}
function _fleetspaceUpdatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        fleetspaceApiKind: item["fleetspaceApiKind"],
        serviceTier: item["serviceTier"],
        dataRegions: !item["dataRegions"]
            ? item["dataRegions"]
            : item["dataRegions"].map((p) => {
                return p;
            }),
        throughputPoolConfiguration: !item["throughputPoolConfiguration"]
            ? item["throughputPoolConfiguration"]
            : fleetspacePropertiesThroughputPoolConfigurationDeserializer(item["throughputPoolConfiguration"]),
    };
}
function _fleetspaceAccountResourcePropertiesSerializer(item) {
    return {
        globalDatabaseAccountProperties: !item["globalDatabaseAccountProperties"]
            ? item["globalDatabaseAccountProperties"]
            : fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesSerializer(item["globalDatabaseAccountProperties"]),
    };
}
function _fleetspaceAccountResourcePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        globalDatabaseAccountProperties: !item["globalDatabaseAccountProperties"]
            ? item["globalDatabaseAccountProperties"]
            : fleetspaceAccountPropertiesGlobalDatabaseAccountPropertiesDeserializer(item["globalDatabaseAccountProperties"]),
    };
}
//# sourceMappingURL=models.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var core_rest_pipeline_dist_esm = __webpack_require__(690);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The maximum polling interval, in milliseconds, that can be safely passed to the
 * platform timer. Node.js clamps a `setTimeout` delay greater than `2147483647`
 * (the largest 32-bit signed integer) to `1`, which would turn an intended long
 * delay into a near-continuous polling loop. Server-provided polling intervals
 * are bounded to this value before being scheduled.
 */
const MAX_POLLING_INTERVAL_IN_MS = 2147483647;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function operation_deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`, { cause: e });
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger_logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger_logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger_logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            // `undefined` means the response carried no polling interval at all, in
            // which case the current delay is kept. Any other value — including one
            // that cannot be honored — is routed through `setDelay`, which bounds it
            // and falls back to the configured interval so a stale server delay is
            // never reused.
            if (intervalInMs !== undefined)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger_logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
/**
 * Converts `Retry-After` seconds or date values to milliseconds.
 *
 * An absent header returns `undefined`; an unparseable or non-future date
 * returns `NaN`. The poller handles unusable values and timer bounds.
 */
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter === undefined) {
        return undefined;
    }
    if (/^[0-9]+$/.test(retryAfter)) {
        return Number(retryAfter) * 1000;
    }
    // asctime HTTP dates omit the timezone but must be interpreted as GMT.
    const retryAfterDate = retryAfter.replace(/^(\w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4})$/, "$1 GMT");
    const intervalInMs = Date.parse(retryAfterDate) - Date.now();
    return intervalInMs > 0 ? intervalInMs : Number.NaN;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger_logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger_logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Bounds a polling interval to the range supported by the platform timer.
 * Node.js clamps a `setTimeout` delay greater than {@link MAX_POLLING_INTERVAL_IN_MS}
 * to `1`, which would turn an intended long delay into a near-continuous polling
 * loop. This guard is applied to every source of the polling interval — the
 * caller-supplied `intervalInMs` and any server-provided `Retry-After` value —
 * so invalid or oversized values are never scheduled directly on the timer.
 */
function boundPollingInterval(intervalInMs, fallbackIntervalInMs = POLL_INTERVAL_IN_MS) {
    if (!Number.isFinite(intervalInMs) || intervalInMs < 0) {
        return fallbackIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Bounds a server-provided polling interval, such as one derived from a
 * `Retry-After` header, to the range supported by the platform timer.
 *
 * A value that cannot be honored — unparseable, not finite, or non-positive —
 * falls back to the caller's configured interval rather than leaving the delay
 * from an earlier response in effect.
 */
function boundServerPollingInterval(intervalInMs, configuredIntervalInMs) {
    if (!Number.isFinite(intervalInMs) || intervalInMs <= 0) {
        return configuredIntervalInMs;
    }
    return Math.min(intervalInMs, MAX_POLLING_INTERVAL_IN_MS);
}
/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = operation_deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        const configuredPollIntervalInMs = boundPollingInterval(intervalInMs);
        let currentPollIntervalInMs = configuredPollIntervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await (0,core_util_dist_esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await operation_pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = boundServerPollingInterval(pollIntervalInMs, configuredPollIntervalInMs);
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/http/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Rewrites a given URL to use the specified base URL.
 * It preserves the pathname, search parameters, and fragment.
 * Handles relative URLs and proper encoding.
 *
 * @param params - An object containing the url and baseUrl.
 *                    url - The original URL (absolute or relative).
 *                    baseUrl - The new base URL to use.
 * @returns The rewritten URL as a string.
 */
function rewriteUrl({ url, baseUrl, }) {
    if (!url) {
        return undefined;
    }
    if (!baseUrl) {
        return url;
    }
    let originalUrl;
    try {
        // Try to parse inputUrl as an absolute URL.
        originalUrl = new URL(url);
    }
    catch {
        // If inputUrl is relative, resolve using the provided baseUrl.
        try {
            originalUrl = new URL(url, baseUrl);
        }
        catch (e) {
            throw new Error(`Invalid input URL provided: ${url}`, { cause: e });
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`, { cause: e });
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/cassandraClusters/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _statusSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/status{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _statusDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return cassandraClusterPublicStatusDeserializer(result.body);
}
/** Gets the CPU, memory, and disk usage statistics for each Cassandra node in a cluster. */
async function operations_status(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const result = await _statusSend(context, resourceGroupName, clusterName, options);
    return _statusDeserialize(result);
}
function _startSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _startDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Start the Managed Cassandra Cluster and Associated Data Centers. Start will start the host virtual machine of this cluster with reserved data disk. This won't do anything on an already running cluster. Use Deallocate to deallocate the cluster. */
function start(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _startDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _startSend(context, resourceGroupName, clusterName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _deallocateSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/deallocate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            ...(options?.xMsForceDeallocate !== undefined
                ? { "x-ms-force-deallocate": options?.xMsForceDeallocate }
                : {}),
            ...options.requestOptions?.headers,
        },
    });
}
async function _deallocateDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deallocate the Managed Cassandra Cluster and Associated Data Centers. Deallocation will deallocate the host virtual machine of this cluster, and reserved the data disk. This won't do anything on an already deallocated cluster. Use Start to restart the cluster. */
function deallocate(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deallocateDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deallocateSend(context, resourceGroupName, clusterName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _invokeCommandSend(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/invokeCommand{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: commandPostBodySerializer(body),
    });
}
async function _invokeCommandDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return commandOutputDeserializer(result.body);
}
/** Invoke a command like nodetool for cassandra maintenance */
function invokeCommand(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _invokeCommandDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _invokeCommandSend(context, resourceGroupName, clusterName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/cassandraClusters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _listClustersDeserializer(result.body);
}
/** List all managed Cassandra clusters in this subscription. */
function listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _listClustersDeserializer(result.body);
}
/** List all managed Cassandra clusters in this resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _$deleteSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a managed Cassandra cluster. */
function $delete(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _$deleteSend(context, resourceGroupName, clusterName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateSend(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: clusterResourceSerializer(body),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return clusterResourceDeserializer(result.body);
}
/** Updates some of the properties of a managed Cassandra cluster. */
function update(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSend(context, resourceGroupName, clusterName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSend(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: clusterResourceSerializer(body),
    });
}
async function _createUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return clusterResourceDeserializer(result.body);
}
/** Create or update a managed Cassandra cluster. When updating, you must specify all writable properties. To update only some properties, use PATCH. */
function createUpdate(context, resourceGroupName, clusterName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSend(context, resourceGroupName, clusterName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return clusterResourceDeserializer(result.body);
}
/** Get the properties of a managed Cassandra cluster. */
async function get(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, clusterName, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/static-helpers/simplePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Create the deprecated SimplePollerLike from PollerLike
 * @param poller PollerLike to convert
 * @returns SimplePollerLike
 */
function getSimplePoller(poller) {
    const simplePoller = {
        isDone() {
            return poller.isDone;
        },
        isStopped() {
            throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
        },
        getOperationState() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return poller.operationState;
        },
        getResult() {
            return poller.result;
        },
        toString() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return JSON.stringify({
                state: poller.operationState,
            });
        },
        stopPolling() {
            throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
        },
        onProgress: poller.onProgress,
        poll: poller.poll,
        pollUntilDone: poller.pollUntilDone,
        serialize: poller.serialize,
        submitted: poller.submitted,
    };
    return simplePoller;
}
//# sourceMappingURL=simplePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/cassandraClusters/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getCassandraClusters(context) {
    return {
        status: (resourceGroupName, clusterName, options) => operations_status(context, resourceGroupName, clusterName, options),
        start: (resourceGroupName, clusterName, options) => start(context, resourceGroupName, clusterName, options),
        beginStart: async (resourceGroupName, clusterName, options) => {
            const poller = start(context, resourceGroupName, clusterName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStartAndWait: async (resourceGroupName, clusterName, options) => {
            return await start(context, resourceGroupName, clusterName, options);
        },
        deallocate: (resourceGroupName, clusterName, options) => deallocate(context, resourceGroupName, clusterName, options),
        beginDeallocate: async (resourceGroupName, clusterName, options) => {
            const poller = deallocate(context, resourceGroupName, clusterName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeallocateAndWait: async (resourceGroupName, clusterName, options) => {
            return await deallocate(context, resourceGroupName, clusterName, options);
        },
        invokeCommand: (resourceGroupName, clusterName, body, options) => invokeCommand(context, resourceGroupName, clusterName, body, options),
        beginInvokeCommand: async (resourceGroupName, clusterName, body, options) => {
            const poller = invokeCommand(context, resourceGroupName, clusterName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginInvokeCommandAndWait: async (resourceGroupName, clusterName, body, options) => {
            return await invokeCommand(context, resourceGroupName, clusterName, body, options);
        },
        listBySubscription: (options) => listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, clusterName, options) => $delete(context, resourceGroupName, clusterName, options),
        beginDelete: async (resourceGroupName, clusterName, options) => {
            const poller = $delete(context, resourceGroupName, clusterName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, clusterName, options) => {
            return await $delete(context, resourceGroupName, clusterName, options);
        },
        update: (resourceGroupName, clusterName, body, options) => update(context, resourceGroupName, clusterName, body, options),
        beginUpdate: async (resourceGroupName, clusterName, body, options) => {
            const poller = update(context, resourceGroupName, clusterName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, clusterName, body, options) => {
            return await update(context, resourceGroupName, clusterName, body, options);
        },
        createUpdate: (resourceGroupName, clusterName, body, options) => createUpdate(context, resourceGroupName, clusterName, body, options),
        beginCreateUpdate: async (resourceGroupName, clusterName, body, options) => {
            const poller = createUpdate(context, resourceGroupName, clusterName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateAndWait: async (resourceGroupName, clusterName, body, options) => {
            return await createUpdate(context, resourceGroupName, clusterName, body, options);
        },
        get: (resourceGroupName, clusterName, options) => get(context, resourceGroupName, clusterName, options),
    };
}
function _getCassandraClustersOperations(context) {
    return {
        ..._getCassandraClusters(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/cassandraDataCenters/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listSend(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _listDataCentersDeserializer(result.body);
}
/** List all data centers in a particular managed Cassandra cluster. */
function list(context, resourceGroupName, clusterName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, clusterName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function operations_$deleteSend(context, resourceGroupName, clusterName, dataCenterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        dataCenterName: dataCenterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a managed Cassandra data center. */
function operations_$delete(context, resourceGroupName, clusterName, dataCenterName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, clusterName, dataCenterName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_updateSend(context, resourceGroupName, clusterName, dataCenterName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        dataCenterName: dataCenterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dataCenterResourceSerializer(body),
    });
}
async function operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return dataCenterResourceDeserializer(result.body);
}
/** Update some of the properties of a managed Cassandra data center. */
function operations_update(context, resourceGroupName, clusterName, dataCenterName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_updateSend(context, resourceGroupName, clusterName, dataCenterName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_createUpdateSend(context, resourceGroupName, clusterName, dataCenterName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        dataCenterName: dataCenterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dataCenterResourceSerializer(body),
    });
}
async function operations_createUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return dataCenterResourceDeserializer(result.body);
}
/** Create or update a managed Cassandra data center. When updating, overwrite all properties. To update only some properties, use PATCH. */
function operations_createUpdate(context, resourceGroupName, clusterName, dataCenterName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_createUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createUpdateSend(context, resourceGroupName, clusterName, dataCenterName, body, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_getSend(context, resourceGroupName, clusterName, dataCenterName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        clusterName: clusterName,
        dataCenterName: dataCenterName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return dataCenterResourceDeserializer(result.body);
}
/** Get the properties of a managed Cassandra data center. */
async function operations_get(context, resourceGroupName, clusterName, dataCenterName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, clusterName, dataCenterName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/cassandraDataCenters/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getCassandraDataCenters(context) {
    return {
        list: (resourceGroupName, clusterName, options) => list(context, resourceGroupName, clusterName, options),
        delete: (resourceGroupName, clusterName, dataCenterName, options) => operations_$delete(context, resourceGroupName, clusterName, dataCenterName, options),
        beginDelete: async (resourceGroupName, clusterName, dataCenterName, options) => {
            const poller = operations_$delete(context, resourceGroupName, clusterName, dataCenterName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, clusterName, dataCenterName, options) => {
            return await operations_$delete(context, resourceGroupName, clusterName, dataCenterName, options);
        },
        update: (resourceGroupName, clusterName, dataCenterName, body, options) => operations_update(context, resourceGroupName, clusterName, dataCenterName, body, options),
        beginUpdate: async (resourceGroupName, clusterName, dataCenterName, body, options) => {
            const poller = operations_update(context, resourceGroupName, clusterName, dataCenterName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, clusterName, dataCenterName, body, options) => {
            return await operations_update(context, resourceGroupName, clusterName, dataCenterName, body, options);
        },
        createUpdate: (resourceGroupName, clusterName, dataCenterName, body, options) => operations_createUpdate(context, resourceGroupName, clusterName, dataCenterName, body, options),
        beginCreateUpdate: async (resourceGroupName, clusterName, dataCenterName, body, options) => {
            const poller = operations_createUpdate(context, resourceGroupName, clusterName, dataCenterName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateAndWait: async (resourceGroupName, clusterName, dataCenterName, body, options) => {
            return await operations_createUpdate(context, resourceGroupName, clusterName, dataCenterName, body, options);
        },
        get: (resourceGroupName, clusterName, dataCenterName, options) => operations_get(context, resourceGroupName, clusterName, dataCenterName, options),
    };
}
function _getCassandraDataCentersOperations(context) {
    return {
        ..._getCassandraDataCenters(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/cassandraResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listCassandraRoleAssignmentsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCassandraRoleAssignmentsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _cassandraRoleAssignmentListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Cassandra Role Assignments. */
function listCassandraRoleAssignments(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listCassandraRoleAssignmentsSend(context, resourceGroupName, accountName, options), _listCassandraRoleAssignmentsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteCassandraRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Cassandra Role Assignment. */
function deleteCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteCassandraRoleAssignmentDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: cassandraRoleAssignmentResourceSerializer(createUpdateCassandraRoleAssignmentParameters),
    });
}
async function _createUpdateCassandraRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraRoleAssignmentResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Cassandra Role Assignment. */
function createUpdateCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateCassandraRoleAssignmentDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraRoleAssignmentResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Cassandra Role Assignment with the given Id. */
async function getCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const result = await _getCassandraRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options);
    return _getCassandraRoleAssignmentDeserialize(result);
}
function _listCassandraRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCassandraRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _cassandraRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Cassandra Role Definitions. */
function listCassandraRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listCassandraRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listCassandraRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteCassandraRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Cassandra Role Definition. */
function deleteCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteCassandraRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: cassandraRoleDefinitionResourceSerializer(createUpdateCassandraRoleDefinitionParameters),
    });
}
async function _createUpdateCassandraRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraRoleDefinitionResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Cassandra Role Definition. */
function createUpdateCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateCassandraRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraRoleDefinitionResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Cassandra Role Definition with the given Id. */
async function getCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getCassandraRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options);
    return _getCassandraRoleDefinitionDeserialize(result);
}
function _listCassandraTablesSend(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCassandraTablesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _cassandraTableListResultDeserializer(result.body);
}
/** Lists the Cassandra table under an existing Azure Cosmos DB database account. */
function listCassandraTables(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listCassandraTablesSend(context, resourceGroupName, accountName, keyspaceName, options), _listCassandraTablesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteCassandraTableDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Cassandra table. */
function deleteCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteCassandraTableDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: cassandraTableCreateUpdateParametersSerializer(createUpdateCassandraTableParameters),
    });
}
async function _createUpdateCassandraTableDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraTableGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB Cassandra Table */
function createUpdateCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateCassandraTableDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraTableDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraTableGetResultsDeserializer(result.body);
}
/** Gets the Cassandra table under an existing Azure Cosmos DB database account. */
async function getCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    const result = await _getCassandraTableSend(context, resourceGroupName, accountName, keyspaceName, tableName, options);
    return _getCassandraTableDeserialize(result);
}
function _listCassandraKeyspacesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCassandraKeyspacesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _cassandraKeyspaceListResultDeserializer(result.body);
}
/** Lists the Cassandra keyspaces under an existing Azure Cosmos DB database account. */
function listCassandraKeyspaces(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listCassandraKeyspacesSend(context, resourceGroupName, accountName, options), _listCassandraKeyspacesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteCassandraKeyspaceDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Cassandra keyspace. */
function deleteCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteCassandraKeyspaceDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: cassandraKeyspaceCreateUpdateParametersSerializer(createUpdateCassandraKeyspaceParameters),
    });
}
async function _createUpdateCassandraKeyspaceDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraKeyspaceGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB Cassandra keyspace */
function createUpdateCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateCassandraKeyspaceDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraKeyspaceDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return cassandraKeyspaceGetResultsDeserializer(result.body);
}
/** Gets the Cassandra keyspaces under an existing Azure Cosmos DB database account with the provided name. */
async function getCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const result = await _getCassandraKeyspaceSend(context, resourceGroupName, accountName, keyspaceName, options);
    return _getCassandraKeyspaceDeserialize(result);
}
function _migrateCassandraTableToManualThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateCassandraTableToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Cassandra table from autoscale to manual throughput */
function migrateCassandraTableToManualThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateCassandraTableToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateCassandraTableToManualThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateCassandraTableToAutoscaleSend(context, resourceGroupName, accountName, keyspaceName, tableName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateCassandraTableToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Cassandra table from manual throughput to autoscale */
function migrateCassandraTableToAutoscale(context, resourceGroupName, accountName, keyspaceName, tableName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateCassandraTableToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateCassandraTableToAutoscaleSend(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateCassandraTableThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateCassandraTableThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB Cassandra table */
function updateCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateCassandraTableThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateCassandraTableThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraTableThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraTableThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the Cassandra table under an existing Azure Cosmos DB database account with the provided name. */
async function getCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options = { requestOptions: {} }) {
    const result = await _getCassandraTableThroughputSend(context, resourceGroupName, accountName, keyspaceName, tableName, options);
    return _getCassandraTableThroughputDeserialize(result);
}
function _migrateCassandraKeyspaceToManualThroughputSend(context, resourceGroupName, accountName, keyspaceName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateCassandraKeyspaceToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Cassandra Keyspace from autoscale to manual throughput */
function migrateCassandraKeyspaceToManualThroughput(context, resourceGroupName, accountName, keyspaceName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateCassandraKeyspaceToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateCassandraKeyspaceToManualThroughputSend(context, resourceGroupName, accountName, keyspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateCassandraKeyspaceToAutoscaleSend(context, resourceGroupName, accountName, keyspaceName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateCassandraKeyspaceToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Cassandra Keyspace from manual throughput to autoscale */
function migrateCassandraKeyspaceToAutoscale(context, resourceGroupName, accountName, keyspaceName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateCassandraKeyspaceToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateCassandraKeyspaceToAutoscaleSend(context, resourceGroupName, accountName, keyspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateCassandraKeyspaceThroughputSend(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateCassandraKeyspaceThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB Cassandra Keyspace */
function updateCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _updateCassandraKeyspaceThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateCassandraKeyspaceThroughputSend(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getCassandraKeyspaceThroughputSend(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        keyspaceName: keyspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCassandraKeyspaceThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the Cassandra Keyspace under an existing Azure Cosmos DB database account with the provided name. */
async function getCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, options = { requestOptions: {} }) {
    const result = await _getCassandraKeyspaceThroughputSend(context, resourceGroupName, accountName, keyspaceName, options);
    return _getCassandraKeyspaceThroughputDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/cassandraResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getCassandraResources(context) {
    return {
        listCassandraRoleAssignments: (resourceGroupName, accountName, options) => listCassandraRoleAssignments(context, resourceGroupName, accountName, options),
        deleteCassandraRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => deleteCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        beginDeleteCassandraRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            const poller = deleteCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteCassandraRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            return await deleteCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
        },
        createUpdateCassandraRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options) => createUpdateCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options),
        beginCreateUpdateCassandraRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options) => {
            const poller = createUpdateCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateCassandraRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options) => {
            return await createUpdateCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateCassandraRoleAssignmentParameters, options);
        },
        getCassandraRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => getCassandraRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        listCassandraRoleDefinitions: (resourceGroupName, accountName, options) => listCassandraRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteCassandraRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => deleteCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        beginDeleteCassandraRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            const poller = deleteCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteCassandraRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            return await deleteCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
        },
        createUpdateCassandraRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options) => createUpdateCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options),
        beginCreateUpdateCassandraRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options) => {
            const poller = createUpdateCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateCassandraRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options) => {
            return await createUpdateCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateCassandraRoleDefinitionParameters, options);
        },
        getCassandraRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => getCassandraRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        listCassandraTables: (resourceGroupName, accountName, keyspaceName, options) => listCassandraTables(context, resourceGroupName, accountName, keyspaceName, options),
        deleteCassandraTable: (resourceGroupName, accountName, keyspaceName, tableName, options) => deleteCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        beginDeleteCassandraTable: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            const poller = deleteCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteCassandraTableAndWait: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            return await deleteCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options);
        },
        createUpdateCassandraTable: (resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options) => createUpdateCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options),
        beginCreateUpdateCassandraTable: async (resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options) => {
            const poller = createUpdateCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateCassandraTableAndWait: async (resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options) => {
            return await createUpdateCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, createUpdateCassandraTableParameters, options);
        },
        getCassandraTable: (resourceGroupName, accountName, keyspaceName, tableName, options) => getCassandraTable(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        listCassandraKeyspaces: (resourceGroupName, accountName, options) => listCassandraKeyspaces(context, resourceGroupName, accountName, options),
        deleteCassandraKeyspace: (resourceGroupName, accountName, keyspaceName, options) => deleteCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options),
        beginDeleteCassandraKeyspace: async (resourceGroupName, accountName, keyspaceName, options) => {
            const poller = deleteCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteCassandraKeyspaceAndWait: async (resourceGroupName, accountName, keyspaceName, options) => {
            return await deleteCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options);
        },
        createUpdateCassandraKeyspace: (resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options) => createUpdateCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options),
        beginCreateUpdateCassandraKeyspace: async (resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options) => {
            const poller = createUpdateCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateCassandraKeyspaceAndWait: async (resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options) => {
            return await createUpdateCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, createUpdateCassandraKeyspaceParameters, options);
        },
        getCassandraKeyspace: (resourceGroupName, accountName, keyspaceName, options) => getCassandraKeyspace(context, resourceGroupName, accountName, keyspaceName, options),
        migrateCassandraTableToManualThroughput: (resourceGroupName, accountName, keyspaceName, tableName, options) => migrateCassandraTableToManualThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        beginMigrateCassandraTableToManualThroughput: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            const poller = migrateCassandraTableToManualThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateCassandraTableToManualThroughputAndWait: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            return await migrateCassandraTableToManualThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options);
        },
        migrateCassandraTableToAutoscale: (resourceGroupName, accountName, keyspaceName, tableName, options) => migrateCassandraTableToAutoscale(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        beginMigrateCassandraTableToAutoscale: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            const poller = migrateCassandraTableToAutoscale(context, resourceGroupName, accountName, keyspaceName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateCassandraTableToAutoscaleAndWait: async (resourceGroupName, accountName, keyspaceName, tableName, options) => {
            return await migrateCassandraTableToAutoscale(context, resourceGroupName, accountName, keyspaceName, tableName, options);
        },
        updateCassandraTableThroughput: (resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options) => updateCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options),
        beginUpdateCassandraTableThroughput: async (resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options) => {
            const poller = updateCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateCassandraTableThroughputAndWait: async (resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options) => {
            return await updateCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, updateThroughputParameters, options);
        },
        getCassandraTableThroughput: (resourceGroupName, accountName, keyspaceName, tableName, options) => getCassandraTableThroughput(context, resourceGroupName, accountName, keyspaceName, tableName, options),
        migrateCassandraKeyspaceToManualThroughput: (resourceGroupName, accountName, keyspaceName, options) => migrateCassandraKeyspaceToManualThroughput(context, resourceGroupName, accountName, keyspaceName, options),
        beginMigrateCassandraKeyspaceToManualThroughput: async (resourceGroupName, accountName, keyspaceName, options) => {
            const poller = migrateCassandraKeyspaceToManualThroughput(context, resourceGroupName, accountName, keyspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateCassandraKeyspaceToManualThroughputAndWait: async (resourceGroupName, accountName, keyspaceName, options) => {
            return await migrateCassandraKeyspaceToManualThroughput(context, resourceGroupName, accountName, keyspaceName, options);
        },
        migrateCassandraKeyspaceToAutoscale: (resourceGroupName, accountName, keyspaceName, options) => migrateCassandraKeyspaceToAutoscale(context, resourceGroupName, accountName, keyspaceName, options),
        beginMigrateCassandraKeyspaceToAutoscale: async (resourceGroupName, accountName, keyspaceName, options) => {
            const poller = migrateCassandraKeyspaceToAutoscale(context, resourceGroupName, accountName, keyspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateCassandraKeyspaceToAutoscaleAndWait: async (resourceGroupName, accountName, keyspaceName, options) => {
            return await migrateCassandraKeyspaceToAutoscale(context, resourceGroupName, accountName, keyspaceName, options);
        },
        updateCassandraKeyspaceThroughput: (resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options) => updateCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options),
        beginUpdateCassandraKeyspaceThroughput: async (resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options) => {
            const poller = updateCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateCassandraKeyspaceThroughputAndWait: async (resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options) => {
            return await updateCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, updateThroughputParameters, options);
        },
        getCassandraKeyspaceThroughput: (resourceGroupName, accountName, keyspaceName, options) => getCassandraKeyspaceThroughput(context, resourceGroupName, accountName, keyspaceName, options),
    };
}
function _getCassandraResourcesOperations(context) {
    return {
        ..._getCassandraResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/collection/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listMetricDefinitionsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/metricDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMetricDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricDefinitionsListResultDeserializer(result.body);
}
/** Retrieves metric definitions for the given collection. */
function listMetricDefinitions(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMetricDefinitionsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options), _listMetricDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _listUsagesSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/usages{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listUsagesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _usagesResultDeserializer(result.body);
}
/** Retrieves the usages (most recent storage data) for the given collection. */
function listUsages(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listUsagesSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options), _listUsagesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account and collection. */
function listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options), _listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/collection/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getCollection(context) {
    return {
        listMetricDefinitions: (resourceGroupName, accountName, databaseRid, collectionRid, options) => listMetricDefinitions(context, resourceGroupName, accountName, databaseRid, collectionRid, options),
        listUsages: (resourceGroupName, accountName, databaseRid, collectionRid, options) => listUsages(context, resourceGroupName, accountName, databaseRid, collectionRid, options),
        listMetrics: (resourceGroupName, accountName, databaseRid, collectionRid, filter, options) => listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options),
    };
}
function _getCollectionOperations(context) {
    return {
        ..._getCollection(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/collectionPartition/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listUsagesSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/partitions/usages{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listUsagesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _partitionUsagesResultDeserializer(result.body);
}
/** Retrieves the usages (most recent storage data) for the given collection, split by partition. */
function operations_listUsages(context, resourceGroupName, accountName, databaseRid, collectionRid, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listUsagesSend(context, resourceGroupName, accountName, databaseRid, collectionRid, options), operations_listUsagesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/partitions/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _partitionMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given collection, split by partition. */
function operations_listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options), operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/collectionPartition/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getCollectionPartition(context) {
    return {
        listUsages: (resourceGroupName, accountName, databaseRid, collectionRid, options) => operations_listUsages(context, resourceGroupName, accountName, databaseRid, collectionRid, options),
        listMetrics: (resourceGroupName, accountName, databaseRid, collectionRid, filter, options) => operations_listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, filter, options),
    };
}
function _getCollectionPartitionOperations(context) {
    return {
        ..._getCollectionPartition(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/collectionPartitionRegion/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function collectionPartitionRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/region/{region}/databases/{databaseRid}/collections/{collectionRid}/partitions/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        region: region,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function collectionPartitionRegion_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _partitionMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given collection and region, split by partition. */
function collectionPartitionRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => collectionPartitionRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options), collectionPartitionRegion_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/collectionPartitionRegion/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getCollectionPartitionRegion(context) {
    return {
        listMetrics: (resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options) => collectionPartitionRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options),
    };
}
function _getCollectionPartitionRegionOperations(context) {
    return {
        ..._getCollectionPartitionRegion(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/collectionRegion/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function collectionRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/region/{region}/databases/{databaseRid}/collections/{collectionRid}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        region: region,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function collectionRegion_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account, collection and region. */
function collectionRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => collectionRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options), collectionRegion_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/collectionRegion/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getCollectionRegion(context) {
    return {
        listMetrics: (resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options) => collectionRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, filter, options),
    };
}
function _getCollectionRegionOperations(context) {
    return {
        ..._getCollectionRegion(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/database/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listMetricDefinitionsSend(context, resourceGroupName, accountName, databaseRid, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/metricDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listMetricDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricDefinitionsListResultDeserializer(result.body);
}
/** Retrieves metric definitions for the given database. */
function operations_listMetricDefinitions(context, resourceGroupName, accountName, databaseRid, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listMetricDefinitionsSend(context, resourceGroupName, accountName, databaseRid, options), operations_listMetricDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function database_operations_listUsagesSend(context, resourceGroupName, accountName, databaseRid, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/usages{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function database_operations_listUsagesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _usagesResultDeserializer(result.body);
}
/** Retrieves the usages (most recent data) for the given database. */
function database_operations_listUsages(context, resourceGroupName, accountName, databaseRid, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => database_operations_listUsagesSend(context, resourceGroupName, accountName, databaseRid, options), database_operations_listUsagesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function database_operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function database_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account and database. */
function database_operations_listMetrics(context, resourceGroupName, accountName, databaseRid, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => database_operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, filter, options), database_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/database/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDatabase(context) {
    return {
        listMetricDefinitions: (resourceGroupName, accountName, databaseRid, options) => operations_listMetricDefinitions(context, resourceGroupName, accountName, databaseRid, options),
        listUsages: (resourceGroupName, accountName, databaseRid, options) => database_operations_listUsages(context, resourceGroupName, accountName, databaseRid, options),
        listMetrics: (resourceGroupName, accountName, databaseRid, filter, options) => database_operations_listMetrics(context, resourceGroupName, accountName, databaseRid, filter, options),
    };
}
function _getDatabaseOperations(context) {
    return {
        ..._getDatabase(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/databaseAccountRegion/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function databaseAccountRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/region/{region}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        region: region,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function databaseAccountRegion_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account and region. */
function databaseAccountRegion_operations_listMetrics(context, resourceGroupName, accountName, region, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => databaseAccountRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, filter, options), databaseAccountRegion_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/databaseAccountRegion/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDatabaseAccountRegion(context) {
    return {
        listMetrics: (resourceGroupName, accountName, region, filter, options) => databaseAccountRegion_operations_listMetrics(context, resourceGroupName, accountName, region, filter, options),
    };
}
function _getDatabaseAccountRegionOperations(context) {
    return {
        ..._getDatabaseAccountRegion(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/databaseAccounts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _checkNameExistsSend(context, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.DocumentDB/databaseAccountNames/{accountName}{?api%2Dversion}", {
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkNameExistsDeserialize(result) {
    const expectedStatuses = ["200", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks that the Azure Cosmos DB account name already exists. A valid account name may contain only lowercase letters, numbers, and the '-' character, and must be between 3 and 50 characters. */
async function checkNameExists(context, accountName, options = { requestOptions: {} }) {
    const result = await _checkNameExistsSend(context, accountName, options);
    return _checkNameExistsDeserialize(result);
}
function databaseAccounts_operations_listMetricDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/metricDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function databaseAccounts_operations_listMetricDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricDefinitionsListResultDeserializer(result.body);
}
/** Retrieves metric definitions for the given database account. */
function databaseAccounts_operations_listMetricDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => databaseAccounts_operations_listMetricDefinitionsSend(context, resourceGroupName, accountName, options), databaseAccounts_operations_listMetricDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function databaseAccounts_operations_listUsagesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/usages{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function databaseAccounts_operations_listUsagesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _usagesResultDeserializer(result.body);
}
/** Retrieves the usages (most recent data) for the given database account. */
function databaseAccounts_operations_listUsages(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => databaseAccounts_operations_listUsagesSend(context, resourceGroupName, accountName, options), databaseAccounts_operations_listUsagesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function databaseAccounts_operations_listMetricsSend(context, resourceGroupName, accountName, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function databaseAccounts_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account. */
function databaseAccounts_operations_listMetrics(context, resourceGroupName, accountName, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => databaseAccounts_operations_listMetricsSend(context, resourceGroupName, accountName, filter, options), databaseAccounts_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _regenerateKeySend(context, resourceGroupName, accountName, keyToRegenerate, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/regenerateKey{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: databaseAccountRegenerateKeyParametersSerializer(keyToRegenerate),
    });
}
async function _regenerateKeyDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Regenerates an access key for the specified Azure Cosmos DB database account. */
function regenerateKey(context, resourceGroupName, accountName, keyToRegenerate, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _regenerateKeyDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _regenerateKeySend(context, resourceGroupName, accountName, keyToRegenerate, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listReadOnlyKeysSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/readonlykeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listReadOnlyKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountListReadOnlyKeysResultDeserializer(result.body);
}
/** Lists the read-only access keys for the specified Azure Cosmos DB database account. */
async function listReadOnlyKeys(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _listReadOnlyKeysSend(context, resourceGroupName, accountName, options);
    return _listReadOnlyKeysDeserialize(result);
}
function _getReadOnlyKeysSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/readonlykeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getReadOnlyKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountListReadOnlyKeysResultDeserializer(result.body);
}
/** Lists the read-only access keys for the specified Azure Cosmos DB database account. */
async function getReadOnlyKeys(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _getReadOnlyKeysSend(context, resourceGroupName, accountName, options);
    return _getReadOnlyKeysDeserialize(result);
}
function _onlineRegionSend(context, resourceGroupName, accountName, regionParameterForOnline, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/onlineRegion{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: regionForOnlineOfflineSerializer(regionParameterForOnline),
    });
}
async function _onlineRegionDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Online the specified region for the specified Azure Cosmos DB database account. */
function onlineRegion(context, resourceGroupName, accountName, regionParameterForOnline, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _onlineRegionDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _onlineRegionSend(context, resourceGroupName, accountName, regionParameterForOnline, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _offlineRegionSend(context, resourceGroupName, accountName, regionParameterForOffline, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/offlineRegion{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: regionForOnlineOfflineSerializer(regionParameterForOffline),
    });
}
async function _offlineRegionDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Offline the specified region for the specified Azure Cosmos DB database account. */
function offlineRegion(context, resourceGroupName, accountName, regionParameterForOffline, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _offlineRegionDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _offlineRegionSend(context, resourceGroupName, accountName, regionParameterForOffline, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listConnectionStringsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/listConnectionStrings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listConnectionStringsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountListConnectionStringsResultDeserializer(result.body);
}
/** Lists the connection strings for the specified Azure Cosmos DB database account. */
async function listConnectionStrings(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _listConnectionStringsSend(context, resourceGroupName, accountName, options);
    return _listConnectionStringsDeserialize(result);
}
function _listKeysSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/listKeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountListKeysResultDeserializer(result.body);
}
/** Lists the access keys for the specified Azure Cosmos DB database account. */
async function listKeys(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await _listKeysSend(context, resourceGroupName, accountName, options);
    return _listKeysDeserialize(result);
}
function _failoverPriorityChangeSend(context, resourceGroupName, accountName, failoverParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/failoverPriorityChange{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: failoverPoliciesSerializer(failoverParameters),
    });
}
async function _failoverPriorityChangeDeserialize(result) {
    const expectedStatuses = ["202", "204", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Changes the failover priority for the Azure Cosmos DB database account. A failover priority of 0 indicates a write region. The maximum value for a failover priority = (total number of regions - 1). Failover priority values must be unique for each of the regions in which the database account exists. */
function failoverPriorityChange(context, resourceGroupName, accountName, failoverParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _failoverPriorityChangeDeserialize, ["202", "204", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _failoverPriorityChangeSend(context, resourceGroupName, accountName, failoverParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/databaseAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _databaseAccountsListResultDeserializer(result.body);
}
/** Lists all the Azure Cosmos DB database accounts available under the subscription. */
function operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _databaseAccountsListResultDeserializer(result.body);
}
/** Lists all the Azure Cosmos DB database accounts available under the given resource group. */
function operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByResourceGroupSend(context, resourceGroupName, options), operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function databaseAccounts_operations_$deleteSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function databaseAccounts_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB database account. */
function databaseAccounts_operations_$delete(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, databaseAccounts_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => databaseAccounts_operations_$deleteSend(context, resourceGroupName, accountName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function databaseAccounts_operations_updateSend(context, resourceGroupName, accountName, updateParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: databaseAccountUpdateParametersSerializer(updateParameters),
    });
}
async function databaseAccounts_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountGetResultsDeserializer(result.body);
}
/** Updates the properties of an existing Azure Cosmos DB database account. */
function databaseAccounts_operations_update(context, resourceGroupName, accountName, updateParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, databaseAccounts_operations_updateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => databaseAccounts_operations_updateSend(context, resourceGroupName, accountName, updateParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createOrUpdateSend(context, resourceGroupName, accountName, createUpdateParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: databaseAccountCreateUpdateParametersSerializer(createUpdateParameters),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountGetResultsDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB database account. The "Update" method is preferred when performing updates on an account. */
function createOrUpdate(context, resourceGroupName, accountName, createUpdateParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, accountName, createUpdateParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function databaseAccounts_operations_getSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function databaseAccounts_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return databaseAccountGetResultsDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB database account. */
async function databaseAccounts_operations_get(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const result = await databaseAccounts_operations_getSend(context, resourceGroupName, accountName, options);
    return databaseAccounts_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/databaseAccounts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getDatabaseAccounts(context) {
    return {
        checkNameExists: (accountName, options) => checkNameExists(context, accountName, options),
        listMetricDefinitions: (resourceGroupName, accountName, options) => databaseAccounts_operations_listMetricDefinitions(context, resourceGroupName, accountName, options),
        listUsages: (resourceGroupName, accountName, options) => databaseAccounts_operations_listUsages(context, resourceGroupName, accountName, options),
        listMetrics: (resourceGroupName, accountName, filter, options) => databaseAccounts_operations_listMetrics(context, resourceGroupName, accountName, filter, options),
        regenerateKey: (resourceGroupName, accountName, keyToRegenerate, options) => regenerateKey(context, resourceGroupName, accountName, keyToRegenerate, options),
        beginRegenerateKey: async (resourceGroupName, accountName, keyToRegenerate, options) => {
            const poller = regenerateKey(context, resourceGroupName, accountName, keyToRegenerate, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRegenerateKeyAndWait: async (resourceGroupName, accountName, keyToRegenerate, options) => {
            return await regenerateKey(context, resourceGroupName, accountName, keyToRegenerate, options);
        },
        listReadOnlyKeys: (resourceGroupName, accountName, options) => listReadOnlyKeys(context, resourceGroupName, accountName, options),
        getReadOnlyKeys: (resourceGroupName, accountName, options) => getReadOnlyKeys(context, resourceGroupName, accountName, options),
        onlineRegion: (resourceGroupName, accountName, regionParameterForOnline, options) => onlineRegion(context, resourceGroupName, accountName, regionParameterForOnline, options),
        beginOnlineRegion: async (resourceGroupName, accountName, regionParameterForOnline, options) => {
            const poller = onlineRegion(context, resourceGroupName, accountName, regionParameterForOnline, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginOnlineRegionAndWait: async (resourceGroupName, accountName, regionParameterForOnline, options) => {
            return await onlineRegion(context, resourceGroupName, accountName, regionParameterForOnline, options);
        },
        offlineRegion: (resourceGroupName, accountName, regionParameterForOffline, options) => offlineRegion(context, resourceGroupName, accountName, regionParameterForOffline, options),
        beginOfflineRegion: async (resourceGroupName, accountName, regionParameterForOffline, options) => {
            const poller = offlineRegion(context, resourceGroupName, accountName, regionParameterForOffline, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginOfflineRegionAndWait: async (resourceGroupName, accountName, regionParameterForOffline, options) => {
            return await offlineRegion(context, resourceGroupName, accountName, regionParameterForOffline, options);
        },
        listConnectionStrings: (resourceGroupName, accountName, options) => listConnectionStrings(context, resourceGroupName, accountName, options),
        listKeys: (resourceGroupName, accountName, options) => listKeys(context, resourceGroupName, accountName, options),
        failoverPriorityChange: (resourceGroupName, accountName, failoverParameters, options) => failoverPriorityChange(context, resourceGroupName, accountName, failoverParameters, options),
        beginFailoverPriorityChange: async (resourceGroupName, accountName, failoverParameters, options) => {
            const poller = failoverPriorityChange(context, resourceGroupName, accountName, failoverParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginFailoverPriorityChangeAndWait: async (resourceGroupName, accountName, failoverParameters, options) => {
            return await failoverPriorityChange(context, resourceGroupName, accountName, failoverParameters, options);
        },
        list: (options) => operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, accountName, options) => databaseAccounts_operations_$delete(context, resourceGroupName, accountName, options),
        beginDelete: async (resourceGroupName, accountName, options) => {
            const poller = databaseAccounts_operations_$delete(context, resourceGroupName, accountName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, options) => {
            return await databaseAccounts_operations_$delete(context, resourceGroupName, accountName, options);
        },
        update: (resourceGroupName, accountName, updateParameters, options) => databaseAccounts_operations_update(context, resourceGroupName, accountName, updateParameters, options),
        beginUpdate: async (resourceGroupName, accountName, updateParameters, options) => {
            const poller = databaseAccounts_operations_update(context, resourceGroupName, accountName, updateParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, accountName, updateParameters, options) => {
            return await databaseAccounts_operations_update(context, resourceGroupName, accountName, updateParameters, options);
        },
        createOrUpdate: (resourceGroupName, accountName, createUpdateParameters, options) => createOrUpdate(context, resourceGroupName, accountName, createUpdateParameters, options),
        beginCreateOrUpdate: async (resourceGroupName, accountName, createUpdateParameters, options) => {
            const poller = createOrUpdate(context, resourceGroupName, accountName, createUpdateParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, accountName, createUpdateParameters, options) => {
            return await createOrUpdate(context, resourceGroupName, accountName, createUpdateParameters, options);
        },
        get: (resourceGroupName, accountName, options) => databaseAccounts_operations_get(context, resourceGroupName, accountName, options),
    };
}
function _getDatabaseAccountsOperations(context) {
    return {
        ..._getDatabaseAccounts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/fleet/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function fleet_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/fleets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleet_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _fleetListResultDeserializer(result.body);
}
/** Lists all the fleets under the subscription. */
function fleet_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => fleet_operations_listSend(context, options), fleet_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function fleet_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleet_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _fleetListResultDeserializer(result.body);
}
/** Lists all the fleets under the specified subscription and resource group. */
function fleet_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => fleet_operations_listByResourceGroupSend(context, resourceGroupName, options), fleet_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function fleet_operations_$deleteSend(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function fleet_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Fleet. */
function fleet_operations_$delete(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, fleet_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => fleet_operations_$deleteSend(context, resourceGroupName, fleetName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function fleet_operations_updateSend(context, resourceGroupName, fleetName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fleetResourceUpdateSerializer(body),
    });
}
async function fleet_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetResourceDeserializer(result.body);
}
/** Updates the properties of an existing Azure Cosmos DB Fleet. */
async function fleet_operations_update(context, resourceGroupName, fleetName, body, options = { requestOptions: {} }) {
    const result = await fleet_operations_updateSend(context, resourceGroupName, fleetName, body, options);
    return fleet_operations_updateDeserialize(result);
}
function _createSend(context, resourceGroupName, fleetName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fleetResourceSerializer(body),
    });
}
async function _createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetResourceDeserializer(result.body);
}
/** Creates an Azure Cosmos DB fleet under a subscription. */
async function create(context, resourceGroupName, fleetName, body, options = { requestOptions: {} }) {
    const result = await _createSend(context, resourceGroupName, fleetName, body, options);
    return _createDeserialize(result);
}
function fleet_operations_getSend(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleet_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB fleet under a subscription */
async function fleet_operations_get(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    const result = await fleet_operations_getSend(context, resourceGroupName, fleetName, options);
    return fleet_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/fleet/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getFleet(context) {
    return {
        list: (options) => fleet_operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => fleet_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, fleetName, options) => fleet_operations_$delete(context, resourceGroupName, fleetName, options),
        beginDelete: async (resourceGroupName, fleetName, options) => {
            const poller = fleet_operations_$delete(context, resourceGroupName, fleetName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, fleetName, options) => {
            return await fleet_operations_$delete(context, resourceGroupName, fleetName, options);
        },
        update: (resourceGroupName, fleetName, body, options) => fleet_operations_update(context, resourceGroupName, fleetName, body, options),
        create: (resourceGroupName, fleetName, body, options) => create(context, resourceGroupName, fleetName, body, options),
        get: (resourceGroupName, fleetName, options) => fleet_operations_get(context, resourceGroupName, fleetName, options),
    };
}
function _getFleetOperations(context) {
    return {
        ..._getFleet(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/fleetspace/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function fleetspace_operations_listSend(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleetspace_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _fleetspaceListResultDeserializer(result.body);
}
/** Lists all the fleetspaces under a fleet. */
function fleetspace_operations_list(context, resourceGroupName, fleetName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => fleetspace_operations_listSend(context, resourceGroupName, fleetName, options), fleetspace_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function fleetspace_operations_$deleteSend(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function fleetspace_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Fleetspace. */
function fleetspace_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, fleetspace_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => fleetspace_operations_$deleteSend(context, resourceGroupName, fleetName, fleetspaceName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function fleetspace_operations_updateSend(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body ? options?.body : fleetspaceUpdateSerializer(options?.body),
    });
}
async function fleetspace_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetspaceResourceDeserializer(result.body);
}
/** Update the properties of an existing Azure Cosmos DB fleetspace under a fleet. */
function fleetspace_operations_update(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, fleetspace_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => fleetspace_operations_updateSend(context, resourceGroupName, fleetName, fleetspaceName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_createSend(context, resourceGroupName, fleetName, fleetspaceName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fleetspaceResourceSerializer(body),
    });
}
async function operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetspaceResourceDeserializer(result.body);
}
/** Creates an Azure Cosmos DB fleetspace under a fleet. */
function operations_create(context, resourceGroupName, fleetName, fleetspaceName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createSend(context, resourceGroupName, fleetName, fleetspaceName, body, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function fleetspace_operations_getSend(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleetspace_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetspaceResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB fleetspace under a fleet */
async function fleetspace_operations_get(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    const result = await fleetspace_operations_getSend(context, resourceGroupName, fleetName, fleetspaceName, options);
    return fleetspace_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/fleetspace/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getFleetspace(context) {
    return {
        list: (resourceGroupName, fleetName, options) => fleetspace_operations_list(context, resourceGroupName, fleetName, options),
        delete: (resourceGroupName, fleetName, fleetspaceName, options) => fleetspace_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, options),
        beginDelete: async (resourceGroupName, fleetName, fleetspaceName, options) => {
            const poller = fleetspace_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, fleetName, fleetspaceName, options) => {
            return await fleetspace_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, options);
        },
        update: (resourceGroupName, fleetName, fleetspaceName, options) => fleetspace_operations_update(context, resourceGroupName, fleetName, fleetspaceName, options),
        beginUpdate: async (resourceGroupName, fleetName, fleetspaceName, options) => {
            const poller = fleetspace_operations_update(context, resourceGroupName, fleetName, fleetspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, fleetName, fleetspaceName, options) => {
            return await fleetspace_operations_update(context, resourceGroupName, fleetName, fleetspaceName, options);
        },
        create: (resourceGroupName, fleetName, fleetspaceName, body, options) => operations_create(context, resourceGroupName, fleetName, fleetspaceName, body, options),
        beginCreate: async (resourceGroupName, fleetName, fleetspaceName, body, options) => {
            const poller = operations_create(context, resourceGroupName, fleetName, fleetspaceName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, fleetName, fleetspaceName, body, options) => {
            return await operations_create(context, resourceGroupName, fleetName, fleetspaceName, body, options);
        },
        get: (resourceGroupName, fleetName, fleetspaceName, options) => fleetspace_operations_get(context, resourceGroupName, fleetName, fleetspaceName, options),
    };
}
function _getFleetspaceOperations(context) {
    return {
        ..._getFleetspace(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/fleetspaceAccount/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function fleetspaceAccount_operations_listSend(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleetspaceAccount_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _fleetspaceAccountListResultDeserializer(result.body);
}
/** Lists all the fleetspaces accounts  under a fleetspace. */
function fleetspaceAccount_operations_list(context, resourceGroupName, fleetName, fleetspaceName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => fleetspaceAccount_operations_listSend(context, resourceGroupName, fleetName, fleetspaceName, options), fleetspaceAccount_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function fleetspaceAccount_operations_$deleteSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts/{fleetspaceAccountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        fleetspaceAccountName: fleetspaceAccountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function fleetspaceAccount_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Removes an existing Azure Cosmos DB fleetspace account from a fleetspace. */
function fleetspaceAccount_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, fleetspaceAccount_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => fleetspaceAccount_operations_$deleteSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function fleetspaceAccount_operations_createSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts/{fleetspaceAccountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        fleetspaceAccountName: fleetspaceAccountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: fleetspaceAccountResourceSerializer(body),
    });
}
async function fleetspaceAccount_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetspaceAccountResourceDeserializer(result.body);
}
/** Creates an Azure Cosmos DB fleetspace account under a fleetspace. */
function fleetspaceAccount_operations_create(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, fleetspaceAccount_operations_createDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => fleetspaceAccount_operations_createSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function fleetspaceAccount_operations_getSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts/{fleetspaceAccountName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        fleetName: fleetName,
        fleetspaceName: fleetspaceName,
        fleetspaceAccountName: fleetspaceAccountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function fleetspaceAccount_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return fleetspaceAccountResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB fleetspace account under a fleetspace */
async function fleetspaceAccount_operations_get(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options = { requestOptions: {} }) {
    const result = await fleetspaceAccount_operations_getSend(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options);
    return fleetspaceAccount_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/fleetspaceAccount/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getFleetspaceAccount(context) {
    return {
        list: (resourceGroupName, fleetName, fleetspaceName, options) => fleetspaceAccount_operations_list(context, resourceGroupName, fleetName, fleetspaceName, options),
        delete: (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options) => fleetspaceAccount_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options),
        beginDelete: async (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options) => {
            const poller = fleetspaceAccount_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options) => {
            return await fleetspaceAccount_operations_$delete(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options);
        },
        create: (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options) => fleetspaceAccount_operations_create(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options),
        beginCreate: async (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options) => {
            const poller = fleetspaceAccount_operations_create(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options) => {
            return await fleetspaceAccount_operations_create(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, body, options);
        },
        get: (resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options) => fleetspaceAccount_operations_get(context, resourceGroupName, fleetName, fleetspaceName, fleetspaceAccountName, options),
    };
}
function _getFleetspaceAccountOperations(context) {
    return {
        ..._getFleetspaceAccount(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/gremlinResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listGremlinRoleAssignmentsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listGremlinRoleAssignmentsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _gremlinRoleAssignmentListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Gremlin Role Assignments. */
function listGremlinRoleAssignments(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listGremlinRoleAssignmentsSend(context, resourceGroupName, accountName, options), _listGremlinRoleAssignmentsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteGremlinRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Gremlin Role Assignment. */
function deleteGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteGremlinRoleAssignmentDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: gremlinRoleAssignmentResourceSerializer(createUpdateGremlinRoleAssignmentParameters),
    });
}
async function _createUpdateGremlinRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinRoleAssignmentResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Gremlin Role Assignment. */
function createUpdateGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateGremlinRoleAssignmentDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinRoleAssignmentResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Gremlin Role Assignment with the given Id. */
async function getGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const result = await _getGremlinRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options);
    return _getGremlinRoleAssignmentDeserialize(result);
}
function _listGremlinRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listGremlinRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _gremlinRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Gremlin Role Definitions. */
function listGremlinRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listGremlinRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listGremlinRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteGremlinRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Gremlin Role Definition. */
function deleteGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteGremlinRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: gremlinRoleDefinitionResourceSerializer(createUpdateGremlinRoleDefinitionParameters),
    });
}
async function _createUpdateGremlinRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinRoleDefinitionResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Gremlin Role Definition. */
function createUpdateGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateGremlinRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinRoleDefinitionResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Gremlin Role Definition with the given Id. */
async function getGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getGremlinRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options);
    return _getGremlinRoleDefinitionDeserialize(result);
}
function _retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, graphName, location, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/retrieveContinuousBackupInformation{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: continuousBackupRestoreLocationSerializer(location),
    });
}
async function _retrieveContinuousBackupInformationDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return backupInformationDeserializer(result.body);
}
/** Retrieves continuous backup information for a gremlin graph. */
function retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, graphName, location, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _retrieveContinuousBackupInformationDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, graphName, location, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listGremlinGraphsSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listGremlinGraphsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _gremlinGraphListResultDeserializer(result.body);
}
/** Lists the Gremlin graph under an existing Azure Cosmos DB database account. */
function listGremlinGraphs(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listGremlinGraphsSend(context, resourceGroupName, accountName, databaseName, options), _listGremlinGraphsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteGremlinGraphDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Gremlin graph. */
function deleteGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteGremlinGraphDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: gremlinGraphCreateUpdateParametersSerializer(createUpdateGremlinGraphParameters),
    });
}
async function _createUpdateGremlinGraphDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinGraphGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB Gremlin graph */
function createUpdateGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateGremlinGraphDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinGraphDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinGraphGetResultsDeserializer(result.body);
}
/** Gets the Gremlin graph under an existing Azure Cosmos DB database account. */
async function getGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const result = await _getGremlinGraphSend(context, resourceGroupName, accountName, databaseName, graphName, options);
    return _getGremlinGraphDeserialize(result);
}
function _listGremlinDatabasesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listGremlinDatabasesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _gremlinDatabaseListResultDeserializer(result.body);
}
/** Lists the Gremlin databases under an existing Azure Cosmos DB database account. */
function listGremlinDatabases(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listGremlinDatabasesSend(context, resourceGroupName, accountName, options), _listGremlinDatabasesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteGremlinDatabaseDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Gremlin database. */
function deleteGremlinDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteGremlinDatabaseDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: gremlinDatabaseCreateUpdateParametersSerializer(createUpdateGremlinDatabaseParameters),
    });
}
async function _createUpdateGremlinDatabaseDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinDatabaseGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB Gremlin database */
function createUpdateGremlinDatabase(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateGremlinDatabaseDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinDatabaseDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return gremlinDatabaseGetResultsDeserializer(result.body);
}
/** Gets the Gremlin databases under an existing Azure Cosmos DB database account with the provided name. */
async function getGremlinDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getGremlinDatabaseSend(context, resourceGroupName, accountName, databaseName, options);
    return _getGremlinDatabaseDeserialize(result);
}
function _migrateGremlinGraphToManualThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateGremlinGraphToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Gremlin graph from autoscale to manual throughput */
function migrateGremlinGraphToManualThroughput(context, resourceGroupName, accountName, databaseName, graphName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateGremlinGraphToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateGremlinGraphToManualThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateGremlinGraphToAutoscaleSend(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateGremlinGraphToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Gremlin graph from manual throughput to autoscale */
function migrateGremlinGraphToAutoscale(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateGremlinGraphToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateGremlinGraphToAutoscaleSend(context, resourceGroupName, accountName, databaseName, graphName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateGremlinGraphThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateGremlinGraphThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB Gremlin graph */
function updateGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateGremlinGraphThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateGremlinGraphThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinGraphThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        graphName: graphName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinGraphThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the Gremlin graph throughput under an existing Azure Cosmos DB database account with the provided name. */
async function getGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, options = { requestOptions: {} }) {
    const result = await _getGremlinGraphThroughputSend(context, resourceGroupName, accountName, databaseName, graphName, options);
    return _getGremlinGraphThroughputDeserialize(result);
}
function _migrateGremlinDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateGremlinDatabaseToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Gremlin database from autoscale to manual throughput */
function migrateGremlinDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateGremlinDatabaseToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateGremlinDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateGremlinDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateGremlinDatabaseToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Gremlin database from manual throughput to autoscale */
function migrateGremlinDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateGremlinDatabaseToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateGremlinDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateGremlinDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateGremlinDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB Gremlin database */
function updateGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateGremlinDatabaseThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateGremlinDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getGremlinDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getGremlinDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the Gremlin database under an existing Azure Cosmos DB database account with the provided name. */
async function getGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getGremlinDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options);
    return _getGremlinDatabaseThroughputDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/gremlinResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getGremlinResources(context) {
    return {
        listGremlinRoleAssignments: (resourceGroupName, accountName, options) => listGremlinRoleAssignments(context, resourceGroupName, accountName, options),
        deleteGremlinRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => deleteGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        beginDeleteGremlinRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            const poller = deleteGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteGremlinRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            return await deleteGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
        },
        createUpdateGremlinRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options) => createUpdateGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options),
        beginCreateUpdateGremlinRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options) => {
            const poller = createUpdateGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateGremlinRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options) => {
            return await createUpdateGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateGremlinRoleAssignmentParameters, options);
        },
        getGremlinRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => getGremlinRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        listGremlinRoleDefinitions: (resourceGroupName, accountName, options) => listGremlinRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteGremlinRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => deleteGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        beginDeleteGremlinRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            const poller = deleteGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteGremlinRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            return await deleteGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
        },
        createUpdateGremlinRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options) => createUpdateGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options),
        beginCreateUpdateGremlinRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options) => {
            const poller = createUpdateGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateGremlinRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options) => {
            return await createUpdateGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateGremlinRoleDefinitionParameters, options);
        },
        getGremlinRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => getGremlinRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        retrieveContinuousBackupInformation: (resourceGroupName, accountName, databaseName, graphName, location, options) => retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, graphName, location, options),
        beginRetrieveContinuousBackupInformation: async (resourceGroupName, accountName, databaseName, graphName, location, options) => {
            const poller = retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, graphName, location, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRetrieveContinuousBackupInformationAndWait: async (resourceGroupName, accountName, databaseName, graphName, location, options) => {
            return await retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, graphName, location, options);
        },
        listGremlinGraphs: (resourceGroupName, accountName, databaseName, options) => listGremlinGraphs(context, resourceGroupName, accountName, databaseName, options),
        deleteGremlinGraph: (resourceGroupName, accountName, databaseName, graphName, options) => deleteGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options),
        beginDeleteGremlinGraph: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            const poller = deleteGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteGremlinGraphAndWait: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            return await deleteGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options);
        },
        createUpdateGremlinGraph: (resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options) => createUpdateGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options),
        beginCreateUpdateGremlinGraph: async (resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options) => {
            const poller = createUpdateGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateGremlinGraphAndWait: async (resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options) => {
            return await createUpdateGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, createUpdateGremlinGraphParameters, options);
        },
        getGremlinGraph: (resourceGroupName, accountName, databaseName, graphName, options) => getGremlinGraph(context, resourceGroupName, accountName, databaseName, graphName, options),
        listGremlinDatabases: (resourceGroupName, accountName, options) => listGremlinDatabases(context, resourceGroupName, accountName, options),
        deleteGremlinDatabase: (resourceGroupName, accountName, databaseName, options) => deleteGremlinDatabase(context, resourceGroupName, accountName, databaseName, options),
        beginDeleteGremlinDatabase: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = deleteGremlinDatabase(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteGremlinDatabaseAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await deleteGremlinDatabase(context, resourceGroupName, accountName, databaseName, options);
        },
        createUpdateGremlinDatabase: (resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options) => createUpdateGremlinDatabase(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options),
        beginCreateUpdateGremlinDatabase: async (resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options) => {
            const poller = createUpdateGremlinDatabase(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateGremlinDatabaseAndWait: async (resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options) => {
            return await createUpdateGremlinDatabase(context, resourceGroupName, accountName, databaseName, createUpdateGremlinDatabaseParameters, options);
        },
        getGremlinDatabase: (resourceGroupName, accountName, databaseName, options) => getGremlinDatabase(context, resourceGroupName, accountName, databaseName, options),
        migrateGremlinGraphToManualThroughput: (resourceGroupName, accountName, databaseName, graphName, options) => migrateGremlinGraphToManualThroughput(context, resourceGroupName, accountName, databaseName, graphName, options),
        beginMigrateGremlinGraphToManualThroughput: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            const poller = migrateGremlinGraphToManualThroughput(context, resourceGroupName, accountName, databaseName, graphName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateGremlinGraphToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            return await migrateGremlinGraphToManualThroughput(context, resourceGroupName, accountName, databaseName, graphName, options);
        },
        migrateGremlinGraphToAutoscale: (resourceGroupName, accountName, databaseName, graphName, options) => migrateGremlinGraphToAutoscale(context, resourceGroupName, accountName, databaseName, graphName, options),
        beginMigrateGremlinGraphToAutoscale: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            const poller = migrateGremlinGraphToAutoscale(context, resourceGroupName, accountName, databaseName, graphName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateGremlinGraphToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, graphName, options) => {
            return await migrateGremlinGraphToAutoscale(context, resourceGroupName, accountName, databaseName, graphName, options);
        },
        updateGremlinGraphThroughput: (resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options) => updateGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options),
        beginUpdateGremlinGraphThroughput: async (resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options) => {
            const poller = updateGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateGremlinGraphThroughputAndWait: async (resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options) => {
            return await updateGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, updateThroughputParameters, options);
        },
        getGremlinGraphThroughput: (resourceGroupName, accountName, databaseName, graphName, options) => getGremlinGraphThroughput(context, resourceGroupName, accountName, databaseName, graphName, options),
        migrateGremlinDatabaseToManualThroughput: (resourceGroupName, accountName, databaseName, options) => migrateGremlinDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateGremlinDatabaseToManualThroughput: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateGremlinDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateGremlinDatabaseToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateGremlinDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
        },
        migrateGremlinDatabaseToAutoscale: (resourceGroupName, accountName, databaseName, options) => migrateGremlinDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateGremlinDatabaseToAutoscale: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateGremlinDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateGremlinDatabaseToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateGremlinDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
        },
        updateGremlinDatabaseThroughput: (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => updateGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        beginUpdateGremlinDatabaseThroughput: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            const poller = updateGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateGremlinDatabaseThroughputAndWait: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            return await updateGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
        },
        getGremlinDatabaseThroughput: (resourceGroupName, accountName, databaseName, options) => getGremlinDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options),
    };
}
function _getGremlinResourcesOperations(context) {
    return {
        ..._getGremlinResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/locations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function locations_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function locations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _locationListResultDeserializer(result.body);
}
/** List Cosmos DB locations and their properties */
function locations_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => locations_operations_listSend(context, options), locations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function locations_operations_getSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function locations_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return locationGetResultDeserializer(result.body);
}
/** Get the properties of an existing Cosmos DB location */
async function locations_operations_get(context, location, options = { requestOptions: {} }) {
    const result = await locations_operations_getSend(context, location, options);
    return locations_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/locations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getLocations(context) {
    return {
        list: (options) => locations_operations_list(context, options),
        get: (location, options) => locations_operations_get(context, location, options),
    };
}
function _getLocationsOperations(context) {
    return {
        ..._getLocations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/mongoDBResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listMongoUserDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoUserDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _mongoUserDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Mongo User Definition. */
function listMongoUserDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoUserDefinitionsSend(context, resourceGroupName, accountName, options), _listMongoUserDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions/{mongoUserDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoUserDefinitionId: mongoUserDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoUserDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Mongo User Definition. */
function deleteMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoUserDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions/{mongoUserDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoUserDefinitionId: mongoUserDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoUserDefinitionCreateUpdateParametersSerializer(createUpdateMongoUserDefinitionParameters),
    });
}
async function _createUpdateMongoUserDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return mongoUserDefinitionGetResultsDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Mongo User Definition. */
function createUpdateMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoUserDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions/{mongoUserDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoUserDefinitionId: mongoUserDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoUserDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return mongoUserDefinitionGetResultsDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Mongo User Definition with the given Id. */
async function getMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options = { requestOptions: {} }) {
    const result = await _getMongoUserDefinitionSend(context, resourceGroupName, accountName, mongoUserDefinitionId, options);
    return _getMongoUserDefinitionDeserialize(result);
}
function _listMongoRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _mongoRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Mongo Role Definitions. */
function listMongoRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listMongoRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions/{mongoRoleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoRoleDefinitionId: mongoRoleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Mongo Role Definition. */
function deleteMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions/{mongoRoleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoRoleDefinitionId: mongoRoleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoRoleDefinitionCreateUpdateParametersSerializer(createUpdateMongoRoleDefinitionParameters),
    });
}
async function _createUpdateMongoRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return mongoRoleDefinitionGetResultsDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Mongo Role Definition. */
function createUpdateMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions/{mongoRoleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        mongoRoleDefinitionId: mongoRoleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return mongoRoleDefinitionGetResultsDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Mongo Role Definition with the given Id. */
async function getMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getMongoRoleDefinitionSend(context, resourceGroupName, accountName, mongoRoleDefinitionId, options);
    return _getMongoRoleDefinitionDeserialize(result);
}
function operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, collectionName, location, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/retrieveContinuousBackupInformation{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: continuousBackupRestoreLocationSerializer(location),
    });
}
async function operations_retrieveContinuousBackupInformationDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return backupInformationDeserializer(result.body);
}
/** Retrieves continuous backup information for a Mongodb collection. */
function operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, collectionName, location, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, operations_retrieveContinuousBackupInformationDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, collectionName, location, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listMongoDBCollectionsSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoDBCollectionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _mongoDBCollectionListResultDeserializer(result.body);
}
/** Lists the MongoDB collection under an existing Azure Cosmos DB database account. */
function listMongoDBCollections(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoDBCollectionsSend(context, resourceGroupName, accountName, databaseName, options), _listMongoDBCollectionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoDBCollectionDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB MongoDB Collection. */
function deleteMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoDBCollectionDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoDBCollectionCreateUpdateParametersSerializer(createUpdateMongoDBCollectionParameters),
    });
}
async function _createUpdateMongoDBCollectionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoDBCollectionGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB MongoDB Collection */
function createUpdateMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoDBCollectionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoDBCollectionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoDBCollectionGetResultsDeserializer(result.body);
}
/** Gets the MongoDB collection under an existing Azure Cosmos DB database account. */
async function getMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    const result = await _getMongoDBCollectionSend(context, resourceGroupName, accountName, databaseName, collectionName, options);
    return _getMongoDBCollectionDeserialize(result);
}
function _listMongoDBDatabasesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoDBDatabasesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _mongoDBDatabaseListResultDeserializer(result.body);
}
/** Lists the MongoDB databases under an existing Azure Cosmos DB database account. */
function listMongoDBDatabases(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoDBDatabasesSend(context, resourceGroupName, accountName, options), _listMongoDBDatabasesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoDBDatabaseDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB MongoDB database. */
function deleteMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoDBDatabaseDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoDBDatabaseCreateUpdateParametersSerializer(createUpdateMongoDBDatabaseParameters),
    });
}
async function _createUpdateMongoDBDatabaseDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoDBDatabaseGetResultsDeserializer(result.body);
}
/** Create or updates Azure Cosmos DB MongoDB database */
function createUpdateMongoDBDatabase(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoDBDatabaseDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoDBDatabaseDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoDBDatabaseGetResultsDeserializer(result.body);
}
/** Gets the MongoDB databases under an existing Azure Cosmos DB database account with the provided name. */
async function getMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getMongoDBDatabaseSend(context, resourceGroupName, accountName, databaseName, options);
    return _getMongoDBDatabaseDeserialize(result);
}
function _migrateMongoDBCollectionToManualThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateMongoDBCollectionToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB MongoDB collection from autoscale to manual throughput */
function migrateMongoDBCollectionToManualThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateMongoDBCollectionToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateMongoDBCollectionToManualThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateMongoDBCollectionToAutoscaleSend(context, resourceGroupName, accountName, databaseName, collectionName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateMongoDBCollectionToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB MongoDB collection from manual throughput to autoscale */
function migrateMongoDBCollectionToAutoscale(context, resourceGroupName, accountName, databaseName, collectionName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateMongoDBCollectionToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateMongoDBCollectionToAutoscaleSend(context, resourceGroupName, accountName, databaseName, collectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateMongoDBCollectionThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateMongoDBCollectionThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update the RUs per second of an Azure Cosmos DB MongoDB collection */
function updateMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateMongoDBCollectionThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateMongoDBCollectionThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoDBCollectionThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        collectionName: collectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoDBCollectionThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the MongoDB collection under an existing Azure Cosmos DB database account with the provided name. */
async function getMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options = { requestOptions: {} }) {
    const result = await _getMongoDBCollectionThroughputSend(context, resourceGroupName, accountName, databaseName, collectionName, options);
    return _getMongoDBCollectionThroughputDeserialize(result);
}
function _migrateMongoDBDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateMongoDBDatabaseToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB MongoDB database from autoscale to manual throughput */
function migrateMongoDBDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _migrateMongoDBDatabaseToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateMongoDBDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateMongoDBDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateMongoDBDatabaseToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB MongoDB database from manual throughput to autoscale */
function migrateMongoDBDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateMongoDBDatabaseToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateMongoDBDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateMongoDBDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateMongoDBDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of the an Azure Cosmos DB MongoDB database */
function updateMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateMongoDBDatabaseThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateMongoDBDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoDBDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoDBDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the MongoDB database under an existing Azure Cosmos DB database account with the provided name. */
async function getMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getMongoDBDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options);
    return _getMongoDBDatabaseThroughputDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/mongoDBResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getMongoDBResources(context) {
    return {
        listMongoUserDefinitions: (resourceGroupName, accountName, options) => listMongoUserDefinitions(context, resourceGroupName, accountName, options),
        deleteMongoUserDefinition: (resourceGroupName, accountName, mongoUserDefinitionId, options) => deleteMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options),
        beginDeleteMongoUserDefinition: async (resourceGroupName, accountName, mongoUserDefinitionId, options) => {
            const poller = deleteMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoUserDefinitionAndWait: async (resourceGroupName, accountName, mongoUserDefinitionId, options) => {
            return await deleteMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options);
        },
        createUpdateMongoUserDefinition: (resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options) => createUpdateMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options),
        beginCreateUpdateMongoUserDefinition: async (resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options) => {
            const poller = createUpdateMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoUserDefinitionAndWait: async (resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options) => {
            return await createUpdateMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, createUpdateMongoUserDefinitionParameters, options);
        },
        getMongoUserDefinition: (resourceGroupName, accountName, mongoUserDefinitionId, options) => getMongoUserDefinition(context, resourceGroupName, accountName, mongoUserDefinitionId, options),
        listMongoRoleDefinitions: (resourceGroupName, accountName, options) => listMongoRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteMongoRoleDefinition: (resourceGroupName, accountName, mongoRoleDefinitionId, options) => deleteMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options),
        beginDeleteMongoRoleDefinition: async (resourceGroupName, accountName, mongoRoleDefinitionId, options) => {
            const poller = deleteMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoRoleDefinitionAndWait: async (resourceGroupName, accountName, mongoRoleDefinitionId, options) => {
            return await deleteMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options);
        },
        createUpdateMongoRoleDefinition: (resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options) => createUpdateMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options),
        beginCreateUpdateMongoRoleDefinition: async (resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options) => {
            const poller = createUpdateMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoRoleDefinitionAndWait: async (resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options) => {
            return await createUpdateMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, createUpdateMongoRoleDefinitionParameters, options);
        },
        getMongoRoleDefinition: (resourceGroupName, accountName, mongoRoleDefinitionId, options) => getMongoRoleDefinition(context, resourceGroupName, accountName, mongoRoleDefinitionId, options),
        retrieveContinuousBackupInformation: (resourceGroupName, accountName, databaseName, collectionName, location, options) => operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, collectionName, location, options),
        beginRetrieveContinuousBackupInformation: async (resourceGroupName, accountName, databaseName, collectionName, location, options) => {
            const poller = operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, collectionName, location, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRetrieveContinuousBackupInformationAndWait: async (resourceGroupName, accountName, databaseName, collectionName, location, options) => {
            return await operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, collectionName, location, options);
        },
        listMongoDBCollections: (resourceGroupName, accountName, databaseName, options) => listMongoDBCollections(context, resourceGroupName, accountName, databaseName, options),
        deleteMongoDBCollection: (resourceGroupName, accountName, databaseName, collectionName, options) => deleteMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options),
        beginDeleteMongoDBCollection: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            const poller = deleteMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoDBCollectionAndWait: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            return await deleteMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options);
        },
        createUpdateMongoDBCollection: (resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options) => createUpdateMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options),
        beginCreateUpdateMongoDBCollection: async (resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options) => {
            const poller = createUpdateMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoDBCollectionAndWait: async (resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options) => {
            return await createUpdateMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, createUpdateMongoDBCollectionParameters, options);
        },
        getMongoDBCollection: (resourceGroupName, accountName, databaseName, collectionName, options) => getMongoDBCollection(context, resourceGroupName, accountName, databaseName, collectionName, options),
        listMongoDBDatabases: (resourceGroupName, accountName, options) => listMongoDBDatabases(context, resourceGroupName, accountName, options),
        deleteMongoDBDatabase: (resourceGroupName, accountName, databaseName, options) => deleteMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options),
        beginDeleteMongoDBDatabase: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = deleteMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoDBDatabaseAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await deleteMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options);
        },
        createUpdateMongoDBDatabase: (resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options) => createUpdateMongoDBDatabase(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options),
        beginCreateUpdateMongoDBDatabase: async (resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options) => {
            const poller = createUpdateMongoDBDatabase(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoDBDatabaseAndWait: async (resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options) => {
            return await createUpdateMongoDBDatabase(context, resourceGroupName, accountName, databaseName, createUpdateMongoDBDatabaseParameters, options);
        },
        getMongoDBDatabase: (resourceGroupName, accountName, databaseName, options) => getMongoDBDatabase(context, resourceGroupName, accountName, databaseName, options),
        migrateMongoDBCollectionToManualThroughput: (resourceGroupName, accountName, databaseName, collectionName, options) => migrateMongoDBCollectionToManualThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options),
        beginMigrateMongoDBCollectionToManualThroughput: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            const poller = migrateMongoDBCollectionToManualThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateMongoDBCollectionToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            return await migrateMongoDBCollectionToManualThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options);
        },
        migrateMongoDBCollectionToAutoscale: (resourceGroupName, accountName, databaseName, collectionName, options) => migrateMongoDBCollectionToAutoscale(context, resourceGroupName, accountName, databaseName, collectionName, options),
        beginMigrateMongoDBCollectionToAutoscale: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            const poller = migrateMongoDBCollectionToAutoscale(context, resourceGroupName, accountName, databaseName, collectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateMongoDBCollectionToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, collectionName, options) => {
            return await migrateMongoDBCollectionToAutoscale(context, resourceGroupName, accountName, databaseName, collectionName, options);
        },
        updateMongoDBCollectionThroughput: (resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options) => updateMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options),
        beginUpdateMongoDBCollectionThroughput: async (resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options) => {
            const poller = updateMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateMongoDBCollectionThroughputAndWait: async (resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options) => {
            return await updateMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, updateThroughputParameters, options);
        },
        getMongoDBCollectionThroughput: (resourceGroupName, accountName, databaseName, collectionName, options) => getMongoDBCollectionThroughput(context, resourceGroupName, accountName, databaseName, collectionName, options),
        migrateMongoDBDatabaseToManualThroughput: (resourceGroupName, accountName, databaseName, options) => migrateMongoDBDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateMongoDBDatabaseToManualThroughput: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateMongoDBDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateMongoDBDatabaseToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateMongoDBDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
        },
        migrateMongoDBDatabaseToAutoscale: (resourceGroupName, accountName, databaseName, options) => migrateMongoDBDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateMongoDBDatabaseToAutoscale: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateMongoDBDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateMongoDBDatabaseToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateMongoDBDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
        },
        updateMongoDBDatabaseThroughput: (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => updateMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        beginUpdateMongoDBDatabaseThroughput: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            const poller = updateMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateMongoDBDatabaseThroughputAndWait: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            return await updateMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
        },
        getMongoDBDatabaseThroughput: (resourceGroupName, accountName, databaseName, options) => getMongoDBDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options),
    };
}
function _getMongoDBResourcesOperations(context) {
    return {
        ..._getMongoDBResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/mongoMIResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listMongoMIRoleAssignmentsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoMIRoleAssignmentsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _mongoMIRoleAssignmentListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB MongoMI Role Assignments. */
function listMongoMIRoleAssignments(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoMIRoleAssignmentsSend(context, resourceGroupName, accountName, options), _listMongoMIRoleAssignmentsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoMIRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB MongoMI Role Assignment. */
function deleteMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoMIRoleAssignmentDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoMIRoleAssignmentResourceSerializer(createUpdateMongoMIRoleAssignmentParameters),
    });
}
async function _createUpdateMongoMIRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoMIRoleAssignmentResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB MongoMI Role Assignment. */
function createUpdateMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoMIRoleAssignmentDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoMIRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoMIRoleAssignmentResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB MongoMI Role Assignment with the given Id. */
async function getMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const result = await _getMongoMIRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options);
    return _getMongoMIRoleAssignmentDeserialize(result);
}
function _listMongoMIRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listMongoMIRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _mongoMIRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB MongoMI Role Definitions. */
function listMongoMIRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listMongoMIRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listMongoMIRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteMongoMIRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB MongoMI Role Definition. */
function deleteMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteMongoMIRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: mongoMIRoleDefinitionResourceSerializer(createUpdateMongoMIRoleDefinitionParameters),
    });
}
async function _createUpdateMongoMIRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoMIRoleDefinitionResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB MongoMI Role Definition. */
function createUpdateMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateMongoMIRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getMongoMIRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return mongoMIRoleDefinitionResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB MongoMI Role Definition with the given Id. */
async function getMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getMongoMIRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options);
    return _getMongoMIRoleDefinitionDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/mongoMIResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getMongoMIResources(context) {
    return {
        listMongoMIRoleAssignments: (resourceGroupName, accountName, options) => listMongoMIRoleAssignments(context, resourceGroupName, accountName, options),
        deleteMongoMIRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => deleteMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        beginDeleteMongoMIRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            const poller = deleteMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoMIRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            return await deleteMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
        },
        createUpdateMongoMIRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options) => createUpdateMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options),
        beginCreateUpdateMongoMIRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options) => {
            const poller = createUpdateMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoMIRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options) => {
            return await createUpdateMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateMongoMIRoleAssignmentParameters, options);
        },
        getMongoMIRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => getMongoMIRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        listMongoMIRoleDefinitions: (resourceGroupName, accountName, options) => listMongoMIRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteMongoMIRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => deleteMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        beginDeleteMongoMIRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            const poller = deleteMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteMongoMIRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            return await deleteMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
        },
        createUpdateMongoMIRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options) => createUpdateMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options),
        beginCreateUpdateMongoMIRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options) => {
            const poller = createUpdateMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateMongoMIRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options) => {
            return await createUpdateMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateMongoMIRoleDefinitionParameters, options);
        },
        getMongoMIRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => getMongoMIRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
    };
}
function _getMongoMIResourcesOperations(context) {
    return {
        ..._getMongoMIResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/notebookWorkspaces/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function operations_startSend(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_startDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Starts the notebook workspace */
function operations_start(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_startDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_startSend(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _regenerateAuthTokenSend(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}/regenerateAuthToken{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _regenerateAuthTokenDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Regenerates the auth token for the notebook workspace */
function regenerateAuthToken(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _regenerateAuthTokenDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _regenerateAuthTokenSend(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listConnectionInfoSend(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}/listConnectionInfo{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listConnectionInfoDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return notebookWorkspaceConnectionInfoResultDeserializer(result.body);
}
/** Retrieves the connection info for the notebook workspace */
async function listConnectionInfo(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const result = await _listConnectionInfoSend(context, resourceGroupName, accountName, notebookWorkspaceName, options);
    return _listConnectionInfoDeserialize(result);
}
function _listByDatabaseAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByDatabaseAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _notebookWorkspaceListResultDeserializer(result.body);
}
/** Gets the notebook workspace resources of an existing Cosmos DB account. */
function listByDatabaseAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByDatabaseAccountSend(context, resourceGroupName, accountName, options), _listByDatabaseAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function notebookWorkspaces_operations_$deleteSend(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function notebookWorkspaces_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the notebook workspace for a Cosmos DB account. */
function notebookWorkspaces_operations_$delete(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, notebookWorkspaces_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => notebookWorkspaces_operations_$deleteSend(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function operations_createOrUpdateSend(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: notebookWorkspaceCreateUpdateParametersSerializer(notebookCreateUpdateParameters),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return notebookWorkspaceDeserializer(result.body);
}
/** Creates the notebook workspace for a Cosmos DB account. */
function operations_createOrUpdate(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createOrUpdateSend(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function notebookWorkspaces_operations_getSend(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        notebookWorkspaceName: notebookWorkspaceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function notebookWorkspaces_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return notebookWorkspaceDeserializer(result.body);
}
/** Gets the notebook workspace for a Cosmos DB account. */
async function notebookWorkspaces_operations_get(context, resourceGroupName, accountName, notebookWorkspaceName, options = { requestOptions: {} }) {
    const result = await notebookWorkspaces_operations_getSend(context, resourceGroupName, accountName, notebookWorkspaceName, options);
    return notebookWorkspaces_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/notebookWorkspaces/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getNotebookWorkspaces(context) {
    return {
        start: (resourceGroupName, accountName, notebookWorkspaceName, options) => operations_start(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        beginStart: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            const poller = operations_start(context, resourceGroupName, accountName, notebookWorkspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStartAndWait: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            return await operations_start(context, resourceGroupName, accountName, notebookWorkspaceName, options);
        },
        regenerateAuthToken: (resourceGroupName, accountName, notebookWorkspaceName, options) => regenerateAuthToken(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        beginRegenerateAuthToken: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            const poller = regenerateAuthToken(context, resourceGroupName, accountName, notebookWorkspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRegenerateAuthTokenAndWait: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            return await regenerateAuthToken(context, resourceGroupName, accountName, notebookWorkspaceName, options);
        },
        listConnectionInfo: (resourceGroupName, accountName, notebookWorkspaceName, options) => listConnectionInfo(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        listByDatabaseAccount: (resourceGroupName, accountName, options) => listByDatabaseAccount(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, notebookWorkspaceName, options) => notebookWorkspaces_operations_$delete(context, resourceGroupName, accountName, notebookWorkspaceName, options),
        beginDelete: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            const poller = notebookWorkspaces_operations_$delete(context, resourceGroupName, accountName, notebookWorkspaceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, notebookWorkspaceName, options) => {
            return await notebookWorkspaces_operations_$delete(context, resourceGroupName, accountName, notebookWorkspaceName, options);
        },
        createOrUpdate: (resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options) => operations_createOrUpdate(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options),
        beginCreateOrUpdate: async (resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options) => {
            const poller = operations_createOrUpdate(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options) => {
            return await operations_createOrUpdate(context, resourceGroupName, accountName, notebookWorkspaceName, notebookCreateUpdateParameters, options);
        },
        get: (resourceGroupName, accountName, notebookWorkspaceName, options) => notebookWorkspaces_operations_get(context, resourceGroupName, accountName, notebookWorkspaceName, options),
    };
}
function _getNotebookWorkspacesOperations(context) {
    return {
        ..._getNotebookWorkspaces(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.DocumentDB/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _operationListResultDeserializer(result.body);
}
/** Lists all of the available Cosmos DB Resource Provider operations. */
function operations_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_operations_listSend(context, options), operations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => operations_operations_list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/partitionKeyRangeId/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function partitionKeyRangeId_operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, partitionKeyRangeId, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/databases/{databaseRid}/collections/{collectionRid}/partitionKeyRangeId/{partitionKeyRangeId}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        partitionKeyRangeId: partitionKeyRangeId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function partitionKeyRangeId_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _partitionMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given partition key range id. */
function partitionKeyRangeId_operations_listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, partitionKeyRangeId, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => partitionKeyRangeId_operations_listMetricsSend(context, resourceGroupName, accountName, databaseRid, collectionRid, partitionKeyRangeId, filter, options), partitionKeyRangeId_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/partitionKeyRangeId/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPartitionKeyRangeId(context) {
    return {
        listMetrics: (resourceGroupName, accountName, databaseRid, collectionRid, partitionKeyRangeId, filter, options) => partitionKeyRangeId_operations_listMetrics(context, resourceGroupName, accountName, databaseRid, collectionRid, partitionKeyRangeId, filter, options),
    };
}
function _getPartitionKeyRangeIdOperations(context) {
    return {
        ..._getPartitionKeyRangeId(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/partitionKeyRangeIdRegion/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function partitionKeyRangeIdRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, partitionKeyRangeId, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/region/{region}/databases/{databaseRid}/collections/{collectionRid}/partitionKeyRangeId/{partitionKeyRangeId}/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        region: region,
        databaseRid: databaseRid,
        collectionRid: collectionRid,
        partitionKeyRangeId: partitionKeyRangeId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function partitionKeyRangeIdRegion_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _partitionMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given partition key range id and region. */
function partitionKeyRangeIdRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, partitionKeyRangeId, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => partitionKeyRangeIdRegion_operations_listMetricsSend(context, resourceGroupName, accountName, region, databaseRid, collectionRid, partitionKeyRangeId, filter, options), partitionKeyRangeIdRegion_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/partitionKeyRangeIdRegion/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPartitionKeyRangeIdRegion(context) {
    return {
        listMetrics: (resourceGroupName, accountName, region, databaseRid, collectionRid, partitionKeyRangeId, filter, options) => partitionKeyRangeIdRegion_operations_listMetrics(context, resourceGroupName, accountName, region, databaseRid, collectionRid, partitionKeyRangeId, filter, options),
    };
}
function _getPartitionKeyRangeIdRegionOperations(context) {
    return {
        ..._getPartitionKeyRangeIdRegion(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/percentile/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function percentile_operations_listMetricsSend(context, resourceGroupName, accountName, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/percentile/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function percentile_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _percentileMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given database account. This url is only for PBS and Replication Latency data */
function percentile_operations_listMetrics(context, resourceGroupName, accountName, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => percentile_operations_listMetricsSend(context, resourceGroupName, accountName, filter, options), percentile_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/percentile/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPercentile(context) {
    return {
        listMetrics: (resourceGroupName, accountName, filter, options) => percentile_operations_listMetrics(context, resourceGroupName, accountName, filter, options),
    };
}
function _getPercentileOperations(context) {
    return {
        ..._getPercentile(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/percentileSourceTarget/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function percentileSourceTarget_operations_listMetricsSend(context, resourceGroupName, accountName, sourceRegion, targetRegion, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sourceRegion/{sourceRegion}/targetRegion/{targetRegion}/percentile/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        sourceRegion: sourceRegion,
        targetRegion: targetRegion,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function percentileSourceTarget_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _percentileMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given account, source and target region. This url is only for PBS and Replication Latency data */
function percentileSourceTarget_operations_listMetrics(context, resourceGroupName, accountName, sourceRegion, targetRegion, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => percentileSourceTarget_operations_listMetricsSend(context, resourceGroupName, accountName, sourceRegion, targetRegion, filter, options), percentileSourceTarget_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/percentileSourceTarget/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPercentileSourceTarget(context) {
    return {
        listMetrics: (resourceGroupName, accountName, sourceRegion, targetRegion, filter, options) => percentileSourceTarget_operations_listMetrics(context, resourceGroupName, accountName, sourceRegion, targetRegion, filter, options),
    };
}
function _getPercentileSourceTargetOperations(context) {
    return {
        ..._getPercentileSourceTarget(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/percentileTarget/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function percentileTarget_operations_listMetricsSend(context, resourceGroupName, accountName, targetRegion, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/targetRegion/{targetRegion}/percentile/metrics{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        targetRegion: targetRegion,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        "%24filter": filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function percentileTarget_operations_listMetricsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _percentileMetricListResultDeserializer(result.body);
}
/** Retrieves the metrics determined by the given filter for the given account target region. This url is only for PBS and Replication Latency data */
function percentileTarget_operations_listMetrics(context, resourceGroupName, accountName, targetRegion, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => percentileTarget_operations_listMetricsSend(context, resourceGroupName, accountName, targetRegion, filter, options), percentileTarget_operations_listMetricsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/percentileTarget/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPercentileTarget(context) {
    return {
        listMetrics: (resourceGroupName, accountName, targetRegion, filter, options) => percentileTarget_operations_listMetrics(context, resourceGroupName, accountName, targetRegion, filter, options),
    };
}
function _getPercentileTargetOperations(context) {
    return {
        ..._getPercentileTarget(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/privateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function operations_listByDatabaseAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByDatabaseAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateEndpointConnectionListResultDeserializer(result.body);
}
/** List all private endpoint connections on a Cosmos DB account. */
function operations_listByDatabaseAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByDatabaseAccountSend(context, resourceGroupName, accountName, options), operations_listByDatabaseAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a private endpoint connection with a given name. */
function privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function privateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(parameters),
    });
}
async function privateEndpointConnections_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Approve or reject a private endpoint connection with a given name. */
function privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_createOrUpdateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function privateEndpointConnections_operations_getSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Gets a private endpoint connection. */
async function privateEndpointConnections_operations_get(context, resourceGroupName, accountName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_getSend(context, resourceGroupName, accountName, privateEndpointConnectionName, options);
    return privateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/privateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getPrivateEndpointConnections(context) {
    return {
        listByDatabaseAccount: (resourceGroupName, accountName, options) => operations_listByDatabaseAccount(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options),
        beginDelete: async (resourceGroupName, accountName, privateEndpointConnectionName, options) => {
            const poller = privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, privateEndpointConnectionName, options) => {
            return await privateEndpointConnections_operations_$delete(context, resourceGroupName, accountName, privateEndpointConnectionName, options);
        },
        createOrUpdate: (resourceGroupName, accountName, privateEndpointConnectionName, parameters, options) => privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, accountName, privateEndpointConnectionName, parameters, options) => {
            const poller = privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, accountName, privateEndpointConnectionName, parameters, options) => {
            return await privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, accountName, privateEndpointConnectionName, parameters, options);
        },
        get: (resourceGroupName, accountName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_get(context, resourceGroupName, accountName, privateEndpointConnectionName, options),
    };
}
function _getPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/privateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function privateLinkResources_operations_listByDatabaseAccountSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkResources_operations_listByDatabaseAccountDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateLinkResourceListResultDeserializer(result.body);
}
/** Gets the private link resources that need to be created for a Cosmos DB account. */
function privateLinkResources_operations_listByDatabaseAccount(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => privateLinkResources_operations_listByDatabaseAccountSend(context, resourceGroupName, accountName, options), privateLinkResources_operations_listByDatabaseAccountDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function privateLinkResources_operations_getSend(context, resourceGroupName, accountName, groupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateLinkResources/{groupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        groupName: groupName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkResources_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceDeserializer(result.body);
}
/** Gets the private link resources that need to be created for a Cosmos DB account. */
async function privateLinkResources_operations_get(context, resourceGroupName, accountName, groupName, options = { requestOptions: {} }) {
    const result = await privateLinkResources_operations_getSend(context, resourceGroupName, accountName, groupName, options);
    return privateLinkResources_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/privateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateLinkResources(context) {
    return {
        listByDatabaseAccount: (resourceGroupName, accountName, options) => privateLinkResources_operations_listByDatabaseAccount(context, resourceGroupName, accountName, options),
        get: (resourceGroupName, accountName, groupName, options) => privateLinkResources_operations_get(context, resourceGroupName, accountName, groupName, options),
    };
}
function _getPrivateLinkResourcesOperations(context) {
    return {
        ..._getPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableDatabaseAccounts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableDatabaseAccounts_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/restorableDatabaseAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableDatabaseAccounts_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableDatabaseAccountsListResultDeserializer(result.body);
}
/** Lists all the restorable Azure Cosmos DB database accounts available under the subscription. This call requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/read' permission. */
function restorableDatabaseAccounts_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableDatabaseAccounts_operations_listSend(context, options), restorableDatabaseAccounts_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _listByLocationSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByLocationDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableDatabaseAccountsListResultDeserializer(result.body);
}
/** Lists all the restorable Azure Cosmos DB database accounts available under the subscription and in a region.  This call requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/read' permission. */
function listByLocation(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByLocationSend(context, location, options), _listByLocationDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _getByLocationSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getByLocationDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return restorableDatabaseAccountGetResultDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB restorable database account.  This call requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/read/*' permission. */
async function getByLocation(context, location, instanceId, options = { requestOptions: {} }) {
    const result = await _getByLocationSend(context, location, instanceId, options);
    return _getByLocationDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableDatabaseAccounts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableDatabaseAccounts(context) {
    return {
        list: (options) => restorableDatabaseAccounts_operations_list(context, options),
        listByLocation: (location, options) => listByLocation(context, location, options),
        getByLocation: (location, instanceId, options) => getByLocation(context, location, instanceId, options),
    };
}
function _getRestorableDatabaseAccountsOperations(context) {
    return {
        ..._getRestorableDatabaseAccounts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableGremlinDatabases/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableGremlinDatabases_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableGremlinDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableGremlinDatabases_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableGremlinDatabasesListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB Gremlin databases under the restorable account. This helps in scenario where database was accidentally deleted to get the deletion time. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableGremlinDatabases_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableGremlinDatabases_operations_listSend(context, location, instanceId, options), restorableGremlinDatabases_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableGremlinDatabases/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableGremlinDatabases(context) {
    return {
        list: (location, instanceId, options) => restorableGremlinDatabases_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableGremlinDatabasesOperations(context) {
    return {
        ..._getRestorableGremlinDatabases(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableGremlinGraphs/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableGremlinGraphs_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableGraphs{?api%2Dversion,restorableGremlinDatabaseRid,startTime,endTime}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restorableGremlinDatabaseRid: options?.restorableGremlinDatabaseRid,
        startTime: options?.startTime,
        endTime: options?.endTime,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableGremlinGraphs_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableGremlinGraphsListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB Gremlin graphs under a specific database. This helps in scenario where container was accidentally deleted. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableGremlinGraphs_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableGremlinGraphs_operations_listSend(context, location, instanceId, options), restorableGremlinGraphs_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableGremlinGraphs/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableGremlinGraphs(context) {
    return {
        list: (location, instanceId, options) => restorableGremlinGraphs_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableGremlinGraphsOperations(context) {
    return {
        ..._getRestorableGremlinGraphs(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableGremlinResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableGremlinResources_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableGremlinResources{?api%2Dversion,restoreLocation,restoreTimestampInUtc}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restoreLocation: options?.restoreLocation,
        restoreTimestampInUtc: options?.restoreTimestampInUtc,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableGremlinResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableGremlinResourcesListResultDeserializer(result.body);
}
/** Return a list of gremlin database and graphs combo that exist on the account at the given timestamp and location. This helps in scenarios to validate what resources exist at given timestamp and location. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission. */
function restorableGremlinResources_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableGremlinResources_operations_listSend(context, location, instanceId, options), restorableGremlinResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableGremlinResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableGremlinResources(context) {
    return {
        list: (location, instanceId, options) => restorableGremlinResources_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableGremlinResourcesOperations(context) {
    return {
        ..._getRestorableGremlinResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableMongodbCollections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableMongodbCollections_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableMongodbCollections{?api%2Dversion,restorableMongodbDatabaseRid,startTime,endTime}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restorableMongodbDatabaseRid: options?.restorableMongodbDatabaseRid,
        startTime: options?.startTime,
        endTime: options?.endTime,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableMongodbCollections_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableMongodbCollectionsListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB MongoDB collections under a specific database.  This helps in scenario where container was accidentally deleted.  This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableMongodbCollections_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableMongodbCollections_operations_listSend(context, location, instanceId, options), restorableMongodbCollections_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableMongodbCollections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableMongodbCollections(context) {
    return {
        list: (location, instanceId, options) => restorableMongodbCollections_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableMongodbCollectionsOperations(context) {
    return {
        ..._getRestorableMongodbCollections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableMongodbDatabases/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableMongodbDatabases_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableMongodbDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableMongodbDatabases_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableMongodbDatabasesListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB MongoDB databases under the restorable account.  This helps in scenario where database was accidentally deleted to get the deletion time.  This API requires  'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableMongodbDatabases_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableMongodbDatabases_operations_listSend(context, location, instanceId, options), restorableMongodbDatabases_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableMongodbDatabases/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableMongodbDatabases(context) {
    return {
        list: (location, instanceId, options) => restorableMongodbDatabases_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableMongodbDatabasesOperations(context) {
    return {
        ..._getRestorableMongodbDatabases(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableMongodbResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableMongodbResources_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableMongodbResources{?api%2Dversion,restoreLocation,restoreTimestampInUtc}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restoreLocation: options?.restoreLocation,
        restoreTimestampInUtc: options?.restoreTimestampInUtc,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableMongodbResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableMongodbResourcesListResultDeserializer(result.body);
}
/** Return a list of database and collection combo that exist on the account at the given timestamp and location. This helps in scenarios to validate what resources exist at given timestamp and location. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission. */
function restorableMongodbResources_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableMongodbResources_operations_listSend(context, location, instanceId, options), restorableMongodbResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableMongodbResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableMongodbResources(context) {
    return {
        list: (location, instanceId, options) => restorableMongodbResources_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableMongodbResourcesOperations(context) {
    return {
        ..._getRestorableMongodbResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableSqlContainers/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableSqlContainers_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableSqlContainers{?api%2Dversion,restorableSqlDatabaseRid,startTime,endTime}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restorableSqlDatabaseRid: options?.restorableSqlDatabaseRid,
        startTime: options?.startTime,
        endTime: options?.endTime,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableSqlContainers_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableSqlContainersListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB SQL containers under a specific database.  This helps in scenario where container was accidentally deleted.  This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableSqlContainers_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableSqlContainers_operations_listSend(context, location, instanceId, options), restorableSqlContainers_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableSqlContainers/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableSqlContainers(context) {
    return {
        list: (location, instanceId, options) => restorableSqlContainers_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableSqlContainersOperations(context) {
    return {
        ..._getRestorableSqlContainers(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableSqlDatabases/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableSqlDatabases_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableSqlDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableSqlDatabases_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableSqlDatabasesListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB SQL databases under the restorable account.  This helps in scenario where database was accidentally deleted to get the deletion time.  This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableSqlDatabases_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableSqlDatabases_operations_listSend(context, location, instanceId, options), restorableSqlDatabases_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableSqlDatabases/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableSqlDatabases(context) {
    return {
        list: (location, instanceId, options) => restorableSqlDatabases_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableSqlDatabasesOperations(context) {
    return {
        ..._getRestorableSqlDatabases(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableSqlResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableSqlResources_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableSqlResources{?api%2Dversion,restoreLocation,restoreTimestampInUtc}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restoreLocation: options?.restoreLocation,
        restoreTimestampInUtc: options?.restoreTimestampInUtc,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableSqlResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableSqlResourcesListResultDeserializer(result.body);
}
/** Return a list of database and container combo that exist on the account at the given timestamp and location. This helps in scenarios to validate what resources exist at given timestamp and location. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission. */
function restorableSqlResources_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableSqlResources_operations_listSend(context, location, instanceId, options), restorableSqlResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableSqlResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableSqlResources(context) {
    return {
        list: (location, instanceId, options) => restorableSqlResources_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableSqlResourcesOperations(context) {
    return {
        ..._getRestorableSqlResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableTableResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableTableResources_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableTableResources{?api%2Dversion,restoreLocation,restoreTimestampInUtc}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        restoreLocation: options?.restoreLocation,
        restoreTimestampInUtc: options?.restoreTimestampInUtc,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableTableResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableTableResourcesListResultDeserializer(result.body);
}
/** Return a list of tables that exist on the account at the given timestamp and location. This helps in scenarios to validate what resources exist at given timestamp and location. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission. */
function restorableTableResources_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableTableResources_operations_listSend(context, location, instanceId, options), restorableTableResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableTableResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableTableResources(context) {
    return {
        list: (location, instanceId, options) => restorableTableResources_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableTableResourcesOperations(context) {
    return {
        ..._getRestorableTableResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/restorableTables/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function restorableTables_operations_listSend(context, location, instanceId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/locations/{location}/restorableDatabaseAccounts/{instanceId}/restorableTables{?api%2Dversion,startTime,endTime}", {
        subscriptionId: context.subscriptionId,
        location: location,
        instanceId: instanceId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
        startTime: options?.startTime,
        endTime: options?.endTime,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function restorableTables_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _restorableTablesListResultDeserializer(result.body);
}
/** Show the event feed of all mutations done on all the Azure Cosmos DB Tables. This helps in scenario where table was accidentally deleted. This API requires 'Microsoft.DocumentDB/locations/restorableDatabaseAccounts/.../read' permission */
function restorableTables_operations_list(context, location, instanceId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => restorableTables_operations_listSend(context, location, instanceId, options), restorableTables_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/restorableTables/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getRestorableTables(context) {
    return {
        list: (location, instanceId, options) => restorableTables_operations_list(context, location, instanceId, options),
    };
}
function _getRestorableTablesOperations(context) {
    return {
        ..._getRestorableTables(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/service/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function service_operations_listSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function service_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _serviceResourceListResultDeserializer(result.body);
}
/** Gets the status of service. */
function service_operations_list(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => service_operations_listSend(context, resourceGroupName, accountName, options), service_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function service_operations_$deleteSend(context, resourceGroupName, accountName, serviceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services/{serviceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        serviceName: serviceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function service_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes service with the given serviceName. */
function service_operations_$delete(context, resourceGroupName, accountName, serviceName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, service_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => service_operations_$deleteSend(context, resourceGroupName, accountName, serviceName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function service_operations_createSend(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services/{serviceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        serviceName: serviceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: serviceResourceCreateUpdateParametersSerializer(createUpdateParameters),
    });
}
async function service_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return serviceResourceDeserializer(result.body);
}
/** Creates a service. */
function service_operations_create(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, service_operations_createDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => service_operations_createSend(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function service_operations_getSend(context, resourceGroupName, accountName, serviceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services/{serviceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        serviceName: serviceName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function service_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return serviceResourceDeserializer(result.body);
}
/** Gets the status of service. */
async function service_operations_get(context, resourceGroupName, accountName, serviceName, options = { requestOptions: {} }) {
    const result = await service_operations_getSend(context, resourceGroupName, accountName, serviceName, options);
    return service_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/service/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getService(context) {
    return {
        list: (resourceGroupName, accountName, options) => service_operations_list(context, resourceGroupName, accountName, options),
        delete: (resourceGroupName, accountName, serviceName, options) => service_operations_$delete(context, resourceGroupName, accountName, serviceName, options),
        beginDelete: async (resourceGroupName, accountName, serviceName, options) => {
            const poller = service_operations_$delete(context, resourceGroupName, accountName, serviceName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, accountName, serviceName, options) => {
            return await service_operations_$delete(context, resourceGroupName, accountName, serviceName, options);
        },
        create: (resourceGroupName, accountName, serviceName, createUpdateParameters, options) => service_operations_create(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options),
        beginCreate: async (resourceGroupName, accountName, serviceName, createUpdateParameters, options) => {
            const poller = service_operations_create(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateAndWait: async (resourceGroupName, accountName, serviceName, createUpdateParameters, options) => {
            return await service_operations_create(context, resourceGroupName, accountName, serviceName, createUpdateParameters, options);
        },
        get: (resourceGroupName, accountName, serviceName, options) => service_operations_get(context, resourceGroupName, accountName, serviceName, options),
    };
}
function _getServiceOperations(context) {
    return {
        ..._getService(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/sqlResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listSqlRoleAssignmentsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlRoleAssignmentsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _sqlRoleAssignmentListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB SQL Role Assignments. */
function listSqlRoleAssignments(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlRoleAssignmentsSend(context, resourceGroupName, accountName, options), _listSqlRoleAssignmentsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL Role Assignment. */
function deleteSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlRoleAssignmentDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlRoleAssignmentCreateUpdateParametersSerializer(createUpdateSqlRoleAssignmentParameters),
    });
}
async function _createUpdateSqlRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return sqlRoleAssignmentGetResultsDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB SQL Role Assignment. */
function createUpdateSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlRoleAssignmentDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return sqlRoleAssignmentGetResultsDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB SQL Role Assignment with the given Id. */
async function getSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const result = await _getSqlRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options);
    return _getSqlRoleAssignmentDeserialize(result);
}
function _listSqlRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _sqlRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB SQL Role Definitions. */
function listSqlRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listSqlRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL Role Definition. */
function deleteSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlRoleDefinitionCreateUpdateParametersSerializer(createUpdateSqlRoleDefinitionParameters),
    });
}
async function _createUpdateSqlRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return sqlRoleDefinitionGetResultsDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB SQL Role Definition. */
function createUpdateSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return sqlRoleDefinitionGetResultsDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB SQL Role Definition with the given Id. */
async function getSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getSqlRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options);
    return _getSqlRoleDefinitionDeserialize(result);
}
function _listSqlTriggersSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlTriggersDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sqlTriggerListResultDeserializer(result.body);
}
/** Lists the SQL trigger under an existing Azure Cosmos DB database account. */
function listSqlTriggers(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlTriggersSend(context, resourceGroupName, accountName, databaseName, containerName, options), _listSqlTriggersDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlTriggerDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL trigger. */
function deleteSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlTriggerDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlTriggerCreateUpdateParametersSerializer(createUpdateSqlTriggerParameters),
    });
}
async function _createUpdateSqlTriggerDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlTriggerGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB SQL trigger */
function createUpdateSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlTriggerDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        triggerName: triggerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlTriggerDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlTriggerGetResultsDeserializer(result.body);
}
/** Gets the SQL trigger under an existing Azure Cosmos DB database account. */
async function getSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options = { requestOptions: {} }) {
    const result = await _getSqlTriggerSend(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options);
    return _getSqlTriggerDeserialize(result);
}
function _listSqlUserDefinedFunctionsSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlUserDefinedFunctionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sqlUserDefinedFunctionListResultDeserializer(result.body);
}
/** Lists the SQL userDefinedFunction under an existing Azure Cosmos DB database account. */
function listSqlUserDefinedFunctions(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlUserDefinedFunctionsSend(context, resourceGroupName, accountName, databaseName, containerName, options), _listSqlUserDefinedFunctionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        userDefinedFunctionName: userDefinedFunctionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlUserDefinedFunctionDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL userDefinedFunction. */
function deleteSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlUserDefinedFunctionDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        userDefinedFunctionName: userDefinedFunctionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlUserDefinedFunctionCreateUpdateParametersSerializer(createUpdateSqlUserDefinedFunctionParameters),
    });
}
async function _createUpdateSqlUserDefinedFunctionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlUserDefinedFunctionGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB SQL userDefinedFunction */
function createUpdateSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlUserDefinedFunctionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        userDefinedFunctionName: userDefinedFunctionName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlUserDefinedFunctionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlUserDefinedFunctionGetResultsDeserializer(result.body);
}
/** Gets the SQL userDefinedFunction under an existing Azure Cosmos DB database account. */
async function getSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options = { requestOptions: {} }) {
    const result = await _getSqlUserDefinedFunctionSend(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options);
    return _getSqlUserDefinedFunctionDeserialize(result);
}
function _listSqlStoredProceduresSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlStoredProceduresDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _sqlStoredProcedureListResultDeserializer(result.body);
}
/** Lists the SQL storedProcedure under an existing Azure Cosmos DB database account. */
function listSqlStoredProcedures(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlStoredProceduresSend(context, resourceGroupName, accountName, databaseName, containerName, options), _listSqlStoredProceduresDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        storedProcedureName: storedProcedureName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlStoredProcedureDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL storedProcedure. */
function deleteSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlStoredProcedureDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        storedProcedureName: storedProcedureName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlStoredProcedureCreateUpdateParametersSerializer(createUpdateSqlStoredProcedureParameters),
    });
}
async function _createUpdateSqlStoredProcedureDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlStoredProcedureGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB SQL storedProcedure */
function createUpdateSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlStoredProcedureDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        storedProcedureName: storedProcedureName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlStoredProcedureDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlStoredProcedureGetResultsDeserializer(result.body);
}
/** Gets the SQL storedProcedure under an existing Azure Cosmos DB database account. */
async function getSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options = { requestOptions: {} }) {
    const result = await _getSqlStoredProcedureSend(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options);
    return _getSqlStoredProcedureDeserialize(result);
}
function sqlResources_operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, containerName, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/retrieveContinuousBackupInformation{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: continuousBackupRestoreLocationSerializer(location),
    });
}
async function sqlResources_operations_retrieveContinuousBackupInformationDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return backupInformationDeserializer(result.body);
}
/** Retrieves continuous backup information for a container resource. */
function sqlResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, containerName, location, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, sqlResources_operations_retrieveContinuousBackupInformationDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => sqlResources_operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, databaseName, containerName, location, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listSqlContainersSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlContainersDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sqlContainerListResultDeserializer(result.body);
}
/** Lists the SQL container under an existing Azure Cosmos DB database account. */
function listSqlContainers(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlContainersSend(context, resourceGroupName, accountName, databaseName, options), _listSqlContainersDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlContainerDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL container. */
function deleteSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlContainerDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlContainerCreateUpdateParametersSerializer(createUpdateSqlContainerParameters),
    });
}
async function _createUpdateSqlContainerDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlContainerGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB SQL container */
function createUpdateSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlContainerDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlContainerDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlContainerGetResultsDeserializer(result.body);
}
/** Gets the SQL container under an existing Azure Cosmos DB database account. */
async function getSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const result = await _getSqlContainerSend(context, resourceGroupName, accountName, databaseName, containerName, options);
    return _getSqlContainerDeserialize(result);
}
function _listClientEncryptionKeysSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/clientEncryptionKeys{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listClientEncryptionKeysDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _clientEncryptionKeysListResultDeserializer(result.body);
}
/** Lists the ClientEncryptionKeys under an existing Azure Cosmos DB SQL database. */
function listClientEncryptionKeys(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listClientEncryptionKeysSend(context, resourceGroupName, accountName, databaseName, options), _listClientEncryptionKeysDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _createUpdateClientEncryptionKeySend(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/clientEncryptionKeys/{clientEncryptionKeyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        clientEncryptionKeyName: clientEncryptionKeyName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: clientEncryptionKeyCreateUpdateParametersSerializer(createUpdateClientEncryptionKeyParameters),
    });
}
async function _createUpdateClientEncryptionKeyDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return clientEncryptionKeyGetResultsDeserializer(result.body);
}
/** Create or update a ClientEncryptionKey. This API is meant to be invoked via tools such as the Azure Powershell (instead of directly). */
function createUpdateClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateClientEncryptionKeyDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateClientEncryptionKeySend(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getClientEncryptionKeySend(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/clientEncryptionKeys/{clientEncryptionKeyName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        clientEncryptionKeyName: clientEncryptionKeyName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getClientEncryptionKeyDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return clientEncryptionKeyGetResultsDeserializer(result.body);
}
/** Gets the ClientEncryptionKey under an existing Azure Cosmos DB SQL database. */
async function getClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, options = { requestOptions: {} }) {
    const result = await _getClientEncryptionKeySend(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, options);
    return _getClientEncryptionKeyDeserialize(result);
}
function _migrateSqlContainerToManualThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateSqlContainerToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB SQL container from autoscale to manual throughput */
function migrateSqlContainerToManualThroughput(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateSqlContainerToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateSqlContainerToManualThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateSqlContainerToAutoscaleSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateSqlContainerToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB SQL container from manual throughput to autoscale */
function migrateSqlContainerToAutoscale(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateSqlContainerToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateSqlContainerToAutoscaleSend(context, resourceGroupName, accountName, databaseName, containerName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateSqlContainerThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateSqlContainerThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB SQL container */
function updateSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateSqlContainerThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSqlContainerThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlContainerThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        containerName: containerName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlContainerThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the SQL container under an existing Azure Cosmos DB database account. */
async function getSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, options = { requestOptions: {} }) {
    const result = await _getSqlContainerThroughputSend(context, resourceGroupName, accountName, databaseName, containerName, options);
    return _getSqlContainerThroughputDeserialize(result);
}
function _migrateSqlDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateSqlDatabaseToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB SQL database from autoscale to manual throughput */
function migrateSqlDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateSqlDatabaseToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateSqlDatabaseToManualThroughputSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateSqlDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateSqlDatabaseToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB SQL database from manual throughput to autoscale */
function migrateSqlDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateSqlDatabaseToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateSqlDatabaseToAutoscaleSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateSqlDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateSqlDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB SQL database */
function updateSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateSqlDatabaseThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSqlDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlDatabaseThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the SQL database under an existing Azure Cosmos DB database account with the provided name. */
async function getSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getSqlDatabaseThroughputSend(context, resourceGroupName, accountName, databaseName, options);
    return _getSqlDatabaseThroughputDeserialize(result);
}
function _listSqlDatabasesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSqlDatabasesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sqlDatabaseListResultDeserializer(result.body);
}
/** Lists the SQL databases under an existing Azure Cosmos DB database account. */
function listSqlDatabases(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSqlDatabasesSend(context, resourceGroupName, accountName, options), _listSqlDatabasesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteSqlDatabaseDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB SQL database. */
function deleteSqlDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteSqlDatabaseDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sqlDatabaseCreateUpdateParametersSerializer(createUpdateSqlDatabaseParameters),
    });
}
async function _createUpdateSqlDatabaseDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlDatabaseGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB SQL database */
function createUpdateSqlDatabase(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateSqlDatabaseDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        databaseName: databaseName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getSqlDatabaseDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sqlDatabaseGetResultsDeserializer(result.body);
}
/** Gets the SQL database under an existing Azure Cosmos DB database account with the provided name. */
async function getSqlDatabase(context, resourceGroupName, accountName, databaseName, options = { requestOptions: {} }) {
    const result = await _getSqlDatabaseSend(context, resourceGroupName, accountName, databaseName, options);
    return _getSqlDatabaseDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/sqlResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getSqlResources(context) {
    return {
        listSqlRoleAssignments: (resourceGroupName, accountName, options) => listSqlRoleAssignments(context, resourceGroupName, accountName, options),
        deleteSqlRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => deleteSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        beginDeleteSqlRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            const poller = deleteSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            return await deleteSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
        },
        createUpdateSqlRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options) => createUpdateSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options),
        beginCreateUpdateSqlRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options) => {
            const poller = createUpdateSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options) => {
            return await createUpdateSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateSqlRoleAssignmentParameters, options);
        },
        getSqlRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => getSqlRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        listSqlRoleDefinitions: (resourceGroupName, accountName, options) => listSqlRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteSqlRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => deleteSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        beginDeleteSqlRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            const poller = deleteSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            return await deleteSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
        },
        createUpdateSqlRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options) => createUpdateSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options),
        beginCreateUpdateSqlRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options) => {
            const poller = createUpdateSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options) => {
            return await createUpdateSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateSqlRoleDefinitionParameters, options);
        },
        getSqlRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => getSqlRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        listSqlTriggers: (resourceGroupName, accountName, databaseName, containerName, options) => listSqlTriggers(context, resourceGroupName, accountName, databaseName, containerName, options),
        deleteSqlTrigger: (resourceGroupName, accountName, databaseName, containerName, triggerName, options) => deleteSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options),
        beginDeleteSqlTrigger: async (resourceGroupName, accountName, databaseName, containerName, triggerName, options) => {
            const poller = deleteSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlTriggerAndWait: async (resourceGroupName, accountName, databaseName, containerName, triggerName, options) => {
            return await deleteSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options);
        },
        createUpdateSqlTrigger: (resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options) => createUpdateSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options),
        beginCreateUpdateSqlTrigger: async (resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options) => {
            const poller = createUpdateSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlTriggerAndWait: async (resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options) => {
            return await createUpdateSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, createUpdateSqlTriggerParameters, options);
        },
        getSqlTrigger: (resourceGroupName, accountName, databaseName, containerName, triggerName, options) => getSqlTrigger(context, resourceGroupName, accountName, databaseName, containerName, triggerName, options),
        listSqlUserDefinedFunctions: (resourceGroupName, accountName, databaseName, containerName, options) => listSqlUserDefinedFunctions(context, resourceGroupName, accountName, databaseName, containerName, options),
        deleteSqlUserDefinedFunction: (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options) => deleteSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options),
        beginDeleteSqlUserDefinedFunction: async (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options) => {
            const poller = deleteSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlUserDefinedFunctionAndWait: async (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options) => {
            return await deleteSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options);
        },
        createUpdateSqlUserDefinedFunction: (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options) => createUpdateSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options),
        beginCreateUpdateSqlUserDefinedFunction: async (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options) => {
            const poller = createUpdateSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlUserDefinedFunctionAndWait: async (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options) => {
            return await createUpdateSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, createUpdateSqlUserDefinedFunctionParameters, options);
        },
        getSqlUserDefinedFunction: (resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options) => getSqlUserDefinedFunction(context, resourceGroupName, accountName, databaseName, containerName, userDefinedFunctionName, options),
        listSqlStoredProcedures: (resourceGroupName, accountName, databaseName, containerName, options) => listSqlStoredProcedures(context, resourceGroupName, accountName, databaseName, containerName, options),
        deleteSqlStoredProcedure: (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options) => deleteSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options),
        beginDeleteSqlStoredProcedure: async (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options) => {
            const poller = deleteSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlStoredProcedureAndWait: async (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options) => {
            return await deleteSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options);
        },
        createUpdateSqlStoredProcedure: (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options) => createUpdateSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options),
        beginCreateUpdateSqlStoredProcedure: async (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options) => {
            const poller = createUpdateSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlStoredProcedureAndWait: async (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options) => {
            return await createUpdateSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, createUpdateSqlStoredProcedureParameters, options);
        },
        getSqlStoredProcedure: (resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options) => getSqlStoredProcedure(context, resourceGroupName, accountName, databaseName, containerName, storedProcedureName, options),
        retrieveContinuousBackupInformation: (resourceGroupName, accountName, databaseName, containerName, location, options) => sqlResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, containerName, location, options),
        beginRetrieveContinuousBackupInformation: async (resourceGroupName, accountName, databaseName, containerName, location, options) => {
            const poller = sqlResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, containerName, location, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRetrieveContinuousBackupInformationAndWait: async (resourceGroupName, accountName, databaseName, containerName, location, options) => {
            return await sqlResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, databaseName, containerName, location, options);
        },
        listSqlContainers: (resourceGroupName, accountName, databaseName, options) => listSqlContainers(context, resourceGroupName, accountName, databaseName, options),
        deleteSqlContainer: (resourceGroupName, accountName, databaseName, containerName, options) => deleteSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options),
        beginDeleteSqlContainer: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            const poller = deleteSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlContainerAndWait: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            return await deleteSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options);
        },
        createUpdateSqlContainer: (resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options) => createUpdateSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options),
        beginCreateUpdateSqlContainer: async (resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options) => {
            const poller = createUpdateSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlContainerAndWait: async (resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options) => {
            return await createUpdateSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, createUpdateSqlContainerParameters, options);
        },
        getSqlContainer: (resourceGroupName, accountName, databaseName, containerName, options) => getSqlContainer(context, resourceGroupName, accountName, databaseName, containerName, options),
        listClientEncryptionKeys: (resourceGroupName, accountName, databaseName, options) => listClientEncryptionKeys(context, resourceGroupName, accountName, databaseName, options),
        createUpdateClientEncryptionKey: (resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options) => createUpdateClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options),
        beginCreateUpdateClientEncryptionKey: async (resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options) => {
            const poller = createUpdateClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateClientEncryptionKeyAndWait: async (resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options) => {
            return await createUpdateClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, createUpdateClientEncryptionKeyParameters, options);
        },
        getClientEncryptionKey: (resourceGroupName, accountName, databaseName, clientEncryptionKeyName, options) => getClientEncryptionKey(context, resourceGroupName, accountName, databaseName, clientEncryptionKeyName, options),
        migrateSqlContainerToManualThroughput: (resourceGroupName, accountName, databaseName, containerName, options) => migrateSqlContainerToManualThroughput(context, resourceGroupName, accountName, databaseName, containerName, options),
        beginMigrateSqlContainerToManualThroughput: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            const poller = migrateSqlContainerToManualThroughput(context, resourceGroupName, accountName, databaseName, containerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateSqlContainerToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            return await migrateSqlContainerToManualThroughput(context, resourceGroupName, accountName, databaseName, containerName, options);
        },
        migrateSqlContainerToAutoscale: (resourceGroupName, accountName, databaseName, containerName, options) => migrateSqlContainerToAutoscale(context, resourceGroupName, accountName, databaseName, containerName, options),
        beginMigrateSqlContainerToAutoscale: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            const poller = migrateSqlContainerToAutoscale(context, resourceGroupName, accountName, databaseName, containerName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateSqlContainerToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, containerName, options) => {
            return await migrateSqlContainerToAutoscale(context, resourceGroupName, accountName, databaseName, containerName, options);
        },
        updateSqlContainerThroughput: (resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options) => updateSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options),
        beginUpdateSqlContainerThroughput: async (resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options) => {
            const poller = updateSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateSqlContainerThroughputAndWait: async (resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options) => {
            return await updateSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, updateThroughputParameters, options);
        },
        getSqlContainerThroughput: (resourceGroupName, accountName, databaseName, containerName, options) => getSqlContainerThroughput(context, resourceGroupName, accountName, databaseName, containerName, options),
        migrateSqlDatabaseToManualThroughput: (resourceGroupName, accountName, databaseName, options) => migrateSqlDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateSqlDatabaseToManualThroughput: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateSqlDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateSqlDatabaseToManualThroughputAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateSqlDatabaseToManualThroughput(context, resourceGroupName, accountName, databaseName, options);
        },
        migrateSqlDatabaseToAutoscale: (resourceGroupName, accountName, databaseName, options) => migrateSqlDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options),
        beginMigrateSqlDatabaseToAutoscale: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = migrateSqlDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateSqlDatabaseToAutoscaleAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await migrateSqlDatabaseToAutoscale(context, resourceGroupName, accountName, databaseName, options);
        },
        updateSqlDatabaseThroughput: (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => updateSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options),
        beginUpdateSqlDatabaseThroughput: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            const poller = updateSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateSqlDatabaseThroughputAndWait: async (resourceGroupName, accountName, databaseName, updateThroughputParameters, options) => {
            return await updateSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, updateThroughputParameters, options);
        },
        getSqlDatabaseThroughput: (resourceGroupName, accountName, databaseName, options) => getSqlDatabaseThroughput(context, resourceGroupName, accountName, databaseName, options),
        listSqlDatabases: (resourceGroupName, accountName, options) => listSqlDatabases(context, resourceGroupName, accountName, options),
        deleteSqlDatabase: (resourceGroupName, accountName, databaseName, options) => deleteSqlDatabase(context, resourceGroupName, accountName, databaseName, options),
        beginDeleteSqlDatabase: async (resourceGroupName, accountName, databaseName, options) => {
            const poller = deleteSqlDatabase(context, resourceGroupName, accountName, databaseName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteSqlDatabaseAndWait: async (resourceGroupName, accountName, databaseName, options) => {
            return await deleteSqlDatabase(context, resourceGroupName, accountName, databaseName, options);
        },
        createUpdateSqlDatabase: (resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options) => createUpdateSqlDatabase(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options),
        beginCreateUpdateSqlDatabase: async (resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options) => {
            const poller = createUpdateSqlDatabase(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateSqlDatabaseAndWait: async (resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options) => {
            return await createUpdateSqlDatabase(context, resourceGroupName, accountName, databaseName, createUpdateSqlDatabaseParameters, options);
        },
        getSqlDatabase: (resourceGroupName, accountName, databaseName, options) => getSqlDatabase(context, resourceGroupName, accountName, databaseName, options),
    };
}
function _getSqlResourcesOperations(context) {
    return {
        ..._getSqlResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/api/tableResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listTableRoleAssignmentsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listTableRoleAssignmentsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _tableRoleAssignmentListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Table Role Assignments. */
function listTableRoleAssignments(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listTableRoleAssignmentsSend(context, resourceGroupName, accountName, options), _listTableRoleAssignmentsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteTableRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Table Role Assignment. */
function deleteTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteTableRoleAssignmentDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tableRoleAssignmentResourceSerializer(createUpdateTableRoleAssignmentParameters),
    });
}
async function _createUpdateTableRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableRoleAssignmentResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Table Role Assignment. */
function createUpdateTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateTableRoleAssignmentDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments/{roleAssignmentId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleAssignmentId: roleAssignmentId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getTableRoleAssignmentDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableRoleAssignmentResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Table Role Assignment with the given Id. */
async function getTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options = { requestOptions: {} }) {
    const result = await _getTableRoleAssignmentSend(context, resourceGroupName, accountName, roleAssignmentId, options);
    return _getTableRoleAssignmentDeserialize(result);
}
function _listTableRoleDefinitionsSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listTableRoleDefinitionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _tableRoleDefinitionListResultDeserializer(result.body);
}
/** Retrieves the list of all Azure Cosmos DB Table Role Definitions. */
function listTableRoleDefinitions(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listTableRoleDefinitionsSend(context, resourceGroupName, accountName, options), _listTableRoleDefinitionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteTableRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Table Role Definition. */
function deleteTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteTableRoleDefinitionDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tableRoleDefinitionResourceSerializer(createUpdateTableRoleDefinitionParameters),
    });
}
async function _createUpdateTableRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableRoleDefinitionResourceDeserializer(result.body);
}
/** Creates or updates an Azure Cosmos DB Table Role Definition. */
function createUpdateTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateTableRoleDefinitionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions/{roleDefinitionId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        roleDefinitionId: roleDefinitionId,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getTableRoleDefinitionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableRoleDefinitionResourceDeserializer(result.body);
}
/** Retrieves the properties of an existing Azure Cosmos DB Table Role Definition with the given Id. */
async function getTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options = { requestOptions: {} }) {
    const result = await _getTableRoleDefinitionSend(context, resourceGroupName, accountName, roleDefinitionId, options);
    return _getTableRoleDefinitionDeserialize(result);
}
function tableResources_operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, tableName, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/retrieveContinuousBackupInformation{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: continuousBackupRestoreLocationSerializer(location),
    });
}
async function tableResources_operations_retrieveContinuousBackupInformationDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return backupInformationDeserializer(result.body);
}
/** Retrieves continuous backup information for a table. */
function tableResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, tableName, location, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, tableResources_operations_retrieveContinuousBackupInformationDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => tableResources_operations_retrieveContinuousBackupInformationSend(context, resourceGroupName, accountName, tableName, location, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _listTablesSend(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listTablesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _tableListResultDeserializer(result.body);
}
/** Lists the Tables under an existing Azure Cosmos DB database account. */
function listTables(context, resourceGroupName, accountName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listTablesSend(context, resourceGroupName, accountName, options), _listTablesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-03-15" });
}
function _deleteTableSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteTableDeserialize(result) {
    const expectedStatuses = ["204", "202", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an existing Azure Cosmos DB Table. */
function deleteTable(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _deleteTableDeserialize, ["204", "202", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteTableSend(context, resourceGroupName, accountName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _createUpdateTableSend(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tableCreateUpdateParametersSerializer(createUpdateTableParameters),
    });
}
async function _createUpdateTableDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableGetResultsDeserializer(result.body);
}
/** Create or update an Azure Cosmos DB Table */
function createUpdateTable(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _createUpdateTableDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createUpdateTableSend(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getTableSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getTableDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tableGetResultsDeserializer(result.body);
}
/** Gets the Tables under an existing Azure Cosmos DB database account with the provided name. */
async function getTable(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await _getTableSend(context, resourceGroupName, accountName, tableName, options);
    return _getTableDeserialize(result);
}
function _migrateTableToManualThroughputSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default/migrateToManualThroughput{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateTableToManualThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Table from autoscale to manual throughput */
function migrateTableToManualThroughput(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateTableToManualThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateTableToManualThroughputSend(context, resourceGroupName, accountName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _migrateTableToAutoscaleSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default/migrateToAutoscale{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _migrateTableToAutoscaleDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Migrate an Azure Cosmos DB Table from manual throughput to autoscale */
function migrateTableToAutoscale(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _migrateTableToAutoscaleDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _migrateTableToAutoscaleSend(context, resourceGroupName, accountName, tableName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _updateTableThroughputSend(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: throughputSettingsUpdateParametersSerializer(updateThroughputParameters),
    });
}
async function _updateTableThroughputDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Update RUs per second of an Azure Cosmos DB Table */
function updateTableThroughput(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _updateTableThroughputDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateTableThroughputSend(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-03-15",
    });
}
function _getTableThroughputSend(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        accountName: accountName,
        tableName: tableName,
        "api%2Dversion": context.apiVersion ?? "2026-03-15",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getTableThroughputDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return throughputSettingsGetResultsDeserializer(result.body);
}
/** Gets the RUs per second of the Table under an existing Azure Cosmos DB database account with the provided name. */
async function getTableThroughput(context, resourceGroupName, accountName, tableName, options = { requestOptions: {} }) {
    const result = await _getTableThroughputSend(context, resourceGroupName, accountName, tableName, options);
    return _getTableThroughputDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/classic/tableResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getTableResources(context) {
    return {
        listTableRoleAssignments: (resourceGroupName, accountName, options) => listTableRoleAssignments(context, resourceGroupName, accountName, options),
        deleteTableRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => deleteTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        beginDeleteTableRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            const poller = deleteTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteTableRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, options) => {
            return await deleteTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options);
        },
        createUpdateTableRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options) => createUpdateTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options),
        beginCreateUpdateTableRoleAssignment: async (resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options) => {
            const poller = createUpdateTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateTableRoleAssignmentAndWait: async (resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options) => {
            return await createUpdateTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, createUpdateTableRoleAssignmentParameters, options);
        },
        getTableRoleAssignment: (resourceGroupName, accountName, roleAssignmentId, options) => getTableRoleAssignment(context, resourceGroupName, accountName, roleAssignmentId, options),
        listTableRoleDefinitions: (resourceGroupName, accountName, options) => listTableRoleDefinitions(context, resourceGroupName, accountName, options),
        deleteTableRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => deleteTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        beginDeleteTableRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            const poller = deleteTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteTableRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, options) => {
            return await deleteTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options);
        },
        createUpdateTableRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options) => createUpdateTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options),
        beginCreateUpdateTableRoleDefinition: async (resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options) => {
            const poller = createUpdateTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateTableRoleDefinitionAndWait: async (resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options) => {
            return await createUpdateTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, createUpdateTableRoleDefinitionParameters, options);
        },
        getTableRoleDefinition: (resourceGroupName, accountName, roleDefinitionId, options) => getTableRoleDefinition(context, resourceGroupName, accountName, roleDefinitionId, options),
        retrieveContinuousBackupInformation: (resourceGroupName, accountName, tableName, location, options) => tableResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, tableName, location, options),
        beginRetrieveContinuousBackupInformation: async (resourceGroupName, accountName, tableName, location, options) => {
            const poller = tableResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, tableName, location, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginRetrieveContinuousBackupInformationAndWait: async (resourceGroupName, accountName, tableName, location, options) => {
            return await tableResources_operations_retrieveContinuousBackupInformation(context, resourceGroupName, accountName, tableName, location, options);
        },
        listTables: (resourceGroupName, accountName, options) => listTables(context, resourceGroupName, accountName, options),
        deleteTable: (resourceGroupName, accountName, tableName, options) => deleteTable(context, resourceGroupName, accountName, tableName, options),
        beginDeleteTable: async (resourceGroupName, accountName, tableName, options) => {
            const poller = deleteTable(context, resourceGroupName, accountName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteTableAndWait: async (resourceGroupName, accountName, tableName, options) => {
            return await deleteTable(context, resourceGroupName, accountName, tableName, options);
        },
        createUpdateTable: (resourceGroupName, accountName, tableName, createUpdateTableParameters, options) => createUpdateTable(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options),
        beginCreateUpdateTable: async (resourceGroupName, accountName, tableName, createUpdateTableParameters, options) => {
            const poller = createUpdateTable(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateUpdateTableAndWait: async (resourceGroupName, accountName, tableName, createUpdateTableParameters, options) => {
            return await createUpdateTable(context, resourceGroupName, accountName, tableName, createUpdateTableParameters, options);
        },
        getTable: (resourceGroupName, accountName, tableName, options) => getTable(context, resourceGroupName, accountName, tableName, options),
        migrateTableToManualThroughput: (resourceGroupName, accountName, tableName, options) => migrateTableToManualThroughput(context, resourceGroupName, accountName, tableName, options),
        beginMigrateTableToManualThroughput: async (resourceGroupName, accountName, tableName, options) => {
            const poller = migrateTableToManualThroughput(context, resourceGroupName, accountName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateTableToManualThroughputAndWait: async (resourceGroupName, accountName, tableName, options) => {
            return await migrateTableToManualThroughput(context, resourceGroupName, accountName, tableName, options);
        },
        migrateTableToAutoscale: (resourceGroupName, accountName, tableName, options) => migrateTableToAutoscale(context, resourceGroupName, accountName, tableName, options),
        beginMigrateTableToAutoscale: async (resourceGroupName, accountName, tableName, options) => {
            const poller = migrateTableToAutoscale(context, resourceGroupName, accountName, tableName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginMigrateTableToAutoscaleAndWait: async (resourceGroupName, accountName, tableName, options) => {
            return await migrateTableToAutoscale(context, resourceGroupName, accountName, tableName, options);
        },
        updateTableThroughput: (resourceGroupName, accountName, tableName, updateThroughputParameters, options) => updateTableThroughput(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options),
        beginUpdateTableThroughput: async (resourceGroupName, accountName, tableName, updateThroughputParameters, options) => {
            const poller = updateTableThroughput(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateTableThroughputAndWait: async (resourceGroupName, accountName, tableName, updateThroughputParameters, options) => {
            return await updateTableThroughput(context, resourceGroupName, accountName, tableName, updateThroughputParameters, options);
        },
        getTableThroughput: (resourceGroupName, accountName, tableName, options) => getTableThroughput(context, resourceGroupName, accountName, tableName, options),
    };
}
function _getTableResourcesOperations(context) {
    return {
        ..._getTableResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/cosmosDBManagementClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.










































class CosmosDBManagementClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** Azure Cosmos DB Throughput Pool REST API */
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
        const userAgentPrefix = prefixFromOptions
            ? `${prefixFromOptions} azsdk-js-client`
            : `azsdk-js-client`;
        this._client = createCosmosDBManagement(credential, subscriptionId ?? "", {
            ...options,
            userAgentOptions: { userAgentPrefix },
        });
        this.pipeline = this._client.pipeline;
        this.fleetspaceAccount = _getFleetspaceAccountOperations(this._client);
        this.fleetspace = _getFleetspaceOperations(this._client);
        this.fleet = _getFleetOperations(this._client);
        this.mongoMIResources = _getMongoMIResourcesOperations(this._client);
        this.service = _getServiceOperations(this._client);
        this.restorableTableResources = _getRestorableTableResourcesOperations(this._client);
        this.restorableTables = _getRestorableTablesOperations(this._client);
        this.restorableGremlinResources = _getRestorableGremlinResourcesOperations(this._client);
        this.restorableGremlinGraphs = _getRestorableGremlinGraphsOperations(this._client);
        this.restorableGremlinDatabases = _getRestorableGremlinDatabasesOperations(this._client);
        this.restorableMongodbResources = _getRestorableMongodbResourcesOperations(this._client);
        this.restorableMongodbCollections = _getRestorableMongodbCollectionsOperations(this._client);
        this.restorableMongodbDatabases = _getRestorableMongodbDatabasesOperations(this._client);
        this.restorableSqlResources = _getRestorableSqlResourcesOperations(this._client);
        this.restorableSqlContainers = _getRestorableSqlContainersOperations(this._client);
        this.restorableSqlDatabases = _getRestorableSqlDatabasesOperations(this._client);
        this.restorableDatabaseAccounts = _getRestorableDatabaseAccountsOperations(this._client);
        this.cassandraDataCenters = _getCassandraDataCentersOperations(this._client);
        this.cassandraClusters = _getCassandraClustersOperations(this._client);
        this.locations = _getLocationsOperations(this._client);
        this.partitionKeyRangeIdRegion = _getPartitionKeyRangeIdRegionOperations(this._client);
        this.partitionKeyRangeId = _getPartitionKeyRangeIdOperations(this._client);
        this.collectionPartition = _getCollectionPartitionOperations(this._client);
        this.collectionPartitionRegion = _getCollectionPartitionRegionOperations(this._client);
        this.percentile = _getPercentileOperations(this._client);
        this.percentileTarget = _getPercentileTargetOperations(this._client);
        this.percentileSourceTarget = _getPercentileSourceTargetOperations(this._client);
        this.databaseAccountRegion = _getDatabaseAccountRegionOperations(this._client);
        this.collectionRegion = _getCollectionRegionOperations(this._client);
        this.collection = _getCollectionOperations(this._client);
        this.database = _getDatabaseOperations(this._client);
        this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
        this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
        this.notebookWorkspaces = _getNotebookWorkspacesOperations(this._client);
        this.gremlinResources = _getGremlinResourcesOperations(this._client);
        this.cassandraResources = _getCassandraResourcesOperations(this._client);
        this.tableResources = _getTableResourcesOperations(this._client);
        this.mongoDBResources = _getMongoDBResourcesOperations(this._client);
        this.sqlResources = _getSqlResourcesOperations(this._client);
        this.databaseAccounts = _getDatabaseAccountsOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
    }
    /** The operation groups for fleetspaceAccount */
    fleetspaceAccount;
    /** The operation groups for fleetspace */
    fleetspace;
    /** The operation groups for fleet */
    fleet;
    /** The operation groups for mongoMIResources */
    mongoMIResources;
    /** The operation groups for service */
    service;
    /** The operation groups for restorableTableResources */
    restorableTableResources;
    /** The operation groups for restorableTables */
    restorableTables;
    /** The operation groups for restorableGremlinResources */
    restorableGremlinResources;
    /** The operation groups for restorableGremlinGraphs */
    restorableGremlinGraphs;
    /** The operation groups for restorableGremlinDatabases */
    restorableGremlinDatabases;
    /** The operation groups for restorableMongodbResources */
    restorableMongodbResources;
    /** The operation groups for restorableMongodbCollections */
    restorableMongodbCollections;
    /** The operation groups for restorableMongodbDatabases */
    restorableMongodbDatabases;
    /** The operation groups for restorableSqlResources */
    restorableSqlResources;
    /** The operation groups for restorableSqlContainers */
    restorableSqlContainers;
    /** The operation groups for restorableSqlDatabases */
    restorableSqlDatabases;
    /** The operation groups for restorableDatabaseAccounts */
    restorableDatabaseAccounts;
    /** The operation groups for cassandraDataCenters */
    cassandraDataCenters;
    /** The operation groups for cassandraClusters */
    cassandraClusters;
    /** The operation groups for locations */
    locations;
    /** The operation groups for partitionKeyRangeIdRegion */
    partitionKeyRangeIdRegion;
    /** The operation groups for partitionKeyRangeId */
    partitionKeyRangeId;
    /** The operation groups for collectionPartition */
    collectionPartition;
    /** The operation groups for collectionPartitionRegion */
    collectionPartitionRegion;
    /** The operation groups for percentile */
    percentile;
    /** The operation groups for percentileTarget */
    percentileTarget;
    /** The operation groups for percentileSourceTarget */
    percentileSourceTarget;
    /** The operation groups for databaseAccountRegion */
    databaseAccountRegion;
    /** The operation groups for collectionRegion */
    collectionRegion;
    /** The operation groups for collection */
    collection;
    /** The operation groups for database */
    database;
    /** The operation groups for privateLinkResources */
    privateLinkResources;
    /** The operation groups for privateEndpointConnections */
    privateEndpointConnections;
    /** The operation groups for notebookWorkspaces */
    notebookWorkspaces;
    /** The operation groups for gremlinResources */
    gremlinResources;
    /** The operation groups for cassandraResources */
    cassandraResources;
    /** The operation groups for tableResources */
    tableResources;
    /** The operation groups for mongoDBResources */
    mongoDBResources;
    /** The operation groups for sqlResources */
    sqlResources;
    /** The operation groups for databaseAccounts */
    databaseAccounts;
    /** The operation groups for operations */
    operations;
}
//# sourceMappingURL=cosmosDBManagementClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/restorePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

















/**
 * Creates a poller from the serialized state of another poller. This can be
 * useful when you want to create pollers on a different host or a poller
 * needs to be constructed after the original one is not in scope.
 */
function restorePoller(client, serializedState, sourceOperation, options) {
    const pollerConfig = deserializeState(serializedState).config;
    const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
    if (!initialRequestUrl || !requestMethod) {
        throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
    }
    const resourceLocationConfig = metadata?.["resourceLocationConfig"];
    const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
    const deserializeHelper = options?.processResponseBody ?? deserializer;
    if (!deserializeHelper) {
        throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
    }
    const apiVersion = getApiVersionFromUrl(initialRequestUrl);
    return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        resourceLocationConfig,
        restoreFrom: serializedState,
        initialRequestUrl,
        apiVersion,
    });
}
const deserializeMap = {
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts/{fleetspaceAccountName}": { deserializer: fleetspaceAccount_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}/fleetspaceAccounts/{fleetspaceAccountName}": { deserializer: fleetspaceAccount_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}": { deserializer: fleetspace_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}": { deserializer: fleetspace_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}/fleetspaces/{fleetspaceName}": { deserializer: operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/fleets/{fleetName}": { deserializer: fleet_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments/{roleAssignmentId}": {
        deserializer: _deleteMongoMIRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleAssignments/{roleAssignmentId}": {
        deserializer: _createUpdateMongoMIRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions/{roleDefinitionId}": {
        deserializer: _deleteMongoMIRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongoMIRoleDefinitions/{roleDefinitionId}": {
        deserializer: _createUpdateMongoMIRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services/{serviceName}": { deserializer: service_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/services/{serviceName}": { deserializer: service_operations_createDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}": {
        deserializer: operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}": {
        deserializer: operations_updateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/dataCenters/{dataCenterName}": { deserializer: operations_createUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/start": { deserializer: _startDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/deallocate": { deserializer: _deallocateDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}/invokeCommand": { deserializer: _invokeCommandDeserialize, expectedStatuses: ["202", "200", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}": { deserializer: _$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}": { deserializer: _updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/cassandraClusters/{clusterName}": {
        deserializer: _createUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: privateEndpointConnections_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}": { deserializer: privateEndpointConnections_operations_createOrUpdateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}/start": { deserializer: operations_startDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}/regenerateAuthToken": { deserializer: _regenerateAuthTokenDeserialize, expectedStatuses: ["202", "200", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}": {
        deserializer: notebookWorkspaces_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/notebookWorkspaces/{notebookWorkspaceName}": {
        deserializer: operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments/{roleAssignmentId}": {
        deserializer: _deleteGremlinRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleAssignments/{roleAssignmentId}": {
        deserializer: _createUpdateGremlinRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions/{roleDefinitionId}": {
        deserializer: _deleteGremlinRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinRoleDefinitions/{roleDefinitionId}": {
        deserializer: _createUpdateGremlinRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/retrieveContinuousBackupInformation": {
        deserializer: _retrieveContinuousBackupInformationDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}": { deserializer: _deleteGremlinGraphDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}": { deserializer: _createUpdateGremlinGraphDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}": { deserializer: _deleteGremlinDatabaseDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}": {
        deserializer: _createUpdateGremlinDatabaseDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateGremlinGraphToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateGremlinGraphToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/graphs/{graphName}/throughputSettings/default": {
        deserializer: _updateGremlinGraphThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateGremlinDatabaseToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateGremlinDatabaseToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/gremlinDatabases/{databaseName}/throughputSettings/default": {
        deserializer: _updateGremlinDatabaseThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments/{roleAssignmentId}": {
        deserializer: _deleteCassandraRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleAssignments/{roleAssignmentId}": {
        deserializer: _createUpdateCassandraRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions/{roleDefinitionId}": {
        deserializer: _deleteCassandraRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraRoleDefinitions/{roleDefinitionId}": {
        deserializer: _createUpdateCassandraRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}": { deserializer: _deleteCassandraTableDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}": {
        deserializer: _createUpdateCassandraTableDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}": { deserializer: _deleteCassandraKeyspaceDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}": {
        deserializer: _createUpdateCassandraKeyspaceDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateCassandraTableToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateCassandraTableToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/tables/{tableName}/throughputSettings/default": {
        deserializer: _updateCassandraTableThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateCassandraKeyspaceToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateCassandraKeyspaceToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/cassandraKeyspaces/{keyspaceName}/throughputSettings/default": {
        deserializer: _updateCassandraKeyspaceThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments/{roleAssignmentId}": {
        deserializer: _deleteTableRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleAssignments/{roleAssignmentId}": {
        deserializer: _createUpdateTableRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions/{roleDefinitionId}": {
        deserializer: _deleteTableRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tableRoleDefinitions/{roleDefinitionId}": {
        deserializer: _createUpdateTableRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/retrieveContinuousBackupInformation": {
        deserializer: tableResources_operations_retrieveContinuousBackupInformationDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}": { deserializer: _deleteTableDeserialize, expectedStatuses: ["204", "202", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}": { deserializer: _createUpdateTableDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateTableToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default/migrateToAutoscale": { deserializer: _migrateTableToAutoscaleDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/tables/{tableName}/throughputSettings/default": { deserializer: _updateTableThroughputDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions/{mongoUserDefinitionId}": {
        deserializer: _deleteMongoUserDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbUserDefinitions/{mongoUserDefinitionId}": {
        deserializer: _createUpdateMongoUserDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions/{mongoRoleDefinitionId}": {
        deserializer: _deleteMongoRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbRoleDefinitions/{mongoRoleDefinitionId}": {
        deserializer: _createUpdateMongoRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/retrieveContinuousBackupInformation": {
        deserializer: operations_retrieveContinuousBackupInformationDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}": { deserializer: _deleteMongoDBCollectionDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}": {
        deserializer: _createUpdateMongoDBCollectionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}": { deserializer: _deleteMongoDBDatabaseDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}": {
        deserializer: _createUpdateMongoDBDatabaseDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateMongoDBCollectionToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateMongoDBCollectionToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default": {
        deserializer: _updateMongoDBCollectionThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateMongoDBDatabaseToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateMongoDBDatabaseToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default": {
        deserializer: _updateMongoDBDatabaseThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}": { deserializer: _deleteSqlRoleAssignmentDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}": {
        deserializer: _createUpdateSqlRoleAssignmentDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions/{roleDefinitionId}": { deserializer: _deleteSqlRoleDefinitionDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleDefinitions/{roleDefinitionId}": {
        deserializer: _createUpdateSqlRoleDefinitionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}": { deserializer: _deleteSqlTriggerDeserialize, expectedStatuses: ["204", "202", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}": { deserializer: _createUpdateSqlTriggerDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}": {
        deserializer: _deleteSqlUserDefinedFunctionDeserialize,
        expectedStatuses: ["204", "202", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}": {
        deserializer: _createUpdateSqlUserDefinedFunctionDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}": { deserializer: _deleteSqlStoredProcedureDeserialize, expectedStatuses: ["204", "202", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}": {
        deserializer: _createUpdateSqlStoredProcedureDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/retrieveContinuousBackupInformation": {
        deserializer: sqlResources_operations_retrieveContinuousBackupInformationDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}": { deserializer: _deleteSqlContainerDeserialize, expectedStatuses: ["204", "202", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}": { deserializer: _createUpdateSqlContainerDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/clientEncryptionKeys/{clientEncryptionKeyName}": {
        deserializer: _createUpdateClientEncryptionKeyDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateSqlContainerToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateSqlContainerToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default": {
        deserializer: _updateSqlContainerThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default/migrateToManualThroughput": {
        deserializer: _migrateSqlDatabaseToManualThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default/migrateToAutoscale": {
        deserializer: _migrateSqlDatabaseToAutoscaleDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default": {
        deserializer: _updateSqlDatabaseThroughputDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}": { deserializer: _deleteSqlDatabaseDeserialize, expectedStatuses: ["204", "202", "200"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}": { deserializer: _createUpdateSqlDatabaseDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/regenerateKey": { deserializer: _regenerateKeyDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/onlineRegion": { deserializer: _onlineRegionDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/offlineRegion": { deserializer: _offlineRegionDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/failoverPriorityChange": {
        deserializer: _failoverPriorityChangeDeserialize,
        expectedStatuses: ["202", "204", "200", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}": { deserializer: databaseAccounts_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}": { deserializer: databaseAccounts_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}": {
        deserializer: _createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
};
function getDeserializationHelper(urlStr, method) {
    const path = new URL(urlStr).pathname;
    const pathParts = path.split("/");
    // Traverse list to match the longest candidate
    // matchedLen: the length of candidate path
    // matchedValue: the matched status code array
    let matchedLen = -1, matchedValue;
    // Iterate the responseMap to find a match
    for (const [key, value] of Object.entries(deserializeMap)) {
        // Extracting the path from the map key which is in format
        // GET /path/foo
        if (!key.startsWith(method)) {
            continue;
        }
        const candidatePath = getPathFromMapKey(key);
        // Get each part of the url path
        const candidateParts = candidatePath.split("/");
        // track if we have found a match to return the values found.
        let found = true;
        for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
            if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
                const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
                // If the current part of the candidate is a "template" part
                // Try to use the suffix of pattern to match the path
                // {guid} ==> $
                // {guid}:export ==> :export$
                const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(pathParts[j] || "");
                if (!isMatched) {
                    found = false;
                    break;
                }
                continue;
            }
            // If the candidate part is not a template and
            // the parts don't match mark the candidate as not found
            // to move on with the next candidate path.
            if (candidateParts[i] !== pathParts[j]) {
                found = false;
                break;
            }
        }
        // We finished evaluating the current candidate parts
        // Update the matched value if and only if we found the longer pattern
        if (found && candidatePath.length > matchedLen) {
            matchedLen = candidatePath.length;
            matchedValue = value;
        }
    }
    return matchedValue;
}
function getPathFromMapKey(mapKey) {
    const pathStart = mapKey.indexOf("/");
    return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
    const url = new URL(urlStr);
    return url.searchParams.get("api-version") ?? undefined;
}
//# sourceMappingURL=restorePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-cosmosdb/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






//# sourceMappingURL=index.js.map

/***/ })

};
