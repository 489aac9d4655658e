export const id = 629;
export const ids = [629];
export const modules = {

/***/ 58:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dS: () => (/* binding */ isTransientCosmosError),
/* harmony export */   jh: () => (/* binding */ retryTransient),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   od: () => (/* binding */ SYSTEM_PROPERTIES),
/* harmony export */   qW: () => (/* binding */ RETRY_POLICIES),
/* harmony export */   zs: () => (/* binding */ withoutSystemProperties)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
function withoutSystemProperties(document) {
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
function isTransientCosmosError(error) {
    const { code, substatus } = (error ?? {});
    return (TRANSIENT_STATUSES.has(Number(code)) ||
        (Number(code) === 410 && MOVING_RANGE_SUBSTATUSES.has(Number(substatus))) ||
        code === 'TimeoutError' || // the SDK's own request timeout
        /ECONNRESET|socket hang up|ETIMEDOUT/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)));
}
/** The wait before attempt `attempt + 1`: exponential from `baseMs`, at most 10 s. */
function backoffMs(attempt, baseMs) {
    return Math.min(10_000, baseMs * 2 ** attempt);
}
/**
 * The retry policies, named by the work they serve, in one place so that they can be compared.
 * Each is on top of the SDK's own retries (nine throttles, 30 s), for faults that outlast them.
 */
