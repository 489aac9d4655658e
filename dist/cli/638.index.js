export const id = 638;
export const ids = [638];
export const modules = {

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCK_STATE: () => (/* reexport */ lock_state/* LOCK_STATE */.u),
  Ledger: () => (/* reexport */ ledger/* Ledger */.O),
  MigrationRunError: () => (/* reexport */ MigrationRunError),
  prepareMigrations: () => (/* reexport */ prepareMigrations),
  releaseAbandonedLock: () => (/* reexport */ releaseAbandonedLock),
  runMigrations: () => (/* reexport */ runMigrations)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/problems.ts
var src_problems = __webpack_require__(2095);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/yaml/index.ts
var src_yaml = __webpack_require__(4839);
// EXTERNAL MODULE: ./src/cosmos/resource-id.ts
var resource_id = __webpack_require__(318);
// EXTERNAL MODULE: ./src/cosmos/transient.ts
var cosmos_transient = __webpack_require__(58);
// EXTERNAL MODULE: ./src/documents/property-path.ts
var property_path = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/migrate/operations/body.ts



/** A property path such as `a.b.c` (no leading slash); used by patch, rename and remove. */
const PROPERTY = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
/** The id and what Cosmos DB adds to every document are never migrated this way. */
const RESERVED = new Set(['id', ...cosmos_transient/* SYSTEM_PROPERTIES */.od]);
/** Why a property path cannot be migrated, or undefined when it can. */
function pathProblem(path) {
    if (typeof path !== 'string' || !PROPERTY.test(path))
        return "is not a property path such as 'a.b'";
    if ((0,property_path/* hasForbiddenSegment */.D5)(path))
        return 'names __proto__, constructor or prototype';
    if (RESERVED.has(path.split('.')[0]))
        return 'is the id or a system property';
    return undefined;
}
/**
 * Reads the parts of a body every operation shares; `container` and `where` are checked here,
 * in that order, before the operation's own keys.
 */
function readBody(file, op, body, line) {
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
    if (container.length > 255 || !(0,resource_id/* isResourceId */.Gy)(container))
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
            (0,property_path/* setAt */.ef)(document, path, value, { replaceArrays: true });
        for (const path of operation.remove)
            (0,property_path/* deleteAt */.D)(document, path);
        for (const [path, by] of Object.entries(operation.increment)) {
            const current = (0,property_path/* valueAt */.fK)(document, path);
            (0,property_path/* setAt */.ef)(document, path, (typeof current === 'number' ? current : 0) + by, {
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
        if ((0,property_path/* valueAt */.fK)(document, operation.property) === undefined)
            return undefined;
        (0,property_path/* deleteAt */.D)(document, operation.property);
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
        const value = (0,property_path/* valueAt */.fK)(document, operation.from);
        if (value === undefined)
            return undefined;
        (0,property_path/* setAt */.ef)(document, operation.to, value, { replaceArrays: true });
        (0,property_path/* deleteAt */.D)(document, operation.from);
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
            if (typeof id !== 'string' || id === '' || id.length > 1023 || !(0,resource_id/* isResourceId */.Gy)(id))
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
const OPERATIONS = KINDS;
/** The kind of a parsed operation. */
function kindOf(operation) {
    const kind = OPERATIONS.find((candidate) => candidate.name === operation.op);
    if (kind === undefined)
        throw new Error(`unreachable: no operation kind '${operation.op}'`);
    return kind;
}
/** True for operations that delete data: a reviewer should see them in the plan. */
function isDestructive(operation) {
    return kindOf(operation).isDestructive(operation);
}
/** The containers an operation reads and writes. */
function containersOf(operation) {
    return kindOf(operation).containers(operation);
}
/** Why an operation may only run with allow-destructive, or undefined when it may run anyway. */
function refusalOf(operation) {
    return kindOf(operation).refusal?.(operation);
}
/** Runs one declarative operation through the context's idempotent helpers. */
function runOperation(ctx, operation) {
    return kindOf(operation).apply(ctx, operation);
}

;// CONCATENATED MODULE: ./src/migrate/declarative.ts





/**
 * Parses a declarative migration (JSON or YAML; JSON is YAML) into operations, checking every
 * key and value. Errors name the file and the line, before anything runs.
 */
function parseDeclarative(file) {
    return readOperations(file, OPERATIONS);
}
/**
 * Reads a migration's operations with the given kinds: the file's shape and each operation's
 * name and keys are checked here, the rest of each body by its kind.
 */
function readOperations(file, kinds) {
    const yaml = (0,src_yaml/* parseYamlFile */.B)(file.path, file.text, file.fileName.endsWith('.json') ? 'JSON' : 'YAML');
    return operationList(yaml).items.map((item) => readOperation(yaml, item, kinds));
}
/** The `operations` list of a migration, whose only other key may be `description`. */
function operationList(yaml) {
    const root = yaml.document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return yaml.fail(root, 'a declarative migration is an object with an `operations` list.');
    for (const pair of root.items) {
        const key = String(pair.key.value);
        if (key !== 'operations' && key !== 'description')
            yaml.fail(pair.key, `unknown key '${key}': expected 'operations' (and optionally 'description').`);
    }
    const list = root.get('operations', true);
    if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0)
        return yaml.fail(list ?? root, '`operations` must be a non-empty list.');
    return list;
}
/** One operation: a single key naming its kind, over a body with that kind's keys. */
function readOperation(yaml, node, kinds) {
    const names = kinds.map((kind) => kind.name).join(', ');
    if (!(0,dist/* isMap */.jh)(node) || node.items.length !== 1)
        return yaml.fail(node, `each operation is a single key naming it: one of ${names}.`);
    const pair = node.items[0];
    const op = String(pair.key.value);
    const kind = kinds.find((candidate) => candidate.name === op);
    if (kind === undefined)
        return yaml.fail(pair.key, `unknown operation '${op}': expected one of ${names}.`);
    const body = pair.value;
    if (!(0,dist/* isMap */.jh)(body))
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/migrate/files.ts






const VERSIONED = /^(\d+)-([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/;
const REPEATABLE = /^R__([A-Za-z0-9][\w.-]*)\.(mjs|js|json|ya?ml)$/;
const MIGRATION_LIKE = /\.(mjs|js|json|ya?ml)$/i;
/** The key a migration has in the ledger: its version, or `R__<name>` when repeatable. */
function ledgerKey(file) {
    return file.repeatable ? `R__${file.description}` : String(file.version);
}
/**
 * Finds the migrations in a directory: versioned ones in numeric order, then repeatable ones by
 * name. Files that look like migrations but are misnamed, two files with one version, and links
 * out of the workspace fail here, all of them together, before anything runs.
 */
async function discoverMigrations(directory, workspace = (0,src_workspace/* workspaceOf */.B3)()) {
    const kind = await (0,src_workspace/* existingPath */.Jf)('migrations', directory, workspace, 'the directory that holds the migration files');
    if (kind !== 'directory') {
        throw new errors/* ActionError */.lZ(`'migrations' is '${directory}': it is not a directory. Give the directory that holds the migration files.`);
    }
    const problems = new src_problems/* Problems */.Z();
    const files = [];
    for (const fileName of (await (0,promises_.readdir)(directory)).sort()) {
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
    const path = (0,external_node_path_.join)(directory, fileName);
    if (!versioned && !repeatable) {
        throw new errors/* ActionError */.lZ(`${path}: a migration file is named NNNN-description.(mjs|js|json|yaml), or R__description.(...) for a repeatable one. Rename it, or move it out of '${directory}'.`);
    }
    if (versioned && !Number.isSafeInteger(Number(versioned[1]))) {
        throw new errors/* ActionError */.lZ(`${path}: version ${versioned[1]} is too large to be read exactly (at most ${Number.MAX_SAFE_INTEGER}). Give it a smaller version.`);
    }
    await (0,src_workspace/* refuseLinkOut */.rS)(path, directory, workspace, 'Migrations');
    const bytes = await (0,promises_.readFile)(path);
    const extension = (versioned?.[3] ?? repeatable?.[2] ?? '').toLowerCase();
    return {
        path,
        fileName,
        version: versioned ? Number(versioned[1]) : undefined,
        description: (versioned?.[2] ?? repeatable?.[1]),
        kind: extension === 'mjs' || extension === 'js' ? 'script' : 'declarative',
        repeatable: repeatable !== null,
        checksum: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
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
            problems.push(new errors/* ActionError */.lZ(`${file.path}: version ${file.version} is also the version of ${other.path}. Give each migration its own version.`));
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
            problems.push(new errors/* ActionError */.lZ(`${file.path}: repeatable migration '${file.description}' is also ${other.path}.`));
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
async function loadScript(file) {
    let module;
    try {
        // Loaded from the repository at run time, never bundled.
        module = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file.path).href));
    }
    catch (error) {
        const line = lineOf(error, file.path);
        throw new errors/* ActionError */.lZ(`${file.path}:${line}: the migration does not load: ${(0,errors/* describeError */.Uc)(error).split('\n')[0]}`, { cause: error, location: { file: file.path, line } });
    }
    const up = module['up'];
    if (typeof up !== 'function') {
        throw new errors/* ActionError */.lZ(`${file.path}:1: a script migration exports 'async function up(ctx)'; this one does not.`, { location: { file: file.path, line: 1 } });
    }
    const containers = module['containers'];
    if (containers !== undefined &&
        (!Array.isArray(containers) ||
            containers.some((c) => typeof c !== 'string' || c === '' || !(0,resource_id/* isResourceId */.Gy)(c)))) {
        throw new errors/* ActionError */.lZ(`${file.path}:1: 'export const containers' must be a list of container names (without / \\ # ? or control characters, and not . or ..).`, { location: { file: file.path, line: 1 } });
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
    const check = (0,external_node_child_process_.spawnSync)(process.execPath, ['--check', path], {
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
        throw new errors/* ActionError */.lZ(`'migrations' is '${directory}': it holds no migration file.`);
    const problems = new src_problems/* Problems */.Z();
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
// EXTERNAL MODULE: ./src/round.ts
var round = __webpack_require__(9771);
;// CONCATENATED MODULE: ./src/migrate/containers.ts
/**
 * `ctx.createContainer`: creates a container through Azure Resource Manager when it does not
 * exist yet; an existing one is left exactly as it is (its indexing policy and TTL included).
 */
async function createContainer(scope, id, partitionKeyPaths) {
    const existing = await scope
        .container(id)
        .read()
        .then((response) => response.resource)
        .catch((error) => {
        if (error.code === 404)
            return undefined;
        throw error;
    });
    if (existing !== undefined) {
        scope.parameters.log(`Container '${id}' exists already.`);
        return;
    }
    if (scope.parameters.dryRun) {
        scope.parameters.log(`Dry run: would create container '${id}' (${partitionKeyPaths.join(', ')}).`);
        return;
    }
    scope.parameters.assertHeld();
    await scope.parameters.createContainer(id, partitionKeyPaths);
}
/**
 * `ctx.dropContainer`: deletes a container through ARM. Destructive, so only in a migration
 * declared so and allowed.
 */
async function dropContainer(scope, id) {
    scope.requireDestructive(`Dropping container '${id}'`);
    scope.parameters.assertHeld();
    if (scope.parameters.dryRun) {
        scope.parameters.log(`Dry run: would drop container '${id}'.`);
        return;
    }
    await scope.parameters.dropContainer(id);
}

// EXTERNAL MODULE: ./src/cosmos/partition-key.ts
var partition_key = __webpack_require__(7288);
;// CONCATENATED MODULE: ./src/migrate/delete-where.ts

/**
 * `ctx.deleteWhere`: deletes every document matching `where`. Without a condition, or past
 * `maxDeletes` documents in the migration, it is refused unless the migration is declared
 * destructive and the run allows it.
 */
async function deleteWhere(scope, container, where) {
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
        partitionKey: (0,partition_key/* partitionKeyOf */.t)(document, paths)
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

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
// EXTERNAL MODULE: ./src/throughput/index.ts + 3 modules
var throughput = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/shard/index.ts
var src_shard = __webpack_require__(8856);
;// CONCATENATED MODULE: ./src/migrate/part-filter.ts

/**
 * Which documents a part of a sharded migration changes (by a hash of partition key and id,
 * shard/): the helpers pass every document they read through it. Without a part, all of them.
 */
class PartFilter {
    part;
    constructor(part) {
        this.part = part;
    }
    /** True when the document of this partition key value and id is the part's to change. */
    ownsKey(partitionKey, id) {
        return this.part === undefined || (0,src_shard/* owns */.S4)(this.part, partitionKey, id);
    }
    owns(document, paths) {
        return this.part === undefined || (0,src_shard/* ownsDocument */.V)(this.part, document, paths);
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

;// CONCATENATED MODULE: ./src/migrate/progress/report.ts
/** Progress lines come at most this often, and at a scan's last page. */
const EVERY_MS = 5000;
/**
 * A helper's progress for the log: documents so far against the total it counted first, the
 * rate of this run and the time left at that rate.
 */
function progressReporter(log, 
/** Documents the call had seen when this run started: the rate is this run's. */
seenAtStart, now = () => performance.now()) {
    const started = now();
    let lastAt = started;
    const phrase = (record) => {
        const seconds = Math.max(0.001, (now() - started) / 1000);
        return progressPhrase(record, (record.seen - seenAtStart) / seconds);
    };
    const report = (record) => {
        const at = now();
        if (at - lastAt < EVERY_MS && !record.exhausted)
            return;
        lastAt = at;
        log(`${record.helper} on '${record.container}': ${phrase(record)}.`);
    };
    return Object.assign(report, { phrase });
}
/** `12,000 of 20,000 (60%), 1,234/s, about 7 s left` (`patchWhere on 'orders': ` before it). */
function progressPhrase(record, perSecond) {
    const count = (n) => n.toLocaleString('en-US');
    const { seen, total } = record;
    const of = total !== null && total > 0
        ? ` of ${count(total)} (${Math.min(100, Math.floor((seen / total) * 100))}%)`
        : '';
    const left = total !== null && total > seen && perSecond > 0
        ? `, about ${duration((total - seen) / perSecond)} left`
        : '';
    return `${count(seen)}${of}, ${count(Math.round(perSecond))}/s${left}`;
}
function duration(seconds) {
    if (seconds < 90)
        return `${Math.ceil(seconds)} s`;
    if (seconds < 90 * 60)
        return `${Math.round(seconds / 60)} min`;
    return `${(seconds / 3600).toFixed(1)} h`;
}

;// CONCATENATED MODULE: ./src/migrate/progress/scan.ts

/** Documents in flight read again at once, when a run resumes. */
const REREADS_IN_FLIGHT = 16;
/**
 * Runs a helper's scan so that it can stop anywhere and resume. Before a page's documents are
 * handed out, the record names every document handed out and not yet done (with the version each
 * had) and where the next page starts. The next page is read and recorded while the one before it
 * is worked, so the work never waits for the record (nor for the page): recording costs one
 * ledger write a page and nothing else. A run that resumes gives again only the documents named
 * that are still at the version recorded (the others were written before it stopped), then goes
 * on from the next page: it reads nothing already done, and writes no document twice. Returns the
 * documents changed over every run (those written just before a stop are not counted again).
 */
async function resumeScan(scan) {
    let record = scan.record;
    if (record.status === 'done')
        return record.changed;
    let changed = record.changed;
    const count = (done) => {
        if (done)
            changed++;
    };
    if (record.inFlight.length > 0) {
        await scan.run(await unwritten(scan, record.inFlight), async (document) => {
            const done = await scan.each(document);
            count(done);
            return done;
        });
        record = await scan.store.save({ ...record, changed, inFlight: [] });
    }
    const handout = new Handout(scan, record, () => changed);
    try {
        await scan.run(handout.documents(), async (document) => {
            const done = await scan.each(document);
            count(done);
            handout.finished(document);
            return done;
        });
    }
    catch (failure) {
        // Whatever stopped it, the record names what was not done (nothing, when it was the budget):
        // written once the page being read ahead is recorded, so that it is the last word.
        await handout.settled();
        await scan.store.save(handout.current()).catch(() => undefined);
        throw failure;
    }
    record = await scan.store.save({
        ...handout.current(),
        status: 'done',
        inFlight: [],
        exhausted: true
    });
    return record.changed;
}
/**
 * Hands the query's documents out page by page, each page recorded before its first document,
 * the next one read and recorded while the last is handed out.
 */
class Handout {
    scan;
    record;
    changed;
    /** Handed out (or about to be) and not finished, by id and partition key. */
    pending = new Map();
    /** The page read ahead, not yet handed out: in flight in the record all the same. */
    ahead = [];
    /** Moves with `ahead`: a record made at any moment names a consistent place. */
    position;
    /** The next page, being read and recorded; undefined when none is. */
    next;
    constructor(scan, record, 
    /** Documents changed so far, over every run. */
    changed) {
        this.scan = scan;
        this.record = record;
        this.changed = changed;
        const { continuation, exhausted, seen } = record;
        this.position = { continuation, exhausted, seen };
    }
    async *documents() {
        if (this.record.exhausted)
            return;
        const pages = this.scan.pages(this.record.continuation ?? undefined)[Symbol.asyncIterator]();
        this.readAhead(pages);
        for (;;) {
            const page = await this.next;
            this.next = undefined;
            if (page === undefined)
                return;
            for (const key of this.ahead)
                this.pending.set(keyName(key), key);
            this.ahead = [];
            const through = this.position;
            if (page.continuation !== undefined)
                this.readAhead(pages);
            yield* page.documents;
            const handedOut = { ...this.current(), ...through };
            this.scan.report(handedOut);
            if (page.continuation === undefined)
                return;
            const stop = this.stopAfter(handedOut);
            if (stop !== undefined) {
                await this.unread(through);
                throw stop;
            }
        }
    }
    /** Starts reading and recording the next page; its failure is met where it is awaited. */
    readAhead(pages) {
        this.next = this.read(pages);
        this.next.catch(() => undefined);
    }
    /**
     * Reads the next page and records it, in flight as a whole, before any of its documents is
     * handed out: a run that ends before handing all of it out leaves the rest recorded.
     */
    async read(pages) {
        const next = await pages.next();
        if (next.done === true)
            return undefined;
        const page = next.value;
        this.ahead = page.documents.map(this.scan.keyOf);
        this.position = {
            continuation: page.continuation ?? null,
            exhausted: page.continuation === undefined,
            seen: this.position.seen + page.documents.length
        };
        this.record = await this.scan.store.save(this.current());
        return page;
    }
    /** Puts back the page read ahead, once it is: a stop leaves it to the next run's query. */
    async unread(through) {
        await this.settled();
        this.next = undefined;
        this.ahead = [];
        this.position = through;
    }
    /**
     * The run's stop, when it says to stop once the documents of `record` are handed out: its
     * message says how far the call got, at what rate, and how long the rest would take.
     */
    stopAfter(record) {
        const { helper, container } = record;
        try {
            this.scan.stop.check(() => `${helper} on '${container}' stopped after ${this.scan.report.phrase(record)}; recorded to continue from there`);
            return undefined;
        }
        catch (stop) {
            return stop;
        }
    }
    finished(document) {
        this.pending.delete(keyName(this.scan.keyOf(document)));
    }
    /** Once the page being read ahead, if any, is recorded (or has failed). */
    async settled() {
        await this.next?.catch(() => undefined);
    }
    /** The record as it stands: what is pending or read ahead is in flight. */
    current() {
        return {
            ...this.record,
            ...this.position,
            inFlight: [...this.pending.values(), ...this.ahead],
            changed: this.changed()
        };
    }
}
const keyName = (key) => JSON.stringify([key.id, key.partitionKey]);
/** The documents in flight when a run stopped that it had not written: still at that version. */
async function unwritten(scan, inFlight) {
    const left = [];
    await (0,concurrency/* forEachLimited */.v)(inFlight.entries(), REREADS_IN_FLIGHT, async ([index, key]) => {
        const current = await scan.reread(key);
        if (current !== undefined && scan.keyOf(current).etag === key.etag)
            left[index] = current;
    });
    return left.filter((document) => document !== undefined);
}

;// CONCATENATED MODULE: ./src/migrate/progress/store.ts


/**
 * The progress records of one migration's helper calls. Calls are told apart by their order in
 * the run, and checked by what they were called with: a script runs its calls in the same order
 * each time, so the second run's third call is the first run's third call.
 */
class ProgressStore {
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
        const fingerprint = (0,external_node_crypto_.createHash)('sha256')
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
        return (0,cosmos_transient/* retryTransient */.jh)(work, { ...cosmos_transient/* RETRY_POLICIES */.qW.ledger, sleep: this.options.sleep });
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
const REREADS = 3;
/**
 * What the helpers of one migration's context share: its parameters and stats, the partition
 * key paths read so far, the documents deleted so far, and the ways to read and retry that
 * every helper uses alike.
 */
class HelperScope {
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
                const made = new throughput/* ThroughputGovernor */.T9({
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
                partitionKey: (0,partition_key/* partitionKeyOf */.t)(document, paths),
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
        const tops = (await this.partitionKeyPaths(container)).map((path) => (0,property_path/* segmentsOf */.OD)(path)[0] ?? '');
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
            await (0,concurrency/* forEachLimited */.v)(items, CONCURRENCY, async (item) => {
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
            throw new errors/* ActionError */.lZ(`Container '${container}' does not exist in database '${this.parameters.database.id}'. Create it first (ctx.createContainer in an earlier step, or Bicep, Terraform, az cosmosdb sql container create).`);
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
            throw new errors/* ActionError */.lZ(`${what} is destructive: the migration must say so ('export const destructive = true'), so that plans and reviewers see it.`);
        }
        if (!this.parameters.allowDestructive) {
            throw new errors/* ActionError */.lZ(`${what} is destructive: set 'allow-destructive: true' to allow it.`);
        }
    }
    /** Retries what the SDK gave up on when it is throttling or a passing fault. */
    retrying(work) {
        return (0,cosmos_transient/* retryTransient */.jh)(work, {
            ...cosmos_transient/* RETRY_POLICIES */.qW.migrationHelpers,
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
async function patchWhere(scope, container, where, operations, condition) {
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
        const item = target.item(id, (0,partition_key/* partitionKeyOf */.t)(document, paths));
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
                    throw new errors/* ActionError */.lZ(`patchWhere on '${target.container}': the answer to the first patch of document '${target.id}' was lost and the document no longer meets the condition, so its first ${PATCH_LIMIT} operations may have been applied without the rest. Check the document, then run the migration again.`);
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
async function updateWhere(scope, container, where, change) {
    const target = scope.container(container);
    const paths = await scope.partitionKeyPaths(container);
    // The change is code: its text tells a run's call from another.
    const call = { helper: 'updateWhere', args: { change: change.toString() } };
    return scope.forEachMatching(container, where, async (document) => {
        let current = document;
        for (let attempt = 0;; attempt++) {
            const next = change(structuredClone(current));
            if (next === undefined ||
                (0,external_node_util_.isDeepStrictEqual)((0,cosmos_transient/* withoutSystemProperties */.zs)(next), (0,cosmos_transient/* withoutSystemProperties */.zs)(current)))
                return false;
            if (scope.parameters.dryRun)
                return true;
            scope.parameters.assertHeld();
            const item = target.item(String(current['id']), (0,partition_key/* partitionKeyOf */.t)(current, paths));
            try {
                const response = await scope.writing(container, () => item.replace((0,cosmos_transient/* withoutSystemProperties */.zs)(next), {
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
async function upsertMany(scope, container, documents) {
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
            throw new errors/* ActionError */.lZ(`upsert into '${container}': document ${index + 1} of ${documents.length} has no id (a non-empty string). Give every document its id, so that a re-run writes the same documents again.`);
        }
        const partitionKey = (0,partition_key/* partitionKeyOf */.t)(document, paths);
        if (partitionKey === undefined) {
            throw new errors/* ActionError */.lZ(`upsert into '${container}': document '${String(document['id'])}' has no value for the partition key ${paths.join(', ')}.`);
        }
        return {
            operationType: 'Upsert',
            resourceBody: document,
            partitionKey: partitionKey
        };
    });
    // In a part of a sharded migration, the part's documents: the others are other parts' to write.
    const owned = operations.filter((operation) => scope.part.ownsKey(operation.partitionKey, String(operation.resourceBody['id'])));
    const write = async (chunk) => (0,throughput/* runBulk */.EI)({
        container: scope.writeContainer(container),
        governor: await scope.governorOf(container),
        sleep: scope.parameters.sleep,
        policy: cosmos_transient/* RETRY_POLICIES */.qW.migrationHelpers,
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
    if ((0,cosmos_transient/* isTransientCosmosError */.dS)(result.error))
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
class MigrationContext {
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

// EXTERNAL MODULE: ./src/migrate/ledger.ts
var ledger = __webpack_require__(7716);
// EXTERNAL MODULE: ./src/time-budget.ts
var time_budget = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/migrate/apply.ts








/**
 * Applies one migration: ledger `running`, run it, ledger `applied`, `failed` or, when the job
 * was cancelled meanwhile, `interrupted`. Every ledger write needs the lock: a run that lost it
 * must not mark anything. A cancelled job stops the migration at its next write (the helpers
 * check before each); an abandoned one still records the interruption before the lock goes.
 */
async function applyMigration(migration, ledger, parameters, lock) {
    const started = parameters.now();
    const entry = { ...runningEntry(migration, parameters, started), lockId: lock.holderId };
    const record = (next) => {
        lock.assertHeld();
        return (0,cosmos_transient/* retryTransient */.jh)(() => ledger.record(next), {
            ...cosmos_transient/* RETRY_POLICIES */.qW.ledger,
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
    const { ctx, progress } = contextFor(migration, run, ledger, {
        assertHeld: () => lock.assertHeld()
    });
    const error = await failureOf(migration, ctx);
    const finished = parameters.now();
    const status = statusAfter(error, parameters);
    const message = error === undefined ? null : (0,errors/* describeError */.Uc)(error).replace(/\s+/g, ' ');
    // Applied, it has nothing left to resume: a later version of a repeatable file starts afresh.
    if (status === 'applied')
        await progress.clear().catch((failure) => {
            parameters.warn(`${fileName}: its progress records stay in the ledger container (${(0,errors/* describeError */.Uc)(failure)}); they are ignored.`);
        });
    const { documentsTouched, requestCharge } = ctx.stats;
    await record({
        ...entry,
        status,
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        requestCharge: (0,round/* round2 */.X)(requestCharge),
        documentsTouched,
        error: message
    });
    parameters.log(`${STATUS_WORDS[status]} ${fileName} in ${finished - started} ms: ${documentsTouched} document(s), ${Math.round(requestCharge)} RU.`);
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
function contextFor(migration, parameters, ledger, holding) {
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
function statusAfter(error, parameters) {
    // Whatever a cancelled migration threw (the helpers' CancelledError, or the script's own
    // wrapping of it), it stopped because of the cancellation, and runs again next time.
    if (error === undefined)
        return 'applied';
    if (parameters.cancellation.signal.aborted)
        return 'interrupted';
    return (0,time_budget/* isOutOfTime */.bK)(error) ? 'paused' : 'failed';
}
const STATUS_WORDS = {
    applied: 'Applied',
    failed: 'Failed',
    interrupted: 'Interrupted',
    paused: 'Paused (time budget spent)'
};
/** Runs the migration's script or operations; what it threw, or undefined when it succeeded. */
async function failureOf(migration, ctx) {
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
function runningEntry(migration, parameters, started) {
    return {
        id: (0,ledger/* ledgerId */.l)(migration.key),
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
class MigrationRunError extends errors/* ActionError */.lZ {
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
class Lease {
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
            taken: new Lease(container, partitionKey, parameters, name, document ?? lease).start()
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
            return Lease.attempt(parameters, name, watch); // released meanwhile
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
            parameters.log(`Took over ${name.what} from ${describeHolder(held)}: no heartbeat for ${Math.round(leaseMs / 1000)} s.`);
            return taken(resource);
        }
        catch (error) {
            if (code(error) !== 412)
                throw error;
            return Lease.attempt(parameters, name, watch); // another runner took it over first
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
function describeHolder(lease) {
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
const MigrationLock = {
    /** Takes the lock, waiting up to the timeout while someone else holds it. */
    async acquire(parameters) {
        const { now, log } = parameters;
        const deadline = now() + parameters.timeoutMs;
        const watch = {};
        let lastSeen = '';
        for (;;) {
            parameters.throwIfCancelled?.();
            const attempt = await Lease.attempt(parameters, LOCK, watch);
            if ('taken' in attempt)
                return attempt.taken;
            const held = 'held' in attempt ? attempt.held : attempt.done;
            const seen = `${describeHolder(held)} since ${held.acquiredAt}`;
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

;// CONCATENATED MODULE: ./src/migrate/outcome.ts
/** What an outcome says of its migration before anything has run: nothing done yet. */
function untouched(migration) {
    return {
        key: migration.key,
        version: migration.file.version,
        name: migration.file.description,
        file: migration.file.path,
        destructive: migration.destructive,
        durationMs: 0,
        documentsTouched: 0,
        requestCharge: 0
    };
}

;// CONCATENATED MODULE: ./src/migrate/plan.ts


/** Compares the files with the ledger: what is pending, up to date, drifted or missing. */
function plan(migrations, entries) {
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
function driftError(drifted) {
    return new errors/* ActionError */.lZ(`Applied migrations changed since they were applied:\n${drifted.map((d) => `  - ${d.file}: ${d.note ?? ''}`).join('\n')}\nA migration that ran must not change: restore the file, and put the change in a new migration.`);
}

;// CONCATENATED MODULE: ./src/migrate/preview.ts




/**
 * A dry run: the plan, with what pending declarative migrations would change, logged one line
 * a migration. Nothing is written; drift fails it as it would fail the real run.
 */
async function previewRun(ledger, parameters) {
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
async function startEntry(run, started) {
    const { ledger, migration, parameters, shard } = run;
    const entry = await ledger.entry(migration.key);
    const same = entry?.checksum === migration.file.checksum;
    if (same && entry?.status === 'applied')
        return;
    const parts = entry?.['parts'];
    if (same && typeof parts === 'number' && parts !== shard.count)
        throw new errors/* ActionError */.lZ(`Migration ${migration.file.path} was started in ${parts} parts and is not finished; this job has shard ${shard.index}/${shard.count}. Run every job of the matrix with the count ${parts} ('shard: <index>/${parts}') until the migration is applied.`);
    if (same && entry?.status === 'running')
        return;
    await ledger.recordIf({ ...runningEntry(migration, parameters, started), parts: shard.count }, entry?._etag);
}
/**
 * The entry as another job left it, when that settles the migration for this one: true when it
 * is applied; a failure recorded since this job started fails it too.
 */
async function settledByOthers(run) {
    const { ledger, migration } = run;
    const entry = await ledger.entry(migration.key);
    if (entry?.checksum !== migration.file.checksum)
        return false;
    if (entry.status === 'failed')
        throw new errors/* ActionError */.lZ(`Migration ${migration.file.path} failed in another job of the matrix: ${entry.error ?? 'no reason recorded'}`);
    return entry.status === 'applied';
}
/**
 * Records the migration applied, once: false when another job recorded it first. The entry keeps
 * when the first part started and adds up what every part did.
 */
function recordApplied(run, finished, tally) {
    return settleEntry(run, finished, {
        status: 'applied',
        requestCharge: (0,round/* round2 */.X)(tally.requestCharge),
        documentsTouched: tally.documentsTouched,
        error: null,
        parts: run.shard.count
    });
}
/** Records the migration failed (a part failed), unless another job recorded it applied. */
async function recordFailed(run, finished, message) {
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

;// CONCATENATED MODULE: ./src/migrate/parts/leases.ts
/**
 * The lease of one part of a migration, in the ledger container. Its id names the file's version
 * and the count of parts: another version of a repeatable file, or another count, has parts of
 * its own. A done part keeps its lease, marked done, with what it changed.
 */
function partName(migration, part, count) {
    return {
        id: `part-${migration.key}-${migration.file.checksum.slice(0, 16)}-${part}-of-${count}`,
        type: 'part',
        what: `part ${part} of ${count} of migration ${migration.file.fileName}`,
        fields: { migration: migration.key, checksum: migration.file.checksum, part, parts: count }
    };
}
/** What the done parts of the migration changed, from their leases. */
async function partsDone(run) {
    const { ledger, migration, shard } = run;
    const { resources } = await ledger.container.items
        .query({
        query: "SELECT c.documentsTouched, c.requestCharge FROM c WHERE c.type = 'part' AND c.migration = @migration AND c.checksum = @checksum AND c.parts = @parts AND c.status = 'done'",
        parameters: [
            { name: '@migration', value: migration.key },
            { name: '@checksum', value: migration.file.checksum },
            { name: '@parts', value: shard.count }
        ]
    })
        .fetchAll();
    return resources.reduce((sum, part) => ({
        documentsTouched: sum.documentsTouched + (part.documentsTouched ?? 0),
        requestCharge: sum.requestCharge + (part.requestCharge ?? 0)
    }), { documentsTouched: 0, requestCharge: 0 });
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
async function applyInParts(run) {
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
        const message = error === undefined ? undefined : (0,errors/* describeError */.Uc)(error).replace(/\s+/g, ' ');
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
        parameters.warn(`${migration.file.fileName}: its progress records stay in the ledger container (${(0,errors/* describeError */.Uc)(failure)}); they are ignored.`);
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
        note: `${(0,src_shard/* describeShard */.y0)(shard)}: ${parts} of ${shard.count} by this job${note ? `; ${note}` : ''}`
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
async function runSharded(ledger, parameters) {
    const shard = parameters.shard;
    parameters.log(`Migrating as ${(0,src_shard/* describeShard */.y0)(shard)}: shardable migrations run in ${shard.count} parts, the others once under the lock.`);
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
    const { lock, release } = await takeLock(ledger, parameters);
    const progress = { outcomes: [], applied: [] };
    try {
        const complete = await applyPending(ledger, parameters, progress, (migration) => {
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
async function takeLock(ledger, parameters) {
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
async function applyPending(ledger, parameters, progress, apply) {
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
        throw new errors/* ActionError */.lZ(`Destructive migrations are refused unless 'allow-destructive' is 'true':\n${refused.map((m) => `  - ${m.refusal}`).join('\n')}`);
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
            throw new cancellation/* CancelledError */.cc(signal, `migration ${migration.file.path} stopped before its next write and is recorded as interrupted in the ledger; the next run applies it again (its helpers skip what is done). The migration lock is released`);
        }
        if (outcome.status !== 'applied' && outcome.status !== 'up to date') {
            throw new errors/* ActionError */.lZ(`Migration ${migration.file.path} failed: ${outcome.note ?? ''}`);
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
        return await ledger/* Ledger */.O.open(container);
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
    return ledger/* Ledger */.O.open(container);
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

// EXTERNAL MODULE: ./src/migrate/lock-state.ts
var lock_state = __webpack_require__(1950);
;// CONCATENATED MODULE: ./src/migrate/index.ts
/** Migrations: versioned and repeatable, checksummed, run once under a lease lock. */








/***/ })

};
