export const id = 550;
export const ids = [550];
export const modules = {

/***/ 8550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseLockOfRun: () => (/* binding */ releaseLockOfRun)
});

;// CONCATENATED MODULE: ./src/clouds.ts
const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const CLOUDS = {
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
};

;// CONCATENATED MODULE: ./src/cosmos/endpoint-kind.ts
/**
 * What an account endpoint's host name says about the account: which API it serves and which
 * Azure cloud it lives in. The action speaks the NoSQL API only; the other APIs have hosts of
 * their own (the private endpoint DNS zones of learn.microsoft.com's "Azure Private Endpoint DNS
 * configuration" list them per cloud), so a wrong endpoint can be refused before any network call.
 */

/** The Cosmos DB APIs that are not NoSQL, by the label in their host names. */
const OTHER_APIS = {
    mongo: 'API for MongoDB',
    mongocluster: 'MongoDB vCore',
    table: 'API for Table',
    cassandra: 'API for Apache Cassandra',
    gremlin: 'API for Apache Gremlin',
    analytics: 'analytical store'
};
/** `<account>.<api>.cosmos.azure.com` and the older `<account>.<api>.cosmosdb.azure.com`. */
const OTHER_API_HOST = /^[^.]+\.([a-z]+)\.cosmos(?:db)?\.azure\.(?:com|us|cn)$/i;
/** The port the API for MongoDB (RU) listens on under `documents.azure.com` for older accounts. */
const MONGO_WIRE_PORT = '10255';
/** Why this endpoint is not a NoSQL account of `cloud`, or undefined when nothing says so. */
function endpointProblem(url, cloud) {
    const host = url.hostname.toLowerCase();
    const api = OTHER_API_HOST.exec(host)?.[1]?.toLowerCase();
    if (api !== undefined && OTHER_APIS[api] !== undefined)
        return `is an account of the Cosmos DB ${OTHER_APIS[api]} (${host}); this action speaks the NoSQL API only, whose endpoints are https://<account>.documents.azure.com:443/`;
    if (url.port === MONGO_WIRE_PORT)
        return `has port ${MONGO_WIRE_PORT}, the MongoDB wire protocol port; this action speaks the NoSQL API only, on https://<account>.documents.azure.com:443/`;
    const owner = cloudOfHost(host);
    if (owner !== undefined && owner !== cloud)
        return `is an account in ${owner} (${CLOUDS[owner].cosmosDomain}), but 'cloud' is ${cloud}: set 'cloud: ${owner}' so that Entra, the token audience and ARM are that cloud's`;
    return undefined;
}
/** The cloud whose NoSQL domain the host is in (private link names included). */
function cloudOfHost(host) {
    return CLOUD_NAMES.find((name) => host.endsWith(`.${CLOUDS[name].cosmosDomain}`));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cosmos/resource-id.ts
/** Control characters: never part of a name, and unreadable in a log when they are. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/**
 * True when a value can name a Cosmos DB database, container or document in a request path:
 * no `/ \ ? #`, no control characters, and not `.` or `..`, which a URL resolves as a path
 * (a container `..` would send its writes to the database itself).
 */
function resource_id_isResourceId(value) {
    return (!/[/\\?#]/.test(value) && !CONTROL_CHARACTERS.test(value) && value !== '.' && value !== '..');
}
/** A value for an error message: control characters escaped, at most `max` characters. */
function shown(value, max = 80) {
    const text = CONTROL_CHARACTERS.test(value) ? JSON.stringify(value).slice(1, -1) : value;
    return text.length > max ? `${text.slice(0, max)}… (${value.length} characters)` : text;
}

;// CONCATENATED MODULE: ./src/inputs/problems.ts


/** Pasted account keys and connection strings, wherever they were pasted: never echoed. */
const KEY_MATERIAL = /AccountKey\s*=|AccountEndpoint\s*=/i;
/** The rules inputs are held to, as the problems state them ("it must be …"). */
const RULE = {
    guid: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
    tenant: 'must be the tenant GUID or one of its verified domains (e.g. contoso.onmicrosoft.com)',
    httpsUrl: 'must be an https:// URL with no path, query or credentials',
    database: 'must be 1-255 characters without / \\ # ? or control characters, and not . or ..',
    resourceGroup: 'must be 1-90 letters, digits, and - _ . ( ), not ending with a period',
    accountName: 'must be 3-44 lowercase letters, digits or hyphens, not starting or ending with -',
    audience: 'must be a single token of at most 512 characters without spaces or control characters',
    onMissingOidc: "must be 'fail' or 'skip'",
    roleCheck: "must be 'strict', 'warn' or 'off'",
    seedMode: "must be 'upsert' or 'insert'",
    boolean: "must be 'true' or 'false'",
    path: 'must be a path without control characters',
    container: 'must be a container name of 1-255 characters without / \\ # ? or control characters, and not . or ..',
    seconds: 'must be a whole number of seconds from 0 to 86400',
    propagationWait: 'must be a whole number of seconds from 0 to 3600',
    lockLease: 'must be a whole number of seconds from 1 to 3600',
    maxRunMinutes: 'must be a number of minutes above 0, at most 1440 (decimals allowed: 0.5 is 30 seconds; unset: no limit)',
    shard: "must be this job's part and the number of parts, such as 2/4 (from 1 to the count, at most 100): with a matrix, '${{ matrix.shard }}/4' over shard: [1, 2, 3, 4]",
    ruPerSecond: 'must be a whole number of request units per second (0: no limit)',
    priority: "must be 'high' or 'low'",
    throughputBucket: 'must be a throughput bucket from 1 to 5 (0 or unset: none)',
    cloud: `must be one of ${CLOUD_NAMES.join(', ')}`
};
/** One problem with one input: its name, its value (shown legibly) and the rule it breaks. */
function formatProblem(name, value, rule) {
    // Never echo an account key, whichever input it was pasted into.
    if (KEY_MATERIAL.test(value)) {
        return `'${name}' looks like a connection string with an account key (not shown here): it ${rule}. Remove the key from the workflow, then rotate it, since it has been exposed.`;
    }
    // Long values are cut and control characters escaped: the log shows what is wrong, legibly.
    return `'${name}' is '${shown(value, 100)}': it ${rule}.`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/documents/property-path.ts
/**
 * Property paths into documents, in the two spellings users write them: dotted (`a.b`, in
 * migrations, CSV columns and smoke expectations) and slashed (`/a/b`, partition key paths).
 * Readers and writers of document paths go through here, with the guard against paths that would
 * reach the runner's own objects instead of the document's (callers that word the refusal their
 * own way check `FORBIDDEN_SEGMENTS` first).
 */
/** Segments that would reach `Object.prototype` or a constructor instead of document data. */
const FORBIDDEN_SEGMENTS = new Set([
    '__proto__',
    'constructor',
    'prototype'
]);
/** The segments of a path. */
function property_path_segmentsOf(path) {
    if (typeof path !== 'string')
        return [...path];
    return path.startsWith('/') ? path.split('/').filter(Boolean) : path.split('.');
}
/** True when a path names `__proto__`, `constructor` or `prototype` anywhere. */
function hasForbiddenSegment(path) {
    return property_path_segmentsOf(path).some((segment) => FORBIDDEN_SEGMENTS.has(segment));
}
/**
 * The value at a path, undefined when any step is missing. Only a document's own properties
 * count: `/constructor` of a plain object is absent, not the Object function.
 */
function valueAt(document, path) {
    return property_path_segmentsOf(path).reduce((node, key) => node !== null && typeof node === 'object' && Object.hasOwn(node, key)
        ? node[key]
        : undefined, document);
}
/**
 * Sets the value at a path, making objects of the steps that are missing or are not objects.
 * `replaceArrays` says whether an array on the way is replaced by an object (migrations, where
 * `a.b` means a property) or kept and indexed (canary documents built from key paths).
 * Throws on a forbidden segment: callers check paths when they read them, this is the backstop.
 */
function setAt(document, path, value, options = {}) {
    const keys = property_path_segmentsOf(path);
    if (keys.some((key) => FORBIDDEN_SEGMENTS.has(key)))
        throw new Error(`'${keys.join('.')}' names __proto__, constructor or prototype`);
    let node = document;
    for (const key of keys.slice(0, -1)) {
        const next = node[key];
        const replace = next === null ||
            typeof next !== 'object' ||
            (options.replaceArrays === true && Array.isArray(next));
        if (replace)
            node[key] = {};
        node = node[key];
    }
    const last = keys[keys.length - 1];
    if (last !== undefined)
        node[last] = value;
}
/** Removes the property at a path; nothing happens when a step on the way is missing. */
function deleteAt(document, path) {
    const keys = property_path_segmentsOf(path);
    const parent = keys.length === 1 ? document : valueAt(document, keys.slice(0, -1));
    if (parent !== null && typeof parent === 'object')
        delete parent[keys[keys.length - 1]];
}

;// CONCATENATED MODULE: ./src/cosmos/partition-key.ts

/**
 * A document's partition key for a container's key paths: one value for a single path, an
 * array for hierarchical keys; undefined when any component is missing.
 */
function partition_key_partitionKeyOf(document, paths) {
    const values = paths.map((path) => valueAt(document, path));
    if (values.some((value) => value === undefined))
        return undefined;
    return values.length === 1 ? values[0] : values;
}

;// CONCATENATED MODULE: ./src/shard/index.ts


/** The whole of the work, as a job without `shard` does it. */
const WHOLE = { index: 1, count: 1 };
/** `2/4` as a shard; undefined when it is not one (index from 1 to count, count up to 100). */
function parseShard(text) {
    const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim());
    if (match === null)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS || index < 1 || index > count)
        return undefined;
    return { index, count };
}
/** More parts than a matrix of jobs would sensibly hold (GitHub allows 256 jobs a matrix). */
const MAX_SHARDS = 100;
/**
 * The part (from 1) a document belongs to of `count`: the first four bytes of the SHA-256 of its
 * partition key value and id, as JSON, modulo the count. Ids are unique within a partition key
 * value only, so both are hashed.
 */
function partOf(partitionKey, id, count) {
    if (count <= 1)
        return 1;
    const digest = hash('sha256', JSON.stringify([partitionKey ?? null, id]), 'buffer');
    return (digest.readUInt32BE(0) % count) + 1;
}
/** True when the document with this partition key value and id is the shard's to process. */
function shard_owns(shard, partitionKey, id) {
    return shard.count <= 1 || partOf(partitionKey, id, shard.count) === shard.index;
}
/** True when the document, in a container of these partition key paths, is the shard's. */
function shard_ownsDocument(shard, document, paths) {
    return shard_owns(shard, partitionKeyOf(document, paths), String(document['id']));
}
/** "shard 2 of 4", for logs and the summary. */
function shard_describeShard(shard) {
    return `shard ${shard.index} of ${shard.count}`;
}
/**
 * A shard's share of request units per second: the jobs of a matrix run at once against the same
 * containers, so each keeps to its part of a budget (0, no limit, stays 0).
 */
function shareOf(ruPerSecond, shard) {
    if (ruPerSecond <= 0 || shard.count <= 1)
        return ruPerSecond;
    return Math.max(1, Math.floor(ruPerSecond / shard.count));
}
/** A container's provisioned RU/s as one shard should pace to it: its share. */
function shareOfProvisioned(provisioned, shard) {
    if (provisioned === undefined || shard.count <= 1)
        return provisioned;
    return async (container) => {
        const whole = await provisioned(container);
        return whole === undefined ? undefined : shareOf(whole, shard);
    };
}

;// CONCATENATED MODULE: ./src/inputs/endpoint.ts

/**
 * Validates an https base URL and returns it as `https://host[:port]/`, or records a problem.
 * Values that hold a key or a password are never echoed, and the problem says to rotate them.
 */
function parseEndpoint(field) {
    const { name, value } = field;
    if (KEY_MATERIAL.test(value)) {
        field.report(`'${name}' looks like a connection string with an account key. This action needs no key: ` +
            'give the account endpoint (https://<account>.documents.azure.com:443/) and remove the key ' +
            'from the workflow, then rotate it, since it has been exposed.');
        return undefined;
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        field.problem(`is not a URL; it ${RULE.httpsUrl}`);
        return undefined;
    }
    const refused = refusal(name, url);
    if (refused !== undefined) {
        field.report(refused);
        return undefined;
    }
    if (url.protocol !== 'https:') {
        field.problem(`${RULE.httpsUrl}; Entra tokens are only ever sent over https`);
        return undefined;
    }
    if (url.search !== '' || url.hash !== '' || url.pathname !== '/') {
        field.problem(RULE.httpsUrl);
        return undefined;
    }
    return `${url.origin}/`;
}
/** Problems worded in full because the value must not be shown: it holds a secret. */
function refusal(name, url) {
    if (/^mongodb(\+srv)?:$/.test(url.protocol))
        // A MongoDB connection string holds the account key.
        return (`'${name}' is a MongoDB connection string (not shown here): this action speaks the Cosmos DB NoSQL API only, with no key; ` +
            'give the endpoint of a NoSQL account (https://<account>.documents.azure.com:443/). If the string held a key, rotate it, since it has been exposed.');
    if (url.protocol === 'https:' && (url.username !== '' || url.password !== ''))
        return (`'${name}' holds credentials (user:password@host), not shown here: it ${RULE.httpsUrl}. ` +
            'Remove them from the workflow, then rotate the password, since it has been exposed.');
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/readers.ts



/** A required input: empty records `'name' is required: <hint>.` (a developer may skip some). */
function required(hint, read, options = {}) {
    return (field) => {
        if (field.value === '' && !(options.developerMayOmit === true && field.developer))
            field.absent(`'${field.name}' is required: ${hint}.`);
        return read(field);
    };
}
/** A string that, when set, passes `test`. */
function matching(rule, test) {
    return (field) => {
        if (field.value !== '' && !test(field.value))
            field.problem(rule);
        return field.value;
    };
}
/** An optional string; undefined when unset. */
function optional(read) {
    return (field) => (field.value === '' ? undefined : read(field));
}
/** One of a few lower-case words, compared without case; `fallback` when unset. */
function oneOf(words, fallback, rule) {
    return (field) => {
        const value = (field.value || fallback).toLowerCase();
        if (words.includes(value))
            return value;
        field.problem(rule, value);
        return fallback;
    };
}
/** `true` or `false`, without case; `fallback` when unset. */
function readers_boolean(fallback) {
    const read = oneOf(['true', 'false'], fallback ? 'true' : 'false', RULE.boolean);
    return (field) => read(field) === 'true';
}
/** A whole number within bounds (seconds, request units); `fallback` when unset. */
function wholeNumber(bounds, rule) {
    return (field) => {
        const value = field.value || String(bounds.fallback);
        const number = Number(value);
        if (!/^\d+$/.test(value) || number < (bounds.min ?? 0) || number > bounds.max) {
            field.problem(rule, value);
            return bounds.fallback;
        }
        return number;
    };
}
/** A positive number (decimals allowed) up to `max`; undefined when unset. */
function positiveNumber(max, rule) {
    return (field) => {
        if (field.value === '')
            return undefined;
        const number = Number(field.value);
        if (!/^\d+(\.\d+)?$/.test(field.value) || number <= 0 || number > max) {
            field.problem(rule, field.value);
            return undefined;
        }
        return number;
    };
}
/** A resource name (database, container) of Cosmos DB; `fallback` when unset. */
function resourceName(rule, fallback = '') {
    return (field) => {
        const value = field.value || fallback;
        if (value !== '' && (value.length > 255 || !resource_id_isResourceId(value)))
            field.problem(rule, value);
        return value;
    };
}
/** A path in the workspace: unset, or a path without control characters. */
const path = (field) => {
    if (field.value === '')
        return undefined;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(field.value))
        field.problem(RULE.path);
    return field.value;
};
/** A single token without spaces or control characters (an audience); undefined when unset. */
function token(rule) {
    return (field) => {
        if (field.value === '')
            return undefined;
        if (!/^\S{1,512}$/.test(field.value) || CONTROL_CHARACTERS.test(field.value))
            field.problem(rule);
        return field.value;
    };
}
/** An https base URL, normalised to `https://host[:port]/`; undefined when unset or wrong. */
const endpoint = (field) => field.value === '' ? undefined : parseEndpoint(field);

;// CONCATENATED MODULE: ./src/inputs/table.ts




const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** ARM allows letters and digits of any script (.NET's Char.IsLetterOrDigit), - _ . ( ). */
const RESOURCE_GROUP = /^[-\p{L}\p{Nd}_.()]{1,90}$/u;
const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/;
/** A cloud's name, without case; undefined (with a problem) when it is none of them. */
const cloud = (field) => {
    const value = field.value || 'AzureCloud';
    const name = CLOUD_NAMES.find((known) => known.toLowerCase() === value.toLowerCase());
    if (name === undefined)
        field.problem(RULE.cloud, value);
    return name;
};
/** `index/count` of a matrix's jobs; undefined (the whole work) when unset. */
const shard = (field) => {
    if (field.value === '')
        return undefined;
    const parsed = parseShard(field.value);
    if (parsed === undefined)
        field.problem(RULE.shard, field.value);
    return parsed;
};
/**
 * Every input the action takes, one row each, in action.yml's order (a test keeps the two
 * equal): the row's reader says what the input may hold and what it is when unset. Rules that
 * weigh two inputs together are in `index.ts`.
 */
const INPUT_TABLE = {
    'client-id': required('the application or managed identity client id', matching(RULE.guid, (value) => GUID.test(value)), { developerMayOmit: true }),
    'tenant-id': required('the Microsoft Entra tenant id', matching(RULE.tenant, (value) => GUID.test(value) || DOMAIN.test(value)), {
        developerMayOmit: true
    }),
    endpoint: required('the account endpoint, https://<account>.documents.azure.com:443/', endpoint),
    database: required('the database the job works in', resourceName(RULE.database)),
    cloud,
    audience: token(RULE.audience),
    'authority-host': endpoint,
    'arm-endpoint': endpoint,
    'subscription-id': optional(matching(RULE.guid, (value) => GUID.test(value))),
    'resource-group': optional(matching(RULE.resourceGroup, (value) => RESOURCE_GROUP.test(value) && !value.endsWith('.'))),
    'account-name': optional(matching(RULE.accountName, (value) => ACCOUNT_NAME.test(value))),
    'propagation-wait': wholeNumber({ max: 3600, fallback: 300 }, RULE.propagationWait),
    'on-missing-oidc': oneOf(['fail', 'skip'], 'fail', RULE.onMissingOidc),
    'role-check': oneOf(['strict', 'warn', 'off'], 'strict', RULE.roleCheck),
    seed: path,
    'seed-mode': oneOf(['upsert', 'insert'], 'upsert', RULE.seedMode),
    'seed-ru-per-second': wholeNumber({ max: 1_000_000, fallback: 0 }, RULE.ruPerSecond),
    'seed-record': readers_boolean(false),
    priority: oneOf(['high', 'low'], 'high', RULE.priority),
    'throughput-bucket': wholeNumber({ max: 5, fallback: 0 }, RULE.throughputBucket),
    migrations: path,
    'ledger-container': resourceName(RULE.container, 'migrations'),
    'lock-timeout': wholeNumber({ max: 86_400, fallback: 300 }, RULE.seconds),
    'lock-lease': wholeNumber({ min: 1, max: 3600, fallback: 60 }, RULE.lockLease),
    'allow-destructive': readers_boolean(false),
    'max-run-minutes': positiveNumber(1440, RULE.maxRunMinutes),
    shard,
    smoke: path,
    'dry-run': readers_boolean(false),
    'access-token-output': readers_boolean(false),
    'export-credentials': readers_boolean(true)
};

;// CONCATENATED MODULE: ./src/inputs/index.ts






/** Every input the action takes, as action.yml declares them (a test keeps the two equal). */
const INPUT_NAMES = Object.keys(INPUT_TABLE);
/**
 * Reads every input through its row of the table, then the rules that weigh two inputs
 * together. All problems are collected, each naming the input, the value and the rule, so a
 * user fixes a workflow in one round trip.
 */
function readInputs(read, options = {}) {
    const problems = [];
    const absent = new Set();
    const raw = new Map(INPUT_NAMES.map((name) => [name, read(name).trim()]));
    // Its own problems alone: a run without a token must hear of them without the rest.
    let onMissingProblems = [];
    const values = Object.fromEntries(INPUT_NAMES.map((name) => {
        const before = problems.length;
        const field = fieldOf(name, raw.get(name) ?? '', !!options.developer, problems, absent);
        const value = INPUT_TABLE[name](field);
        if (name === 'on-missing-oidc')
            onMissingProblems = problems.slice(before);
        return [name, value];
    }));
    checkEndpointCloud(values, raw.get('endpoint') ?? '', problems);
    checkArmLocation(values, problems);
    checkShardedRecord(values, problems);
    const assembled = assemble(values, !!options.developer);
    return {
        onMissingOidc: onMissingProblems.length > 0 ? new errors/* InputError */.dz(onMissingProblems) : values['on-missing-oidc'],
        complete: () => {
            if (problems.length > 0)
                throw new errors/* InputError */.dz(problems);
            return assembled;
        },
        checkGiven: () => {
            const given = problems.filter((problem) => !absent.has(problem));
            if (given.length > 0)
                throw new errors/* InputError */.dz(given);
        }
    };
}
/** Reads and validates every input (see readInputs); throws an InputError on any problem. */
function parseInputs(read, options = {}) {
    return readInputs(read, options).complete();
}
function fieldOf(name, value, developer, problems, absent) {
    return {
        name,
        value,
        developer,
        problem: (rule, shownValue = value) => problems.push(formatProblem(name, shownValue, rule)),
        report: (message) => problems.push(message),
        absent: (message) => {
            absent.add(message);
            problems.push(message);
        }
    };
}
/** The inputs as the action uses them, with the defaults that depend on other inputs. */
function assemble(values, developer) {
    const cloud = CLOUDS[values.cloud ?? 'AzureCloud'];
    const endpoint = values.endpoint;
    return {
        clientId: values['client-id'].toLowerCase(),
        tenantId: values['tenant-id'],
        endpoint: endpoint,
        database: values.database,
        cloud,
        audience: values.audience ?? cloud.tokenExchangeAudience,
        authorityHost: values['authority-host'] ?? cloud.authorityHost,
        customAuthority: values['authority-host'] !== undefined,
        armEndpoint: values['arm-endpoint'] ?? cloud.armEndpoint,
        subscriptionId: values['subscription-id']?.toLowerCase(),
        resourceGroup: values['resource-group'],
        accountName: values['account-name'] ?? (endpoint ? (new URL(endpoint).hostname.split('.')[0] ?? '') : ''),
        onMissingOidc: values['on-missing-oidc'],
        propagationWaitMs: values['propagation-wait'] * 1000,
        roleCheck: values['role-check'],
        seed: values.seed,
        seedMode: values['seed-mode'],
        seedRuPerSecond: values['seed-ru-per-second'],
        seedRecord: values['seed-record'],
        priority: values.priority,
        throughputBucket: values['throughput-bucket'] || undefined,
        dryRun: values['dry-run'],
        migrations: values.migrations,
        ledgerContainer: values['ledger-container'],
        lockTimeoutMs: values['lock-timeout'] * 1000,
        lockLeaseMs: values['lock-lease'] * 1000,
        allowDestructive: values['allow-destructive'],
        maxRunMs: values['max-run-minutes'] === undefined ? undefined : values['max-run-minutes'] * 60_000,
        shard: values.shard ?? WHOLE,
        smoke: values.smoke,
        accessTokenOutput: values['access-token-output'],
        // A developer's terminal has no later steps to log in.
        exportCredentials: values['export-credentials'] && !developer
    };
}
/** An endpoint of another cloud's domain, or of another API, is refused before any request. */
function checkEndpointCloud(values, written, problems) {
    if (values.endpoint === undefined)
        return;
    const wrong = endpointProblem(new URL(values.endpoint), values.cloud ?? 'AzureCloud');
    // With a misspelt cloud, advice to set 'cloud' would guess; the cloud's own problem says it.
    if (wrong === undefined || (values.cloud === undefined && /'cloud'/.test(wrong)))
        return;
    problems.push(formatProblem('endpoint', written, wrong));
}
/**
 * A seed record proves a whole container unchanged since the last seed; shards each write a part
 * of it at once, so none of them could record the whole.
 */
function checkShardedRecord(values, problems) {
    if (!values['seed-record'] || (values.shard?.count ?? 1) <= 1)
        return;
    problems.push(`'seed-record' is 'true' with 'shard' set to ${values.shard?.index}/${values.shard?.count}: a seed record speaks for a whole container, which no one shard writes. Leave 'seed-record' unset in sharded jobs (each shard's seed still writes only what changed).`);
}
/** ARM reads role assignments with both or neither of subscription and resource group. */
function checkArmLocation(values, problems) {
    const subscription = values['subscription-id'];
    if ((subscription === undefined) === (values['resource-group'] === undefined))
        return;
    const [given, missing] = subscription === undefined
        ? ['resource-group', 'subscription-id']
        : ['subscription-id', 'resource-group'];
    problems.push(`'${given}' is set but '${missing}' is not: role assignments are read through ARM, which needs both.`);
}

;// CONCATENATED MODULE: ./src/problems.ts

/**
 * Problems found while reading the plan, kept so that all of them are reported in one failure:
 * a user told of one mistake at a time would need a run for each.
 */
class problems_Problems {
    found = [];
    /** Runs a check; an explained failure is kept and undefined returned, anything else thrown. */
    async check(work) {
        try {
            return await work();
        }
        catch (error) {
            // Anything not explained is a fault of ours, not of the input: it stops the run as it is.
            if (!(error instanceof ActionError))
                throw error;
            this.add(error);
            return undefined;
        }
    }
    /** Keeps an explained failure; one already kept (the same message) is not repeated. */
    add(error) {
        if (error instanceof ProblemsError)
            error.problems.forEach((problem) => this.add(problem));
        else if (!this.found.some((known) => known.message === error.message))
            this.found.push(error);
    }
    get any() {
        return this.found.length > 0;
    }
    /** Throws what was found: one problem as it is, several together. */
    throwIfAny() {
        if (this.found.length === 1)
            throw this.found[0];
        if (this.found.length > 1)
            throw new ProblemsError(this.found);
    }
}
/**
 * Several problems in one failure, each on its own line with its file and line; the first that
 * names a file and line is the one annotated.
 */
class ProblemsError extends errors/* ActionError */.lZ {
    problems;
    constructor(problems) {
        const located = problems.find((problem) => problem.location !== undefined)?.location;
        super(`${problems.length} problems, each to fix:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`, located === undefined ? undefined : { location: located });
        this.problems = problems;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/yaml/index.ts


/**
 * Parses `text`, refusing duplicate keys; a syntax error throws at once, naming the line and
 * the parser's first line of explanation ("not valid YAML: …", or `what` instead of YAML).
 */
function yaml_parseYamlFile(path, text, what = 'YAML') {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const lineOf = (node) => lines.linePos(node?.range?.[0] ?? 0).line;
    const fail = (at, problem) => {
        const line = typeof at === 'number' ? at : lineOf(at);
        throw new ActionError(`${path}:${line}: ${problem}`, { location: { file: path, line } });
    };
    const syntax = document.errors[0];
    if (syntax)
        fail(syntax.linePos?.[0]?.line ?? 1, `not valid ${what}: ${syntax.message.split('\n')[0]}`);
    return { path, document, lineOf, fail };
}
/**
 * The first `<<` merge key in a document, if any. YAML 1.2, which files are read as, has no
 * merge keys: a plain `<<` is an ordinary key there, so a reader that wants to refuse what the
 * writer surely meant as a merge looks for it here. A quoted `'<<'` is a key like any other.
 */
function firstMergeKey(document) {
    let found;
    visit(document, {
        Pair: (_, pair) => {
            const key = pair.key;
            if (!isScalar(key) || key.value !== '<<' || key.type !== Scalar.PLAIN)
                return undefined;
            found = key;
            return visit.BREAK;
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/cosmos/transient.ts

/** What Cosmos DB adds to every document; user properties may start with `_` too. */
const SYSTEM_PROPERTIES = new Set([
    '_rid',
    '_self',
    '_etag',
    '_attachments',
    '_ts',
    '_lsn'
]);
/** A document without the system properties Cosmos DB adds (to compare, or to write back). */
function transient_withoutSystemProperties(document) {
    // Seed files rarely carry them: a copy of every document would only make garbage.
    if (!Object.keys(document).some((key) => SYSTEM_PROPERTIES.has(key)))
        return document;
    const copy = {};
    for (const [key, value] of Object.entries(document)) {
        if (!SYSTEM_PROPERTIES.has(key))
            copy[key] = value;
    }
    return copy;
}
/** Statuses worth another try: timeout, throttling, retry-with, unavailable. */
const TRANSIENT_STATUSES = new Set([408, 429, 449, 503]);
/**
 * 410 Gone sub-statuses for a partition key range that split, merged or moved, or a stale name
 * cache (1000, 1002, 1007, 1008): the SDK's bulk retries take these as passing
 * (bulkExecutionRetryPolicy.js), and a later try finds the range's successor.
 */
const MOVING_RANGE_SUBSTATUSES = new Set([1000, 1002, 1007, 1008]);
/** True for failures the SDK gave up on that a later try may get through: throttling, resets. */
function transient_isTransientCosmosError(error) {
    const { code, substatus } = (error ?? {});
    return (TRANSIENT_STATUSES.has(Number(code)) ||
        (Number(code) === 410 && MOVING_RANGE_SUBSTATUSES.has(Number(substatus))) ||
        code === 'TimeoutError' || // the SDK's own request timeout
        /ECONNRESET|socket hang up|ETIMEDOUT/.test(describeError(error)));
}
/** The wait before attempt `attempt + 1`: exponential from `baseMs`, at most 10 s. */
function transient_backoffMs(attempt, baseMs) {
    return Math.min(10_000, baseMs * 2 ** attempt);
}
/**
 * The retry policies, named by the work they serve, in one place so that they can be compared.
 * Each is on top of the SDK's own retries (nine throttles, 30 s), for faults that outlast them.
 */
const transient_RETRY_POLICIES = {
    /** Seeding: bulk rounds re-send what was throttled; losing a round would stop the seed. */
    seeding: { retries: 8, baseMs: 200 },
    /** Migration helpers: each request is idempotent, so a passing fault must not fail a migration. */
    migrationHelpers: { retries: 5, baseMs: 250 },
    /** Ledger writes ride out throttling: losing one after a long migration would re-run it. */
    ledger: { retries: 8, baseMs: 500 },
    /** Smoke checks: short waits, so that a check's latency figures stay about the check. */
    smoke: { retries: 6, baseMs: 100 }
};
/**
 * Runs `work` again on transient failures, waiting the service's retry-after when it gave one,
 * else an exponential backoff from `baseMs` (at most 10 s); other failures are thrown at once.
 */
async function transient_retryTransient(work, options) {
    for (let attempt = 0;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (!transient_isTransientCosmosError(error))
                throw error;
            if (attempt >= options.retries)
                throw stillFailing(error, attempt + 1);
            const retryAfter = error.retryAfterInMs;
            await options.sleep(typeof retryAfter === 'number' && retryAfter > 0
                ? retryAfter
                : transient_backoffMs(attempt, options.baseMs));
        }
    }
}
/**
 * The last transient failure, saying that it went on: a reset or a 503 on its own reads like a
 * blip, not like an account that kept failing. Keeps the status and substatus for explanations.
 */
function stillFailing(error, attempts) {
    const wrapped = new Error(`${describeError(error)} (still failing after ${attempts} attempts)`, {
        cause: error
    });
    for (const key of ['code', 'substatus', 'statusCode', 'headers', 'retryAfterInMs']) {
        const value = error?.[key];
        if (value !== undefined)
            wrapped[key] = value;
    }
    return wrapped;
}

;// CONCATENATED MODULE: ./src/migrate/operations/body.ts



/** A property path such as `a.b.c` (no leading slash); used by patch, rename and remove. */
const PROPERTY = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
/** The id and what Cosmos DB adds to every document are never migrated this way. */
const RESERVED = new Set(['id', ...SYSTEM_PROPERTIES]);
/** Why a property path cannot be migrated, or undefined when it can. */
function pathProblem(path) {
    if (typeof path !== 'string' || !PROPERTY.test(path))
        return "is not a property path such as 'a.b'";
    if (hasForbiddenSegment(path))
        return 'names __proto__, constructor or prototype';
    if (RESERVED.has(path.split('.')[0]))
        return 'is the id or a system property';
    return undefined;
}
/**
 * Reads the parts of a body every operation shares; `container` and `where` are checked here,
 * in that order, before the operation's own keys.
 */
function body_readBody(file, op, body, line) {
    const value = body.toJSON();
    const at = (key) => body.get(key, true) ?? body;
    const text = (key) => {
        const v = value[key];
        if (typeof v !== 'string' || v.trim() === '')
            file.fail(at(key), `'${key}' in '${op}' must be a non-empty string.`);
        return v;
    };
    const property = (key) => {
        const v = text(key);
        const problem = pathProblem(v);
        if (problem)
            file.fail(at(key), `'${key}' in '${op}' is '${v}', which ${problem}.`);
        return v;
    };
    const container = text('container');
    if (container.length > 255 || !isResourceId(container))
        file.fail(at('container'), `'container' in '${op}' must be a container name without / \\ # ? or control characters, and not . or ...`);
    const where = value['where'] === undefined ? undefined : text('where');
    return { op, container, where, line, value, node: body, at, fail: file.fail, text, property };
}

;// CONCATENATED MODULE: ./src/migrate/operations/delete.ts
/** `delete`: destructive; without `where` it empties the container, so it needs permission. */
const deleteDocuments = {
    name: 'delete',
    keys: ['container', 'where'],
    required: ['container'],
    parse({ container, where, line }) {
        return { op: 'delete', container, where, line };
    },
    isDestructive: () => true,
    containers: (operation) => [operation.container],
    refusal: (operation) => operation.where === undefined
        ? `'delete' without 'where' deletes every document of '${operation.container}'`
        : undefined,
    apply: (ctx, operation) => ctx.deleteWhere(operation.container, operation.where)
};

;// CONCATENATED MODULE: ./src/migrate/operations/patch.ts


/** `patch`: destructive when it removes properties. */
const patch = {
    name: 'patch',
    keys: ['container', 'where', 'set', 'remove', 'increment'],
    required: ['container'],
    parse(body) {
        const { set, remove, increment } = changesOf(body);
        if (Object.keys(set).length + remove.length + Object.keys(increment).length === 0)
            body.fail(body.node, "'patch' changes nothing: give 'set', 'remove' or 'increment'.");
        const { container, where, line } = body;
        return { op: 'patch', container, where, set, remove, increment, line };
    },
    isDestructive: (operation) => operation.remove.length > 0,
    containers: (operation) => [operation.container],
    apply: (ctx, operation) => ctx.updateWhere(operation.container, operation.where, (document) => {
        for (const [path, value] of Object.entries(operation.set))
            setAt(document, path, value, { replaceArrays: true });
        for (const path of operation.remove)
            deleteAt(document, path);
        for (const [path, by] of Object.entries(operation.increment)) {
            const current = valueAt(document, path);
            setAt(document, path, (typeof current === 'number' ? current : 0) + by, {
                replaceArrays: true
            });
        }
        return document;
    })
};
/** The three kinds of change, each checked: paths the migration may change, numbers to add. */
function changesOf(body) {
    const set = (body.value['set'] ?? {});
    const remove = (body.value['remove'] ?? []);
    const increment = (body.value['increment'] ?? {});
    if (typeof set !== 'object' || Array.isArray(set))
        body.fail(body.at('set'), "'set' in 'patch' must be an object of property paths and values.");
    if (!Array.isArray(remove) || remove.some((p) => pathProblem(p) !== undefined))
        body.fail(body.at('remove'), "'remove' in 'patch' must be a list of property paths (not the id or system properties).");
    if (typeof increment !== 'object' ||
        Array.isArray(increment) ||
        Object.values(increment).some((n) => typeof n !== 'number'))
        body.fail(body.at('increment'), "'increment' in 'patch' must map property paths to numbers.");
    for (const path of [...Object.keys(set), ...Object.keys(increment)]) {
        const problem = pathProblem(path);
        if (problem)
            body.fail(body.node, `'${path}' in 'patch' ${problem}.`);
    }
    return { set, remove: remove, increment: increment };
}

;// CONCATENATED MODULE: ./src/migrate/operations/remove-property.ts

/** `removeProperty`: destructive, the value is gone. */
const removeProperty = {
    name: 'removeProperty',
    keys: ['container', 'where', 'property'],
    required: ['container', 'property'],
    parse(body) {
        const { container, where, line } = body;
        return { op: 'removeProperty', container, where, property: body.property('property'), line };
    },
    isDestructive: () => true,
    containers: (operation) => [operation.container],
    apply: (ctx, operation) => ctx.updateWhere(operation.container, operation.where, (document) => {
        if (valueAt(document, operation.property) === undefined)
            return undefined;
        deleteAt(document, operation.property);
        return document;
    })
};

;// CONCATENATED MODULE: ./src/migrate/operations/rename-property.ts

/** `renameProperty`: keeps the value, so it is not destructive. */
const renameProperty = {
    name: 'renameProperty',
    keys: ['container', 'where', 'from', 'to'],
    required: ['container', 'from', 'to'],
    parse(body) {
        const from = body.property('from');
        const to = body.property('to');
        // Moving a path into itself (or out of itself) would lose what it holds.
        if (from === to || to.startsWith(`${from}.`) || from.startsWith(`${to}.`)) {
            body.fail(body.at('to'), `'renameProperty' cannot move '${from}' to '${to}': one contains the other.`);
        }
        const { container, where, line } = body;
        return { op: 'renameProperty', container, where, from, to, line };
    },
    isDestructive: () => false,
    containers: (operation) => [operation.container],
    apply: (ctx, operation) => ctx.updateWhere(operation.container, operation.where, (document) => {
        const value = valueAt(document, operation.from);
        if (value === undefined)
            return undefined;
        setAt(document, operation.to, value, { replaceArrays: true });
        deleteAt(document, operation.from);
        return document;
    })
};

;// CONCATENATED MODULE: ./src/migrate/operations/upsert.ts

/** `upsert`: writes only what it is given, so it is not destructive. */
const upsert = {
    name: 'upsert',
    keys: ['container', 'documents'],
    required: ['container', 'documents'],
    parse(body) {
        const documents = body.value['documents'];
        const list = body.at('documents');
        if (!Array.isArray(documents) || documents.length === 0)
            return body.fail(list, "'documents' in 'upsert' must be a non-empty list.");
        documents.forEach((doc, index) => {
            const node = list.items?.[index];
            if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
                body.fail(node, 'each document must be an object.');
            const id = doc['id'];
            if (typeof id !== 'string' || id === '' || id.length > 1023 || !resource_id_isResourceId(id))
                body.fail(node, "each document needs a string 'id' without / \\ ? # or control characters.");
        });
        const { container, line } = body;
        return {
            op: 'upsert',
            container,
            documents: documents,
            line
        };
    },
    isDestructive: () => false,
    containers: (operation) => [operation.container],
    apply: (ctx, operation) => ctx.upsertMany(operation.container, operation.documents)
};

;// CONCATENATED MODULE: ./src/migrate/operations/index.ts





const KINDS = [patch, renameProperty, removeProperty, deleteDocuments, upsert];
/** Every operation kind, in the order messages name them. */
const operations_OPERATIONS = (/* unused pure expression or super */ null && (KINDS));
/** The kind of a parsed operation. */
function kindOf(operation) {
    const kind = operations_OPERATIONS.find((candidate) => candidate.name === operation.op);
    if (kind === undefined)
        throw new Error(`unreachable: no operation kind '${operation.op}'`);
    return kind;
}
/** True for operations that delete data: a reviewer should see them in the plan. */
function operations_isDestructive(operation) {
    return kindOf(operation).isDestructive(operation);
}
/** The containers an operation reads and writes. */
function operations_containersOf(operation) {
    return kindOf(operation).containers(operation);
}
/** Why an operation may only run with allow-destructive, or undefined when it may run anyway. */
function operations_refusalOf(operation) {
    return kindOf(operation).refusal?.(operation);
}
/** Runs one declarative operation through the context's idempotent helpers. */
function operations_runOperation(ctx, operation) {
    return kindOf(operation).apply(ctx, operation);
}

;// CONCATENATED MODULE: ./src/migrate/declarative.ts





/**
 * Parses a declarative migration (JSON or YAML; JSON is YAML) into operations, checking every
 * key and value. Errors name the file and the line, before anything runs.
 */
function declarative_parseDeclarative(file) {
    return readOperations(file, OPERATIONS);
}
/**
 * Reads a migration's operations with the given kinds: the file's shape and each operation's
 * name and keys are checked here, the rest of each body by its kind.
 */
function readOperations(file, kinds) {
    const yaml = parseYamlFile(file.path, file.text, file.fileName.endsWith('.json') ? 'JSON' : 'YAML');
    return operationList(yaml).items.map((item) => readOperation(yaml, item, kinds));
}
/** The `operations` list of a migration, whose only other key may be `description`. */
function operationList(yaml) {
    const root = yaml.document.contents;
    if (!isMap(root))
        return yaml.fail(root, 'a declarative migration is an object with an `operations` list.');
    for (const pair of root.items) {
        const key = String(pair.key.value);
        if (key !== 'operations' && key !== 'description')
            yaml.fail(pair.key, `unknown key '${key}': expected 'operations' (and optionally 'description').`);
    }
    const list = root.get('operations', true);
    if (!isSeq(list) || list.items.length === 0)
        return yaml.fail(list ?? root, '`operations` must be a non-empty list.');
    return list;
}
/** One operation: a single key naming its kind, over a body with that kind's keys. */
function readOperation(yaml, node, kinds) {
    const names = kinds.map((kind) => kind.name).join(', ');
    if (!isMap(node) || node.items.length !== 1)
        return yaml.fail(node, `each operation is a single key naming it: one of ${names}.`);
    const pair = node.items[0];
    const op = String(pair.key.value);
    const kind = kinds.find((candidate) => candidate.name === op);
    if (kind === undefined)
        return yaml.fail(pair.key, `unknown operation '${op}': expected one of ${names}.`);
    const body = pair.value;
    if (!isMap(body))
        return yaml.fail(body ?? node, `'${op}' takes an object with ${kind.keys.join(', ')}.`);
    for (const entry of body.items) {
        const key = String(entry.key.value);
        if (!kind.keys.includes(key))
            yaml.fail(entry.key, `unknown key '${key}' in '${op}': expected ${kind.keys.join(', ')}.`);
    }
    const value = body.toJSON();
    for (const key of kind.required) {
        if (value[key] === undefined)
            yaml.fail(body, `'${op}' needs '${key}'.`);
    }
    return kind.parse(readBody(yaml, op, body, yaml.lineOf(node)));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/workspace.ts



/** The job's workspace: where the checkout is, and what relative paths are read from. */
function workspace_workspaceOf(env = process.env) {
    return env['GITHUB_WORKSPACE'] || process.cwd();
}
/**
 * What a path input names, or an error when it names nothing: the path as the action resolved
 * it, and the usual cause (the step runs before actions/checkout, or the path is misspelt).
 */
async function workspace_existingPath(input, path, workspace, holds) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) {
        throw new ActionError(`'${input}' is '${path}': it does not exist (looked for ${resolve(path)}; the workspace is ${workspace}). Did actions/checkout run before this step? Give the path of ${holds}, relative to the workspace.`);
    }
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
}
/** True when `path` is `home` or inside it (both absolute). */
function isInside(home, path) {
    const inside = relative(home, path);
    return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}
/**
 * Refuses a file that a symbolic link leads out of the workspace: a link checked in (or made by
 * an earlier step) could otherwise have the action read a runner's file or a credential and
 * write it to the database. A link is looked for from `root` (the directory or the glob's base
 * the input names) down, or from the workspace when `root` lies in it; a root outside the
 * workspace that the input names itself is the input's business, not a link's.
 */
async function workspace_refuseLinkOut(path, root, workspace, what) {
    const home = await realpath(workspace).catch(() => resolve(workspace));
    const real = await realpath(path).catch(() => undefined);
    if (real !== undefined && isInside(home, real))
        return;
    const base = isInside(resolve(workspace), resolve(root)) ? resolve(workspace) : resolve(root);
    const link = await firstLink(base, resolve(path));
    if (link === undefined)
        return;
    const target = await readlink(link).catch(() => '?');
    const where = real === undefined ? 'which does not exist' : `which leads outside the workspace (to ${real})`;
    throw new ActionError(`${path}: ${link === resolve(path) ? 'it' : link} is a symbolic link to ${target}, ${where}. ${what} are read from the workspace only: copy the file into the repository instead of linking to it. Nothing was written.`);
}
/** The first symbolic link on the way from `base` down to `path`, if any. */
async function firstLink(base, path) {
    let at = base;
    const steps = isInside(base, path) ? relative(base, path).split(sep).filter(Boolean) : [];
    for (const step of steps) {
        at = join(at, step);
        const info = await lstat(at).catch(() => undefined);
        if (info?.isSymbolicLink())
            return at;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/migrate/files.ts






const VERSIONED = /^(\d+)-([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/;
const REPEATABLE = /^R__([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/;
const MIGRATION_LIKE = /\.(mjs|js|json|ya?ml)$/i;
/** The key a migration has in the ledger: its version, or `R__<name>` when repeatable. */
function files_ledgerKey(file) {
    return file.repeatable ? `R__${file.description}` : String(file.version);
}
/**
 * Finds the migrations in a directory: versioned ones in numeric order, then repeatable ones by
 * name. Files that look like migrations but are misnamed, two files with one version, and links
 * out of the workspace fail here, all of them together, before anything runs.
 */
async function files_discoverMigrations(directory, workspace = workspaceOf()) {
    const kind = await existingPath('migrations', directory, workspace, 'the directory that holds the migration files');
    if (kind !== 'directory') {
        throw new ActionError(`'migrations' is '${directory}': it is not a directory. Give the directory that holds the migration files.`);
    }
    const problems = new Problems();
    const files = [];
    for (const fileName of (await readdir(directory)).sort()) {
        if (!MIGRATION_LIKE.test(fileName))
            continue;
        const file = await problems.check(() => migrationFile(directory, fileName, workspace));
        if (file !== undefined)
            files.push(file);
    }
    for (const problem of [...sameVersion(files), ...sameName(files)])
        problems.add(problem);
    problems.throwIfAny();
    return [
        ...files.filter((f) => !f.repeatable).sort((a, b) => (a.version ?? 0) - (b.version ?? 0)),
        ...files.filter((f) => f.repeatable).sort((a, b) => a.description.localeCompare(b.description))
    ];
}
/** One file of the directory, read: its name checked, its bytes read from the workspace only. */
async function migrationFile(directory, fileName, workspace) {
    const versioned = VERSIONED.exec(fileName);
    const repeatable = versioned ? null : REPEATABLE.exec(fileName);
    const path = join(directory, fileName);
    if (!versioned && !repeatable) {
        throw new ActionError(`${path}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${directory}'.`);
    }
    if (versioned && !Number.isSafeInteger(Number(versioned[1]))) {
        throw new ActionError(`${path}: version ${versioned[1]} is too large to be read exactly (at most ${Number.MAX_SAFE_INTEGER}). Give it a smaller version.`);
    }
    await refuseLinkOut(path, directory, workspace, 'Migrations');
    const bytes = await readFile(path);
    const extension = (versioned?.[3] ?? repeatable?.[2] ?? '').toLowerCase();
    return {
        path,
        fileName,
        version: versioned ? Number(versioned[1]) : undefined,
        description: (versioned?.[2] ?? repeatable?.[1]),
        kind: extension === 'mjs' || extension === 'js' ? 'script' : 'declarative',
        repeatable: repeatable !== null,
        checksum: createHash('sha256').update(bytes).digest('hex'),
        text: bytes.toString('utf8')
    };
}
/** Versioned migrations that share a version with an earlier file. */
function sameVersion(files) {
    const byVersion = new Map();
    const problems = [];
    for (const file of files) {
        if (file.version === undefined)
            continue;
        const other = byVersion.get(file.version);
        if (other) {
            problems.push(new ActionError(`${file.path}: version ${file.version} is also the version of ${other.path}. Give each migration its own version.`));
        }
        else
            byVersion.set(file.version, file);
    }
    return problems;
}
/** Repeatable migrations that share a name with an earlier file. */
function sameName(files) {
    const byName = new Map();
    const problems = [];
    for (const file of files.filter((f) => f.repeatable)) {
        const other = byName.get(file.description);
        if (other) {
            problems.push(new ActionError(`${file.path}: repeatable migration '${file.description}' is also ${other.path}.`));
        }
        else
            byName.set(file.description, file);
    }
    return problems;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/migrate/script.ts




/** Loads a script migration and checks its exports. */
async function script_loadScript(file) {
    let module;
    try {
        // Loaded from the repository at run time, never bundled.
        module = (await import(/* webpackIgnore: true */ pathToFileURL(file.path).href));
    }
    catch (error) {
        const line = lineOf(error, file.path);
        throw new ActionError(`${file.path}:${line}: the migration does not load: ${describeError(error).split('\n')[0]}`, { cause: error, location: { file: file.path, line } });
    }
    const up = module['up'];
    if (typeof up !== 'function') {
        throw new ActionError(`${file.path}:1: a script migration exports 'async function up(ctx)'; this one does not.`, { location: { file: file.path, line: 1 } });
    }
    const containers = module['containers'];
    if (containers !== undefined &&
        (!Array.isArray(containers) ||
            containers.some((c) => typeof c !== 'string' || c === '' || !isResourceId(c)))) {
        throw new ActionError(`${file.path}:1: 'export const containers' must be a list of container names (without / \\ # ? or control characters, and not . or ..).`, { location: { file: file.path, line: 1 } });
    }
    return {
        up: up,
        containers: containers,
        destructive: module['destructive'] === true,
        shardable: module['shardable'] === true
    };
}
/**
 * The line of the failure in the migration itself. Node's ESM loader does not put it in the
 * error, so a syntax error is located by `node --check`, which prints `<file>:<line>` first.
 */
function lineOf(error, path) {
    const fromStack = new RegExp(`${script_escape(path)}:(\\d+)`).exec(error instanceof Error ? (error.stack ?? '') : '');
    if (fromStack)
        return Number(fromStack[1]);
    const check = spawnSync(process.execPath, ['--check', path], {
        encoding: 'utf8',
        timeout: 10_000
    });
    const fromCheck = new RegExp(`${script_escape(path)}:(\\d+)`).exec(check.stderr ?? '');
    return fromCheck ? Number(fromCheck[1]) : 1;
}
function script_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/migrate/prepare.ts






/**
 * Reads every migration in the directory and checks it: names, versions, JSON/YAML, operations,
 * script exports. Every problem fails here, naming file and line, before anything runs.
 */
async function prepareMigrations(directory, workspace) {
    const files = await discoverMigrations(directory, workspace);
    if (files.length === 0)
        throw new ActionError(`'migrations' is '${directory}': it holds no migration file.`);
    const problems = new Problems();
    const prepared = [];
    for (const file of files) {
        const migration = await problems.check(() => prepareMigration(file));
        if (migration !== undefined)
            prepared.push(migration);
    }
    problems.throwIfAny();
    return prepared;
}
/** One migration, parsed (declarative) or loaded (script), with what the plan shows of it. */
async function prepareMigration(file) {
    if (file.kind === 'declarative') {
        const operations = parseDeclarative(file);
        // The first operation that needs permission is named: one is enough to refuse the file.
        const refused = operations.find((operation) => refusalOf(operation) !== undefined);
        return {
            file,
            key: ledgerKey(file),
            operations,
            script: undefined,
            containers: [...new Set(operations.flatMap(containersOf))],
            destructive: operations.some(isDestructive),
            refusal: refused ? `${file.path}:${refused.line}: ${refusalOf(refused) ?? ''}` : undefined,
            shardable: true
        };
    }
    const script = await loadScript(file);
    return {
        file,
        key: ledgerKey(file),
        operations: undefined,
        script,
        containers: script.containers,
        destructive: script.destructive,
        refusal: script.destructive
            ? `${file.path}: the migration declares itself destructive`
            : undefined,
        shardable: script.shardable
    };
}

// EXTERNAL MODULE: ./src/cancellation/index.ts
var cancellation = __webpack_require__(9799);
;// CONCATENATED MODULE: ./src/migrate/delete-where.ts

/**
 * `ctx.deleteWhere`: deletes every document matching `where`. Without a condition, or past
 * `maxDeletes` documents in the migration, it is refused unless the migration is declared
 * destructive and the run allows it.
 */
async function delete_where_deleteWhere(scope, container, where) {
    if (where === undefined)
        scope.requireDestructive(`Deleting every document of '${container}'`);
    const target = scope.container(container);
    const paths = await scope.partitionKeyPaths(container);
    const remove = async (key) => {
        if (scope.parameters.dryRun)
            return true;
        scope.parameters.assertHeld();
        try {
            const response = await scope.writing(container, () => target.item(key.id, key.partitionKey).delete());
            scope.stats.requestCharge += response.requestCharge ?? 0;
        }
        catch (error) {
            if (error.code !== 404)
                throw error;
        }
        return true;
    };
    const keyOf = (document) => ({
        id: String(document['id']),
        partitionKey: partitionKeyOf(document, paths)
    });
    const { declaredDestructive, allowDestructive } = scope.parameters;
    if (declaredDestructive && allowDestructive)
        return scope.forEachMatching(container, where, (document) => remove(keyOf(document)), undefined, true);
    // The limit weighs the whole match, in every part alike: each part deletes its own documents.
    const keys = await keysWithinLimit(scope, container, where, keyOf);
    scope.deleted += keys.length;
    return scope.forEachOf(keys.filter((key) => scope.part.ownsKey(key.partitionKey, key.id)), remove);
}
/**
 * The documents to delete, listed first so that exactly those are deleted: documents written
 * meanwhile cannot take a migration past its limit. Refused once there are more than it allows.
 */
async function keysWithinLimit(scope, container, where, keyOf) {
    const budget = scope.parameters.maxDeletes - scope.deleted;
    const keys = [];
    for await (const document of scope.query(container, `SELECT * FROM c${where ? ` WHERE ${where}` : ''}`)) {
        if (keys.length === budget) {
            // One past the limit is enough to refuse; the message says how many match in all.
            const matching = await scope.count(container, where);
            scope.requireDestructive(`Deleting ${scope.deleted + Math.max(matching, budget + 1)} documents in one migration (more than ${scope.parameters.maxDeletes})`);
        }
        keys.push(keyOf(document));
    }
    return keys;
}

// EXTERNAL MODULE: ./node_modules/@azure/cosmos/dist/esm/index.js + 305 modules
var esm = __webpack_require__(6686);
;// CONCATENATED MODULE: ./src/throughput/bulk-calls.ts



/**
 * Operations per batch request: the service's limit (Items.bulk's "Limit 100"). A call of
 * Items.bulk to a container of one partition key range is one request, unless its operations
 * come to more than the SDK's 220,201 bytes a request (documents of over 2 KB): it then splits
 * them by size and sends the parts at once.
 */
const REQUEST_OPERATIONS = 100;
/** Batch requests in flight for one call of `sendBulk`. */
const REQUESTS_IN_FLIGHT = 4;
/**
 * How long one call of Items.bulk may take: the SDK's own limit for a request (its default
 * `requestTimeout`). A call also re-routes a range that split, again and again with no pause
 * while the service answers that it is completing the split (410/1007, Items.js): past this,
 * its operations go again in the caller's next round, after its backoff.
 */
const CALL_LIMIT_MS = 60_000;
/**
 * Sends the operations in batch requests, and gives back every operation's outcome in their
 * order. Both ways below send the same requests: the service's non-atomic batch of at most 100
 * operations of one partition key range, with `Prefer: return=minimal` (only statuses and charges
 * come back, which halves what crosses the network and what the client parses).
 *
 * - A container of one partition key range (as a container is made with up to 10,000 RU/s, until
 *   its throughput or data outgrow one): in requests of 100, a few at a time, through
 *   `Items.bulk`. It answers as soon as its requests do.
 *   `executeBulkOperations` ends a second after its last operation is added at the soonest
 *   (BulkHelper's intervalForPartialBatchInMs in @azure/cosmos 4.10.1), and holds a copy of each
 *   operation and its diagnostics until then: streamed in calls of thousands, seeding ran at 0.8
 *   of one raw call of all the documents; this way, above it (bench/seed.ts).
 * - A container of several ranges: `executeBulkOperations`, which groups the operations by
 *   range. `Items.bulk` in pieces of 100 would send each range a request of 100 ÷ ranges.
 *
 * `Items.bulk` is deprecated in favour of `executeBulkOperations`. If a major version of the SDK
 * drops it, this file's first way goes and the second stays; nothing else changes.
 */
async function bulk_calls_sendBulk(container, operations, callLimitMs = CALL_LIMIT_MS) {
    if ((await rangesOf(container)) === 1)
        return sendInRequests(container, operations, callLimitMs);
    return container.items.executeBulkOperations([...operations], {
        contentResponseOnWriteEnabled: false
    });
}
/**
 * Partition key ranges of each container, by client and container address: one small metadata
 * read per container and run. After a split the count read stays 1: Items.bulk re-routes the
 * operations of a range that is gone into requests for the new ranges (at most CALL_LIMIT_MS
 * long), and the 410s it does not re-route go again (sendRequest).
 */
const ranges = new WeakMap();
function rangesOf(container) {
    const client = container.database.client;
    let known = ranges.get(client);
    if (known === undefined)
        ranges.set(client, (known = new Map()));
    let count = known.get(container.url);
    if (count === undefined) {
        count = container
            .readPartitionKeyRanges()
            .fetchAll()
            .then((read) => read.resources.length);
        // A failed read is not remembered: the next call reads again.
        count.catch(() => known.delete(container.url));
        known.set(container.url, count);
    }
    return count;
}
async function sendInRequests(container, operations, callLimitMs) {
    const results = [];
    const starts = [];
    for (let start = 0; start < operations.length; start += REQUEST_OPERATIONS)
        starts.push(start);
    await forEachLimited(starts, REQUESTS_IN_FLIGHT, async (start) => {
        const piece = operations.slice(start, start + REQUEST_OPERATIONS);
        const outcomes = await sendRequest(container, piece, callLimitMs);
        for (let index = 0; index < piece.length; index++)
            results[start + index] = outcomes[index];
    });
    return results;
}
/**
 * One batch request. A request failed as a whole for a passing reason (a throttle, a reset, a
 * range moving, the call's time spent) gives each of its operations that failure, to go again;
 * any other failure is thrown as the service gave it (Items.bulk wraps it in an Error of its
 * own, its `cause`). A request Items.bulk split by size fails whole when one part does: the
 * parts that were written go again too, which upserts and creates (a 409 on a later round) both
 * allow.
 */
async function sendRequest(container, piece, callLimitMs) {
    const deadline = AbortSignal.timeout(callLimitMs);
    let answers;
    try {
        // Deprecated in favour of executeBulkOperations: see sendBulk for why it is used here.
        answers = await container.items.bulk(piece, { continueOnError: true }, { contentResponseOnWriteEnabled: false, abortSignal: deadline });
    }
    catch (wrapped) {
        const error = deadline.aborted
            ? Object.assign(new ErrorResponse(`A bulk call took more than ${callLimitMs} ms.`), {
                code: 408
            })
            : (wrapped.cause ?? wrapped);
        if (!isTransientCosmosError(error))
            throw error;
        return piece.map((operationInput) => ({ operationInput, error: error }));
    }
    return piece.map((operationInput, index) => outcomeOf(operationInput, answers[index], answers.diagnostics));
}
/**
 * One operation's answer in executeBulkOperations' shape (BulkResponse.js): a success as a
 * response, a failure as an error with the service's status, sub-status and retry-after.
 */
function outcomeOf(operationInput, answer, diagnostics) {
    const status = answer?.statusCode;
    if (answer !== undefined && status !== undefined && status >= 200 && status < 300)
        return { operationInput, response: { ...answer, diagnostics } };
    const raw = (answer ?? {});
    const error = new ErrorResponse(typeof raw['message'] === 'string' ? raw['message'] : `status ${String(status)}`);
    // Only what the service said: a missing status stays missing, for the caller to judge.
    Object.assign(error, {
        code: status,
        substatus: raw['subStatusCode'],
        requestCharge: raw.requestCharge,
        retryAfterInMs: raw['retryAfterMilliseconds'],
        body: raw.resourceBody
    });
    error.diagnostics = diagnostics;
    return { operationInput, error };
}

;// CONCATENATED MODULE: ./src/throughput/bulk.ts




/** Fewer writes than this go one by one, POINT_WRITES_IN_FLIGHT at a time, not in a bulk call. */
const POINT_WRITES = 100;
const POINT_WRITES_IN_FLIGHT = 16;
/**
 * Paced sends in flight at once: a bulk call to several partition key ranges takes a second at
 * least.
 */
const SENDS_IN_FLIGHT = 16;
/**
 * Throttled this long without one operation done, the work gives up: twice the SDK's own limit
 * for a throttled request (30 s, Constants.ThrottledRequestMaxWaitTimeInSeconds).
 */
const STALL_MS = 60_000;
/**
 * Runs the operations until each is done. Throttled ones go again together once the service's
 * retry-after has passed: a throttled batch costs its retry-after once, not once per operation
 * as the SDK's own bulk retries would. Gives up when rounds stop getting anything done.
 */
async function bulk_runBulk(work, operations, settle) {
    const now = () => performance.now();
    let pending = operations;
    let fruitless = 0;
    let progressAt = now();
    // The last failure that was not a throttle, to say what kept failing if the work gives up.
    let lastFailure;
    for (let round = 0; pending.length > 0; round++) {
        const results = await sendAll(work, pending);
        const again = [];
        let throttled = 0;
        let retryAfterMs = 0;
        for (const result of results) {
            if (isThrottle(result)) {
                throttled++;
                retryAfterMs = Math.max(retryAfterMs, result.error?.retryAfterInMs ?? 0);
                again.push(result.operationInput);
            }
            else if (settle(result, round)) {
                again.push(result.operationInput);
                lastFailure = result;
            }
        }
        if (again.length < pending.length)
            progressAt = now();
        fruitless = again.length < pending.length || throttled > 0 ? 0 : fruitless + 1;
        if (fruitless > work.policy.retries || now() - progressAt > STALL_MS)
            throw bulk_stillFailing(again.length, lastFailure);
        if (throttled > 0)
            work.governor.throttled(throttled, retryAfterMs || backoffMs(fruitless, work.policy.baseMs));
        else if (again.length > 0)
            await work.sleep(backoffMs(fruitless, work.policy.baseMs));
        pending = again;
    }
}
function isThrottle(result) {
    return (result.error?.code ?? result.response?.statusCode) === 429;
}
function bulk_stillFailing(count, last) {
    return new ActionError(`${count} document(s) were still throttled or failing after rounds that got nothing done (throttled for ${STALL_MS / 1000} s, or failing in passing round after round); the documents before them were written.${lastFailureText(last)} Re-run the job: the work is idempotent.`, { cause: last?.error });
}
/** " The last failure: status 410/1008: what the service said." (its first line), or nothing. */
function lastFailureText(last) {
    if (last === undefined)
        return '';
    const status = last.error?.code ?? last.response?.statusCode;
    const substatus = last.error?.substatus === undefined ? '' : `/${last.error.substatus}`;
    const said = last.error?.message.split(/\r?\n/)[0]?.trim();
    const text = said ? `: ${said.replace(/\.$/, '')}` : '';
    return ` The last failure: status ${String(status)}${substatus}${text}.`;
}
/**
 * Sends the operations: at once while nothing limits the pace, else in pieces a fraction of a
 * second's budget each, each admitted by the governor. A send that failed as a whole for a
 * passing reason (a reset) gives its operations back as failed to go again.
 */
async function sendAll(work, operations) {
    const size = Math.min(operations.length, work.governor.operationsPerSend());
    const pieces = [];
    for (let start = 0; start < operations.length; start += size)
        pieces.push(operations.slice(start, start + size));
    const results = [];
    await forEachLimited(pieces.entries(), SENDS_IN_FLIGHT, async ([index, piece]) => {
        work.throwIfCancelled?.();
        let guessed = false;
        const estimated = await work.governor.admit(() => {
            guessed = !work.governor.calibrated;
            return work.governor.estimate(piece.length);
        });
        results[index] = await sendPiece(work, piece, { estimated, guessed });
    });
    return results.flat();
}
async function sendPiece(work, piece, { estimated, guessed }) {
    let results;
    try {
        results = await execute(work.container, piece);
    }
    catch (error) {
        if (!isTransientCosmosError(error))
            throw work.explain(error);
        work.governor.settled(0, 0, estimated, guessed);
        return piece.map((operationInput) => ({ operationInput, error: error }));
    }
    const done = results.filter((result) => !isThrottle(result));
    work.governor.settled(done.length, done.reduce((sum, result) => sum + (result.response?.requestCharge ?? 0), 0), estimated, guessed);
    return results;
}
/**
 * Runs operations: a few one by one, some at a time (a bulk call to a container of several
 * partition key ranges takes a second at least, which a dozen documents would spend waiting),
 * more in bulk calls (bulk-calls.ts). Either way, every operation's outcome, never an exception
 * for one of them.
 */
async function execute(container, operations) {
    if (operations.length >= POINT_WRITES)
        return sendBulk(container, operations);
    const results = [];
    await forEachLimited(operations.entries(), POINT_WRITES_IN_FLIGHT, async ([index, input]) => {
        results[index] = await pointWrite(container, input);
    });
    return results;
}
async function pointWrite(container, input) {
    const operationInput = input;
    try {
        const response = operationInput.operationType === 'Create'
            ? await container.items.create(operationInput.resourceBody)
            : await container.items.upsert(operationInput.resourceBody);
        return {
            operationInput,
            response: {
                statusCode: response.statusCode,
                requestCharge: response.requestCharge,
                eTag: response.etag,
                diagnostics: response.diagnostics
            }
        };
    }
    catch (error) {
        // A status goes back to the caller, like a bulk result; anything else that is not a
        // passing fault (a bug, a refused certificate) ends the run with its own message.
        if (typeof error.code !== 'number' && !isTransientCosmosError(error))
            throw error;
        return { operationInput, error: error };
    }
}

;// CONCATENATED MODULE: ./src/cosmos/arm.ts

/** The ARM resource id of a Cosmos DB account. */
function accountResourceId(location) {
    return `/subscriptions/${location.subscriptionId}/resourceGroups/${location.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${location.accountName}`;
}
/**
 * An ARM client for the account's subscription, with tokens from the job's identity. The ARM
 * SDK is loaded only by the jobs that use it: it is one of the largest parts of the bundle, and
 * a job that only logs in should not wait for it to start.
 */
async function arm_armClient(credential, location) {
    const { CosmosDBManagementClient } = await __webpack_require__.e(/* import() */ 651).then(__webpack_require__.bind(__webpack_require__, 3651));
    return new CosmosDBManagementClient(credential, location.subscriptionId, {
        endpoint: location.armEndpoint.replace(/\/$/, ''),
        credentials: { scopes: [`${location.armResource.replace(/\/$/, '')}/.default`] }
    });
}
/** How often a long-running ARM operation is polled. */
const POLL_INTERVAL_MS = 1000;
/**
 * Creates a container through ARM, the only way with an Entra identity: Cosmos DB refuses
 * container DDL on the data plane. Waits for the long-running operation to finish.
 */
async function createContainerThroughArm(credential, location, database, container, partitionKeyPaths) {
    const provision = `provision it with Bicep or Terraform, or: az cosmosdb sql container create --account-name ${location?.accountName ?? '<account>'} --resource-group ${location?.resourceGroup ?? '<resource-group>'} --database-name ${database} --name ${container} --partition-key-path ${partitionKeyPaths.join(' ')}`;
    if (location === undefined) {
        throw new ActionError(`Container '${container}' does not exist and cannot be created without 'subscription-id' and 'resource-group' (Cosmos DB refuses container creation with Entra tokens on the data plane). Set them and give the identity a control-plane role such as 'Cosmos DB Operator', or ${provision}`);
    }
    try {
        await (await arm_armClient(credential, location)).sqlResources.createUpdateSqlContainer(location.resourceGroup, location.accountName, database, container, {
            resource: {
                id: container,
                // Without a version ARM creates version 1, which hashes only the first 101 bytes of a
                // key; Microsoft recommends version 2 (large partition keys) for every new container,
                // and it cannot be changed later (learn.microsoft.com, "Create containers with large
                // partition key"; Azure/bicep #5807).
                partitionKey: {
                    paths: [...partitionKeyPaths],
                    kind: partitionKeyPaths.length > 1 ? 'MultiHash' : 'Hash',
                    version: 2
                }
            },
            options: {}
        }, { updateIntervalInMs: POLL_INTERVAL_MS });
    }
    catch (error) {
        const status = error.statusCode;
        throw new ActionError(status === 403
            ? `Creating container '${container}' through ARM was refused (403): the identity needs a control-plane role on the account such as 'Cosmos DB Operator'. Grant it, or ${provision}`
            : `Creating container '${container}' through ARM failed: ${describeError(error).replace(/\s+/g, ' ')}. Or ${provision}`, { cause: error });
    }
}
/** Deletes a container through ARM and waits for the long-running operation to finish. */
async function deleteContainerThroughArm(credential, location, database, container) {
    if (location === undefined) {
        throw new ActionError(`Container '${container}' cannot be dropped without 'subscription-id' and 'resource-group': Cosmos DB refuses container deletion with Entra tokens on the data plane.`);
    }
    try {
        await (await arm_armClient(credential, location)).sqlResources.deleteSqlContainer(location.resourceGroup, location.accountName, database, container, { updateIntervalInMs: POLL_INTERVAL_MS });
    }
    catch (error) {
        throw new ActionError(`Dropping container '${container}' through ARM failed: ${describeError(error).replace(/\s+/g, ' ')}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/throughput/provisioned.ts

/**
 * The RU/s a container may serve, read through Azure Resource Manager (`az cosmosdb sql container
 * throughput show`): its own throughput, else its database's shared throughput; autoscale's
 * maximum, which it scales to at once. Undefined when it cannot be known: no ARM location, no
 * control-plane read role, a serverless account (no throughput settings). Known, the governor
 * paces the work from its first send instead of learning the rate from throttles; the data plane
 * cannot say it (Entra tokens cover data operations, not throughput: learn.microsoft.com, "Use
 * data plane role-based access control with Azure Cosmos DB for NoSQL").
 */
async function provisionedThroughput(credential, location, database, container) {
    try {
        const { sqlResources } = await armClient(credential, location);
        const { resourceGroup, accountName } = location;
        const own = await settingsOrNone(() => sqlResources.getSqlContainerThroughput(resourceGroup, accountName, database, container));
        const settings = own ??
            (await settingsOrNone(() => sqlResources.getSqlDatabaseThroughput(resourceGroup, accountName, database)));
        const resource = settings?.resource;
        return resource?.autoscaleSettings?.maxThroughput ?? resource?.throughput;
    }
    catch {
        // Not knowing only means learning the rate from the service's throttles.
        return undefined;
    }
}
/**
 * `provisionedThroughput` for one database, each container's asked once a run: seeding and every
 * migration's helpers share the answer rather than asking ARM again.
 */
function provisionedThroughputOf(credential, location, database) {
    const known = new Map();
    return (container) => {
        let ruPerSecond = known.get(container);
        if (ruPerSecond === undefined) {
            ruPerSecond = provisionedThroughput(credential, location, database, container);
            known.set(container, ruPerSecond);
        }
        return ruPerSecond;
    };
}
/** The settings, or undefined where the resource has none of its own (404). */
async function settingsOrNone(read) {
    try {
        return await read();
    }
    catch (error) {
        if (error.statusCode === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/throughput/index.ts
/** Pacing the job's bulk work to the throughput the container serves, and running it. */




;// CONCATENATED MODULE: ./src/migrate/part-filter.ts

/**
 * Which documents a part of a sharded migration changes (by a hash of partition key and id,
 * shard/): the helpers pass every document they read through it. Without a part, all of them.
 */
class part_filter_PartFilter {
    part;
    constructor(part) {
        this.part = part;
    }
    /** True when the document of this partition key value and id is the part's to change. */
    ownsKey(partitionKey, id) {
        return this.part === undefined || owns(this.part, partitionKey, id);
    }
    owns(document, paths) {
        return this.part === undefined || ownsDocument(this.part, document, paths);
    }
    /** About how many of `matching` documents the part holds: the hash spreads them evenly. */
    share(matching) {
        return Math.ceil(matching / (this.part?.count ?? 1));
    }
    /** The part's documents of those given. */
    async *documents(documents, paths) {
        if (this.part === undefined)
            return yield* documents;
        const keyPaths = await paths();
        for await (const document of documents)
            if (this.owns(document, keyPaths))
                yield document;
    }
    /** Query pages with only the part's documents; where the next page starts is the query's. */
    async *pages(pages, paths) {
        for await (const page of pages)
            yield { ...page, documents: page.documents.filter((document) => this.owns(document, paths)) };
    }
}

;// CONCATENATED MODULE: ./src/migrate/progress/store.ts


/**
 * The progress records of one migration's helper calls. Calls are told apart by their order in
 * the run, and checked by what they were called with: a script runs its calls in the same order
 * each time, so the second run's third call is the first run's third call.
 */
class store_ProgressStore {
    options;
    calls = 0;
    constructor(options) {
        this.options = options;
    }
    /** The next call's record: as an earlier run left it when it was the same call, else new. */
    async open(helper, container, args) {
        const call = ++this.calls;
        const { migration, checksum, ledger } = this.options;
        const part = this.options.part === undefined ? '' : `-part-${this.options.part}`;
        const id = `progress-${migration}${part}-${call}`;
        const fingerprint = createHash('sha256')
            .update(JSON.stringify({ helper, container, args }))
            .digest('hex');
        const earlier = await this.retrying(() => this.read(id));
        if (earlier?.checksum === checksum && earlier.fingerprint === fingerprint)
            return earlier;
        const at = new Date(this.options.now()).toISOString();
        return ledger.withPartitionKey({
            id,
            type: 'progress',
            migration,
            checksum,
            call,
            helper,
            container,
            fingerprint,
            status: 'running',
            continuation: null,
            exhausted: false,
            inFlight: [],
            seen: 0,
            changed: 0,
            total: null,
            startedAt: at,
            updatedAt: at
        });
    }
    /** Writes a record, under the lock, retrying passing faults. */
    async save(record) {
        const saved = { ...record, updatedAt: new Date(this.options.now()).toISOString() };
        await this.retrying(() => {
            this.options.assertHeld();
            return this.options.ledger.put(saved);
        });
        return saved;
    }
    /**
     * Removes the migration's records once it is applied: a later run has nothing to resume.
     * Passing faults are retried as ledger writes are: a record left behind is harmless (a later
     * version of the file has another checksum) but the ledger should read as a clean run's.
     */
    async clear() {
        const { ledger, migration } = this.options;
        const { resources } = await this.retrying(() => ledger.container.items
            .query({
            query: "SELECT * FROM c WHERE c.type = 'progress' AND c.migration = @migration",
            parameters: [{ name: '@migration', value: migration }]
        })
            .fetchAll());
        for (const record of resources) {
            await this.retrying(() => ledger.container
                .item(String(record['id']), ledger.partitionKeyOf(record))
                .delete()
                .catch((error) => {
                if (error.code !== 404)
                    throw error;
            }));
        }
    }
    retrying(work) {
        return retryTransient(work, { ...RETRY_POLICIES.ledger, sleep: this.options.sleep });
    }
    async read(id) {
        const { ledger } = this.options;
        const { resource } = await ledger.container
            .item(id, ledger.partitionKeyOf({ id }))
            .read();
        return resource;
    }
}

;// CONCATENATED MODULE: ./src/migrate/progress/index.ts




;// CONCATENATED MODULE: ./src/migrate/scope.ts








/** How many point operations a helper keeps in flight. */
const CONCURRENCY = 16;
/** Documents a query page holds: a resumable pass records its progress once a page. */
const PAGE_SIZE = 500;
/** How many times a write refused with 412 (the document changed meanwhile) is tried again. */
const scope_REREADS = 3;
/**
 * What the helpers of one migration's context share: its parameters and stats, the partition
 * key paths read so far, the documents deleted so far, and the ways to read and retry that
 * every helper uses alike.
 */
class scope_HelperScope {
    parameters;
    stats;
    /** Documents this migration has deleted or is deleting: the limit counts them all. */
    deleted = 0;
    /** The documents a part of a sharded migration changes: the helpers leave the others. */
    part;
    keyPaths = new Map();
    constructor(parameters, stats) {
        this.parameters = parameters;
        this.stats = stats;
        this.part = new PartFilter(parameters.part);
    }
    /** Each container's pace: the helpers' writes to it, bulk and point, are admitted by it. */
    governors = new Map();
    container(name) {
        return (this.parameters.work?.reads ?? this.parameters.database).container(name);
    }
    /** The container for bulk writes (throttles come back at once, for the governor). */
    writeContainer(name) {
        return (this.parameters.work?.writes ?? this.parameters.database).container(name);
    }
    /** The governor of a container's writes, pacing from the start where its RU/s are known. */
    governorOf(container) {
        let governor = this.governors.get(container);
        if (governor === undefined) {
            governor = (async () => {
                const made = new ThroughputGovernor({
                    ceiling: 0,
                    now: () => performance.now(),
                    sleep: this.parameters.sleep
                });
                made.expect(await this.parameters.provisioned?.(container));
                return made;
            })();
            this.governors.set(container, governor);
        }
        return governor;
    }
    /**
     * One point write, admitted by the container's governor and paid for with its charge, retried
     * as `retrying` does: a helper's writes keep to the container's RU/s where it is known.
     */
    async writing(container, work) {
        const governor = await this.governorOf(container);
        const estimated = await governor.admit(() => governor.estimate(1));
        const response = await this.retrying(work);
        governor.settled(1, response.requestCharge ?? 0, estimated);
        return response;
    }
    /** Every document a query returns, page by page (memory stays bounded). */
    async *query(container, query) {
        for await (const page of this.pages(container, query))
            yield* page.documents;
    }
    /** A query's pages, from a continuation token of an earlier page (or the beginning). */
    async *pages(container, query, continuationToken) {
        const iterator = this.container(container).items.query(query, {
            maxItemCount: PAGE_SIZE,
            ...(continuationToken === undefined ? {} : { continuationToken })
        });
        while (iterator.hasMoreResults()) {
            // A run that is cancelled, or no longer holds the lock, stops reading too: whatever it
            // read next would be for writes it may not make.
            this.parameters.assertHeld();
            const page = await this.retrying(() => iterator.fetchNext());
            this.stats.requestCharge += page.requestCharge ?? 0;
            (await this.governorOf(container)).charge(page.requestCharge ?? 0);
            const more = iterator.hasMoreResults() ? page.continuationToken : undefined;
            yield { documents: page.resources, continuation: more };
        }
    }
    /** How many documents match `where` (all of them when undefined). */
    async count(container, where) {
        for await (const value of this.query(container, `SELECT VALUE COUNT(1) FROM c${where ? ` WHERE ${where}` : ''}`)) {
            return Number(value);
        }
        return 0;
    }
    /**
     * Runs `each` on every matching document, CONCURRENCY at a time; counts those it changed. With
     * a progress store (a migration run, not a dry run), the pass is recorded page by page and
     * resumes where an earlier run of the same call stopped (progress/scan.ts).
     */
    async forEachMatching(container, where, each, call, keysOnly = false) {
        const select = keysOnly ? await this.keySelection(container) : '*';
        const query = `SELECT ${select} FROM c${where ? ` WHERE ${where}` : ''}`;
        const { progress } = this.parameters;
        if (progress === undefined || call === undefined || this.parameters.dryRun)
            return this.forEachOf(this.part.documents(this.query(container, query), () => this.partitionKeyPaths(container)), each);
        let record = await progress.open(call.helper, container, { where, select, args: call.args });
        if (record.status === 'done') {
            this.parameters.log(`${call.helper} on '${container}': done by an earlier run (${record.changed} changed), skipped.`);
            return record.changed;
        }
        if (record.total === null)
            record = { ...record, total: this.part.share(await this.count(container, where)) };
        else
            this.parameters.log(`${call.helper} on '${container}': resuming after ${record.seen} document(s).`);
        const paths = await this.partitionKeyPaths(container);
        return resumeScan({
            store: progress,
            record,
            pages: (continuation) => this.part.pages(this.pages(container, query, continuation), paths),
            keyOf: (document) => ({
                id: String(document['id']),
                partitionKey: partitionKeyOf(document, paths),
                etag: String(document['_etag'])
            }),
            reread: async (key) => (await this.retrying(() => this.container(container)
                .item(key.id, key.partitionKey)
                .read())).resource,
            run: (documents, work) => this.forEachOf(documents, work),
            each,
            report: progressReporter(this.parameters.log, record.seen),
            stop: this.parameters.stop ?? { check: () => undefined }
        });
    }
    /**
     * What a helper that writes by key reads of each document: its id, its ETag and the top-level
     * properties its partition key is in. A page of those is a fraction of a page of documents to
     * send and to parse (and for each job of a matrix, which reads every part's documents).
     */
    async keySelection(container) {
        const tops = (await this.partitionKeyPaths(container)).map((path) => segmentsOf(path)[0] ?? '');
        const fields = [...new Set(['id', '_etag', ...tops.filter((top) => top !== '')])];
        return fields.map((field) => `c[${JSON.stringify(field)}]`).join(', ');
    }
    /**
     * Runs `each` on every item, CONCURRENCY at a time, and counts those it changed, in the stats
     * too when one fails: what was written stays written.
     */
    async forEachOf(items, each) {
        let changed = 0;
        try {
            await forEachLimited(items, CONCURRENCY, async (item) => {
                if (await each(item))
                    changed++;
            });
        }
        finally {
            // Whatever ended it (a failed write, or the query itself), the writes already sent have
            // finished: they are counted.
            this.stats.documentsTouched += changed;
        }
        return changed;
    }
    /** A container's partition key paths, read once; a missing container says how to create it. */
    async partitionKeyPaths(container) {
        const known = this.keyPaths.get(container);
        if (known)
            return known;
        const { resource } = await this.container(container)
            .read()
            .catch((error) => {
            if (error.code !== 404)
                throw error;
            throw new ActionError(`Container '${container}' does not exist in database '${this.parameters.database.id}'. Create it first (ctx.createContainer in an earlier step, or Bicep, Terraform, az cosmosdb sql container create).`);
        });
        const paths = resource?.partitionKey?.paths ?? ['/id'];
        this.keyPaths.set(container, paths);
        return paths;
    }
    /**
     * Destructive work needs both: the migration says so (the plan marks it for reviewers) and the
     * run allows it.
     */
    requireDestructive(what) {
        if (!this.parameters.declaredDestructive) {
            throw new ActionError(`${what} is destructive: the migration must say so ('export const destructive = true'), so that plans and reviewers see it.`);
        }
        if (!this.parameters.allowDestructive) {
            throw new ActionError(`${what} is destructive: set 'allow-destructive: true' to allow it.`);
        }
    }
    /** Retries what the SDK gave up on when it is throttling or a passing fault. */
    retrying(work) {
        return retryTransient(work, {
            ...RETRY_POLICIES.migrationHelpers,
            sleep: this.parameters.sleep
        });
    }
}

;// CONCATENATED MODULE: ./src/migrate/patch-where.ts



/** The most operations one patch request may carry. */
const PATCH_LIMIT = 10;
/**
 * `ctx.patchWhere`: patch operations on every matching document, with If-Match; more than ten
 * go in several requests, each held to the version the previous one wrote. A dry run counts
 * every matching document: the condition is the service's to check.
 */
async function patch_where_patchWhere(scope, container, where, operations, condition) {
    const target = scope.container(container);
    const paths = await scope.partitionKeyPaths(container);
    const groups = [];
    for (let i = 0; i < operations.length; i += PATCH_LIMIT)
        groups.push(operations.slice(i, i + PATCH_LIMIT));
    const call = { helper: 'patchWhere', args: { operations, condition } };
    return scope.forEachMatching(container, where, async (document) => {
        if (scope.parameters.dryRun)
            return true;
        const id = String(document['id']);
        const item = target.item(id, partitionKeyOf(document, paths));
        const patched = { container, id, item, groups, condition };
        const state = { etag: String(document['_etag']), lost: false };
        for (const index of groups.keys()) {
            if (!(await patchGroup(scope, patched, index, state)))
                return false;
        }
        return true;
    }, call, 
    // A patch needs the document's key and version only: the service checks the rest.
    true);
}
/**
 * Sends one request of a document's patch, reading the document again when it changed
 * meanwhile. False when the document is gone or does not meet the condition: it is left alone.
 */
async function patchGroup(scope, target, index, state) {
    const group = target.groups[index];
    // A later request must not ask again: the first one may have changed what it tests.
    const condition = index === 0 ? target.condition : undefined;
    const body = condition === undefined ? group : { operations: group, condition };
    for (let attempt = 0;; attempt++) {
        scope.parameters.assertHeld();
        try {
            let sent = 0;
            const response = await scope.writing(target.container, () => {
                if (++sent > 1)
                    state.lost = true;
                return target.item.patch(body, {
                    accessCondition: { type: 'IfMatch', condition: state.etag }
                });
            });
            scope.stats.requestCharge += response.requestCharge ?? 0;
            state.etag = String(response.resource?._etag ?? state.etag);
            return true;
        }
        catch (error) {
            const status = error.code;
            if (status === 404)
                return false;
            if (status !== 412 || attempt >= REREADS)
                throw error;
            const reread = await target.item.read();
            if (reread.resource === undefined)
                return false;
            const current = String(reread.resource._etag);
            // The service answers 412 to a condition not met as to a changed ETag: when the
            // document is as it was, its ETag matched, so the condition was not met.
            if (condition !== undefined && current === state.etag) {
                if (state.lost && target.groups.length > 1) {
                    throw new ActionError(`patchWhere on '${target.container}': the answer to the first patch of document '${target.id}' was lost and the document no longer meets the condition, so its first ${PATCH_LIMIT} operations may have been applied without the rest. Check the document, then run the migration again.`);
                }
                return false;
            }
            state.etag = current;
        }
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/migrate/update-where.ts




/**
 * `ctx.updateWhere`: rewrites every document matching `where` with `change`, skipping those it
 * leaves as they are, with If-Match: a document changed meanwhile is read again and the change
 * applied again (it is replayable). Returns how many were (or would be) written.
 */
async function update_where_updateWhere(scope, container, where, change) {
    const target = scope.container(container);
    const paths = await scope.partitionKeyPaths(container);
    // The change is code: its text tells a run's call from another.
    const call = { helper: 'updateWhere', args: { change: change.toString() } };
    return scope.forEachMatching(container, where, async (document) => {
        let current = document;
        for (let attempt = 0;; attempt++) {
            const next = change(structuredClone(current));
            if (next === undefined ||
                isDeepStrictEqual(withoutSystemProperties(next), withoutSystemProperties(current)))
                return false;
            if (scope.parameters.dryRun)
                return true;
            scope.parameters.assertHeld();
            const item = target.item(String(current['id']), partitionKeyOf(current, paths));
            try {
                const response = await scope.writing(container, () => item.replace(withoutSystemProperties(next), {
                    accessCondition: { type: 'IfMatch', condition: String(current['_etag']) }
                }));
                scope.stats.requestCharge += response.requestCharge ?? 0;
                return true;
            }
            catch (error) {
                // Changed since it was read: read it again and re-apply (the change is replayable).
                if (error.code !== 412 || attempt >= REREADS)
                    throw error;
                const reread = await item.read();
                if (reread.resource === undefined)
                    return false;
                current = reread.resource;
            }
        }
    }, call);
}

;// CONCATENATED MODULE: ./src/migrate/upsert-many.ts





/** Documents a resumable upsertMany writes between two progress records; shorter lists keep none. */
const CHUNK = 2500;
/**
 * `ctx.upsertMany`: writes the documents, whole (a few one by one, more in bulk calls, paced by
 * the throughput governor). Returns how many were (or would be) written. In a migration run it
 * records, chunk by chunk, how many of the list are written: a run that stopped goes on from
 * there (the chunk in flight is written again, the same documents).
 */
async function upsert_many_upsertMany(scope, container, documents) {
    if (scope.parameters.dryRun || documents.length === 0) {
        scope.stats.documentsTouched += documents.length;
        return documents.length;
    }
    const paths = await scope.partitionKeyPaths(container);
    scope.parameters.assertHeld();
    const operations = documents.map((document, index) => {
        // The SDK would make up a random id (and write it into the caller's document): a re-run
        // would then add a copy instead of writing the same document again.
        if (typeof document['id'] !== 'string' || document['id'] === '') {
            throw new ActionError(`upsert into '${container}': document ${index + 1} of ${documents.length} has no id (a non-empty string). Give every document its id, so that a re-run writes the same documents again.`);
        }
        const partitionKey = partitionKeyOf(document, paths);
        if (partitionKey === undefined) {
            throw new ActionError(`upsert into '${container}': document '${String(document['id'])}' has no value for the partition key ${paths.join(', ')}.`);
        }
        return {
            operationType: 'Upsert',
            resourceBody: document,
            partitionKey: partitionKey
        };
    });
    // In a part of a sharded migration, the part's documents: the others are other parts' to write.
    const owned = operations.filter((operation) => scope.part.ownsKey(operation.partitionKey, String(operation.resourceBody['id'])));
    const write = async (chunk) => runBulk({
        container: scope.writeContainer(container),
        governor: await scope.governorOf(container),
        sleep: scope.parameters.sleep,
        policy: RETRY_POLICIES.migrationHelpers,
        explain: (error) => error,
        throwIfCancelled: scope.parameters.assertHeld
    }, chunk, (result) => settle(scope, result));
    const { progress } = scope.parameters;
    // A list of one chunk or less is written again whole, as cheaply as its record would be kept.
    if (progress === undefined || owned.length <= CHUNK)
        await write(owned);
    else
        await writeResumably({ scope, progress, container, write }, documents, owned);
    return owned.length;
}
/**
 * Writes the operations chunk by chunk, recording before each chunk how many are written, and
 * starting where an earlier run of the same call (the same documents) stopped.
 */
async function writeResumably({ scope, progress, container, write }, documents, operations) {
    let record = await progress.open('upsertMany', container, digest(documents));
    if (record.status === 'done') {
        scope.parameters.log(`upsertMany on '${container}': done by an earlier run, skipped.`);
        return;
    }
    if (record.seen > 0)
        scope.parameters.log(`upsertMany on '${container}': resuming after ${record.seen} document(s).`);
    for (let start = record.seen; start < operations.length; start += CHUNK) {
        // The documents before `start` are written: a run stopped from here on starts here.
        record = await progress.save({ ...record, seen: start, total: operations.length });
        scope.parameters.stop?.check(() => `upsertMany on '${container}' stopped after ${start} document(s)`);
        await write(operations.slice(start, start + CHUNK));
    }
    await progress.save({ ...record, seen: operations.length, status: 'done', exhausted: true });
}
/** What identifies the documents of a call without holding them twice: count and hash. */
function digest(documents) {
    const hash = createHash('sha256');
    for (const document of documents)
        hash.update(JSON.stringify(document)).update('\n');
    return { count: documents.length, sha256: hash.digest('hex') };
}
/**
 * Counts one upsert the bulk call did; true when it failed in passing (throttles are the
 * governor's) and goes again; any other failure is thrown.
 */
function settle(scope, result) {
    if (result.error === undefined) {
        scope.stats.requestCharge += result.response?.requestCharge ?? 0;
        scope.stats.documentsTouched++;
        return false;
    }
    if (isTransientCosmosError(result.error))
        return true;
    throw result.error;
}

;// CONCATENATED MODULE: ./src/migrate/context.ts






/**
 * What a migration's `up(ctx)` gets: the database, and helpers that make idempotent bulk work
 * natural. Every helper skips documents already in the wanted state, works with If-Match so a
 * concurrent change is re-read rather than overwritten, rides out throttling, and in a dry run
 * counts what it would change without writing. Each helper lives in its own file; this class
 * is the face migration scripts see.
 */
class context_MigrationContext {
    stats = { documentsTouched: 0, requestCharge: 0 };
    scope;
    constructor(parameters) {
        this.scope = new HelperScope(parameters, this.stats);
    }
    /** The database, as the job's data work reaches it (at the `priority` input's priority). */
    get database() {
        return this.scope.parameters.work?.reads ?? this.scope.parameters.database;
    }
    get dryRun() {
        return this.scope.parameters.dryRun;
    }
    /** Logs a line under the migration's name. */
    log(message) {
        this.scope.parameters.log(message);
    }
    container(name) {
        return this.scope.container(name);
    }
    /** Every document a query returns, page by page (memory stays bounded). */
    query(container, query) {
        return this.scope.query(container, query);
    }
    /** Calls `each` for every document a query returns. Returns how many there were. */
    async queryEach(container, query, each) {
        let count = 0;
        for await (const document of this.query(container, query)) {
            await each(document);
            count++;
        }
        return count;
    }
    /**
     * Rewrites every document matching `where` (a SQL condition on `c`, or all documents) with
     * `change`, which returns the new document or undefined to leave it. Unchanged documents are
     * not written. Returns how many were (or, in a dry run, would be) written.
     */
    updateWhere(container, where, change) {
        return updateWhere(this.scope, container, where, change);
    }
    /**
     * Applies patch operations (set, add, remove, incr...) to every matching document, with
     * If-Match: a document changed meanwhile is read again and patched again; one deleted meanwhile
     * is skipped. More than ten operations go in several requests (the service takes ten at most).
     * `condition` (`FROM c WHERE ...`) is checked by the service on each document, with its first
     * request: a document that does not meet it is left alone (and not counted); one that does gets
     * every operation, the later requests held to the version the previous one wrote. A dry run
     * counts every matching document: the condition is the service's to check.
     */
    patchWhere(container, where, operations, options = {}) {
        return patchWhere(this.scope, container, where, operations, options.condition);
    }
    /** Upserts documents through the SDK's bulk path. Returns how many were written. */
    upsertMany(container, documents) {
        return upsertMany(this.scope, container, documents);
    }
    /**
     * Deletes every document matching `where`. Without a condition, or past `maxDeletes`
     * documents in the migration, it is refused unless the migration is declared destructive and
     * the run allows it. Under the limit, the documents are listed first and exactly those are
     * deleted: documents written meanwhile cannot take a migration past it.
     */
    deleteWhere(container, where) {
        return deleteWhere(this.scope, container, where);
    }
    /**
     * Creates a container through Azure Resource Manager when it does not exist yet; an existing
     * one is left exactly as it is (its indexing policy and TTL included).
     */
    createContainer(id, partitionKeyPaths) {
        return createContainer(this.scope, id, partitionKeyPaths);
    }
    /** Drops a container through ARM: destructive, so only in a migration declared so and allowed. */
    dropContainer(id) {
        return dropContainer(this.scope, id);
    }
}

;// CONCATENATED MODULE: ./src/migrate/ledger.ts

/**
 * The ledger: one document per migration in the ledger container, keyed `migration-<key>`. The
 * container may be partitioned on `/id` or on any one other path (that field is set to
 * `migrations` in every ledger document).
 */
class ledger_Ledger {
    container;
    partitionKeyPaths;
    constructor(container, partitionKeyPaths) {
        this.container = container;
        this.partitionKeyPaths = partitionKeyPaths;
    }
    static async open(container) {
        const { resource } = await container.read();
        return new ledger_Ledger(container, resource?.partitionKey?.paths ?? ['/id']);
    }
    /** Puts the partition key field of a non-`/id` ledger into a document. */
    withPartitionKey(document) {
        const path = this.partitionKeyPaths[0] ?? '/id';
        if (path === '/id' || this.partitionKeyPaths.length !== 1 || path.split('/').length !== 2)
            return document;
        return { ...document, [path.slice(1)]: 'migrations' };
    }
    partitionKeyOf(document) {
        return partition_key_partitionKeyOf(this.withPartitionKey(document), this.partitionKeyPaths);
    }
    /** Every migration the ledger knows, by key. */
    async entries() {
        const { resources } = await this.container.items
            .query("SELECT * FROM c WHERE c.type = 'migration'")
            .fetchAll();
        return new Map(resources.map((entry) => [entry.key, entry]));
    }
    /** One migration's entry as it stands, with its ETag; undefined when there is none. */
    async entry(key) {
        const id = ledger_ledgerId(key);
        const { resource } = await this.container
            .item(id, this.partitionKeyOf({ id }))
            .read();
        return resource;
    }
    /**
     * Writes an entry only if it is still as read (If-Match; create-if-absent without an ETag):
     * false when someone else wrote it first (412, 409).
     */
    async recordIf(entry, etag) {
        const document = this.withPartitionKey(entry);
        try {
            if (etag === undefined)
                await this.container.items.create(document);
            else
                await this.container
                    .item(entry.id, this.partitionKeyOf(entry))
                    .replace(document, { accessCondition: { type: 'IfMatch', condition: etag } });
            return true;
        }
        catch (error) {
            const code = error.code;
            if (code === 412 || code === 409)
                return false;
            throw error;
        }
    }
    async record(entry) {
        await this.put(entry);
    }
    /** Writes any document of the ledger container (a migration's progress, say), whole. */
    async put(document) {
        await this.container.items.upsert(this.withPartitionKey(document));
    }
}
/** The ledger document id of a migration key. */
function ledger_ledgerId(key) {
    return `migration-${key}`;
}

;// CONCATENATED MODULE: ./src/time-budget.ts
/**
 * The run's time was spent (max-run-minutes): the work stopped at a point it records, so that the
 * next run continues from there.
 */
class OutOfTime extends Error {
    constructor(where) {
        super(`the run's time budget (max-run-minutes) was spent${where === undefined ? '' : `: ${where}`}`);
        this.name = 'OutOfTime';
    }
}
/** Whether the time budget stopped the work, whatever it was wrapped in since. */
function time_budget_isOutOfTime(error) {
    for (let cause = error; cause instanceof Error; cause = cause.cause)
        if (cause instanceof OutOfTime)
            return true;
    return false;
}
/**
 * The run's time budget: when it ends, in milliseconds on `now`'s clock (performance.now(): from
 * the process's start, which is the step's); undefined: no budget. Work asks between units it
 * can resume from, never in the middle of one.
 */
class TimeBudget {
    endsAt;
    now;
    constructor(endsAt, now = () => performance.now()) {
        this.endsAt = endsAt;
        this.now = now;
    }
    get spent() {
        return this.endsAt !== undefined && this.now() >= this.endsAt;
    }
    /** Throws OutOfTime, saying where the work stopped, once the budget is spent. */
    check(where) {
        if (this.spent)
            throw new OutOfTime(where?.());
    }
}

;// CONCATENATED MODULE: ./src/migrate/apply.ts








/**
 * Applies one migration: ledger `running`, run it, ledger `applied`, `failed` or, when the job
 * was cancelled meanwhile, `interrupted`. Every ledger write needs the lock: a run that lost it
 * must not mark anything. A cancelled job stops the migration at its next write (the helpers
 * check before each); an abandoned one still records the interruption before the lock goes.
 */
async function apply_applyMigration(migration, ledger, parameters, lock) {
    const started = parameters.now();
    const entry = { ...apply_runningEntry(migration, parameters, started), lockId: lock.holderId };
    const record = (next) => {
        lock.assertHeld();
        return retryTransient(() => ledger.record(next), {
            ...RETRY_POLICIES.ledger,
            sleep: parameters.sleep
        });
    };
    await record(entry);
    const forget = parameters.cancellation.onAbandon(async () => {
        lock.assertHeld();
        await ledger.record(interruptedEntry(entry, parameters.now(), 'abandoned at cancellation'));
    });
    try {
        return await runAndRecord(migration, { parameters, ledger, lock, entry, record });
    }
    finally {
        forget();
    }
}
/** Runs the migration under the lock, then records and reports how it ended. */
async function runAndRecord(migration, application) {
    const { parameters, entry, record } = application;
    const { fileName } = migration.file;
    const started = Date.parse(entry.startedAt);
    parameters.log(`Applying ${fileName}...`);
    const { parameters: run, ledger, lock } = application;
    const { ctx, progress } = apply_contextFor(migration, run, ledger, {
        assertHeld: () => lock.assertHeld()
    });
    const error = await apply_failureOf(migration, ctx);
    const finished = parameters.now();
    const status = apply_statusAfter(error, parameters);
    const message = error === undefined ? null : describeError(error).replace(/\s+/g, ' ');
    // Applied, it has nothing left to resume: a later version of a repeatable file starts afresh.
    if (status === 'applied')
        await progress.clear().catch((failure) => {
            parameters.warn(`${fileName}: its progress records stay in the ledger container (${describeError(failure)}); they are ignored.`);
        });
    const { documentsTouched, requestCharge } = ctx.stats;
    await record({
        ...entry,
        status,
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        requestCharge: round2(requestCharge),
        documentsTouched,
        error: message
    });
    parameters.log(`${apply_STATUS_WORDS[status]} ${fileName} in ${finished - started} ms: ${documentsTouched} document(s), ${Math.round(requestCharge)} RU.`);
    return {
        key: migration.key,
        version: migration.file.version,
        name: migration.file.description,
        file: migration.file.path,
        status,
        destructive: migration.destructive,
        durationMs: finished - started,
        documentsTouched,
        requestCharge,
        note: message ?? undefined
    };
}
/**
 * The context a migration runs with, and the store of its helpers' progress: every write checks
 * that the run is not cancelled and still holds its lease.
 */
function apply_contextFor(migration, parameters, ledger, holding) {
    const { fileName } = migration.file;
    const { part } = holding;
    const assertHeld = () => {
        parameters.cancellation.throwIfCancelled();
        holding.assertHeld();
    };
    const progress = new ProgressStore({
        ledger,
        migration: migration.key,
        checksum: migration.file.checksum,
        part: part === undefined ? undefined : `${part.index}-of-${part.count}`,
        assertHeld,
        now: parameters.now,
        sleep: parameters.sleep
    });
    const ctx = new MigrationContext({
        database: parameters.database,
        work: parameters.work,
        provisioned: parameters.provisioned,
        dryRun: false,
        allowDestructive: parameters.allowDestructive,
        maxDeletes: parameters.maxDeletes,
        log: (message) => parameters.log(`  [${fileName}] ${message}`),
        sleep: parameters.sleep,
        createContainer: parameters.createContainer,
        dropContainer: parameters.dropContainer,
        assertHeld,
        declaredDestructive: migration.destructive,
        progress,
        stop: parameters.budget,
        part
    });
    return { ctx, progress };
}
/** How a migration (or a part of one) ended, from what it threw. */
function apply_statusAfter(error, parameters) {
    // Whatever a cancelled migration threw (the helpers' CancelledError, or the script's own
    // wrapping of it), it stopped because of the cancellation, and runs again next time.
    if (error === undefined)
        return 'applied';
    if (parameters.cancellation.signal.aborted)
        return 'interrupted';
    return isOutOfTime(error) ? 'paused' : 'failed';
}
const apply_STATUS_WORDS = {
    applied: 'Applied',
    failed: 'Failed',
    interrupted: 'Interrupted',
    paused: 'Paused (time budget spent)'
};
/** Runs the migration's script or operations; what it threw, or undefined when it succeeded. */
async function apply_failureOf(migration, ctx) {
    try {
        if (migration.script)
            await migration.script.up(ctx);
        for (const operation of migration.operations ?? [])
            await runOperation(ctx, operation);
        return undefined;
    }
    catch (caught) {
        return caught;
    }
}
/** The ledger entry of a migration the cancellation stopped, with why. */
function interruptedEntry(entry, now, why) {
    return {
        ...entry,
        status: 'interrupted',
        finishedAt: new Date(now).toISOString(),
        durationMs: now - Date.parse(entry.startedAt),
        error: `The job was cancelled: ${why}.`
    };
}
/** The ledger entry that says a migration is running, from when and by whom. */
function apply_runningEntry(migration, parameters, started) {
    return {
        id: ledgerId(migration.key),
        type: 'migration',
        key: migration.key,
        version: migration.file.version ?? null,
        name: migration.file.description,
        file: migration.file.fileName,
        checksum: migration.file.checksum,
        status: 'running',
        startedAt: new Date(started).toISOString(),
        finishedAt: null,
        durationMs: null,
        requestCharge: 0,
        documentsTouched: 0,
        error: null,
        runBy: parameters.runBy
    };
}

;// CONCATENATED MODULE: ./src/migrate/errors.ts

/**
 * A migration run that failed, with what it had done by then: the outcomes so far and the
 * migrations it applied, which stay applied. Its message and location are the failure's, and
 * `cause` is the failure itself, so that it can be reported as if nothing wrapped it.
 */
class errors_MigrationRunError extends errors/* ActionError */.lZ {
    outcomes;
    /** Keys applied by the run before it failed, in order. */
    applied;
    constructor(failure, progress) {
        super((0,errors/* describeError */.Uc)(failure), {
            cause: failure,
            ...(failure instanceof errors/* ActionError */.lZ && failure.location !== undefined
                ? { location: failure.location }
                : {})
        });
        this.outcomes = progress.outcomes;
        this.applied = progress.applied;
    }
}

;// CONCATENATED MODULE: ./src/migrate/lease.ts


/**
 * A lease document in the ledger container (the migration lock; a part of a sharded migration).
 * It is taken by create-if-absent (409 when held) and renewed or taken over with If-Match (412
 * when someone else got there first), so two runners can never both take it. A taker takes over
 * only a lease whose ETag has not changed for a whole lease period on its own clock, so clock skew
 * between runners cannot expire a live lease. The holder renews every third of the lease, one
 * renewal at a time, and stops itself (assertHeld) once it has gone two thirds of a lease without
 * a successful renewal: before anyone may take the lease over.
 */
class lease_Lease {
    container;
    partitionKey;
    parameters;
    name;
    etag;
    acquiredAt;
    lastRenewed;
    timer;
    renewing = Promise.resolve();
    lost;
    stopped = false;
    /** Names this holding, in the lease and in ledger entries written under it. */
    holderId;
    constructor(container, partitionKey, parameters, name, lease) {
        this.container = container;
        this.partitionKey = partitionKey;
        this.parameters = parameters;
        this.name = name;
        this.etag = lease._etag ?? '';
        this.acquiredAt = lease.acquiredAt;
        this.holderId = lease.holder.id;
        this.lastRenewed = parameters.now();
    }
    /** One attempt: create it, or take it over when `watch` has seen it silent for a lease. */
    static async attempt(parameters, name, watch) {
        const { ledger, now } = parameters;
        const container = ledger.container;
        const partitionKey = ledger.partitionKeyOf({ id: name.id });
        const lease = ledger.withPartitionKey(newLease(parameters, name, (0,external_node_crypto_.randomUUID)()));
        const taken = (document) => ({
            taken: new lease_Lease(container, partitionKey, parameters, name, document ?? lease).start()
        });
        try {
            return taken((await container.items.create(lease)).resource);
        }
        catch (error) {
            if (code(error) !== 409)
                throw error;
        }
        const { resource: held } = await container.item(name.id, partitionKey).read();
        if (held === undefined)
            return lease_Lease.attempt(parameters, name, watch); // released meanwhile
        if (held.status === 'done')
            return { done: held };
        const etag = held._etag ?? '';
        if (watch.etag !== etag)
            Object.assign(watch, { etag, since: now() });
        const leaseMs = typeof held.leaseMs === 'number' ? held.leaseMs : parameters.leaseMs;
        if (now() - (watch.since ?? now()) < leaseMs)
            return { held };
        try {
            const { resource } = await container
                .item(name.id, partitionKey)
                .replace(lease, { accessCondition: { type: 'IfMatch', condition: etag } });
            parameters.log(`Took over ${name.what} from ${lease_describeHolder(held)}: no heartbeat for ${Math.round(leaseMs / 1000)} s.`);
            return taken(resource);
        }
        catch (error) {
            if (code(error) !== 412)
                throw error;
            return lease_Lease.attempt(parameters, name, watch); // another runner took it over first
        }
    }
    start() {
        this.schedule();
        return this;
    }
    /** One renewal at a time: the next is scheduled when the last has settled. */
    schedule() {
        if (this.stopped || this.lost !== undefined)
            return;
        this.timer = setTimeout(() => {
            this.renewing = this.renew().finally(() => this.schedule());
        }, Math.max(100, Math.floor(this.parameters.leaseMs / 3)));
        this.timer.unref();
    }
    /** Renews the lease; a 412 or 404 means another run has it now. */
    async renew() {
        try {
            await this.replace({});
            this.lastRenewed = this.parameters.now();
        }
        catch (error) {
            const status = code(error);
            if (status === 412 || status === 404)
                this.lost = error;
            else
                this.parameters.warn(`Could not renew ${this.name.what} (will try again): ${(0,errors/* describeError */.Uc)(error).replace(/\s+/g, ' ')}`);
        }
    }
    async replace(fields) {
        const lease = newLease(this.parameters, this.name, this.holderId);
        const { resource } = await this.container
            .item(this.name.id, this.partitionKey)
            .replace(this.parameters.ledger.withPartitionKey({
            ...lease,
            acquiredAt: this.acquiredAt,
            ...fields
        }), { accessCondition: { type: 'IfMatch', condition: this.etag } });
        this.etag = resource?._etag ?? this.etag;
    }
    /**
     * Throws when the lease is lost, or has gone two thirds of its life without a renewal (others
     * may take it over after a whole one): called before every write it guards.
     */
    assertHeld() {
        const what = this.name.what;
        if (this.stopped)
            throw new errors/* ActionError */.lZ(`${capitalized(what)} has been released; no more writes in this run.`);
        const silentFor = this.parameters.now() - this.lastRenewed;
        if (this.lost === undefined && silentFor < (this.parameters.leaseMs * 2) / 3)
            return;
        throw new errors/* ActionError */.lZ(this.lost !== undefined
            ? `${capitalized(what)} was lost to another run; stopping before the next write.`
            : `${capitalized(what)} has not been renewed for ${Math.round(silentFor / 1000)} s; stopping before the next write so that no other run can overlap this one.`, this.lost === undefined ? undefined : { cause: this.lost });
    }
    /**
     * Marks the work done, with If-Match, and stops renewing: no one takes it again. Throws when
     * the lease is no longer ours (the work may have been taken over, and must not be called done).
     */
    async finish(fields = {}) {
        this.assertHeld();
        this.stopped = true;
        clearTimeout(this.timer);
        await this.renewing;
        await this.replace({ ...fields, status: 'done' });
    }
    /**
     * Stops renewing and deletes the lease if it is still ours; never throws. False when the lease
     * may still be ours (the delete failed): it expires after its lease, or the post step frees it.
     */
    async release() {
        const wasStopped = this.stopped;
        this.stopped = true;
        clearTimeout(this.timer);
        await this.renewing;
        if (this.lost !== undefined || wasStopped)
            return true;
        try {
            await this.container
                .item(this.name.id, this.partitionKey)
                .delete({ accessCondition: { type: 'IfMatch', condition: this.etag } });
        }
        catch (error) {
            if (code(error) === 404 || code(error) === 412)
                return true;
            this.parameters.warn(`Could not release ${this.name.what}; it expires ${Math.round(this.parameters.leaseMs / 1000)} s after its last renewal: ${(0,errors/* describeError */.Uc)(error).replace(/\s+/g, ' ')}`);
            return false;
        }
        return true;
    }
}
function newLease(parameters, name, holderId) {
    const wallClock = Date.now();
    return {
        ...name.fields,
        id: name.id,
        type: name.type,
        holder: { ...parameters.holder, id: holderId },
        acquiredAt: new Date(wallClock).toISOString(),
        renewedAt: new Date(wallClock).toISOString(),
        leaseMs: parameters.leaseMs,
        expiresAt: new Date(wallClock + parameters.leaseMs).toISOString(),
        status: 'held'
    };
}
/** The run holding a lease, as people find it: its workflow run, else its repository and runner. */
function lease_describeHolder(lease) {
    const holder = lease.holder ?? { runner: '?' };
    return (holder.workflowRunUrl ?? `${holder.repository ?? '?'}@${holder.ref ?? '?'} (${holder.runner})`);
}
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
function code(error) {
    return error.code;
}

;// CONCATENATED MODULE: ./src/migrate/lock.ts


/** The lock's lease document, `lock` in the ledger container. */
const LOCK = { id: 'lock', type: 'lock', what: 'the migration lock' };
/**
 * The migration lock: one lease (lease.ts) in the ledger container that every run of the
 * migrations takes before it plans and applies them, waiting up to its timeout while another run
 * holds it.
 */
const lock_MigrationLock = {
    /** Takes the lock, waiting up to the timeout while someone else holds it. */
    async acquire(parameters) {
        const { now, log } = parameters;
        const deadline = now() + parameters.timeoutMs;
        const watch = {};
        let lastSeen = '';
        for (;;) {
            parameters.throwIfCancelled?.();
            const attempt = await lease_Lease.attempt(parameters, LOCK, watch);
            if ('taken' in attempt)
                return attempt.taken;
            const held = 'held' in attempt ? attempt.held : attempt.done;
            const seen = `${lease_describeHolder(held)} since ${held.acquiredAt}`;
            if (now() >= deadline) {
                throw new errors/* ActionError */.lZ(`The migration lock is held by ${seen} (last renewed ${held.renewedAt}). Waited ${Math.round(parameters.timeoutMs / 1000)} s ('lock-timeout'): let that run finish, or raise 'lock-timeout'.`);
            }
            if (seen !== lastSeen)
                log(`Waiting for the migration lock, held by ${seen} (last renewed ${held.renewedAt}).`);
            lastSeen = seen;
            await parameters.sleep(Math.min(parameters.pollMs ?? 1000, Math.max(0, deadline - now())));
        }
    }
};

;// CONCATENATED MODULE: ./src/migrate/plan.ts


/** Compares the files with the ledger: what is pending, up to date, drifted or missing. */
function plan_plan(migrations, entries) {
    const outcomes = [];
    const pending = [];
    const highestApplied = Math.max(0, ...[...entries.values()]
        .filter((e) => e.status === 'applied' && e.version !== null)
        .map((e) => e.version));
    for (const migration of migrations) {
        const entry = entries.get(migration.key);
        const changed = entry !== undefined && entry.checksum !== migration.file.checksum;
        if (entry?.status === 'applied' && !changed) {
            outcomes.push({ ...untouched(migration), status: 'up to date', note: undefined });
        }
        else if (entry?.status === 'applied' && changed && !migration.file.repeatable) {
            outcomes.push({
                ...untouched(migration),
                status: 'drifted',
                note: `checksum in the ledger ${entry.checksum}, file ${migration.file.checksum}`
            });
        }
        else {
            pending.push(migration);
            outcomes.push(pendingOutcome(migration, entry, highestApplied));
        }
    }
    const known = new Set(migrations.map((m) => m.key));
    for (const entry of entries.values()) {
        if (!known.has(entry.key))
            outcomes.push(missingFile(entry));
    }
    return { outcomes, pending };
}
/** A migration to run: first, again (a changed repeatable one), or after a failed run. */
function pendingOutcome(migration, entry, highestApplied) {
    const again = migration.file.repeatable && entry !== undefined;
    // A version below one already applied was probably merged late: it runs, but say so.
    const late = migration.file.version !== undefined && migration.file.version < highestApplied
        ? `out of order: version ${highestApplied} is applied already`
        : undefined;
    const note = [
        entry && entry.status !== 'applied'
            ? `last run ${entry.status} at ${entry.startedAt}`
            : undefined,
        again ? 'checksum changed' : undefined,
        late
    ]
        .filter(Boolean)
        .join('; ') || undefined;
    return { ...untouched(migration), status: again ? 'would re-run' : 'would apply', note };
}
/** A migration the ledger knows whose file is gone. */
function missingFile(entry) {
    return {
        key: entry.key,
        version: entry.version ?? undefined,
        name: entry.name,
        file: entry.file,
        status: 'file missing',
        destructive: false,
        durationMs: 0,
        documentsTouched: 0,
        requestCharge: 0,
        note: undefined
    };
}
/** Applied migrations whose files changed: the run stops before anything is applied. */
function plan_driftError(drifted) {
    return new ActionError(`Applied migrations changed since they were applied:\n${drifted.map((d) => `  - ${d.file}: ${d.note ?? ''}`).join('\n')}\nA migration that ran must not change: restore the file, and put the change in a new migration.`);
}

;// CONCATENATED MODULE: ./src/migrate/preview.ts




/**
 * A dry run: the plan, with what pending declarative migrations would change, logged one line
 * a migration. Nothing is written; drift fails it as it would fail the real run.
 */
async function preview_previewRun(ledger, parameters) {
    const entries = ledger ? await ledger.entries() : new Map();
    const planned = plan(parameters.migrations, entries);
    const outcomes = await withCounts(planned, parameters);
    for (const outcome of outcomes) {
        parameters.log(`${outcome.status}: ${outcome.file}${outcome.destructive ? ' (destructive)' : ''}${outcome.note ? ` (${outcome.note})` : ''}`);
    }
    // A preview that hides drift would approve a release that is going to fail.
    const drifted = outcomes.filter((outcome) => outcome.status === 'drifted');
    if (drifted.length > 0)
        throw new MigrationRunError(driftError(drifted), { outcomes, applied: [] });
    return { outcomes, applied: [], dryRun: true, complete: true };
}
/**
 * Counts what pending declarative migrations would change, with helpers that never write in a
 * dry run. Scripts are not run: they may write through the SDK directly.
 */
async function withCounts(planned, parameters) {
    const counts = new Map();
    for (const migration of planned.pending) {
        if (migration.operations === undefined)
            continue;
        const ctx = dryRunContext(parameters.database, parameters.sleep);
        try {
            for (const operation of migration.operations)
                await runOperation(ctx, operation);
        }
        catch {
            continue; // e.g. a container an earlier migration creates: the count stays unknown
        }
        const outcome = planned.outcomes.find((o) => o.key === migration.key);
        if (outcome) {
            counts.set(migration.key, {
                ...outcome,
                documentsTouched: ctx.stats.documentsTouched,
                note: [outcome.note, `would change ${ctx.stats.documentsTouched} document(s)`]
                    .filter(Boolean)
                    .join('; ')
            });
        }
    }
    return planned.outcomes.map((outcome) => counts.get(outcome.key) ?? outcome);
}
/** A context that only counts: no limits, since nothing it does is written. */
function dryRunContext(database, sleep) {
    return new MigrationContext({
        database,
        dryRun: true,
        allowDestructive: true,
        maxDeletes: Number.POSITIVE_INFINITY,
        log: () => undefined,
        sleep,
        createContainer: async () => undefined,
        dropContainer: async () => undefined,
        assertHeld: () => undefined,
        declaredDestructive: true
    });
}

;// CONCATENATED MODULE: ./src/migrate/parts/entry.ts



/**
 * The ledger entry of a migration applied in parts. Every job of the matrix may write it, so
 * each write is held to the entry as that job read it (If-Match, or create-if-absent): an entry
 * once `applied` is never written again, and exactly one job records it applied.
 */
/** Marks the migration running in `count` parts, unless a job of the matrix already did. */
async function entry_startEntry(run, started) {
    const { ledger, migration, parameters, shard } = run;
    const entry = await ledger.entry(migration.key);
    const same = entry?.checksum === migration.file.checksum;
    if (same && entry?.status === 'applied')
        return;
    const parts = entry?.['parts'];
    if (same && typeof parts === 'number' && parts !== shard.count)
        throw new ActionError(`Migration ${migration.file.path} was started in ${parts} parts and is not finished; this job has shard ${shard.index}/${shard.count}. Run every job of the matrix with the count ${parts} ('shard: <index>/${parts}') until the migration is applied.`);
    if (same && entry?.status === 'running')
        return;
    await ledger.recordIf({ ...runningEntry(migration, parameters, started), parts: shard.count }, entry?._etag);
}
/**
 * The entry as another job left it, when that settles the migration for this one: true when it
 * is applied; a failure recorded since this job started fails it too.
 */
async function entry_settledByOthers(run) {
    const { ledger, migration } = run;
    const entry = await ledger.entry(migration.key);
    if (entry?.checksum !== migration.file.checksum)
        return false;
    if (entry.status === 'failed')
        throw new ActionError(`Migration ${migration.file.path} failed in another job of the matrix: ${entry.error ?? 'no reason recorded'}`);
    return entry.status === 'applied';
}
/**
 * Records the migration applied, once: false when another job recorded it first. The entry keeps
 * when the first part started and adds up what every part did.
 */
function entry_recordApplied(run, finished, tally) {
    return settleEntry(run, finished, {
        status: 'applied',
        requestCharge: round2(tally.requestCharge),
        documentsTouched: tally.documentsTouched,
        error: null,
        parts: run.shard.count
    });
}
/** Records the migration failed (a part failed), unless another job recorded it applied. */
async function entry_recordFailed(run, finished, message) {
    await settleEntry(run, finished, { status: 'failed', error: message });
}
/**
 * Writes how the migration ended over its entry as read, again until no other job wrote it in
 * between; false when it was (or became) applied by another job.
 */
async function settleEntry(run, finished, ending) {
    const { ledger, migration, parameters } = run;
    for (;;) {
        const entry = await ledger.entry(migration.key);
        if (entry?.checksum === migration.file.checksum && entry.status === 'applied')
            return false;
        const { _etag: etag, ...base } = entry ?? runningEntry(migration, parameters, finished);
        const settled = {
            ...base,
            checksum: migration.file.checksum,
            finishedAt: new Date(finished).toISOString(),
            durationMs: finished - Date.parse(base.startedAt),
            ...ending
        };
        if (await ledger.recordIf(settled, etag))
            return true;
    }
}

;// CONCATENATED MODULE: ./src/migrate/parts/run.ts








/**
 * How often a job whose parts are done looks at the parts others hold: often at first (the last
 * part usually ends soon after the others, and every job of the matrix waits for it), then less
 * (a part left by a dead job waits a whole lease to be taken over).
 */
const POLL_MS = { first: 500, later: 2000, firstFor: 30_000 };
/**
 * Applies a shardable migration as one job of a matrix: its own part first, then any part no job
 * holds (one a dead job left, once its lease has gone a whole period without a heartbeat, is
 * taken over and resumed from its progress records), then it waits until every part is done.
 * Each part runs the migration with helpers that change only the part's documents, under a lease
 * of its own in the ledger container. The job that finds every part done records the migration
 * applied, exactly once (If-Match).
 */
async function run_applyInParts(run) {
    const { parameters, migration } = run;
    const started = parameters.now();
    const share = { parts: [], documentsTouched: 0, requestCharge: 0 };
    await startEntry(run, started);
    const watches = new Map();
    let waitingFor = '';
    let waitingSince;
    for (;;) {
        parameters.cancellation.throwIfCancelled();
        if (await settledByOthers(run))
            return outcome(run, share, started, 'applied', 'by the matrix');
        const look = await lookAtParts(run, watches);
        if (look.taken !== undefined) {
            waitingSince = undefined;
            const ended = await runPart(run, look.taken, share);
            if (ended.status !== 'applied')
                return outcome(run, share, started, ended.status, ended.message);
            continue;
        }
        if (look.held.length === 0)
            return finish(run, share, started);
        if (parameters.budget?.spent)
            return outcome(run, share, started, 'paused', 'the time budget was spent while parts of other jobs ran');
        const holders = look.held
            .map(({ part, lease }) => `part ${part} (${describeHolder(lease)})`)
            .join(', ');
        if (holders !== waitingFor)
            parameters.log(`Waiting for ${migration.file.fileName}: ${holders}.`);
        waitingFor = holders;
        waitingSince ??= parameters.now();
        const poll = parameters.now() - waitingSince < POLL_MS.firstFor ? POLL_MS.first : POLL_MS.later;
        await parameters.sleep(Math.min(poll, Math.max(100, parameters.leaseMs / 3)));
    }
}
/** The parts as they stand: one this job took, or those others hold. */
async function lookAtParts(run, watches) {
    const { shard, parameters, migration } = run;
    const held = [];
    for (const part of partOrder(shard)) {
        const watch = watches.get(part) ?? {};
        watches.set(part, watch);
        const attempt = await Lease.attempt({ ...parameters, ledger: run.ledger, holder: parameters.runBy, now: monotonic(parameters) }, partName(migration, part, shard.count), watch);
        if ('taken' in attempt)
            return { taken: { part, lease: attempt.taken }, held };
        if ('held' in attempt)
            held.push({ part, lease: attempt.held });
    }
    return { held };
}
/** This job's own part first, then the others from the next one round: takeovers spread out. */
function partOrder(shard) {
    return Array.from({ length: shard.count }, (_, i) => ((shard.index - 1 + i) % shard.count) + 1);
}
/** Runs one part under its lease; done, it is marked so in the lease (never taken again). */
async function runPart(run, { part, lease }, share) {
    const { parameters, migration, ledger, shard } = run;
    const what = `part ${part} of ${shard.count} of ${migration.file.fileName}`;
    parameters.log(`Applying ${what}...`);
    const started = parameters.now();
    const { ctx } = contextFor(migration, parameters, ledger, {
        assertHeld: () => lease.assertHeld(),
        part: { index: part, count: shard.count }
    });
    const forget = parameters.cancellation.onAbandon(async () => {
        await lease.release();
    });
    try {
        const error = await failureOf(migration, ctx);
        const status = statusAfter(error, parameters);
        const { documentsTouched, requestCharge } = ctx.stats;
        share.documentsTouched += documentsTouched;
        share.requestCharge += requestCharge;
        const message = error === undefined ? undefined : describeError(error).replace(/\s+/g, ' ');
        if (status === 'applied') {
            await lease.finish({ documentsTouched, requestCharge, finishedAt: new Date().toISOString() });
            share.parts.push(part);
        }
        else {
            await lease.release();
            if (status === 'failed')
                await recordFailed(run, parameters.now(), `${what}: ${message ?? ''}`);
        }
        parameters.log(`${STATUS_WORDS[status]} ${what} in ${parameters.now() - started} ms: ${documentsTouched} document(s), ${Math.round(requestCharge)} RU.`);
        return { status, message };
    }
    finally {
        forget();
    }
}
/** Every part is done: records the migration applied (if no job did first) and clears progress. */
async function finish(run, share, started) {
    const { parameters, migration, ledger, shard } = run;
    const tally = await partsDone(run);
    if (!(await recordApplied(run, parameters.now(), tally)))
        return outcome(run, share, started, 'applied', 'by the matrix');
    parameters.log(`Applied ${migration.file.fileName}: all ${shard.count} parts done, ${tally.documentsTouched} document(s) in all.`);
    await new ProgressStore({
        ledger,
        migration: migration.key,
        checksum: migration.file.checksum,
        assertHeld: () => undefined,
        now: parameters.now,
        sleep: parameters.sleep
    })
        .clear()
        .catch((failure) => {
        parameters.warn(`${migration.file.fileName}: its progress records stay in the ledger container (${describeError(failure)}); they are ignored.`);
    });
    return outcome(run, share, started, 'applied', 'recorded applied by this job');
}
/** This job's outcome of the migration: what its parts did. */
function outcome(run, share, started, status, note) {
    const { shard, migration, parameters } = run;
    const parts = share.parts.length === 0
        ? 'no part'
        : `part${share.parts.length > 1 ? 's' : ''} ${share.parts.join(', ')}`;
    return {
        ...untouched(migration),
        status,
        durationMs: parameters.now() - started,
        documentsTouched: share.documentsTouched,
        requestCharge: share.requestCharge,
        note: `${describeShard(shard)}: ${parts} of ${shard.count} by this job${note ? `; ${note}` : ''}`
    };
}
const monotonic = (parameters) => parameters.monotonicNow ?? (() => performance.now());

;// CONCATENATED MODULE: ./src/migrate/parts/index.ts


;// CONCATENATED MODULE: ./src/migrate/sharded.ts






/**
 * One job of a matrix that shards the migrations (`shard: 2/4`). The migrations go in order in
 * every job: a shardable one in parts (parts/), the job moving on only once every part is done;
 * another one once, by whichever job takes the migration lock first (the others find it applied
 * when they get the lock). No job holds the lock while parts run.
 */
async function sharded_runSharded(ledger, parameters) {
    const shard = parameters.shard;
    parameters.log(`Migrating as ${describeShard(shard)}: shardable migrations run in ${shard.count} parts, the others once under the lock.`);
    const progress = { outcomes: [], applied: [] };
    try {
        const complete = await applyPending(ledger, parameters, progress, (migration) => migration.shardable
            ? applyInParts({ migration, ledger, parameters, shard })
            : applyOnce(migration, ledger, parameters));
        return { outcomes: progress.outcomes, applied: progress.applied, dryRun: false, complete };
    }
    catch (error) {
        throw new MigrationRunError(error, progress);
    }
}
/** A migration that is not shardable: applied by the first job to take the lock. */
async function applyOnce(migration, ledger, parameters) {
    const { lock, release } = await takeLock(ledger, parameters);
    try {
        const entry = await ledger.entry(migration.key);
        if (entry?.status === 'applied' && entry.checksum === migration.file.checksum)
            return {
                ...untouched(migration),
                status: 'up to date',
                note: 'applied by another job of the matrix'
            };
        return await applyMigration(migration, ledger, parameters, lock);
    }
    finally {
        await release();
    }
}

;// CONCATENATED MODULE: ./src/migrate/run.ts










/**
 * Runs the pending migrations under the lock, recording each in the ledger, or in a dry run
 * reports the plan and writes nothing. Drift (an applied migration whose file changed) fails the
 * run before anything is applied; a failed migration is recorded and re-run next time. A failure
 * once the lock is held is a MigrationRunError, with what the run had done by then.
 */
async function runMigrations(parameters) {
    const ledger = await openLedger(parameters);
    if (parameters.dryRun)
        return previewRun(ledger, parameters);
    if (ledger === undefined)
        throw new Error('unreachable: the ledger exists outside a dry run');
    if ((parameters.shard?.count ?? 1) > 1)
        return runSharded(ledger, parameters);
    const { lock, release } = await run_takeLock(ledger, parameters);
    const progress = { outcomes: [], applied: [] };
    try {
        const complete = await run_applyPending(ledger, parameters, progress, (migration) => {
            lock.assertHeld();
            return applyMigration(migration, ledger, parameters, lock);
        });
        return { outcomes: progress.outcomes, applied: progress.applied, dryRun: false, complete };
    }
    catch (error) {
        // Whatever was applied before the failure stays applied, and is reported.
        throw new MigrationRunError(error, progress);
    }
    finally {
        await release();
    }
}
/**
 * Takes the migration lock, waiting while another run holds it; `release` gives it back (also
 * when the job is abandoned at cancellation) and tells `onLock`.
 */
async function run_takeLock(ledger, parameters) {
    const lock = await MigrationLock.acquire({
        ledger,
        holder: parameters.runBy,
        leaseMs: parameters.leaseMs,
        timeoutMs: parameters.lockTimeoutMs,
        now: parameters.monotonicNow ?? (() => performance.now()),
        sleep: parameters.sleep,
        log: parameters.log,
        warn: parameters.warn,
        throwIfCancelled: () => parameters.cancellation.throwIfCancelled()
    });
    parameters.onLock?.(lock.holderId);
    const giveBack = async () => {
        if (await lock.release())
            parameters.onLock?.(undefined);
    };
    const forget = parameters.cancellation.onAbandon(giveBack);
    return {
        lock,
        release: async () => {
            forget();
            await giveBack();
        }
    };
}
/**
 * Plans again (another run may have applied migrations while this one waited for the lock),
 * refuses drift and unpermitted destructive migrations, then applies the pending ones in order
 * with `apply`. False when the time budget ended the run first.
 */
async function run_applyPending(ledger, parameters, progress, apply) {
    const planned = plan(parameters.migrations, await ledger.entries());
    const drifted = planned.outcomes.filter((outcome) => outcome.status === 'drifted');
    if (drifted.length > 0) {
        progress.outcomes.push(...planned.outcomes);
        throw driftError(drifted);
    }
    // Only what is about to run needs permission: applied destructive migrations are history.
    const refused = planned.pending.filter((migration) => migration.refusal !== undefined);
    if (refused.length > 0 && !parameters.allowDestructive) {
        progress.outcomes.push(...planned.outcomes);
        throw new ActionError(`Destructive migrations are refused unless 'allow-destructive' is 'true':\n${refused.map((m) => `  - ${m.refusal}`).join('\n')}`);
    }
    for (const outcome of planned.outcomes) {
        if (outcome.note?.includes('out of order'))
            parameters.warn(`${outcome.file}: ${outcome.note}.`);
        if (outcome.status === 'file missing')
            parameters.warn(`Migration ${outcome.key} is in the ledger but its file is gone (${outcome.file}).`);
    }
    progress.outcomes.push(...planned.outcomes.filter((o) => o.status === 'up to date' || o.status === 'file missing'));
    for (const [index, migration] of planned.pending.entries()) {
        parameters.cancellation.throwIfCancelled();
        if (parameters.budget?.spent) {
            progress.outcomes.push(...planned.pending.slice(index).map(notStarted));
            return false;
        }
        const outcome = await apply(migration);
        progress.outcomes.push(outcome);
        if (outcome.status === 'paused') {
            progress.outcomes.push(...planned.pending.slice(index + 1).map(notStarted));
            return false;
        }
        if (outcome.status === 'interrupted') {
            const { signal } = parameters.cancellation.signal.reason;
            throw new CancelledError(signal, `migration ${migration.file.path} stopped before its next write and is recorded as interrupted in the ledger; the next run applies it again (its helpers skip what is done). The migration lock is released`);
        }
        if (outcome.status !== 'applied' && outcome.status !== 'up to date') {
            throw new ActionError(`Migration ${migration.file.path} failed: ${outcome.note ?? ''}`);
        }
        if (outcome.status === 'applied')
            progress.applied.push(migration.key);
    }
    return true;
}
/** A pending migration the time budget left for the next run. */
function notStarted(migration) {
    return {
        ...untouched(migration),
        status: 'paused',
        note: 'not started: the time budget (max-run-minutes) was spent'
    };
}
/** The ledger, created through ARM when missing (not in a dry run: undefined then). */
async function openLedger(parameters) {
    const container = parameters.database.container(parameters.ledgerContainer);
    try {
        return await Ledger.open(container);
    }
    catch (error) {
        if (error.code !== 404)
            throw error;
    }
    if (parameters.dryRun) {
        parameters.log(`The ledger container '${parameters.ledgerContainer}' does not exist yet: every migration is pending.`);
        return undefined;
    }
    parameters.log(`Creating the ledger container '${parameters.ledgerContainer}' (partition key /id) through ARM.`);
    await parameters.createContainer(parameters.ledgerContainer, ['/id']);
    return Ledger.open(container);
}

;// CONCATENATED MODULE: ./src/migrate/abandoned.ts

/**
 * The post step's release of a lock its run still held (the run was killed before it could):
 * entries still `running` under that holding become `interrupted`, then the lease is deleted,
 * each with If-Match, so a lease another run has taken over since is left alone.
 */
async function releaseAbandonedLock(ledger, holderId, now) {
    const container = ledger.container;
    const partitionKey = ledger.partitionKeyOf({ id: 'lock' });
    const { resource: lease } = await container
        .item('lock', partitionKey)
        .read();
    if (lease === undefined)
        return 'not held';
    if (lease.holder?.id !== holderId)
        return 'taken over';
    await markInterrupted(container, ledger, holderId, now);
    try {
        await container
            .item('lock', partitionKey)
            .delete({ accessCondition: { type: 'IfMatch', condition: lease._etag ?? '' } });
    }
    catch (error) {
        const code = error.code;
        if (code === 412)
            return 'taken over';
        if (code !== 404)
            throw error;
    }
    return 'released';
}
/** The entries the dead run left `running`, now `interrupted` (unless changed meanwhile). */
async function markInterrupted(container, ledger, holderId, now) {
    const { resources } = await container.items
        .query({
        query: "SELECT * FROM c WHERE c.type = 'migration' AND c.status = 'running' AND c.lockId = @id",
        parameters: [{ name: '@id', value: holderId }]
    })
        .fetchAll();
    for (const entry of resources) {
        const { _etag: etag, ...rest } = entry;
        await container
            .item(entry.id, ledger.partitionKeyOf(entry))
            .replace(interruptedEntry(rest, now(), 'the run ended before it finished'), {
            accessCondition: { type: 'IfMatch', condition: etag ?? '' }
        });
    }
}

;// CONCATENATED MODULE: ./src/migrate/index.ts
/** Migrations: versioned and repeatable, checksummed, run once under a lease lock. */







// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(690);
;// CONCATENATED MODULE: ./src/cosmos/roles.ts
/** Cosmos DB data-plane actions and built-in roles, as Cosmos DB defines them. */
const DATA_ACTION_PREFIX = 'Microsoft.DocumentDB/databaseAccounts/';
const CONTAINERS = `${DATA_ACTION_PREFIX}sqlDatabases/containers/`;
/** Every data action a job can need, by a short name used in tables and messages. */
const ACTIONS = {
    readMetadata: `${DATA_ACTION_PREFIX}readMetadata`,
    read: `${CONTAINERS}items/read`,
    create: `${CONTAINERS}items/create`,
    upsert: `${CONTAINERS}items/upsert`,
    replace: `${CONTAINERS}items/replace`,
    delete: `${CONTAINERS}items/delete`,
    executeQuery: `${CONTAINERS}executeQuery`,
    readChangeFeed: `${CONTAINERS}readChangeFeed`,
    executeStoredProcedure: `${CONTAINERS}executeStoredProcedure`
};
/** The short name of a full data action (`items/upsert`), for tables. */
function shortAction(action) {
    return action.startsWith(CONTAINERS)
        ? action.slice(CONTAINERS.length)
        : action.slice(DATA_ACTION_PREFIX.length);
}
/** Actions that change data: a job needing none of them needs no write role. */
const WRITE_ACTIONS = [
    ACTIONS.create,
    ACTIONS.upsert,
    ACTIONS.replace,
    ACTIONS.delete,
    ACTIONS.executeStoredProcedure
];
const BUILT_IN_ROLES = [
    {
        name: 'Cosmos DB Built-in Data Reader',
        id: '00000000-0000-0000-0000-000000000001',
        dataActions: [
            'Microsoft.DocumentDB/databaseAccounts/readMetadata',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/readChangeFeed'
        ]
    },
    {
        name: 'Cosmos DB Built-in Data Contributor',
        id: '00000000-0000-0000-0000-000000000002',
        dataActions: [
            'Microsoft.DocumentDB/databaseAccounts/readMetadata',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*',
            'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*'
        ]
    }
];
/**
 * True when a permission pattern grants an action. A trailing `/*` covers the actions one level
 * below it only: `containers/*` grants executeQuery but not `containers/items/read`.
 */
function grants(pattern, action) {
    const p = pattern.toLowerCase();
    const a = action.toLowerCase();
    if (!p.endsWith('/*'))
        return p === a;
    const parent = p.slice(0, -1);
    return a.startsWith(parent) && !a.slice(parent.length).includes('/');
}
/** The built-in role with the fewest rights that grants an action, if any does. */
function roles_smallestBuiltInRoleFor(action) {
    return BUILT_IN_ROLES.find((role) => role.dataActions.some((pattern) => grants(pattern, action)));
}

;// CONCATENATED MODULE: ./src/cosmos/errors.ts



/** A failure to reach the service at all: no status, a Node network code. */
const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate is not trusted",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
    ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host"
};
/**
 * Turns an error from @azure/cosmos into a CosmosAccessError that says which role to grant at
 * which scope, or what else to change. `requestScope` is the resource the failed request was for
 * (`/dbs/<db>/colls/<container>`), used when Cosmos's own message does not name a usable scope.
 * Errors it does not recognise keep Cosmos's own text.
 */
function errors_explainCosmosError(error, context, requestScope) {
    const record = (error ?? {});
    const status = typeof record['code'] === 'number' ? record['code'] : undefined;
    const network = typeof record['code'] === 'string' ? NETWORK_CODES[record['code']] : undefined;
    if (status === undefined && network !== undefined)
        return unreachable(error, context, network, record['code']);
    const substatusValue = Number(record['substatus']);
    const substatus = Number.isFinite(substatusValue) ? substatusValue : undefined;
    const said = cosmosText(error);
    const lines = [
        ...explain(status, substatus, said, context, requestScope ?? `/dbs/${context.database}`),
        `Cosmos DB said: ${said}`
    ];
    return new CosmosAccessError(lines.join('\n'), { status, substatus, cause: error });
}
/** No answer from Cosmos DB at all: name the host and what to check, not "Cosmos DB said". */
function unreachable(error, context, what, code) {
    const host = new URL(context.endpoint).host;
    const lines = [
        `Could not reach Cosmos DB at ${host}: ${what} (${code}). No request reached the account.`,
        "Check 'endpoint': it is the account's URI from the portal (Overview, URI), https://<account>.documents.azure.com:443/.",
        code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'A name that does not resolve means a misspelled or deleted account, or an account reachable only through a private endpoint whose DNS zone this runner cannot see.'
            : 'Check that the runner can reach the host: a proxy, a firewall in front of a self-hosted runner, or an account reachable only through a private endpoint.',
        `Underlying error: ${describeError(error).replace(/\s+/g, ' ')}`
    ];
    return new CosmosAccessError(lines.join('\n'), {
        status: undefined,
        substatus: undefined,
        cause: error
    });
}
function explain(status, substatus, said, context, requestScope) {
    const where = `account ${context.endpoint}`;
    if (status === 403 && substatus === 5301)
        return missingRole(said, context, requestScope);
    if (status === 403 && /Request originated from/i.test(said))
        return firewall(said, context);
    if (status === 403 && substatus === 5300) {
        return [
            'Cosmos DB refuses database and container create, replace and delete with Entra tokens on the data plane.',
            'Provision databases and containers through Azure Resource Manager instead (Bicep, Terraform, az cosmosdb sql container create).'
        ];
    }
    if (status === 401 && substatus === 5008) {
        return [
            `The ${where} refused the token's audience.`,
            "Check 'cloud' and 'endpoint': tokens must be issued for the account's own URI or the cloud's Cosmos DB resource."
        ];
    }
    if (status === 401 && substatus === 5007) {
        return [
            `The ${where} does not trust tokens from the identity's tenant.`,
            "Use an identity in the account's own tenant, and check 'tenant-id'."
        ];
    }
    if (status === 401 && /expired/i.test(said)) {
        return [
            `The ${where} says the access token had expired.`,
            'Check the runner clock: tokens are renewed before expiry, so an expired token points at clock skew.'
        ];
    }
    if (status === 401) {
        return [`The ${where} refused the access token.`];
    }
    if (status === 404) {
        return [
            `Database '${context.database}' was not found in ${where}.`,
            'Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql database create): Cosmos DB refuses database creation with Entra tokens.'
        ];
    }
    return [
        `Cosmos DB request to ${where} failed${status === undefined ? '' : ` with status ${status}`}.`
    ];
}
/** 403/5301: the role, the scope and the command that grants it, whatever shape the message has. */
function missingRole(said, context, requestScope) {
    const denial = parseRbacDenial(said);
    const principal = denial.principalId ?? context.principalId ?? '<principal-id>';
    const action = denial.action ?? '?';
    const scope = denial.resource.kind === 'path' ? denial.resource.scope : requestScope;
    const role = smallestBuiltInRoleFor(action);
    const named = denial.resource.kind === 'internalId'
        ? [
            `Cosmos DB named the resource by its internal id (${denial.resource.id}); the refused request was for '${scope}'.`
        ]
        : denial.resource.kind === 'anyScope'
            ? [
                `Cosmos DB says the principal holds '${action}' at no scope at all; the refused request was for '${scope}'.`
            ]
            : [];
    return [
        `Cosmos DB refused the request: principal ${principal} has no role that grants '${action}' at scope '${scope}'.`,
        ...named,
        role
            ? `Grant it '${role.name}' (${role.id}) at '${scope}' or a scope above it:`
            : 'Grant it a role that includes this data action:',
        `  az cosmosdb sql role assignment create --account-name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --scope "${scope}" --principal-id ${principal} --role-definition-id ${role?.id ?? '<role-definition-id>'}`,
        'The principal id is the object id (oid) of the service principal or managed identity, not its client id.'
    ];
}
/**
 * 403 from the account's network rules. GitHub-hosted runners reach Cosmos DB from the public
 * internet with an address that changes from job to job (api.github.com/meta lists thousands of
 * ranges), so an account with IP rules or private endpoints only refuses them.
 */
function firewall(said, context) {
    const ip = /originated from (?:client )?IP ([0-9A-Fa-f.:]+)/i.exec(said)?.[1];
    const viaVnet = /originated from (?:client )?VNET through (service|private) endpoint/i.exec(said);
    if (viaVnet) {
        return [
            `The account's network rules refused this runner: it came from a virtual network through a ${viaVnet[1]} endpoint that account ${context.accountName} does not allow.`,
            `Add the runner's subnet to the account's virtual network rules (az cosmosdb network-rule add --name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --subnet <subnet-id>), or approve the private endpoint connection.`
        ];
    }
    return [
        `The account's firewall refused this runner${ip ? `, which came from ${ip}` : ''} through the public internet: account ${context.accountName} allows only some IP addresses or only private endpoints.`,
        'GitHub-hosted runners get a different public address for each job, so a fixed IP rule does not cover them. The options:',
        '  - run the job on a self-hosted runner (or a GitHub-hosted runner with Azure private networking) in a virtual network that reaches the account through a private endpoint or service endpoint;',
        `  - allow the runner's address for the run: az cosmosdb update --name ${context.accountName} --resource-group ${context.resourceGroup ?? '<resource-group>'} --ip-range-filter <existing rules>,<runner ip>. Each change is an account update that takes minutes, and must be undone after the job;`,
        "  - allow public access from all networks, if the account's data may be reached that way.",
        'See docs/troubleshooting.md, "Firewall and private endpoints".'
    ];
}
/** Cosmos's message, taken from its JSON body when there is one, on one line. */
function cosmosText(error) {
    const body = error?.body;
    const text = typeof body?.message === 'string' ? body.message : describeError(error);
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/cosmos/connect.ts




/**
 * The SDK's HTTP client, counting request units as responses arrive: every request is counted,
 * the SDK's own metadata reads and retries included, which per-operation charges would miss.
 */
function meteredHttpClient(meter, work) {
    const inner = (0,dist_esm/* createDefaultHttpClient */.fl)();
    return {
        async sendRequest(request) {
            // The SDK sets the priority per request option only; every request of this client is work.
            if (work?.priority === 'low')
                request.headers.set(PRIORITY_HEADER, 'Low');
            const response = await inner.sendRequest(request);
            const charge = Number(response.headers.get('x-ms-request-charge'));
            if (meter && Number.isFinite(charge))
                meter.total += charge;
            return response;
        }
    };
}
/** The header of priority-based execution (the SDK's Constants.HttpHeaders.PriorityLevel). */
const PRIORITY_HEADER = 'x-ms-cosmos-priority-level';
/** The SDK's throttling retries turned off: each 429 comes back to the caller at once. */
const NO_THROTTLE_RETRIES = {
    maxRetryAttemptCount: 0,
    fixedRetryIntervalInMilliseconds: 0,
    maxWaitTimeInSeconds: 0
};
/** A Cosmos DB client that authenticates every request with an Entra token: no key anywhere. */
function connect_createCosmosClient(parameters) {
    const { work } = parameters;
    return new esm/* CosmosClient */.Di({
        endpoint: parameters.endpoint,
        aadCredentials: parameters.credential,
        userAgentSuffix: parameters.userAgentSuffix,
        ...(parameters.meter || work ? { httpClient: meteredHttpClient(parameters.meter, work) } : {}),
        ...(work?.throughputBucket !== undefined ? { throughputBucket: work.throughputBucket } : {}),
        ...(work?.sdkThrottleRetries === false
            ? { connectionPolicy: { retryOptions: NO_THROTTLE_RETRIES } }
            : {})
    });
}
/**
 * Proves the identity can use the database by reading it and listing its containers (both need
 * only `readMetadata`, which every data-plane role grants). Failures say what to grant.
 */
async function connect_proveDatabaseAccess(client, context) {
    try {
        const database = client.database(context.database);
        const read = await database.read();
        const listed = await database.containers.readAll().fetchAll();
        return {
            database,
            containers: listed.resources.map((container) => container.id).sort(),
            requestCharge: (read.requestCharge ?? 0) + (listed.requestCharge ?? 0)
        };
    }
    catch (error) {
        // Token failures surface through the SDK's pipeline, explained already.
        if (error instanceof ActionError)
            throw error;
        throw explainCosmosError(error, context);
    }
}

;// CONCATENATED MODULE: ./src/cosmos/scope-fallback.ts

/** Entra's code for "no resource principal for this scope in the tenant". */
const RESOURCE_NOT_FOUND = 500011;
/**
 * Wraps a credential so that a scope Entra does not know (AADSTS500011: accounts whose own URI is
 * not registered as a resource) is replaced, once and for good, by the cloud's Cosmos DB scope.
 * The SDK has such a fallback too, but only to the public cloud's scope, and it asks Entra for the
 * unknown scope again on every request; this one remembers and knows sovereign clouds.
 */
class CosmosScopeFallback {
    credential;
    fallbackScope;
    onFallback;
    replaced = new Map();
    constructor(credential, fallbackScope, onFallback) {
        this.credential = credential;
        this.fallbackScope = fallbackScope;
        this.onFallback = onFallback;
    }
    async getToken(scopes, options) {
        const requested = Array.isArray(scopes) ? scopes : [scopes];
        const mapped = requested.map((scope) => this.replaced.get(scope) ?? scope);
        try {
            return await this.credential.getToken(mapped, options);
        }
        catch (error) {
            const unknown = mapped.find((scope) => scope !== this.fallbackScope);
            if (!(error instanceof errors/* EntraError */.BL) ||
                error.code !== RESOURCE_NOT_FOUND ||
                unknown === undefined) {
                throw error;
            }
            for (const scope of requested)
                this.replaced.set(scope, this.fallbackScope);
            this.onFallback(unknown, this.fallbackScope);
            return this.credential.getToken([this.fallbackScope], options);
        }
    }
}

;// CONCATENATED MODULE: ./src/cosmos/index.ts
/** Cosmos DB access with Entra tokens: the client, the proof of access, and explained errors. */




// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 182 modules
var identity_dist_esm = __webpack_require__(5563);
;// CONCATENATED MODULE: ./src/replication-wait.ts
/**
 * Waiting for something Azure replicates in its own time: a new federated credential reaching
 * Entra's token service, a new principal reaching Azure Resource Manager. Both take from seconds to
 * a couple of minutes, so the waits start short and settle at 30 s, within a limit.
 */
/** 5, 10, 20 s, then every 30 s. */
const STEPS_MS = [5000, 10_000, 20_000, 30_000];
/**
 * How long to wait before attempt `waits + 1`, having waited `waitedMs` of at most `limitMs`; the
 * last wait is cut to the limit. Undefined once the limit is reached.
 */
function nextReplicationWait(waits, waitedMs, limitMs) {
    const left = limitMs - waitedMs;
    if (left <= 0)
        return undefined;
    return Math.min(STEPS_MS[Math.min(waits, STEPS_MS.length - 1)] ?? 30_000, left);
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js + 4 modules
var decode_jwt = __webpack_require__(9937);
;// CONCATENATED MODULE: ./src/identity/claims.ts

/** Decodes a JWT's payload without verifying it: the verifier is Entra (or Cosmos), not us. */
function decodeClaims(token) {
    return (0,decode_jwt/* decodeJwt */.i)(token);
}
/** The claims worth showing in a log: they decide which federated credential matches. */
function presentedClaims(claims) {
    const audience = Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud;
    const rows = [
        ['iss', claims.iss],
        ['sub', claims.sub],
        ['aud', audience],
        ['job_workflow_ref', claims.job_workflow_ref],
        ['environment', claims.environment],
        ['ref', claims.ref],
        ['event_name', claims.event_name]
    ];
    return rows.filter((row) => typeof row[1] === 'string' && row[1] !== '');
}
const CLASSIC = /^repo:([^:@/]+)\/([^:@]+):(.+)$/;
const IMMUTABLE = /^repo:([^:@/]+)@(\d+)\/([^:@]+)@(\d+):(.+)$/;
const STANDARD_CONTEXT = /^(environment:[^:]+|pull_request|ref:[^:]+)$/;
/** Tells which of GitHub's subject formats a `sub` claim uses. */
function parseSubject(subject) {
    const immutable = IMMUTABLE.exec(subject);
    if (immutable) {
        const context = immutable[5];
        return { form: STANDARD_CONTEXT.test(context) ? 'immutable' : 'custom', context };
    }
    const classic = CLASSIC.exec(subject);
    if (classic) {
        const context = classic[3];
        return { form: STANDARD_CONTEXT.test(context) ? 'classic' : 'custom', context };
    }
    return { form: subject.includes(':') ? 'custom' : 'unknown', context: undefined };
}
/** Escapes a value the way GitHub does inside a subject (a `:` becomes `%3A`). */
function escapeSubjectValue(value) {
    return value.replaceAll(':', '%3A');
}
/**
 * The classic subject GitHub would present for these claims with the default template:
 * environment first, then pull request, then ref.
 */
function classicSubject(claims) {
    if (claims.repository === undefined)
        return undefined;
    const repo = `repo:${claims.repository}`;
    if (claims.environment)
        return `${repo}:environment:${escapeSubjectValue(claims.environment)}`;
    if (claims.event_name === 'pull_request') {
        return `${repo}:pull_request`;
    }
    if (claims.ref)
        return `${repo}:ref:${escapeSubjectValue(claims.ref)}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/identity/access-token.ts

/** Clock skew beyond which Entra-issued tokens may be refused before or after their time. */
const MAX_CLOCK_SKEW_SECONDS = 300;
/** The resource a `<resource>/.default` scope asks for. */
function resourceOfScope(scope) {
    return scope.replace(/\/\.default$/, '').replace(/\/$/, '');
}
/**
 * Reads an Entra access token's claims (it is not verified here: the resource does that) and
 * checks what commonly breaks: an audience that is not the resource asked for, and a runner
 * clock that differs from Entra's by more than five minutes.
 *
 * The clock comparison uses `exp` (Entra's clock) against `expiresOnTimestamp`, which the SDK
 * computes from the runner's clock and `expires_in`; `iat` and `nbf` are no help, since Entra
 * backdates both by five minutes on purpose.
 */
function inspectAccessToken(token, scope, expiresOnTimestamp) {
    const claims = decodeClaims(token);
    const problems = [];
    const expected = resourceOfScope(scope);
    const audiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).filter((aud) => typeof aud === 'string');
    if (!audiences.some((aud) => resourceOfScope(aud) === expected)) {
        problems.push(`The Entra token's audience is '${audiences.join(', ') || 'missing'}', not the resource '${expected}' it was requested for; the resource will refuse it. Check 'endpoint' and 'cloud'.`);
    }
    if (typeof claims.exp === 'number') {
        // Positive: Entra's clock is ahead of the runner's.
        const skew = Math.round(claims.exp - expiresOnTimestamp / 1000);
        if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
            problems.push(`The runner clock is ${Math.abs(skew)} s ${skew > 0 ? 'behind' : 'ahead of'} Microsoft Entra ID (the token expires at ${new Date(claims.exp * 1000).toISOString()} by Entra's clock, ${new Date(expiresOnTimestamp).toISOString()} by the runner's); more than ${MAX_CLOCK_SKEW_SECONDS} s makes tokens look expired or not yet valid. Sync the runner clock.`);
        }
    }
    return {
        claims,
        audience: audiences[0],
        expiresOn: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
        problems
    };
}

;// CONCATENATED MODULE: ./src/identity/authority.ts

/**
 * Asks the authority for the tenant's OpenID configuration, the document MSAL could not read,
 * and says what went wrong in Entra's own words (AADSTS90002 for an unknown tenant) or the
 * network's (an unreachable host). MSAL only says `endpoints_resolution_error`.
 */
async function diagnoseAuthority(authorityHost, tenantId, fetchImpl = fetch) {
    const url = `${authorityHost.replace(/\/$/, '')}/${encodeURIComponent(tenantId)}/v2.0/.well-known/openid-configuration`;
    try {
        const response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
        if (response.ok)
            return `${url} answers now; the failure was likely transient.`;
        const body = (await response.json().catch(() => ({})));
        const description = typeof body.error_description === 'string' ? body.error_description : '';
        return `${url} answered ${response.status}${description ? `: ${description.replace(/\s+/g, ' ').trim()}` : ''}`;
    }
    catch (error) {
        const cause = error.cause;
        return `${url} could not be reached: ${(0,errors/* describeError */.Uc)(cause ?? error)}`;
    }
}

;// CONCATENATED MODULE: ./src/identity/entra-errors.ts


const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT'
]);
/**
 * Finds the AADSTS code, Entra's own text and the HTTP status in whatever @azure/identity and
 * MSAL threw (errors nest: AuthenticationRequiredError -> ServerError, or AuthenticationError).
 */
function readEntraFailure(error) {
    let code;
    let description;
    let status;
    let network = false;
    for (const layer of causeChain(error)) {
        const record = layer;
        const text = [record['errorMessage'], record['message'], (0,errors/* describeError */.Uc)(layer)].find((value) => typeof value === 'string' && /AADSTS\d+/.test(value));
        const response = record['errorResponse'];
        const responseText = typeof response?.['errorDescription'] === 'string' ? response['errorDescription'] : undefined;
        const found = /AADSTS(\d+)/.exec(responseText ?? text ?? '');
        if (code === undefined && found)
            code = Number(found[1]);
        if (description === undefined && (responseText ?? text))
            description = firstAadstsLine(responseText ?? text ?? '');
        const httpStatus = record['statusCode'] ?? record['status'];
        if (status === undefined && typeof httpStatus === 'number')
            status = httpStatus;
        if (typeof record['code'] === 'string' && TRANSIENT_NETWORK_CODES.has(record['code']))
            network = true;
    }
    return { code, description: description ?? (0,errors/* describeError */.Uc)(error), status, network };
}
/**
 * Keeps Entra's own description from `AADSTS…` on, as one line. MSAL wraps it in its own words
 * and repeats the correlation and trace ids after it (` - Correlation ID: …`): those go.
 */
function firstAadstsLine(text) {
    const start = text.indexOf('AADSTS');
    const description = start >= 0 ? text.slice(start) : text;
    const repeated = description.indexOf(' - Correlation ID:');
    return (repeated >= 0 ? description.slice(0, repeated) : description).replace(/\s+/g, ' ').trim();
}
function* causeChain(error) {
    const seen = new Set();
    let current = error;
    while (current !== undefined && current !== null && !seen.has(current)) {
        seen.add(current);
        yield current;
        current = current.cause;
    }
}
/** True for failures worth another try: network faults, throttling and Entra's own 5xx. */
function isTransientEntraFailure(failure) {
    if (failure.network)
        return true;
    if (failure.status !== undefined && (failure.status === 429 || failure.status >= 500))
        return true;
    // 50166: Entra could not fetch the issuer's keys; for github.com that is a passing outage.
    return failure.code === 90033 || failure.code === 50196 || failure.code === 50166;
}
/**
 * Turns an Entra failure into an EntraError whose message keeps Entra's text and adds the
 * likely cause and the fix, worked out from the claims the job presented.
 */
function explainEntraFailure(error, context) {
    const failure = readEntraFailure(error);
    if (context.authorityAnswer !== undefined)
        return authorityUnresolved(failure, context, error);
    const advice = failure.code === undefined ? undefined : ADVICE[failure.code]?.(context);
    const lines = [
        failure.code === undefined
            ? `Microsoft Entra ID token exchange failed for client ${context.clientId} in tenant ${context.tenantId}.`
            : `Microsoft Entra ID refused the token exchange (AADSTS${failure.code}) for client ${context.clientId} in tenant ${context.tenantId}.`,
        `Entra said: ${failure.description}`,
        ...(advice ?? genericAdvice(failure))
    ];
    return new errors/* EntraError */.BL(lines.join('\n'), {
        code: failure.code,
        transient: isTransientEntraFailure(failure),
        cause: error
    });
}
/** MSAL could not read the tenant's OpenID configuration: say why, from the authority itself. */
function authorityUnresolved(failure, context, error) {
    const answer = context.authorityAnswer ?? '';
    const code = /AADSTS(\d+)/.exec(answer);
    const lines = [
        `Microsoft Entra ID could not be asked for a token: the OpenID configuration of tenant '${context.tenantId}' at ${context.authorityHost} could not be read.`,
        `The authority said: ${answer}`,
        code?.[1] === '90002'
            ? `Fix: tenant '${context.tenantId}' does not exist in the ${context.cloudName} cloud; check 'tenant-id' (the directory GUID or a verified domain) and 'cloud'.`
            : `Fix: check 'tenant-id', 'cloud' (${context.cloudName}) and, if set, 'authority-host'.`
    ];
    return new errors/* EntraError */.BL(lines.join('\n'), {
        code: code ? Number(code[1]) : failure.code,
        transient: false,
        cause: error
    });
}
function genericAdvice(failure) {
    if (isTransientEntraFailure(failure)) {
        return [
            'Cause: Entra or the network failed temporarily and retries did not help. Re-run the job.'
        ];
    }
    return ['Fix: see the AADSTS troubleshooting table in docs/troubleshooting.md.'];
}
function presented(context) {
    const claims = context.claims;
    const audience = Array.isArray(claims?.aud) ? claims?.aud.join(', ') : claims?.aud;
    return `issuer '${claims?.iss ?? '?'}', subject '${claims?.sub ?? '?'}', audience '${audience ?? '?'}'`;
}
const ADVICE = {
    70021: (c) => [
        `Cause: no federated identity credential on application ${c.clientId} matches the token the job presented: ${presented(c)}.`,
        'Fix: add a federated credential with exactly these three values (they are compared exactly and case-sensitively).',
        propagationNote(c),
        ...subjectHints(c)
    ],
    700211: (c) => [
        `Cause: no federated credential on application ${c.clientId} has the issuer '${c.claims?.iss ?? '?'}'.`,
        'Fix: set the credential issuer to exactly that value: https://token.actions.githubusercontent.com on github.com',
        '(no trailing slash), https://token.actions.githubusercontent.com/<enterprise> with a unique enterprise issuer,',
        'https://token.actions.<subdomain>.ghe.com on GHE.com (data residency), or https://<host>/_services/token on GitHub Enterprise Server.'
    ],
    50166: (c) => [
        `Cause: Entra could not fetch the OpenID configuration or the signing keys of the issuer '${c.claims?.iss ?? '?'}' (${c.claims?.iss ?? '<issuer>'}/.well-known/openid-configuration and its jwks_uri).`,
        'On GitHub Enterprise Server both must be reachable from the internet: Entra fetches them itself, so a GHES behind a firewall or on a private network cannot federate with Entra.',
        "Fix: publish the two OIDC endpoints (only they need to be public), or use an identity that does not federate, such as a self-hosted runner's managed identity. For github.com this is a passing outage: re-run the job."
    ],
    700212: (c) => {
        const audience = Array.isArray(c.claims?.aud) ? c.claims?.aud.join(', ') : c.claims?.aud;
        const overridden = audience !== undefined && audience !== c.defaultAudience;
        return [
            `Cause: the job presented the audience '${audience ?? '?'}', and the matching credential does not list it.`,
            overridden
                ? `Fix: the 'audience' input overrides the ${c.cloudName} default '${c.defaultAudience}'; remove the override or make the credential's audience '${audience}'.`
                : `Fix: set the credential's audience to '${c.defaultAudience}', the ${c.cloudName} token-exchange audience.`
        ];
    },
    700213: (c) => [
        `Cause: no federated credential on application ${c.clientId} has the subject '${c.claims?.sub ?? '?'}' that this job presented.`,
        ...subjectHints(c),
        `Fix: add a federated credential with issuer '${c.claims?.iss ?? '?'}' and subject '${c.claims?.sub ?? '?'}' exactly.`,
        propagationNote(c)
    ],
    7002138: (c) => [
        `Cause: a federated credential matches the subject '${c.claims?.sub ?? '?'}' only when case is ignored; Entra compares it case-sensitively.`,
        'Fix: correct the case of the credential subject to match exactly; GitHub keeps the case of owner, repository, branch and environment names.'
    ],
    7002131: (c) => [
        `Cause: the claims matching expression of the flexible federated credential does not match subject '${c.claims?.sub ?? '?'}' / job_workflow_ref '${c.claims?.job_workflow_ref ?? '?'}'.`,
        'Fix: test the expression against these two values, or add a credential with the exact subject.',
        propagationNote(c)
    ],
    700024: (c) => [
        `Cause: the GitHub token was not within its valid time when Entra checked it (issued ${time(c.claims?.iat)}, valid from ${time(c.claims?.nbf)}, expires ${time(c.claims?.exp)}; runner clock ${c.now.toISOString()}).`,
        'The action fetches a fresh GitHub token whenever Entra needs one, so this points at a runner clock that is off, or a token held past its expiry by a proxy.',
        'Fix: sync the runner clock (self-hosted runners) and re-run the job.'
    ],
    50027: () => [
        'Cause: Entra received an empty or malformed assertion instead of a GitHub token.',
        "Fix: make sure the job has 'permissions: id-token: write' and that the 'audience' input is not set to an unusual value."
    ],
    700027: (c) => [
        `Cause: Entra could not verify the signature of the GitHub token against the keys published by '${c.claims?.iss ?? '?'}'.`,
        "Fix: make sure the credential's issuer is the GitHub instance that signs this job's tokens."
    ],
    700016: (c) => [
        `Cause: tenant ${c.tenantId} has no application or managed identity with client id ${c.clientId}.`,
        "Fix: 'client-id' must be the application (client) id, not its object id; 'tenant-id' must be the directory that owns it. Check that the two are not swapped."
    ],
    7000226: (c) => [
        `Cause: application ${c.clientId} has no federated identity credential policy.`,
        `Fix: add a federated credential for ${presented(c)}.`
    ],
    500011: (c) => [
        `Cause: Entra knows no resource for the scope '${c.scope}' in tenant ${c.tenantId}.`,
        `Fix: check 'endpoint' and 'cloud' (${c.cloudName}): the Cosmos DB account must belong to this cloud.`
    ],
    90002: (c) => [
        `Cause: tenant '${c.tenantId}' does not exist in the ${c.cloudName} cloud.`,
        "Fix: check 'tenant-id' (the directory GUID or a verified domain) and 'cloud'."
    ]
};
/** What the action did about a credential that may still be propagating. */
function propagationNote(context) {
    const limit = Math.round((context.propagationWaitMs ?? 0) / 1000);
    if (limit === 0)
        return "A credential created in the last few minutes may not have reached Entra yet; with 'propagation-wait: 0' the action did not wait for it.";
    const waited = Math.round((context.propagationWaitedMs ?? 0) / 1000);
    return `A credential created in the last few minutes may not have reached Entra yet; the action waited ${waited} s for it (at most ${limit} s: 'propagation-wait').`;
}
/** Explains why a subject may not match, from what the job's claims say about it. */
function subjectHints(context) {
    const claims = context.claims;
    const subject = claims?.sub;
    if (claims === undefined || subject === undefined)
        return [];
    const hints = [];
    const shape = parseSubject(subject);
    const repository = claims.repository ?? '<owner>/<repo>';
    if (claims.environment) {
        const branch = claims.ref?.startsWith('refs/heads/') ? claims.ref : undefined;
        hints.push(`This job runs in environment '${claims.environment}', so its subject is '${subject}';` +
            (branch
                ? ` a credential for 'repo:${repository}:ref:${branch}' does not match it (the environment takes the place of the branch).`
                : ' a credential for a branch or tag does not match it.'));
    }
    else if (claims.event_name === 'pull_request') {
        hints.push(`This job runs for a pull request, so its subject is '${subject}'; credentials for branches do not match pull request jobs.`);
    }
    else if (claims.ref?.startsWith('refs/tags/')) {
        hints.push(`This job runs for tag '${claims.ref}', so its subject is '${subject}'.`);
    }
    if (shape.form === 'immutable') {
        hints.push(`The subject uses the immutable form (owner and repository with their ids: '${subject.split(':').slice(0, 2).join(':')}'); ` +
            `a credential written with names only ('repo:${repository}:...') does not match it.`);
        return hints;
    }
    if (shape.form === 'custom') {
        hints.push('The subject follows a custom template set for the organization or repository; copy it verbatim into the credential.');
    }
    const expected = classicSubject(claims);
    if (expected !== undefined && expected !== subject) {
        hints.push(`With GitHub's default template the subject would be '${expected}'.`);
    }
    return hints;
}
function time(seconds) {
    return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '?';
}

;// CONCATENATED MODULE: ./src/identity/federated-credential.ts






const DEFAULT_RETRY_DELAYS_MS = [2000, 5000, 10_000];
const MAX_TRANSIENT_RETRIES = 2;
/**
 * A new federated credential takes from tens of seconds to a few minutes to reach every node of
 * Entra's token service (Entra's "federated identity credential considerations";
 * azure-workload-identity #273 saw a couple of minutes), so the first run after `setup --apply`
 * waits this long before it gives up.
 */
const DEFAULT_PROPAGATION_WAIT_MS = 300_000;
/**
 * The answers a credential that Entra's token service cannot see yet produces: no credential at
 * all (70021), none with the job's subject (700213), no flexible expression that matches
 * (7002131). Answers that name a credential Entra can see but that does not fit (a subject in
 * another case, 7002138; another audience, 700212; another issuer, 700211, the commonest typo)
 * cannot be waited away and fail at once.
 */
const PROPAGATION_CODES = new Set([70021, 700213, 7002131]);
/**
 * A TokenCredential that exchanges the job's GitHub OIDC token for Entra access tokens.
 * Entra asks for an assertion whenever it issues a token, and the GitHub token source hands out
 * a fresh one when needed, so a long job never presents an expired GitHub token. Failures come
 * back as EntraErrors that explain themselves from the claims the job presented.
 */
class FederatedCredential {
    parameters;
    inner;
    firstAttemptAt;
    constructor(parameters) {
        this.parameters = parameters;
        this.inner = this.newExchange();
    }
    /**
     * A new exchanging credential. After a 429 or 5xx, MSAL answers every request from a throttling
     * cache for up to a minute without asking Entra, so a retry needs a fresh MSAL client.
     */
    newExchange() {
        const parameters = this.parameters;
        const getAssertion = () => parameters.tokenSource.getToken();
        return (parameters.createExchange?.(getAssertion) ??
            new identity_dist_esm/* ClientAssertionCredential */.XI(parameters.tenantId, parameters.clientId, getAssertion, {
                authorityHost: parameters.authorityHost,
                disableInstanceDiscovery: parameters.disableInstanceDiscovery
            }));
    }
    async getToken(scopes, options) {
        const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes;
        this.firstAttemptAt ??= this.parameters.now();
        const retries = { transient: 0, propagation: 0 };
        for (;;) {
            try {
                const accessToken = await this.inner.getToken(scopes, options);
                if (accessToken === null)
                    throw new Error('Microsoft Entra ID returned no access token.');
                this.parameters.mask(accessToken.token);
                this.parameters.onAccessToken(federated_credential_inspect(accessToken, scope), scope);
                return accessToken;
            }
            catch (error) {
                await this.pauseOrThrow(await this.explain(error, scope), retries);
            }
        }
    }
    /** The failure in the job's terms, or the GitHub token's own error unchanged. */
    async explain(error, scope) {
        const own = findGitHubTokenError(error);
        if (own)
            return own;
        const unresolved = /endpoints_resolution_error/.test(String(error?.message));
        const authority = unresolved
            ? await (this.parameters.diagnoseAuthority ?? diagnoseAuthority)(this.parameters.authorityHost, this.parameters.tenantId)
            : undefined;
        return explainEntraFailure(error, {
            authorityHost: this.parameters.authorityHost,
            authorityAnswer: authority,
            claims: this.parameters.tokenSource.claims,
            clientId: this.parameters.clientId,
            tenantId: this.parameters.tenantId,
            scope,
            defaultAudience: this.parameters.defaultAudience,
            cloudName: this.parameters.cloudName,
            now: new Date(this.parameters.now()),
            propagationWaitedMs: this.parameters.now() - (this.firstAttemptAt ?? 0),
            propagationWaitMs: this.propagationWaitMs()
        });
    }
    /** Sleeps before the next attempt when one is worth it; throws the failure otherwise. */
    async pauseOrThrow(failure, retries) {
        if (failure instanceof errors/* GitHubTokenError */.h9)
            throw failure;
        if (failure.transient) {
            const delay = (this.parameters.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)[retries.transient];
            // The identity pipeline has already retried transient faults; two more rounds, spaced out.
            if (delay === undefined || retries.transient >= MAX_TRANSIENT_RETRIES)
                throw failure;
            retries.transient++;
            // After a 429 or 5xx MSAL replays the failure from its throttling cache: a fresh client.
            this.inner = this.newExchange();
            return this.parameters.sleep(delay);
        }
        const wait = this.propagationDelay(failure, retries.propagation);
        if (wait === undefined)
            throw failure;
        retries.propagation++;
        this.parameters.onPropagationWait?.(this.waitMessage(failure, wait));
        return this.parameters.sleep(wait);
    }
    propagationWaitMs() {
        return this.parameters.propagationWaitMs ?? DEFAULT_PROPAGATION_WAIT_MS;
    }
    /** How long to wait before asking again for a credential that may be propagating; undefined: don't. */
    propagationDelay(error, waits) {
        if (error.code === undefined || !PROPAGATION_CODES.has(error.code))
            return undefined;
        const waited = this.parameters.now() - (this.firstAttemptAt ?? 0);
        return nextReplicationWait(waits, waited, this.propagationWaitMs());
    }
    waitMessage(error, delay) {
        const claims = this.parameters.tokenSource.claims;
        const audience = Array.isArray(claims?.aud) ? claims?.aud.join(', ') : claims?.aud;
        const waited = Math.round((this.parameters.now() - (this.firstAttemptAt ?? 0)) / 1000);
        return (`No federated credential of ${this.parameters.clientId} matches this job yet (AADSTS${error.code ?? '?'}): ` +
            `issuer '${claims?.iss ?? '?'}', subject '${claims?.sub ?? '?'}', audience '${audience ?? '?'}'. ` +
            'A credential created in the last few minutes takes that long to reach Entra; ' +
            `trying again in ${Math.round(delay / 1000)} s (waited ${waited} s of at most ${Math.round(this.propagationWaitMs() / 1000)} s; 'propagation-wait: 0' fails at once).`);
    }
}
/** What the token says; a token that cannot be decoded is reported, not fatal. */
function federated_credential_inspect(accessToken, scope) {
    try {
        return inspectAccessToken(accessToken.token, scope, accessToken.expiresOnTimestamp);
    }
    catch {
        return {
            claims: {},
            audience: undefined,
            expiresOn: new Date(accessToken.expiresOnTimestamp),
            problems: [
                'Microsoft Entra ID returned an access token that is not a JWT: its audience and clock cannot be checked.'
            ]
        };
    }
}
function findGitHubTokenError(error) {
    let current = error;
    for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
        if (current instanceof errors/* GitHubTokenError */.h9)
            return current;
        current = current.cause;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/identity/developer-credential.ts


/**
 * A developer's own Azure sign-in (az login and the like) in place of the token exchange: its
 * tokens are masked and inspected as the job's are, and a failure says how to sign in.
 */
class developer_credential_DeveloperCredential {
    inner;
    mask;
    onAccessToken;
    constructor(inner, mask, onAccessToken) {
        this.inner = inner;
        this.mask = mask;
        this.onAccessToken = onAccessToken;
    }
    async getToken(scopes, options) {
        const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes;
        let token;
        try {
            token = await this.inner.getToken(scopes, options);
        }
        catch (error) {
            throw new ActionError(`Your Azure sign-in gave no token for ${scope}: sign in with 'az login' (or azd, Visual Studio Code, or AZURE_* environment variables) as someone with a data-plane role on the account.\n${describeError(error).split('\n')[0]}`, { cause: error });
        }
        if (token === null)
            throw new ActionError(`Your Azure sign-in gave no token for ${scope}.`);
        this.mask(token.token);
        this.onAccessToken(inspect(token, scope), scope);
        return token;
    }
}

;// CONCATENATED MODULE: ./src/identity/github-token.ts


/** The runner variables that exist only when the job may request an OIDC token. */
const github_token_ID_TOKEN_VARIABLES = (/* unused pure expression or super */ null && ([
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
]));
/** The workflow lines that grant the permission, shown whenever it is missing. */
const github_token_ID_TOKEN_PERMISSION_YAML = [
    'permissions:',
    '  id-token: write',
    '  contents: read'
].join('\n');
/** At most this long before expiry a token is renewed; shorter-lived tokens renew at 3/4 of life. */
const RENEW_MARGIN_MS = 60_000;
/**
 * Hands out the job's GitHub OIDC token, fetching a new one whenever the last is near expiry.
 * Entra calls for an assertion every time it issues a token, so a job stays authenticated for
 * as long as the runner's request token lives, whatever the lifetimes of the tokens.
 */
class GitHubTokenSource {
    parameters;
    held;
    pending;
    fetched = 0;
    constructor(parameters) {
        this.parameters = parameters;
    }
    /** How many tokens were fetched from the runner so far. */
    get fetchCount() {
        return this.fetched;
    }
    /** The claims of the newest token, if any was fetched. */
    get claims() {
        return this.held?.claims;
    }
    /** A GitHub token valid for a while yet; fetches a new one when needed (one fetch at a time). */
    async getToken() {
        const held = this.held;
        if (held !== undefined && this.parameters.now() < held.renewAt)
            return held.token;
        this.pending ??= this.fetch().finally(() => {
            this.pending = undefined;
        });
        return (await this.pending).token;
    }
    async fetch() {
        const delays = this.parameters.retryDelaysMs ?? [1000, 2000, 4000];
        for (let attempt = 0;; attempt++) {
            try {
                const token = await this.parameters.requestToken(this.parameters.audience);
                const held = this.hold(token);
                this.fetched++;
                this.held = held;
                this.parameters.onNewToken?.(held.claims);
                return held;
            }
            catch (error) {
                const delay = delays[attempt];
                if (error instanceof errors/* GitHubTokenError */.h9 || delay === undefined || !isTransient(error)) {
                    throw asGitHubTokenError(error);
                }
                await this.parameters.sleep(delay);
            }
        }
    }
    hold(token) {
        let claims;
        try {
            claims = decodeClaims(token);
        }
        catch (error) {
            throw new errors/* GitHubTokenError */.h9('The runner returned an ID token that is not a JWT. Re-run the job; if it persists, the runner is misconfigured.', { missingPermission: false, cause: error });
        }
        const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
        if (!audiences.includes(this.parameters.audience)) {
            throw new errors/* GitHubTokenError */.h9(`The GitHub token's audience is '${audiences.join(', ')}', but '${this.parameters.audience}' was requested.`, { missingPermission: false });
        }
        const now = this.parameters.now();
        const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : now;
        const issuedAt = typeof claims.iat === 'number' ? claims.iat * 1000 : now;
        const margin = Math.min(RENEW_MARGIN_MS, Math.max(0, expiresAt - issuedAt) / 4);
        return { token, claims, renewAt: expiresAt - margin };
    }
}
function isTransient(error) {
    const text = (0,errors/* describeError */.Uc)(error);
    const status = /Error Code\s*:\s*(\d{3})/.exec(text);
    if (status) {
        const code = Number(status[1]);
        return code === 429 || code === 408 || code >= 500;
    }
    // No HTTP status: the request never got an answer (reset, refused, timed out).
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up|EAI_AGAIN|timeout/i.test(text);
}
function asGitHubTokenError(error) {
    if (error instanceof errors/* GitHubTokenError */.h9)
        return error;
    const text = (0,errors/* describeError */.Uc)(error);
    const unauthorized = /Error Code\s*:\s*401/.test(text);
    return new errors/* GitHubTokenError */.h9(unauthorized
        ? `The runner refused to issue a GitHub OIDC token (401): the job's request token has expired or is invalid. Jobs can request tokens for as long as they run (about 6 hours). ${oneLine(text)}`
        : `Could not get a GitHub OIDC token from the runner: ${oneLine(text)}`, { missingPermission: false, cause: error });
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/identity/token-absence.ts



/** Why this job has no token; undefined when it has one. */
function tokenAbsence(env, readEvent = readJson) {
    const missing = ID_TOKEN_VARIABLES.filter((name) => !env[name]);
    if (missing.length === 0)
        return undefined;
    const fork = forkOf(env, readEvent);
    if (fork !== undefined)
        return { kind: 'fork', fork, error: forkError(fork) };
    if (env['GITHUB_ACTOR'] === 'dependabot[bot]')
        return { kind: 'dependabot', error: dependabotError() };
    return { kind: 'permission', error: permissionError(missing) };
}
/** What a skipped run says of itself: why GitHub gave it no token. */
function skipReason(absence) {
    const who = absence.kind === 'fork'
        ? `a pull request from the fork ${absence.fork}`
        : 'a run triggered by Dependabot';
    return `Skipped: this run is ${who}, which GitHub never gives an OIDC token ('on-missing-oidc: skip'). Nothing was done.`;
}
/** The head repository of a pull request from another repository, from the event payload. */
function forkOf(env, readEvent) {
    const path = env['GITHUB_EVENT_PATH'];
    if (!path || !/^pull_request/.test(env['GITHUB_EVENT_NAME'] ?? ''))
        return undefined;
    const event = readEvent(path);
    const pull = event?.pull_request;
    if (pull === undefined)
        return undefined;
    const head = pull.head?.repo;
    // A deleted fork leaves head.repo null: still a pull request from elsewhere.
    if (head === null)
        return '(a deleted fork)';
    const base = pull.base?.repo?.full_name ?? env['GITHUB_REPOSITORY'];
    if (head?.fork === true || (head?.full_name !== undefined && head.full_name !== base))
        return head?.full_name ?? '(unknown)';
    return undefined;
}
function readJson(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function forkError(fork) {
    return new GitHubTokenError([
        `This run is a pull request from the fork ${fork}: GitHub never gives such runs an OIDC token, whatever the workflow's permissions, so it cannot log in.`,
        "Set 'on-missing-oidc: skip' to let these runs pass without touching the database, or run the database work on 'pull_request_target', which runs the base branch's workflow with its permissions: never check out and run the fork's code there."
    ].join('\n'), { missingPermission: false });
}
function dependabotError() {
    return new GitHubTokenError([
        'This run was triggered by Dependabot: GitHub never gives such runs an OIDC token, whatever the workflow’s permissions, so it cannot log in.',
        "Set 'on-missing-oidc: skip' to let Dependabot's runs pass without touching the database."
    ].join('\n'), { missingPermission: false });
}
function permissionError(missing) {
    return new GitHubTokenError([
        `This job cannot request a GitHub OIDC token: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
        "The job needs the 'id-token: write' permission. Add this to the workflow or the job:",
        '',
        ...ID_TOKEN_PERMISSION_YAML.split('\n').map((line) => `    ${line}`),
        '',
        "Only pull requests from forks and Dependabot's runs never get a token, and only they are skipped by 'on-missing-oidc: skip'; this run is neither."
    ].join('\n'), { missingPermission: true });
}

;// CONCATENATED MODULE: ./src/identity/index.ts
/** Identity: the job's GitHub OIDC token, exchanged at Microsoft Entra ID for access tokens. */







;// CONCATENATED MODULE: ./src/session/token-log.ts

/**
 * Follows the tokens of a session as they arrive: logs the first of each kind in full and the
 * renewals at debug level, warns once per problem, and keeps the figures the summary shows.
 */
class TokenLog {
    parameters;
    latestCosmosToken;
    latestCosmosTokenReceived = 0;
    entraTokens = 0;
    warned = new Set();
    constructor(parameters) {
        this.parameters = parameters;
    }
    /** The latest Cosmos DB access token's report, if one was issued yet. */
    get cosmosToken() {
        return this.latestCosmosToken;
    }
    /** A GitHub OIDC token arrived: its claims are shown once, in full, as Entra will see them. */
    onGitHubToken = (claims) => {
        const { log } = this.parameters;
        const count = this.parameters.githubTokensFetched();
        if (count === 1) {
            log.info('GitHub OIDC token claims presented to Microsoft Entra ID:');
            for (const [name, value] of presentedClaims(claims))
                log.info(`  ${name}: ${value}`);
        }
        else {
            log.debug(`Fetched GitHub OIDC token #${count} (expires ${expiry(claims.exp)}).`);
        }
    };
    /** Entra issued an access token, for Cosmos DB or for ARM. */
    onAccessToken = (report, scope) => {
        const { log } = this.parameters;
        this.entraTokens++;
        if (resourceOfScope(scope) !== resourceOfScope(this.parameters.armResource)) {
            this.latestCosmosToken = report;
            this.latestCosmosTokenReceived = this.parameters.now();
        }
        for (const problem of report.problems) {
            if (!this.warned.has(problem))
                log.warning(problem);
            this.warned.add(problem);
        }
        const claims = report.claims;
        const line = `Entra issued an access token for ${report.audience ?? resourceOfScope(scope)} (principal ${claims.oid ?? '?'}, tenant ${claims.tid ?? '?'}, expires ${report.expiresOn?.toISOString() ?? '?'}).`;
        if (this.entraTokens === 1)
            log.info(line);
        else
            log.debug(line);
    };
    /** The token figures as they stand now: a long job fetches and renews tokens after login. */
    figures = () => {
        const token = this.latestCosmosToken;
        return {
            githubTokensFetched: this.parameters.githubTokensFetched(),
            entraTokensIssued: this.entraTokens,
            accessTokenExpiresOn: token?.expiresOn,
            accessTokenLifetimeSeconds: token?.expiresOn
                ? Math.round((token.expiresOn.getTime() - this.latestCosmosTokenReceived) / 1000)
                : undefined
        };
    };
}
function expiry(exp) {
    return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : '?';
}

;// CONCATENATED MODULE: ./src/session/index.ts





const USER_AGENT = 'cosmos-oidc-action/0.1.0';
/**
 * Logs in: GitHub OIDC token, exchanged at Entra through the federated credential, then a read of
 * the database to prove that Cosmos DB accepts the identity. Every token is masked as it arrives.
 */
async function login(inputs, runtime, developerCredential) {
    const started = runtime.now();
    const { tokenSource, tokens } = tokenChain(inputs, runtime, { showClaims: true });
    const credential = developerCredential
        ? new DeveloperCredential(developerCredential, runtime.setSecret, tokens.onAccessToken)
        : federatedCredential(inputs, runtime, tokenSource, tokens);
    const meter = { total: 0 };
    const connection = {
        endpoint: inputs.endpoint,
        credential: cosmosScope(inputs, runtime, credential),
        userAgentSuffix: USER_AGENT,
        meter
    };
    const client = createCosmosClient(connection);
    const access = await proveDatabaseAccess(client, {
        endpoint: inputs.endpoint,
        database: inputs.database,
        accountName: inputs.accountName,
        resourceGroup: inputs.resourceGroup,
        get principalId() {
            return tokens.cosmosToken?.claims.oid;
        }
    });
    const report = loginReport({
        inputs,
        github: tokenSource.claims,
        cosmosToken: tokens.cosmosToken,
        figures: tokens.figures(),
        containers: access.containers,
        // Everything the client spent logging in, the SDK's own account reads included.
        requestCharge: meter.total,
        elapsedMs: runtime.now() - started
    });
    runtime.log.info(`Logged in to database '${inputs.database}' (${access.containers.length} container(s)) as principal ${report.principalId ?? '?'}.`);
    return {
        credential,
        client,
        access,
        report,
        claims: tokenSource.claims,
        requestCharge: () => meter.total,
        tokens: tokens.figures,
        workClients: once(() => workClients(inputs, connection))
    };
}
function workClients(inputs, connection) {
    const work = { priority: inputs.priority, throughputBucket: inputs.throughputBucket };
    return {
        reads: createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: true } }),
        writes: createCosmosClient({ ...connection, work: { ...work, sdkThrottleRetries: false } })
    };
}
function once(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}
/**
 * A Cosmos DB client for the job's identity, without the checks of a login: for the post step,
 * which only frees what a cancelled run left behind, with a GitHub token of its own.
 */
function reconnect(inputs, runtime) {
    const { tokenSource, tokens } = tokenChain(inputs, runtime, { showClaims: false });
    const credential = federatedCredential(inputs, runtime, tokenSource, tokens);
    return connect_createCosmosClient({
        endpoint: inputs.endpoint,
        credential: cosmosScope(inputs, runtime, credential),
        userAgentSuffix: USER_AGENT
    });
}
/**
 * The job's GitHub tokens, and the log of every token that comes of them; the claims of the
 * first are shown when asked (the login shows them, the post step's reconnection does not).
 */
function tokenChain(inputs, runtime, options) {
    const tokenSource = new GitHubTokenSource({
        audience: inputs.audience,
        requestToken: runtime.getIDToken,
        now: runtime.now,
        sleep: runtime.sleep,
        ...(options.showClaims ? { onNewToken: (claims) => tokens.onGitHubToken(claims) } : {})
    });
    const tokens = new TokenLog({
        log: runtime.log,
        now: runtime.now,
        armResource: inputs.cloud.armResource,
        githubTokensFetched: () => tokenSource.fetchCount
    });
    return { tokenSource, tokens };
}
/** The job's GitHub token exchanged at Entra through the federated identity credential. */
function federatedCredential(inputs, runtime, tokenSource, tokens) {
    return new FederatedCredential({
        tenantId: inputs.tenantId,
        clientId: inputs.clientId,
        authorityHost: inputs.authorityHost,
        disableInstanceDiscovery: inputs.customAuthority,
        tokenSource,
        defaultAudience: inputs.cloud.tokenExchangeAudience,
        cloudName: inputs.cloud.name,
        now: runtime.now,
        sleep: runtime.sleep,
        mask: runtime.setSecret,
        onAccessToken: tokens.onAccessToken,
        propagationWaitMs: inputs.propagationWaitMs,
        onPropagationWait: (message) => runtime.log.info(message)
    });
}
/** Cosmos DB tokens for the account's own resource, or the cloud's when Entra knows no other. */
function cosmosScope(inputs, runtime, credential) {
    return new CosmosScopeFallback(credential, `${inputs.cloud.cosmosResource}/.default`, (from, to) => runtime.log.info(`Entra knows no resource for ${from}; using the ${inputs.cloud.name} Cosmos DB scope ${to}.`));
}

;// CONCATENATED MODULE: ./src/post-lock.ts



/**
 * The post step's release of the migration lock its run still held: the same inputs and
 * identity as the step (a GitHub token of the post step's own), the ledger, the holder id the
 * step kept. Loaded only by a post step that has such an id, so other jobs' post steps stay quick.
 */
async function releaseLockOfRun(runtime, holderId) {
    const inputs = parseInputs(runtime.getInput);
    const client = reconnect(inputs, runtime);
    try {
        const container = client.database(inputs.database).container(inputs.ledgerContainer);
        return await releaseAbandonedLock(await ledger_Ledger.open(container), holderId, runtime.now);
    }
    finally {
        client.dispose();
    }
}


/***/ })

};