const RETRY_POLICIES = {
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
async function retryTransient(work, options) {
    for (let attempt = 0;; attempt++) {
        try {
            return await work();
        }
        catch (error) {
            if (!isTransientCosmosError(error))
                throw error;
            if (attempt >= options.retries)
                throw stillFailing(error, attempt + 1);
            const retryAfter = error.retryAfterInMs;
            await options.sleep(typeof retryAfter === 'number' && retryAfter > 0
                ? retryAfter
                : backoffMs(attempt, options.baseMs));
        }
    }
}
/**
 * The last transient failure, saying that it went on: a reset or a 503 on its own reads like a
 * blip, not like an account that kept failing. Keeps the status and substatus for explanations.
 */
function stillFailing(error, attempts) {
    const wrapped = new Error(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)} (still failing after ${attempts} attempts)`, {
        cause: error
    });
    for (const key of ['code', 'substatus', 'statusCode', 'headers', 'retryAfterInMs']) {
        const value = error?.[key];
        if (value !== undefined)
            wrapped[key] = value;
    }
    return wrapped;
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SMOKE_FILE_SCHEMA: () => (/* reexport */ SMOKE_FILE_SCHEMA),
  parseSmokeChecks: () => (/* reexport */ parseSmokeChecks),
  readSmokeFile: () => (/* reexport */ readSmokeFile),
  runSmokeChecks: () => (/* reexport */ runSmokeChecks),
  smokeFailure: () => (/* reexport */ smokeFailure),
  smokeUses: () => (/* reexport */ smokeUses)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/yaml/index.ts
var src_yaml = __webpack_require__(4839);
;// CONCATENATED MODULE: ./src/smoke/issue-messages.ts
/*
 * The words of a smoke file's problems: what was expected, and what the file gave instead. Zod's
 * own messages ("Invalid input: expected int, received number") name JavaScript types and leave
 * the value out; these name the value, so the fix is plain from the message alone.
 */
/** What an `invalid_type` issue's expected type means to someone writing YAML. */
const EXPECTED = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    record: 'an object',
    array: 'a list',
    null: 'an empty value'
};
/** The same, as one of several alternatives ("a string, a number, a boolean or null"). */
const ALTERNATIVE = {
    ...EXPECTED,
    boolean: 'a boolean',
    null: 'null'
};
/** A string value shown in a message: quoted, escaped, at most 40 characters. */
function quoted(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
/**
 * A value as the end of "got …". `bare` shows a number as itself, where the message already
 * says a number was expected ("expected a whole number, got 1.5").
 */
function given(value, bare = false) {
    if (value === null)
        return 'an empty value';
    if (typeof value === 'string')
        return `the string ${quoted(value)}`;
    if (typeof value === 'number' && !Number.isFinite(value)) {
        // YAML's .inf and .nan: numbers to YAML, but none that JSON (or Cosmos DB) can hold.
        const written = Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
        return `${written}, which is not a number JSON can hold`;
    }
    if (typeof value === 'number')
        return bare ? String(value) : `the number ${value}`;
    if (typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
    if (typeof value === 'object')
        return 'an object';
    return 'nothing';
}
/** "a, b or c". */
function either(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
/** `expected a string (a container name), got the number 5`. */
function wrongType(issue) {
    // A missing key: the caller says it is required, with the key's name.
    if (issue.input === undefined)
        return undefined;
    const raisedBy = issue.inst;
    // z.int() reports a string given as "expected number"; the check wants a whole one.
    const type = raisedBy?._zod?.def?.format === 'safeint' ? 'int' : issue.expected;
    const expected = EXPECTED[type] ?? type;
    const what = raisedBy?.description === undefined ? '' : ` (${raisedBy.description})`;
    const numeric = type === 'int' || type === 'number';
    return `expected ${expected}${what}, got ${given(issue.input, numeric && typeof issue.input === 'number')}`;
}
/** `must be at least 1, got 0`; `must hold at most 3 items, got 4`. */
function outOfRange(issue) {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    const input = issue.input;
    if (issue.origin === 'number' || issue.origin === 'int') {
        const bound = small
            ? issue.inclusive
                ? 'at least'
                : 'more than'
            : issue.inclusive
                ? 'at most'
                : 'less than';
        return `must be ${bound} ${limit}, got ${given(input, true)}`;
    }
    const length = input?.length;
    if (issue.origin === 'string') {
        if (small && limit === 1)
            return 'must not be empty';
        return `must be ${small ? 'at least' : 'at most'} ${limit} characters long, got ${String(length)}`;
    }
    if (issue.origin === 'array')
        return `must hold ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}, got ${String(length)}`;
    return undefined;
}
/** True when an issue says the value is not of a form at all, rather than wrong inside it. */
function isWrongForm(issue) {
    return (issue.path.length === 0 &&
        (issue.code === 'invalid_type' ||
            issue.code === 'invalid_value' ||
            (issue.code === 'invalid_union' && issue.errors.every(isWrongFormOption))));
}
/** True when a union's option failed because the value is not of its form at all. */
function isWrongFormOption(issues) {
    return issues.length > 0 && issues.every(isWrongForm);
}
/** A union without a message of its own: the forms it takes, and what was given. */
function noForm(issue) {
    const forms = issue.errors.map((option) => {
        const first = option[0];
        if (first?.code === 'invalid_type')
            return ALTERNATIVE[first.expected] ?? first.expected;
        if (first?.code === 'invalid_value')
            return first.values.map((v) => JSON.stringify(v)).join(' or ');
        return undefined;
    });
    if (forms.some((form) => form === undefined))
        return undefined;
    return `expected ${either(forms)}, got ${given(issue.input)}`;
}
/**
 * The message of an issue, for zod's `error` parse option; undefined leaves zod's (or the
 * schema's own) message. Called before zod drops the issue's input, so every message can say
 * what was given.
 */
const issueMessage = (issue) => {
    switch (issue.code) {
        case 'invalid_type':
            return wrongType(issue);
        case 'too_small':
        case 'too_big':
            return outOfRange(issue);
        case 'invalid_value':
            return `expected ${either(issue.values.map((value) => JSON.stringify(value)))}, got ${given(issue.input)}`;
        case 'invalid_union':
            return noForm(issue);
        default:
            return undefined;
    }
};

;// CONCATENATED MODULE: ./src/smoke/issues.ts


/** The line of the value (or, for an unknown key, of the key) an issue is about. */
function issueLine(document, path, issue, lineOf) {
    const node = document.getIn(path, true);
    if (issue.code === 'unrecognized_keys' && (0,dist/* isMap */.jh)(node)) {
        const key = node.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && issue.keys.includes(String(pair.key.value)))?.key;
        if (key)
            return lineOf(key);
    }
    for (let depth = path.length; depth >= 0; depth--) {
        const found = document.getIn(path.slice(0, depth), true);
        if (found?.range)
            return lineOf(found);
    }
    return undefined;
}
/**
 * The issue a union's failure comes down to. When all of a union's forms but one fail because
 * the value is not of their form at all, the value was meant to take that one: its problem,
 * deeper in, is the one to report (a hierarchical partition key of four levels is a list too
 * long, not "none of the forms").
 */
function innermostIssue(issue) {
    if (issue.code !== 'invalid_union')
        return issue;
    const meant = issue.errors.filter((option) => !isWrongFormOption(option));
    const inner = meant.length === 1 ? meant[0]?.[0] : undefined;
    if (inner === undefined)
        return issue;
    return innermostIssue({ ...inner, path: [...issue.path, ...inner.path] });
}
/**
 * An issue in words: which key, what is wrong, what is allowed. `path` starts at the file
 * (`checks`, the check's index, then the key in the check).
 */
function describeIssue(kind, path, issue) {
    const inCheck = path.slice(2);
    const where = inCheck
        .map((part, at) => (typeof part === 'number' ? `[${part}]` : at === 0 ? part : `.${part}`))
        .join('');
    const at = where === '' ? `a ${kind.name} check` : `'${where}' in a ${kind.name} check`;
    if (issue.code === 'unrecognized_keys') {
        const allowed = objectKeysAt(kind.schema, inCheck)?.join(', ');
        return `unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')} in ${where === '' ? `a ${kind.name} check` : `'${where}'`}${allowed ? `: expected ${allowed}` : ''}.`;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return `${at} is required.`;
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    // A message may end with a dot of its own ("and not . or ..").
    return `${at}: ${message}${message.endsWith('.') ? '' : '.'}`;
}
/**
 * The keys of the object a schema expects at `path`, in the schema's order: what an unknown
 * key message offers instead. Read from the kind's own schema, so a new kind's messages need
 * no table.
 */
