export const id = 350;
export const ids = [350];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ forEachLimited)
/* harmony export */ });
/**
 * Runs `work` on every item, at most `limit` at a time, starting them in the items' order. After
 * a failure (of the work or of the items themselves) nothing new starts; the work already started
 * finishes, then the first failure is thrown.
 */
async function forEachLimited(items, limit, work) {
    const running = new Set();
    let failure;
    try {
        for await (const item of items) {
            if (failure !== undefined)
                break;
            const task = work(item)
                .catch((error) => {
                failure ??= { error };
            })
                .finally(() => running.delete(task));
            running.add(task);
            if (running.size >= limit)
                await Promise.race(running);
        }
    }
    finally {
        await Promise.allSettled(running);
    }
    if (failure !== undefined)
        throw failure.error;
}


/***/ }),

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

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Ledger),
/* harmony export */   l: () => (/* binding */ ledgerId)
/* harmony export */ });
/* harmony import */ var _cosmos_partition_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7288);

/**
 * The ledger: one document per migration in the ledger container, keyed `migration-<key>`. The
 * container may be partitioned on `/id` or on any one other path (that field is set to
 * `migrations` in every ledger document).
 */
class Ledger {
    container;
    partitionKeyPaths;
    constructor(container, partitionKeyPaths) {
        this.container = container;
        this.partitionKeyPaths = partitionKeyPaths;
    }
    static async open(container) {
        const { resource } = await container.read();
        return new Ledger(container, resource?.partitionKey?.paths ?? ['/id']);
    }
    /** Puts the partition key field of a non-`/id` ledger into a document. */
    withPartitionKey(document) {
        const path = this.partitionKeyPaths[0] ?? '/id';
        if (path === '/id' || this.partitionKeyPaths.length !== 1 || path.split('/').length !== 2)
            return document;
        return { ...document, [path.slice(1)]: 'migrations' };
    }
    partitionKeyOf(document) {
        return (0,_cosmos_partition_key_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionKeyOf */ .t)(this.withPartitionKey(document), this.partitionKeyPaths);
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
        const id = ledgerId(key);
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
function ledgerId(key) {
    return `migration-${key}`;
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T9: () => (/* reexport */ ThroughputGovernor),
  EI: () => (/* reexport */ runBulk)
});

// UNUSED EXPORTS: provisionedThroughput, provisionedThroughputOf

;// CONCATENATED MODULE: ./src/throughput/governor.ts
/**
 * Under a ceiling the pace keeps this far below it, for charges it could not know in advance:
 * a user's budget must hold over any 5 seconds; a container's own RU/s has a second of burst in
 * each partition's budget to absorb what the estimate missed.
 */
const CEILING_MARGIN = 0.95;
const PROVISIONED_MARGIN = 0.98;
/** Each throttle cuts the rate to this share; quiet seconds raise it by INCREASE. */
const DECREASE = 0.85;
const INCREASE = 1.05;
/** Successes within this window tell the rate the service accepted when it first throttles. */
const WINDOW_MS = 2000;
/**
 * How far ahead of the pace a send may go: waits shorter than a timer's resolution would each
 * cost a millisecond or more, and one-document writes (the helpers') would run at a fraction of
 * the rate. A 5-second window holds at most 1% more for it.
 */
const BURST_MS = 50;
/** A request's share of a second's budget, at most: smaller sends keep the pace even. */
const SEND_SECONDS = 0.2;
class ThroughputGovernor {
    options;
    /** RU/s allowed now; Infinity until a ceiling or a throttle sets one. */
    rate;
    /** When the spending so far will have been paid for at the current rate (GCRA's clock). */
    paidUntil = 0;
    pausedUntil = 0;
    /** The send whose turn it is; the next waits for it. */
    turn = Promise.resolve();
    /** The rate throttles never cut below. */
    floor = 0;
    /** Just under the container's provisioned RU/s, where known: quiet seconds never go above. */
    known = Infinity;
    lastChange;
    startedAt;
    accepted = [];
    /** Operations and request units settled, for the estimate of the next send. */
    settledOperations = 0;
    settledRu = 0;
    /** Throttles seen, and the operations they concerned. */
    throttledOperations = 0;
    constructor(options) {
        this.options = options;
        this.rate = options.ceiling > 0 ? options.ceiling * CEILING_MARGIN : Infinity;
        this.floor = this.rate / 10;
        this.lastChange = options.now();
        this.startedAt = this.lastChange;
    }
    /** True once a rate applies: sends go in pieces a fraction of a second's budget each. */
    get limited() {
        return Number.isFinite(this.rate);
    }
    /**
     * The RU/s the next container is provisioned with, where known: the pace starts just under it
     * rather than at the first throttle. What was learned of another container is dropped.
     */
    expect(ruPerSecond) {
        this.known =
            ruPerSecond !== undefined && ruPerSecond > 0 ? ruPerSecond * PROVISIONED_MARGIN : Infinity;
        this.rate = this.capped(Infinity);
        this.floor = this.rate / 10;
        this.lastChange = this.options.now();
    }
    /** The request units a send of `operations` operations is likely to spend. */
    estimate(operations) {
        const perOperation = this.settledOperations > 0 ? this.settledRu / this.settledOperations : 10;
        return operations * perOperation;
    }
    /** Operations per send that keep each one within SEND_SECONDS of the rate (at least 1). */
    operationsPerSend() {
        if (!this.limited)
            return Infinity;
        return Math.max(1, Math.floor((this.rate * SEND_SECONDS) / this.estimate(1)));
    }
    /**
     * Waits for this send's turn: senders go one after another, each once the spending before it
     * is paid for at the rate (and any pause for a throttle is over). `cost` is asked at the turn,
     * so that a send waiting behind others is priced with what they taught; returns what it was
     * charged, for `settled`.
     */
    admit(cost) {
        const mine = this.turn.then(async () => {
            for (;;) {
                const now = this.options.now();
                const wait = Math.max(this.pausedUntil - now, this.limited ? this.paidUntil - now - BURST_MS : 0);
                if (wait <= 0)
                    break;
                await this.options.sleep(wait);
            }
            const ru = typeof cost === 'number' ? cost : cost();
            this.charge(ru);
            return ru;
        });
        this.turn = mine.then(() => undefined, () => undefined);
        return mine;
    }
    /** Spending the pace must make up for: reads, which are charged once they are done. */
    charge(ru) {
        if (this.limited)
            this.paidUntil = Math.max(this.options.now(), this.paidUntil) + (ru / this.rate) * 1000;
    }
    /** Whether sends are priced from what earlier ones cost, not from a first guess. */
    get calibrated() {
        return this.settledOperations > 0;
    }
    /**
     * A send's operations done: `ru` is what they cost, as the service charged it, against the
     * `estimated` it was admitted with. What it cost beyond the estimate is paid. What it cost
     * less is not given back for a calibrated estimate: the sends priced under what they cost,
     * paid only now, are balanced by those priced over it (given back, a 5-second window went over
     * a seed-ru-per-second budget). A `guessed` estimate, priced before anything was known, is
     * given back where no ceiling applies (the container's RU/s, known or learned: each partition
     * holds a second's burst): the first second's sends all carry the same guess.
     */
    settled(operations, ru, estimated = ru, guessed = false) {
        this.charge(Math.max(0, ru - estimated));
        // Under a user's ceiling nothing is given back: it must hold over any 5 s, and a refund
        // spent at once went over it (2,029 RU/s for 2,000 in one bench run).
        if (guessed && this.limited && this.options.ceiling === 0 && ru < estimated) {
            const refund = ((estimated - ru) / this.rate) * 1000;
            this.paidUntil = Math.max(this.options.now(), this.paidUntil - refund);
        }
        const now = this.options.now();
        this.settledOperations += operations;
        this.settledRu += ru;
        this.accepted.push({ at: now, ru });
        while ((this.accepted[0]?.at ?? now) < now - WINDOW_MS)
            this.accepted.shift();
        if (this.limited && now - this.lastChange >= 1000) {
            this.rate = this.capped(this.rate * INCREASE);
            this.lastChange = now;
        }
    }
    /**
     * Operations throttled with the service's retry-after: every sender pauses that long once.
     * The first throttle sets the rate to what the service was seen to accept; later ones cut it
     * by DECREASE, at most once a second (a throttled batch is one signal, not one per operation),
     * never below a tenth of the first: a storm of 429s is the pause's to ride out.
     */
    throttled(operations, retryAfterMs) {
        const now = this.options.now();
        this.throttledOperations += operations;
        this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
        if (this.limited) {
            this.paidUntil = Math.max(this.paidUntil, now + retryAfterMs);
            if (now - this.lastChange < Math.max(retryAfterMs, 1000))
                return;
            this.rate = Math.max(this.floor, this.capped(this.rate * DECREASE));
        }
        else {
            const span = Math.min(WINDOW_MS, Math.max(250, now - this.startedAt)) / 1000;
            const seen = this.accepted.reduce((sum, entry) => sum + entry.ru, 0) / span;
            // Nothing accepted yet says nothing of the rate: the pause alone answers it.
            if (seen <= 0)
                return;
            this.rate = this.capped(seen);
            this.floor = this.rate / 10;
            this.paidUntil = now + retryAfterMs;
        }
        this.lastChange = now;
    }
    capped(rate) {
        const ceiling = this.options.ceiling > 0 ? this.options.ceiling * CEILING_MARGIN : Infinity;
        return Math.min(rate, ceiling, this.known);
    }
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
// EXTERNAL MODULE: ./src/cosmos/transient.ts
var cosmos_transient = __webpack_require__(58);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@azure/cosmos/dist/esm/index.js + 306 modules
var esm = __webpack_require__(7474);
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
async function sendBulk(container, operations, callLimitMs = CALL_LIMIT_MS) {
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
    await (0,concurrency/* forEachLimited */.v)(starts, REQUESTS_IN_FLIGHT, async (start) => {
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
            ? Object.assign(new esm/* ErrorResponse */._p(`A bulk call took more than ${callLimitMs} ms.`), {
                code: 408
            })
            : (wrapped.cause ?? wrapped);
        if (!(0,cosmos_transient/* isTransientCosmosError */.dS)(error))
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
    const error = new esm/* ErrorResponse */._p(typeof raw['message'] === 'string' ? raw['message'] : `status ${String(status)}`);
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
async function runBulk(work, operations, settle) {
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
            throw stillFailing(again.length, lastFailure);
        if (throttled > 0)
            work.governor.throttled(throttled, retryAfterMs || (0,cosmos_transient/* backoffMs */.jo)(fruitless, work.policy.baseMs));
        else if (again.length > 0)
            await work.sleep((0,cosmos_transient/* backoffMs */.jo)(fruitless, work.policy.baseMs));
        pending = again;
    }
}
function isThrottle(result) {
    return (result.error?.code ?? result.response?.statusCode) === 429;
}
function stillFailing(count, last) {
    return new errors/* ActionError */.lZ(`${count} document(s) were still throttled or failing after rounds that got nothing done (throttled for ${STALL_MS / 1000} s, or failing in passing round after round); the documents before them were written.${lastFailureText(last)} Re-run the job: the work is idempotent.`, { cause: last?.error });
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
    await (0,concurrency/* forEachLimited */.v)(pieces.entries(), SENDS_IN_FLIGHT, async ([index, piece]) => {
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
        if (!(0,cosmos_transient/* isTransientCosmosError */.dS)(error))
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
    await (0,concurrency/* forEachLimited */.v)(operations.entries(), POINT_WRITES_IN_FLIGHT, async ([index, input]) => {
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
        if (typeof error.code !== 'number' && !(0,cosmos_transient/* isTransientCosmosError */.dS)(error))
            throw error;
        return { operationInput, error: error };
    }
}

// EXTERNAL MODULE: ./src/throughput/provisioned.ts
var provisioned = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/throughput/index.ts
/** Pacing the job's bulk work to the throughput the container serves, and running it. */





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