function objectKeysAt(schema, path) {
    const definition = schema._zod.def;
    if (definition.innerType !== undefined)
        return objectKeysAt(definition.innerType, path);
    if (definition.type === 'union') {
        for (const option of definition.options ?? []) {
            const keys = objectKeysAt(option, path);
            if (keys !== undefined)
                return keys;
        }
        return undefined;
    }
    if (definition.type !== 'object' || definition.shape === undefined)
        return undefined;
    const [first, ...rest] = path;
    if (first === undefined)
        return Object.keys(definition.shape);
    const child = typeof first === 'string' ? definition.shape[first] : undefined;
    return child === undefined ? undefined : objectKeysAt(child, rest);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cosmos/partition-key.ts
var partition_key = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/documents/property-path.ts
var property_path = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/smoke/check-schema.ts


/*
 * The pieces of a check's schema that every kind shares. Each is one instance used by all the
 * kinds: the JSON Schema for editors names a piece used more than once in its $defs. Rules are
 * written so that z.toJSONSchema can carry them (a pattern, not a function), or carry a JSON
 * Schema equivalent in their metadata: smoke.schema.json then refuses what the action refuses.
 * Descriptions are noun phrases: messages say "expected a string (a container name)".
 */
/**
 * No control characters: CONTROL_CHARACTERS of cosmos/resource-id.ts as a whole-value pattern
 * (a test holds the two equal).
 */
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
/**
 * isResourceId of cosmos/resource-id.ts as a pattern (a test holds the two equal): no
 * `/ \ ? #`, no control characters, not `.` or `..`.
 */
// eslint-disable-next-line no-control-regex
const RESOURCE_ID = /^(?!\.\.?$)[^/\\?#\u0000-\u001f\u007f]*$/;
/** A check's name: shown in logs, the summary and annotations. */
const NAME = schemas/* string */.YjP()
    .min(1)
    .max(200)
    .regex(NO_CONTROL_CHARACTERS, 'must not hold control characters')
    .describe("the check's name");
/** A name Cosmos DB can put in a request path. */
const resourceName = (max, what) => schemas/* string */.YjP()
    .min(1)
    .max(max)
    .regex(RESOURCE_ID, `must be a ${what} without / \\ # ? or control characters, and not . or ..`)
    .describe(`a ${what}`);
const CONTAINER = resourceName(255, 'container name');
const ID = resourceName(1023, 'document id');
const KEY_PART = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
const KEY_LEVELS = schemas/* array */.YOg(KEY_PART)
    .min(1, 'an empty list: give the key value, or one value per level of a hierarchical key')
    .max(3, {
    error: (issue) => `${issue.input.length} values, but Cosmos DB hierarchical partition keys have at most 3 levels: give one value per path of the container's partition key`
});
/** One value, or one per level of a hierarchical key. */
const PARTITION_KEY = schemas/* union */.KCZ([KEY_PART, KEY_LEVELS], {
    error: (issue) => `expected a partition key value (a string, a number, a boolean or null) or a list of up to 3 (one per level of a hierarchical key), got ${given(issue.input)}`
});
const MILLISECONDS = schemas/* number */.aig().positive().max(600_000);
const BUDGETS = ['p50Ms', 'p95Ms', 'maxMs'];
/** A latency budget: how many samples, and at least one limit on their figures. */
const LATENCY = schemas/* strictObject */.rej({
    samples: schemas/* int */.Whr().min(1).max(1000).default(20),
    p50Ms: MILLISECONDS.optional(),
    p95Ms: MILLISECONDS.optional(),
    maxMs: MILLISECONDS.optional()
})
    .refine((budget) => BUDGETS.some((key) => budget[key] !== undefined), 'needs at least one budget: p50Ms, p95Ms or maxMs')
    // The refinement above, in the words of JSON Schema.
    .meta({ anyOf: BUDGETS.map((key) => ({ required: [key] })) });

// EXTERNAL MODULE: ./src/cosmos/transient.ts
var cosmos_transient = __webpack_require__(58);
;// CONCATENATED MODULE: ./src/smoke/expect.ts


/** JSON text short enough for a table cell and a log line. */
function show(value, limit = 200) {
    const text = value === undefined ? 'nothing' : JSON.stringify(value);
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
/** Results without the properties Cosmos DB adds, so expectations compare what users wrote. */
function clean(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (0,cosmos_transient/* withoutSystemProperties */.zs)(value)
        : value;
}
/**
 * True when `actual` holds everything `expected` says: objects may have more properties, each
 * element of an expected array must match some element of the actual one, scalars are equal.
 */
function isSubset(expected, actual) {
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            expected.every((item) => actual.some((candidate) => isSubset(item, candidate))));
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return false;
        return Object.entries(expected).every(([key, value]) => isSubset(value, actual[key]));
    }
    return (0,external_node_util_.isDeepStrictEqual)(expected, actual);
}
/** The figures of a list of durations, to a tenth of a millisecond. */
function percentiles(durations) {
    const sorted = [...durations].sort((a, b) => a - b);
    const rank = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
    const round = (ms) => Math.round(ms * 10) / 10;
    return {
        samples: sorted.length,
        p50Ms: round(rank(50)),
        p95Ms: round(rank(95)),
        maxMs: round(sorted[sorted.length - 1] ?? 0)
    };
}
/** Compares latency figures with a budget: one expectation per budget given. */
function checkLatency(figures, budget) {
    const found = [];
    for (const key of ['p50Ms', 'p95Ms', 'maxMs']) {
        const limit = budget[key];
        if (limit === undefined)
            continue;
        const label = key.replace('Ms', '');
        found.push({
            what: `latency ${label}`,
            expected: `≤ ${limit} ms`,
            actual: `${figures[key]} ms over ${figures.samples} samples`,
            met: figures[key] <= limit
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/smoke/point-read.ts
/** A point read, counting its request units; undefined for a 404. */
async function pointRead(container, id, partitionKey, meter) {
    const response = await container.item(id, partitionKey).read();
    meter.requestCharge += response.requestCharge ?? 0;
    return response.statusCode === 404 ? undefined : response.resource;
}

;// CONCATENATED MODULE: ./src/smoke/kinds/kind.ts
/** Declares a kind, inferring its types from the declaration. */
function defineKind(kind) {
    return kind;
}

;// CONCATENATED MODULE: ./src/smoke/kinds/canary.ts










/** Canary documents carry this prefix, so a stray one (a killed run) is easy to find. */
const CANARY_PREFIX = 'cosmos-oidc-canary-';
const CANARY_CHECK = schemas/* strictObject */.rej({
    name: NAME,
    container: CONTAINER,
    canary: schemas/* union */.KCZ([
        schemas/* literal */.euz(true),
        schemas/* strictObject */.rej({
            /** The canary's partition key value; its own id when omitted. */
            partitionKey: PARTITION_KEY.optional()
        })
    ], {
        error: (issue) => `expected true, or an object with an optional partitionKey, got ${given(issue.input)}`
    })
});
/** `canary`: writes a document, reads it back, deletes it and checks it is gone. */
const CANARY = defineKind({
    name: 'canary',
    schema: CANARY_CHECK,
    writes: true,
    actions: ['readMetadata', 'read', 'create', 'delete'],
    specOf: (written) => ({
        name: written.name,
        container: written.container,
        partitionKey: written.canary === true ? undefined : written.canary.partitionKey
    }),
    async run(spec, { container, paths, retry, meter }) {
        return { expectations: await canary(container, retry, paths, spec, meter) };
    }
});
/** The canary document for a check: its own id as the key unless the check gives one. */
function canaryDocument(spec, paths) {
    const id = `${CANARY_PREFIX}${(0,external_node_crypto_.randomUUID)()}`;
    const document = {
        id,
        check: spec.name,
        createdAt: new Date().toISOString(),
        // Removed by Cosmos DB after an hour should the delete never run (when the container has TTL on).
        ttl: 3600
    };
    const given = spec.partitionKey;
    paths.forEach((path, level) => {
        const value = given === undefined ? id : Array.isArray(given) ? given[level] : given;
        // The id path keeps the id: a canary's key value defaults to it anyway.
        const segments = (0,property_path/* segmentsOf */.OD)(path);
        if (!(segments.length === 1 && segments[0] === 'id'))
            (0,property_path/* setAt */.ef)(document, path, value, { replaceArrays: false });
    });
    return document;
}
/**
 * Runs a write that may be retried, counting its request units. A retried write may find its
 * first attempt done: `done` is the status that then means success (409 after a create, 404
 * after a delete).
 */
async function retriedWrite(retry, write, done, meter) {
    let attempts = 0;
    await retry(async () => {
        attempts++;
        try {
            const response = await write();
            meter.requestCharge += response.requestCharge ?? 0;
        }
        catch (error) {
            if (attempts === 1 || error.code !== done)
                throw error;
        }
    });
}
/** Creates a canary document, reads it back, deletes it and checks it is gone. */
async function canary(container, retry, paths, spec, meter) {
    const document = canaryDocument(spec, paths);
    const id = document['id'];
    const partitionKey = (0,partition_key/* partitionKeyOf */.t)(document, paths);
    await retriedWrite(retry, () => container.items.create(document), 409, meter);
    const expectations = [
        { what: 'create', expected: 'created (201)', actual: 'created', met: true }
    ];
    try {
        const read = await retry(() => pointRead(container, id, partitionKey, meter));
        const same = read !== undefined && (0,external_node_util_.isDeepStrictEqual)(clean(read), document);
        expectations.push({
            what: 'read back',
            expected: 'the document as written',
            actual: read === undefined ? 'not found (404)' : same ? 'the same' : show(clean(read)),
            met: same
        });
    }
    finally {
        await retriedWrite(retry, () => container.item(id, partitionKey).delete(), 404, meter);
    }
    const after = await retry(() => pointRead(container, id, partitionKey, meter));
    expectations.push({
        what: 'delete',
        expected: 'gone (404)',
        actual: after === undefined ? 'gone (404)' : 'still there',
        met: after === undefined
    });
    return expectations;
}

;// CONCATENATED MODULE: ./src/smoke/latency.ts

/**
 * Runs an operation once and checks what it returned; with a latency budget, then repeats it
 * and adds one expectation per limit of the budget.
 */
async function runOnceThenSample(run, check, budget, now) {
    const expectations = check(await run());
    if (budget === undefined)
        return { expectations };
    const latency = await sample(run, budget, now);
    expectations.push(...checkLatency(latency, budget));
    return { expectations, latency };
}
/** Repeats an operation and measures each run, one at a time (concurrency would skew latency). */
async function sample(run, budget, now) {
    const durations = [];
    for (let index = 0; index < budget.samples; index++) {
        const started = now();
        await run();
        durations.push(now() - started);
    }
    return percentiles(durations);
}

;// CONCATENATED MODULE: ./src/smoke/kinds/query.ts







/** A query returning more results than this fails: a smoke check asks a pointed question. */
const MAX_RESULTS = 10_000;
const QUERY_CHECK = schemas/* strictObject */.rej({
    name: NAME,
    container: CONTAINER,
    query: schemas/* string */.YjP().min(1).max(262_144).describe('a NoSQL query'),
    /** Query parameters by name, with or without the leading @. */
    parameters: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^@?[A-Za-z_]\w*$/, 'is not a parameter name'), schemas/* json */.Pq9())
        .optional(),
    /** Keeps the query in one logical partition. */
    partitionKey: PARTITION_KEY.optional(),
    expect: schemas/* strictObject */.rej({
        count: schemas/* int */.Whr().min(0).optional(),
        min: schemas/* number */.aig().optional(),
        max: schemas/* number */.aig().optional(),
        equals: schemas/* json */.Pq9().optional(),
        contains: schemas/* json */.Pq9().optional()
    })
        .optional(),
    latency: LATENCY.optional()
});
/** `query`: runs a query to its last page and checks its results. */
const QUERY = defineKind({
    name: 'query',
    schema: QUERY_CHECK,
    writes: false,
    // The SDK reads the change feed to page through a query's results.
    actions: ['readMetadata', 'executeQuery', 'readChangeFeed'],
    specOf(written, fail) {
        queryParameterProblems(written, fail);
        return written;
    },
    run(spec, { container, retry, meter, now }) {
        return runOnceThenSample(() => retry(() => runQuery(container, spec, meter)), (results) => checkQuery(results, spec.expect ?? {}), spec.latency, now);
    }
});
/** Parameters the query uses but the check does not give, or gives but the query never uses. */
function queryParameterProblems(spec, fail) {
    const given = new Set(Object.keys(spec.parameters ?? {}).map((name) => (name.startsWith('@') ? name : `@${name}`)));
    // Parameters are @names outside string literals.
    const used = new Set(spec.query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').match(/@[A-Za-z_]\w*/g) ?? []);
    const missing = [...used].filter((name) => !given.has(name));
    if (missing.length > 0)
        fail(`the query uses ${missing.join(', ')}; give ${missing.length === 1 ? 'it' : 'them'} under \`parameters\`.`);
    const unused = [...given].filter((name) => !used.has(name));
    if (unused.length > 0)
        fail(`\`parameters\` gives ${unused.join(', ')}, which the query never uses.`);
}
/** Runs a query to its last page, counting request units. */
async function runQuery(container, spec, meter) {
    const parameters = Object.entries(spec.parameters ?? {}).map(([name, value]) => ({
        name: name.startsWith('@') ? name : `@${name}`,
        value: value
    }));
    const iterator = container.items.query({ query: spec.query, parameters }, spec.partitionKey === undefined ? {} : { partitionKey: spec.partitionKey });
    const results = [];
    while (iterator.hasMoreResults()) {
        const page = await iterator.fetchNext();
        meter.requestCharge += page.requestCharge ?? 0;
        results.push(...page.resources);
        if (results.length > MAX_RESULTS) {
            throw new errors/* ActionError */.lZ(`the query returned more than ${MAX_RESULTS} results; narrow it (a WHERE clause, TOP, or SELECT VALUE COUNT(1)).`);
        }
    }
    return results;
}
/**
 * The number `min` and `max` compare: the value itself when the query returns one number
 * (`SELECT VALUE COUNT(1) ...`), otherwise how many results it returned.
 */
function measured(results) {
    const [first] = results;
    if (results.length === 1 && typeof first === 'number')
        return { value: first, label: 'value' };
    return { value: results.length, label: 'results' };
}
/** Checks query results against every expectation given; all are evaluated, not just the first. */
function checkQuery(results, expect) {
    const found = [];
    const cleaned = results.map(clean);
    if (expect.count !== undefined) {
        found.push({
            what: 'count',
            expected: `${expect.count} results`,
            actual: `${results.length} results`,
            met: results.length === expect.count
        });
    }
    if (expect.min !== undefined || expect.max !== undefined) {
        const { value, label } = measured(results);
        const actual = label === 'value' ? `value ${value}` : `${value} results`;
        if (expect.min !== undefined)
            found.push({ what: 'min', expected: `≥ ${expect.min}`, actual, met: value >= expect.min });
        if (expect.max !== undefined)
            found.push({ what: 'max', expected: `≤ ${expect.max}`, actual, met: value <= expect.max });
    }
    if (expect.equals !== undefined) {
        // A list compares with the whole result list; anything else with the one result.
        const list = Array.isArray(expect.equals);
        const actual = list ? cleaned : cleaned.length === 1 ? cleaned[0] : cleaned;
        found.push({
            what: 'equals',
            expected: show(expect.equals),
            actual: show(actual),
            met: (0,external_node_util_.isDeepStrictEqual)(actual, expect.equals)
        });
    }
    if (expect.contains !== undefined) {
        const wanted = Array.isArray(expect.contains) ? expect.contains : [expect.contains];
        const missing = wanted.filter((item) => !cleaned.some((result) => isSubset(item, result)));
        found.push({
            what: 'contains',
            expected: show(expect.contains),
            actual: missing.length === 0
                ? `all ${wanted.length} found in ${results.length} results`
                : `no result matches ${show(missing[0])} (${results.length} results)`,
            met: missing.length === 0
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/smoke/kinds/read.ts









const READ_CHECK = schemas/* strictObject */.rej({
    name: NAME,
    container: CONTAINER,
    read: schemas/* strictObject */.rej({ id: ID, partitionKey: PARTITION_KEY.optional() })
        .describe("the document's id, and its partition key"),
    expect: schemas/* strictObject */.rej({
        exists: schemas/* boolean */.zMY().default(true),
        /** Property paths (`a.b`) and the values they must hold. */
        fields: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[^.]+(\.[^.]+)*$/, 'is not a property path'), schemas/* json */.Pq9())
            .optional()
    })
        .optional(),
    latency: LATENCY.optional()
});
/** `read`: a point read of one document, and the fields it must hold. */
const READ = defineKind({
    name: 'read',
    schema: READ_CHECK,
    writes: false,
    actions: ['readMetadata', 'read'],
    specOf: (written) => written,
    run(spec, { container, paths, retry, meter, now }) {
        const key = readKey(spec, paths);
        return runOnceThenSample(() => retry(() => pointRead(container, spec.read.id, key, meter)), (document) => checkRead(document, spec.expect ?? { exists: true }), spec.latency, now);
    }
});
/** The partition key of a point read: given, or the id when the container is keyed on /id. */
function readKey(spec, paths) {
    if (spec.read.partitionKey !== undefined)
        return spec.read.partitionKey;
    if (paths.length === 1 && paths[0] === '/id')
        return spec.read.id;
    throw new errors/* ActionError */.lZ(`container '${spec.container}' is partitioned by ${paths.join(', ')}: give 'read.partitionKey' for id '${spec.read.id}'.`);
}
/** Checks a point read: that the document exists (or not), and the fields it must hold. */
function checkRead(document, expect) {
    const found = [
        {
            what: 'exists',
            expected: expect.exists ? 'the document exists' : 'no such document',
            actual: document === undefined ? 'not found (404)' : 'found',
            met: (document !== undefined) === expect.exists
        }
    ];
    if (document === undefined)
        return found;
    for (const [path, value] of Object.entries(expect.fields ?? {})) {
        // Expectations name dotted paths; a leading `/` is part of the first property's name.
        const actual = (0,property_path/* valueAt */.fK)(document, path.split('.'));
        found.push({
            what: `field ${path}`,
            expected: show(value),
            actual: show(actual),
            met: (0,external_node_util_.isDeepStrictEqual)(actual, value)
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/smoke/kinds/index.ts



/**
 * Every kind of smoke check, in the order messages name them. A check is of exactly one kind:
 * the one whose key it has.
 */
const SMOKE_KINDS = [QUERY, READ, CANARY];
/** The declaration of a check's kind. */
function kindOf(check) {
    return SMOKE_KINDS.find((kind) => kind.name === check.kind);
}

;// CONCATENATED MODULE: ./src/smoke/spec.ts








/** A smoke file larger than this is refused: checks are a page of YAML, not a data set. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_CHECKS = 500;
/** The schema of a whole smoke file, published for editors as smoke.schema.json. */
const SMOKE_FILE_SCHEMA = schemas/* strictObject */.rej({
    checks: schemas/* array */.YOg(schemas/* union */.KCZ(SMOKE_KINDS.map((kind) => kind.schema)))
        .min(1)
        .max(MAX_CHECKS)
});
/** The smoke file's schema as JSON Schema (draft 2020-12), for editors. */
function smokeJsonSchema() {
    return {
        title: 'cosmos-oidc-action smoke checks',
        ...z.toJSONSchema(SMOKE_FILE_SCHEMA, { io: 'input', unrepresentable: 'any' })
    };
}
/**
 * Reads and validates a smoke file before anything runs. Every problem is found by the schema
 * and reported with the file and the line of the offending key or value.
 */
async function readSmokeFile(path) {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* ActionError */.lZ(`'smoke' is '${path}': it is not a file. Give the path of a YAML file of checks, relative to the workspace.`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ(`'smoke' is '${path}': no such file. Give the path of a YAML file of checks, relative to the workspace.`);
    }
    if (size > MAX_FILE_BYTES) {
        throw new errors/* ActionError */.lZ(`${path}: ${size} bytes; a smoke file holds at most ${MAX_FILE_BYTES} bytes of checks.`, { location: { file: path, line: 1 } });
    }
    return parseSmokeChecks(path, await (0,promises_.readFile)(path, 'utf8'));
}
/** Parses the text of a smoke file (see readSmokeFile). */
function parseSmokeChecks(file, text) {
    const yaml = (0,src_yaml/* parseYamlFile */.B)(file, text);
    refuseMergeKeys(yaml);
    const root = yaml.document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return yaml.fail(root, 'a smoke file is an object with a `checks` list.');
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (key !== 'checks')
            yaml.fail(pair.key, `unknown key '${key}': a smoke file has only 'checks'.`);
    }
    const list = root.get('checks', true);
    if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0)
        return yaml.fail(list ?? root, '`checks` must be a non-empty list of checks.');
    if (list.items.length > MAX_CHECKS)
        yaml.fail(list, `${list.items.length} checks; at most ${MAX_CHECKS}.`);
    const names = new Map();
    return list.items.map((item, index) => readCheck(yaml, item, index, names));
}
/** One check of the list: its kind, validated by the kind's schema, under a name not yet used. */
function readCheck(yaml, node, index, names) {
    const line = yaml.lineOf(node);
    if (!(0,dist/* isMap */.jh)(node))
        return yaml.fail(line, 'each check is an object with a name and a container.');
    const kind = kindOfNode(node, (problem) => yaml.fail(line, problem));
    refuseProtoKey(yaml, node);
    let value;
    try {
        value = node.toJS(yaml.document);
    }
    catch (error) {
        // yaml refuses aliases that expand past its limit (a "billion laughs" file).
        return yaml.fail(line, `the check cannot be read: ${error.message}.`);
    }
    // reportInput keeps what was given on each issue: a missing key is then told from a wrong value.
    const parsed = kind.schema.safeParse(value, { reportInput: true, error: issueMessage });
    if (!parsed.success) {
        const issue = innermostIssue(parsed.error.issues[0]);
        const path = ['checks', index, ...issue.path];
        yaml.fail(issueLine(yaml.document, path, issue, yaml.lineOf) ?? line, describeIssue(kind, path, issue));
    }
    const { name } = parsed.data;
    const earlier = names.get(name);
    if (earlier !== undefined)
        yaml.fail(line, `a check named '${name}' is already on line ${earlier}; names are unique.`);
    names.set(name, line);
    const spec = kind.specOf(parsed.data, (problem) => yaml.fail(line, problem));
    return { file: yaml.path, line, kind: kind.name, spec };
}
/** The one kind whose key a check has. */
function kindOfNode(node, fail) {
    const kinds = SMOKE_KINDS.filter((kind) => node.has(kind.name));
    if (kinds.length === 0)
        fail(`a check needs one of ${alternatives(SMOKE_KINDS.map((kind) => kind.name))} to say what it does.`);
    if (kinds.length > 1)
        fail(`a check does one thing; this one has ${kinds.map((kind) => `\`${kind.name}\``).join(' and ')}.`);
    return kinds[0];
}
/** `a`, `b` or `c`. */
function alternatives(names) {
    const quoted = names.map((name) => `\`${name}\``);
    return quoted.length < 2
        ? quoted.join('')
        : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
/**
 * Merge keys are refused rather than applied: YAML 1.2 has none (an editor, and the schema, see
 * a key named `<<`), and a value merged in from elsewhere has no line of its own in its check
 * for a message to point at.
 */
function refuseMergeKeys(yaml) {
    const merge = (0,src_yaml/* firstMergeKey */.A)(yaml.document);
    if (merge)
        yaml.fail(merge, "merge keys ('<<: *anchor') are not supported in a smoke file: write each check's keys out in full. An alias can still repeat a whole value (`partitionKey: *tenant`); a property named << is written quoted ('<<').");
}
/** Zod drops a '__proto__' key from what it reads: an expectation would silently lose it. */
function refuseProtoKey(yaml, node) {
    let proto;
    (0,dist/* visit */.YR)(node, {
        Pair: (_, pair) => {
            if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== '__proto__')
                return undefined;
            proto = pair.key;
            return dist/* visit */.YR.BREAK;
        }
    });
    if (proto)
        yaml.fail(proto, "a key named '__proto__' cannot be part of a check: it would be lost as the check is read.");
}

// EXTERNAL MODULE: ./src/cosmos/errors.ts + 1 modules
var cosmos_errors = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/smoke/container-keys.ts

/**
 * The partition key paths of each container the checks use, read once per container. Reading
 * the container first tells a missing container from a missing database.
 */
function containerKeyPaths(database, retry) {
    const keyPaths = new Map();
    return (container) => {
        let paths = keyPaths.get(container);
        if (paths === undefined) {
            const missing = () => new errors/* ActionError */.lZ(`container '${container}' does not exist in database '${database.id}'; create it (a migration's ctx.createContainer, Bicep, Terraform) or fix the check's 'container'.`);
            paths = retry(() => database.container(container).read()).then((response) => {
                if (response.resource === undefined)
                    throw missing();
                return response.resource.partitionKey?.paths ?? ['/id'];
            }, (error) => {
                throw error.code === 404 ? missing() : error;
            });
            keyPaths.set(container, paths);
        }
        return paths;
    };
}

// EXTERNAL MODULE: ./src/round.ts
var round = __webpack_require__(9771);
;// CONCATENATED MODULE: ./src/smoke/result-lines.ts

/** One log line per check, its unmet expectations and why it could not run below it. */
function logResult(result, log) {
    const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '-' : '✗';
    const figures = result.latency
        ? `, p50 ${result.latency.p50Ms} ms, p95 ${result.latency.p95Ms} ms, max ${result.latency.maxMs} ms`
        : '';
    // Only a kind that writes is skipped, by a dry run.
    const skipped = result.status === 'skipped' ? ` (dry run: a ${result.kind} writes)` : '';
    log.info(`${mark} ${result.name} (${result.kind} on ${result.container}): ${result.status}${skipped}, ${result.durationMs} ms, ${(0,round/* round2 */.X)(result.requestCharge)} RU${figures}`);
    for (const expectation of result.expectations.filter((expectation) => !expectation.met))
        log.info(`    ${unmet(expectation)}`);
    if (result.error !== undefined)
        log.info(`    could not run: ${result.error}`);
}
function unmet(expectation) {
    return `${expectation.what}: expected ${expectation.expected}, actual ${expectation.actual}`;
}
/** The failure message when checks failed: each failed check with expected against actual. */
function smokeFailure(result) {
    const failed = result.checks.filter((check) => check.status === 'failed');
    const lines = failed.map((check) => {
        const reasons = check.error !== undefined
            ? [`could not run: ${check.error}`]
            : check.expectations.filter((expectation) => !expectation.met).map(unmet);
        return `  - '${check.name}' (${check.file}:${check.line}): ${reasons.join('; ')}`;
    });
    return `${failed.length} of ${result.checks.length} smoke checks failed:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/smoke/run.ts






/** Runs every check in order, each whatever the others did, and reports them all. */
async function runSmokeChecks(parameters) {
    const database = parameters.client.database(parameters.database);
    // Past the SDK's own retries: a smoke check must not fail on a fault the service recovers from.
    const retry = (work) => (0,cosmos_transient/* retryTransient */.jh)(work, { ...cosmos_transient/* RETRY_POLICIES */.qW.smoke, sleep: parameters.sleep });
    const run = {
        parameters,
        database,
        keyPaths: containerKeyPaths(database, retry),
        retry,
        now: parameters.now ?? (() => performance.now())
    };
    const results = [];
    for (const check of parameters.checks) {
        const result = await runCheck(check, run);
        results.push(result);
        logResult(result, parameters.log);
    }
    return {
        checks: results,
        passed: results.every((result) => result.status !== 'failed'),
        requestCharge: results.reduce((sum, result) => sum + result.requestCharge, 0)
    };
}
/** Runs one check by its kind; a failure to run becomes the check's error, not the run's. */
async function runCheck(check, run) {
    const started = run.now();
    const meter = { requestCharge: 0 };
    const container = run.database.container(check.spec.container);
    const kind = kindOf(check);
    let outcome = { expectations: [] };
    let error;
    let skipped = false;
    try {
        // Reading the container first tells a missing container from a missing database.
        const paths = await run.keyPaths(check.spec.container);
        if (kind.writes && run.parameters.dryRun)
            skipped = true;
        else
            outcome = await kind.run(check.spec, {
                container,
                paths,
                retry: run.retry,
                meter,
                now: run.now
            });
    }
    catch (caught) {
        error = describeFailure(caught, run.parameters, check.spec.container);
    }
    const status = skipped
        ? 'skipped'
        : error === undefined && outcome.expectations.every((expectation) => expectation.met)
            ? 'passed'
            : 'failed';
    return {
        name: check.spec.name,
        kind: check.kind,
        container: check.spec.container,
        file: check.file,
        line: check.line,
        status,
        expectations: outcome.expectations,
        latency: outcome.latency,
        error,
        requestCharge: meter.requestCharge,
        durationMs: Math.round(run.now() - started)
    };
}
/** Why a check could not run: the action's own message, or Cosmos DB's explained. */
function describeFailure(caught, parameters, container) {
    return caught instanceof errors/* ActionError */.lZ
        ? caught.message
        : (0,errors/* describeError */.Uc)((0,cosmos_errors/* explainCosmosError */.a)(caught, parameters.errorContext, `/dbs/${parameters.database}/colls/${container}`));
}

;// CONCATENATED MODULE: ./src/smoke/uses.ts

/**
 * How the smoke step will use the database, for the role check: the containers of checks that
 * only read, in `run` (`dry-run` in a dry run), and those of checks that write, in
 * `write-canary`; a dry run skips writers, so it asks for no write.
 */
function smokeUses(checks, dryRun) {
    const containers = (writes) => [
        ...new Set(checks.filter((check) => kindOf(check).writes === writes).map((check) => check.spec.container))
    ];
    const uses = [];
    const reads = containers(false);
    if (reads.length > 0)
        uses.push({ step: 'smoke', containers: reads, mode: dryRun ? 'dry-run' : 'run' });
    const writes = containers(true);
    if (writes.length > 0 && !dryRun)
        uses.push({ step: 'smoke', containers: writes, mode: 'write-canary' });
    return uses;
}

;// CONCATENATED MODULE: ./src/smoke/index.ts






/***/ }),

/***/ 4839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ firstMergeKey),
/* harmony export */   B: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Parses `text`, refusing duplicate keys; a syntax error throws at once, naming the line and
 * the parser's first line of explanation ("not valid YAML: …", or `what` instead of YAML).
 */
function parseYamlFile(path, text, what = 'YAML') {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const lineOf = (node) => lines.linePos(node?.range?.[0] ?? 0).line;
    const fail = (at, problem) => {
        const line = typeof at === 'number' ? at : lineOf(at);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${path}:${line}: ${problem}`, { location: { file: path, line } });
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
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
        Pair: (_, pair) => {
            const key = pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || key.value !== '<<' || key.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN)
                return undefined;
            found = key;
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        }
    });
    return found;
}


/***/ })

};
