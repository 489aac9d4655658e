export const id = 67;
export const ids = [67];
export const modules = {

/***/ 67:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_DOCUMENT_BYTES: () => (/* reexport */ MAX_DOCUMENT_BYTES),
  checkId: () => (/* reexport */ checkId),
  checkSeedFilesOffline: () => (/* reexport */ checkSeedFilesOffline),
  discoverSeedFiles: () => (/* reexport */ discoverSeedFiles),
  readDocuments: () => (/* reexport */ readDocuments),
  seedContainers: () => (/* reexport */ seedContainers)
});

// EXTERNAL MODULE: ./src/cosmos/index.ts + 2 modules
var cosmos = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/cosmos/partition-key.ts
var partition_key = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/problems.ts
var src_problems = __webpack_require__(2095);
// EXTERNAL MODULE: ./src/cosmos/resource-id.ts
var resource_id = __webpack_require__(318);
;// CONCATENATED MODULE: ./src/seed/seed-file.ts


/** The column types a manifest may declare, in the order its messages list them. */
const COLUMN_TYPES = ['string', 'number', 'boolean', 'json'];
/** An error that names the seed file and line, and says nothing was written. */
function seedError(file, line, problem) {
    return new errors/* ActionError */.lZ(`${file.path}:${line}: the document ${problem}. Nothing was written.`, {
        location: { file: file.path, line }
    });
}
/** An error about a seed file as a whole (or a line of it), not one of its documents. */
function seedFileError(file, line, problem) {
    return new errors/* ActionError */.lZ(`${file.path}:${line}: ${problem}. Nothing was written.`, {
        location: { file: file.path, line }
    });
}
/**
 * The error for a file without a single document: an export that failed part way leaves one, so
 * silence would hide it. `none` says how the format writes "no documents" on purpose.
 */
function emptySeedFile(file, none) {
    return seedFileError(file, 1, `the file holds no document (it is empty, or holds only blank lines or a byte order mark), as an export that failed part way leaves it; ${none}`);
}
/** True when a name can be a container's: the file it came from would otherwise write elsewhere. */
function isContainerName(name) {
    return name.length <= 255 && (0,resource_id/* isResourceId */.Gy)(name);
}

;// CONCATENATED MODULE: ./src/seed/ids.ts


/** Checks a document's id; errors name the file and the line. */
function checkId(file, document) {
    const id = document.body['id'];
    if (typeof id !== 'string' || id === '')
        throw seedError(file, document.line, "has no string 'id'");
    if (!(0,resource_id/* isResourceId */.Gy)(id) || id.length > 1023) {
        throw seedError(file, document.line, `has an invalid id '${(0,resource_id/* shown */.SP)(id)}': ids hold at most 1023 characters, no / \\ ? # or control characters, and are not . or ..`);
    }
    // Cosmos DB counts an id's length in bytes: 400 CJK characters are 1,200 bytes, too long.
    const bytes = Buffer.byteLength(id, 'utf8');
    if (bytes > 1023) {
        throw seedError(file, document.line, `has an invalid id '${(0,resource_id/* shown */.SP)(id, 40)}': it is ${bytes} bytes in UTF-8, and Cosmos DB stores ids of at most 1023 bytes`);
    }
    return id;
}

;// CONCATENATED MODULE: ./src/seed/keys.ts

/** What is stored for a document, by id and partition key. */
function keyOf(document, paths) {
    return JSON.stringify([document['id'], (0,partition_key/* partitionKeyOf */.t)(document, paths)]);
}
/** A document's id and partition key in one container, as one string. */
function keyText(container, document, paths) {
    return `${container}\0${keyOf(document, paths)}`;
}
function keyHash(container, document, paths) {
    const text = keyText(container, document, paths);
    // Two multiply-xor passes with different odd multipliers and seeds, each finished by an
    // avalanche, so that every bit of either word depends on every character.
    let first = 0x811c9dc5 ^ text.length;
    let second = 0x9e3779b9;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        first = Math.imul(first ^ code, 0x01000193);
        second = Math.imul(second ^ code, 0x5bd1e995);
    }
    return { text, first: avalanche(first), second: avalanche(second ^ (second >>> 15)) };
}
/** Spreads each input bit over the whole word (the finalizer of MurmurHash3). */
function avalanche(word) {
    let mixed = Math.imul(word ^ (word >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) >>> 0;
}
/** Bits of a KeyFilter: 16 MiB, which pages in as it fills (a few documents touch a few pages). */
const FILTER_BITS = 2 ** 27;
/** Bits set per key: the fewest false candidates for 10 to 20 bits a key. */
const PROBES = 7;
/** A key's bits all fall in one block of this many bits: one cache line (64 bytes). */
const BLOCK_BITS = 512;
/**
 * The keys seen so far, in fixed memory (a blocked Bloom filter): `add` answers whether the key
 * may have been seen. Never a false "no"; a false "maybe" (a candidate) is rare while the filter
 * is sparse: with 16 MiB, about one in 60 million keys at 1,000,000 documents, one in 400 at
 * 10,000,000. A map of every key would grow with the files (about 60 bytes a document).
 * All of a key's bits in one cache line: seven bits anywhere in 16 MiB were seven cache misses,
 * a quarter of the first pass.
 */
class KeyFilter {
    bits;
    blocks;
    block;
    /** How far a probe's 32 bits shift right to leave a bit of the block. */
    shift;
    /**
     * `size`: bits, a power of two (any other size would put bits past the end: missed keys), and
     * a byte at least.
     */
    constructor(size = FILTER_BITS) {
        if (!Number.isInteger(Math.log2(size)) || size < 8)
            throw new RangeError(`${size} bits is not a power of two of 8 or more`);
        this.bits = new Uint8Array(size / 8);
        this.block = Math.min(size, BLOCK_BITS);
        this.blocks = size / this.block;
        this.shift = 32 - Math.log2(this.block);
    }
    /** Adds a key; true when it may have been added before. */
    add(key) {
        // The first word picks the block. The second seeds a sequence (a linear congruential
        // generator, whose high bits are its best) whose high bits place each probe in the block:
        // two keys of one block share their bits only if their second words are equal. Positions
        // made from a few bits only (double hashing on 9 bits) let keys share them 1,000 times as
        // often.
        const base = (key.first % this.blocks) * this.block;
        let state = key.second;
        let seen = true;
        for (let probe = 0; probe < PROBES; probe++) {
            state = (Math.imul(state, 0x2c1b3c6d) + 0x297a2d39) | 0;
            const bit = base + (state >>> this.shift);
            const byte = bit >>> 3;
            const flag = 1 << (bit & 7);
            if ((this.bits[byte] & flag) === 0) {
                seen = false;
                this.bits[byte] = this.bits[byte] | flag;
            }
        }
        return seen;
    }
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 8 modules
var lib = __webpack_require__(5377);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/documents/property-path.ts
var property_path = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/seed/document.ts

/** Cosmos DB refuses items over 2 MB. */
const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** One document's JSON text, which must be an object; errors name the file and the line. */
function jsonDocument(file, line, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw seedError(file, line, `is not JSON (${error.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw seedError(file, line, 'is not a JSON object');
    }
    return sizedText(file, line, value, Buffer.byteLength(text));
}
/**
 * Compact JSON is at most this many times the text it was parsed from: taking out whitespace and
 * escapes only shortens it, and a number can grow at most from `1e20,` (5 bytes with the comma or
 * bracket that ends it) to `100000000000000000000,` (22 bytes).
 */
const MOST_GROWTH = 5;
/**
 * A parsed document sized by its text: one whose text is small enough to be under 2 MB however
 * it grows is not written out again (which doubled the garbage of a seed); a larger one is.
 */
function sizedText(file, line, document, textBytes) {
    if (textBytes * MOST_GROWTH <= MAX_DOCUMENT_BYTES)
        return { body: document, line, bytes: textBytes };
    return sizedDocument(file, line, document);
}
/** Cosmos DB stores items of at most 2 MB, measured as compact JSON (indentation does not count). */
function sizedDocument(file, line, document) {
    const bytes = Buffer.byteLength(JSON.stringify(document));
    if (bytes > MAX_DOCUMENT_BYTES) {
        throw seedError(file, line, `is over 2 MB (${bytes} bytes), the most Cosmos DB stores in one item`);
    }
    return { body: document, line, bytes };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/seed/encoding.ts

const WINDOWS_1252 = { words: 'Windows-1252/Latin-1', iconv: 'WINDOWS-1252' };
const UTF_16 = { words: 'UTF-16', iconv: 'UTF-16' };
/**
 * The error for bytes that are not UTF-8: the file, the line and the byte offset of the first
 * bad byte, the encoding the file most likely is, and the command that converts it.
 * `bytes` are the ones being decoded, starting at `at` in the file.
 */
function notUtf8(file, bytes, at) {
    const index = firstBadByte(bytes);
    const offset = at.offset + index;
    let line = at.line;
    for (let i = 0; i < index; i++)
        if (bytes[i] === 0x0a)
            line++;
    const byte = bytes[index] ?? 0;
    const encoding = likelyEncoding(bytes, at.offset);
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const reads = encoding === WINDOWS_1252
        ? ` (${JSON.stringify(new TextDecoder('windows-1252').decode(Buffer.of(byte)))} in Windows-1252)`
        : '';
    return new errors/* ActionError */.lZ(`${file.path}:${line}: byte ${hex}${reads} at byte offset ${offset} is not UTF-8, and seed files are read as UTF-8. The file looks like ${encoding.words}: convert it with \`iconv -f ${encoding.iconv} -t UTF-8\` (or save it as UTF-8 from the tool that exported it). Nothing was written.`, { location: { file: file.path, line } });
}
/**
 * Where in `bytes` the first byte that is not UTF-8 is. The WHATWG decoder replaces each bad
 * sequence with one U+FFFD; the first U+FFFD whose bytes are not EF BF BD (a real U+FFFD) is it.
 */
function firstBadByte(bytes) {
    let index = 0;
    for (const char of new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) {
        const code = char.codePointAt(0);
        const real = bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd;
        if (code === 0xfffd && !real)
            return index;
        index += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    return Math.min(index, bytes.length - 1);
}
/** UTF-16 when the file starts with its byte order mark; else the usual culprit, Windows-1252. */
function likelyEncoding(bytes, offset) {
    const first = offset === 0 && bytes.length >= 2 ? bytes.readUInt16BE(0) : undefined;
    return first === 0xfffe || first === 0xfeff ? UTF_16 : WINDOWS_1252;
}

;// CONCATENATED MODULE: ./src/seed/text.ts



const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * Streams a seed file's text, checked as UTF-8 before it is decoded. Node's decoder would turn
 * a Latin-1 or Windows-1252 export's `é` into U+FFFD without a word and seed the damage; here the
 * first byte that is not UTF-8 fails the file with its line, its byte offset and the encoding to
 * convert from. A byte order mark is dropped at the very start of the file only: anywhere else it
 * is a character, which each format refuses where JSON would.
 */
async function* utf8Text(file) {
    const at = { offset: 0, line: 1 };
    /** Bytes of a character cut by a chunk's end, waiting for the rest of it. */
    let pending = Buffer.alloc(0);
    let started = false;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file.path)) {
        let bytes = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        if (!started) {
            // A mark cut by a chunk's end waits for its third byte.
            if (bytes.length < BOM.length && BOM.subarray(0, bytes.length).equals(bytes)) {
                pending = Buffer.from(bytes);
                continue;
            }
            started = true;
            if (bytes.subarray(0, BOM.length).equals(BOM)) {
                bytes = bytes.subarray(BOM.length);
                at.offset = BOM.length;
            }
        }
        const end = completeLength(bytes);
        const text = decoded(file, bytes.subarray(0, end), at);
        pending = Buffer.from(bytes.subarray(end));
        if (text !== '')
            yield text;
    }
    // A file that ends inside a character (or is a mark's first bytes only) is not UTF-8.
    if (pending.length > 0) {
        const text = decoded(file, pending, at);
        if (text !== '')
            yield text;
    }
}
/** The bytes as text, moving the position past them; bytes that are not UTF-8 fail the file. */
function decoded(file, bytes, at) {
    // A character cut off at the end of the file is caught here too: isUtf8 wants it whole.
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        throw notUtf8(file, bytes, at);
    const text = bytes.toString('utf8');
    at.offset += bytes.length;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        at.line++;
    return text;
}
/** How many leading bytes hold whole characters: a chunk may end inside one. */
function completeLength(bytes) {
    for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 3); index--) {
        const byte = bytes[index];
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: its lead is further back
        if (byte < 0xc0)
            return bytes.length;
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        return index + length > bytes.length ? index : bytes.length;
    }
    return bytes.length;
}

;// CONCATENATED MODULE: ./src/seed/formats/csv.ts







/**
 * A header row, then a document a row. A quoted value is a string exactly as written; an
 * unquoted one becomes a number, boolean or null where it reads as such. A manifest's declared
 * column types win over both. A column `a.b` builds nested objects.
 */
const csv = {
    name: 'csv',
    extensions: ['csv'],
    label: 'CSV',
    hasColumns: true,
    read: csvRows
};
/** CSV with a header row, each row a document with its line. */
async function* csvRows(file) {
    let header = false;
    const parser = (0,lib/* parse */.qg)({
        columns: (names) => {
            header = true;
            return uniqueColumns(names);
        },
        // Header names stay text; each value keeps whether it was quoted, for typing it.
        cast: (text, context) => (context.header ? text : { text, quoted: context.quoting }),
        skip_empty_lines: true,
        trim: true,
        info: true,
        relax_column_count: false
    });
    // pipeline, not pipe: a file that is not UTF-8 must fail the parser, not leave it waiting.
    (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(utf8Text(file)), parser, () => undefined);
    try {
        for await (const record of parser) {
            yield sizedDocument(file, record.info.lines, rowDocument(file, record));
        }
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error; // a row of ours, explained with its line
        const line = error.lines;
        throw seedError(file, typeof line === 'number' ? line : 1, `is not valid CSV (${error.message})`);
    }
    if (!header)
        throw emptySeedFile(file, 'a header row alone seeds no document on purpose, or remove the file');
}
/** The header as it is; a column named twice would keep one of its values and drop the other. */
function uniqueColumns(header) {
    const repeated = header.find((name, index) => header.indexOf(name) !== index);
    if (repeated !== undefined)
        throw Object.assign(new Error(`the header names column '${repeated}' twice`), { lines: 1 });
    return header;
}
function rowDocument(file, { record, info }) {
    const body = {};
    for (const [key, { text, quoted }] of Object.entries(record)) {
        if (!quoted && text.includes('\uFEFF')) {
            throw seedError(file, info.lines, `has a byte order mark (U+FEFF) in column '${key}': one belongs at the start of the file only (files joined with cat keep each one). Remove it`);
        }
        // Ids are strings in Cosmos DB, however numeric they look.
        const declared = file.columns?.[key];
        setColumn(body, key, key === 'id' || (quoted && !declared)
            ? text
            : declared
                ? declaredValue(file, info.lines, key, declared, text)
                : typed(text));
    }
    return body;
}
/**
 * `a.b` columns build nested objects, so nested partition keys can come from CSV. A column is
 * always dotted (a leading `/` is part of its first property's name), so it goes in as segments.
 */
function setColumn(document, column, value) {
    const segments = column.split('.');
    if (segments.some((key) => property_path/* FORBIDDEN_SEGMENTS */.$f.has(key))) {
        throw new Error(`column '${column}' names __proto__, constructor or prototype`);
    }
    (0,property_path/* setAt */.ef)(document, segments, value);
}
/** A value of a declared column type; text that is not of that type fails with its line. */
function declaredValue(file, line, column, type, value) {
    const bad = () => {
        throw seedError(file, line, `has '${value.slice(0, 40)}' in column '${column}', declared ${type}`);
    };
    switch (type) {
        case 'string':
            return value;
        case 'number': {
            const number = Number(value);
            return value !== '' && Number.isFinite(number) ? number : bad();
        }
        case 'boolean':
            return value === 'true' ? true : value === 'false' ? false : bad();
        default:
            try {
                return JSON.parse(value);
            }
            catch {
                return bad();
            }
    }
}
/**
 * An unquoted value typed by what it looks like: empty and `null` are null, `true` and `false`
 * booleans, numbers that survive the round trip numbers (`007` stays a string: a leading zero is
 * an identifier).
 */
function typed(value) {
    if (value === '')
        return null;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (value === 'null')
        return null;
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) {
        // Only numbers that survive the round trip: 1e400 or 2^60 would be stored as something else.
        const number = Number(value);
        const exact = !Number.isInteger(number) || Number.isSafeInteger(number);
        if (Number.isFinite(number) && !Object.is(number, -0) && exact)
            return number;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/seed/formats/json.ts



/** A JSON array of documents, streamed element by element however large the file. */
const json = {
    name: 'json',
    extensions: ['json'],
    label: 'JSON',
    hasColumns: false,
    read: jsonArray
};
/**
 * A top-level JSON array, element by element: a scanner follows strings and nesting across
 * chunks and hands each complete element to JSON.parse, with the line it starts on.
 */
async function* jsonArray(file) {
    let line = 1;
    let inString = false;
    let escaped = false;
    /** Open brackets inside the current element; an element is complete when it empties. */
    const open = [];
    let element = '';
    let elementLine = 1;
    /** Where the scanner is in the top-level array. */
    let state = 'before';
    const unexpected = (what) => {
        throw seedError(file, line, `is not JSON (${what})`);
    };
    // utf8Text drops a byte order mark at the very start; anywhere else it is refused below.
    for await (const chunk of utf8Text(file)) {
        for (const char of chunk) {
            if (char === '\n')
                line++;
            if (open.length > 0) {
                element += char;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (char === '\\')
                        escaped = true;
                    else if (char === '"')
                        inString = false;
                }
                else if (char === '"')
                    inString = true;
                else if (char === '{' || char === '[')
                    open.push(char);
                else if (char === '}' || char === ']') {
                    if (open.pop() !== (char === '}' ? '{' : '['))
                        unexpected(`'${char}' closes nothing it opened`);
                    if (open.length === 0) {
                        yield jsonDocument(file, elementLine, element);
                        state = 'comma';
                    }
                }
                continue;
            }
            // JSON's whitespace only: /\s/ would also let U+00A0, U+2028 or a BOM between documents.
            if (char === ' ' || char === '\n' || char === '\r' || char === '\t')
                continue;
            if (state === 'before') {
                if (char !== '[')
                    throw seedError(file, line, 'is not a JSON array of documents');
                state = 'first-value';
            }
            else if (state === 'after') {
                unexpected('text after the closing ]');
            }
            else if (char === '{' && state !== 'comma') {
                open.push('{');
                element = '{';
                elementLine = line;
            }
            else if (char === ',' && state === 'comma') {
                state = 'value';
            }
            else if (char === ']' && state !== 'value') {
                state = 'after';
            }
            else if (state === 'comma' || char === ',' || char === ']') {
                unexpected(`'${char}' where ${state === 'comma' ? "',' or ']'" : 'a document'} belongs`);
            }
            else {
                throw seedError(file, line, 'is not a JSON object');
            }
        }
    }
    if (state === 'before')
        throw emptySeedFile(file, 'write `[]` to seed no document on purpose, or remove the file');
    if (state !== 'after')
        throw seedError(file, line, 'is not JSON (the file ends inside the array)');
}

;// CONCATENATED MODULE: ./src/seed/formats/ndjson.ts



/** One JSON document a line (`.ndjson`, or `.jsonl` as some tools name it); blank lines are skipped. */
const ndjson = {
    name: 'ndjson',
    extensions: ['ndjson', 'jsonl'],
    label: 'NDJSON',
    hasColumns: false,
    read: jsonLines
};
async function* jsonLines(file) {
    // Lines end at \n, \r\n or \r only. readline also ends one at U+2028 and U+2029, which JSON
    // strings may hold unescaped (JSON.stringify writes them as they are).
    let number = 0;
    let documents = 0;
    let rest = '';
    const documentAt = (raw) => {
        number++;
        const document = lineDocument(file, number, raw);
        if (document)
            documents++;
        return document;
    };
    for await (const chunk of utf8Text(file)) {
        const text = rest + chunk;
        // A \r at the end may be the first half of a \r\n: it waits for the next chunk.
        const end = text.endsWith('\r') ? text.length - 1 : text.length;
        const lines = text.slice(0, end).split(/\r\n|\r|\n/);
        rest = lines.pop() + text.slice(end);
        for (const raw of lines) {
            const document = documentAt(raw);
            if (document)
                yield document;
        }
    }
    const last = rest === '' ? undefined : documentAt(rest);
    if (last)
        yield last;
    if (documents === 0)
        throw emptySeedFile(file, 'remove the file to seed no document');
}
/** Names for the characters trim() would take for spaces that most often stand around a line. */
const CHARACTER_NAMES = {
    '\u000b': 'vertical tab',
    '\u000c': 'form feed',
    '\u00a0': 'no-break space',
    '\u2028': 'line separator',
    '\u2029': 'paragraph separator',
    '\u3000': 'ideographic space',
    '\ufeff': 'byte order mark'
};
/** Any character JavaScript counts as white space (all of them are one UTF-16 unit). */
const SPACE = /^\s$/u;
/** The line without the spaces and tabs around it; the same string when it has none. */
function withoutSpacesAround(raw) {
    let start = 0;
    let end = raw.length;
    while (start < end && isBlank(raw, start))
        start++;
    while (end > start && isBlank(raw, end - 1))
        end--;
    return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}
/** A space or a tab. (A function of its own: a closure made for every line is garbage.) */
function isBlank(text, at) {
    return text[at] === ' ' || text[at] === '\t';
}
/**
 * The document on one line, or undefined for a blank line. Around the document only JSON's own
 * whitespace is allowed (spaces and tabs; the line's end is \n, \r\n or \r), as the JSON reader
 * allows: trim() would also take U+00A0, U+2028, U+3000 or a byte order mark from a file joined
 * with `cat`, which JSON.parse refuses everywhere else.
 */
function lineDocument(file, line, raw) {
    const text = withoutSpacesAround(raw);
    if (text === '')
        return undefined;
    // Only the first and the last character are looked at: a pattern anchored at the end would
    // scan every line whole.
    const first = text[0];
    const last = text[text.length - 1];
    const stray = SPACE.test(first) ? first : SPACE.test(last) ? last : undefined;
    if (stray !== undefined) {
        const code = `U+${stray.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        const name = CHARACTER_NAMES[stray];
        throw seedFileError(file, line, `${code}${name === undefined ? '' : ` (${name})`} stands ${text.startsWith(stray) ? 'before' : 'after'} the document: only spaces and tabs may surround a document on its line, as in JSON. Remove it${stray === '\ufeff' ? ' (a byte order mark belongs at the start of the file only: files joined with cat keep each one)' : ''}`);
    }
    return jsonDocument(file, line, text);
}

;// CONCATENATED MODULE: ./src/seed/formats/index.ts



/**
 * The seed file formats, in the order messages list them. Discovery, manifests and their
 * messages all derive from this list: a new format is a file in this folder, added here.
 */
const SEED_FORMATS = [json, ndjson, csv];
/** The format a file name ending names (without the dot, any case), if any. */
function formatOfExtension(extension) {
    const wanted = extension.toLowerCase();
    return SEED_FORMATS.find((format) => format.extensions.includes(wanted));
}
/** The format of a seed file's `format` name. */
function formatNamed(name) {
    return SEED_FORMATS.find((format) => format.name === name);
}
/** Every file name ending a seed file may have, in the registry's order. */
function seedExtensions(formats = SEED_FORMATS) {
    return formats.flatMap((format) => format.extensions);
}
/**
 * The endings in words, as messages give them: `.json, .ndjson, .jsonl or .csv`, or with
 * `eachFormatOnce` only each format's own (`.json, .ndjson or .csv`).
 */
function extensionsInWords(options = {}, formats = SEED_FORMATS) {
    const extensions = options.eachFormatOnce
        ? formats.flatMap((format) => format.extensions.slice(0, 1))
        : seedExtensions(formats);
    return inWords(extensions.map((extension) => `.${extension}`));
}
/** The formats a manifest may declare columns for, as messages name them (`CSV`). */
function formatsWithColumnsInWords(formats = SEED_FORMATS) {
    return inWords(formats.filter((format) => format.hasColumns).map((format) => format.label));
}
/** `a`, `a or b`, `a, b or c`. */
function inWords(items) {
    return items.length <= 1
        ? items.join('')
        : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/seed/read.ts


/**
 * Streams the documents of a seed file with their line numbers: one document in memory at a
 * time, whatever the file's size, read as its format (formats/) reads. Errors name the file and
 * the line.
 */
async function* readDocuments(file) {
    yield* formatNamed(file.format).read(file);
}

;// CONCATENATED MODULE: ./src/seed/duplicates.ts



/** Lines a seed file may have, for packing a file's index and a line into one number. */
const LINES = 2 ** 32;
/**
 * The exact check behind the key filter: streams the files again, up to where each one's first
 * pass ended, remembering where each suspected key (`candidates`, by KeyHash text) was first
 * seen. The first document of a file to repeat one becomes the file's problem, naming both lines,
 * and ends the file as the first pass would have; a candidate seen once was a false alarm and is
 * not reported. Memory: a map entry per candidate, not per document.
 */
async function confirmRepeats(checks, candidates) {
    const last = checks.findLastIndex((check) => check.suspect);
    const firstLines = new Map();
    for (const [index, check] of checks.slice(0, last + 1).entries()) {
        const { file, paths } = check;
        if (paths === undefined || check.checked === 0)
            continue;
        let read = 0;
        for await (const document of readDocuments(file)) {
            const key = keyText(file.container, document.body, paths);
            const first = candidates.has(key) ? firstLines.get(key) : undefined;
            if (first !== undefined) {
                const firstFile = checks[Math.floor(first / LINES)]?.file.path;
                check.problem = seedError(file, document.line, `repeats id '${String(document.body['id'])}' with the same partition key (first at ${firstFile}:${first % LINES})`);
                break;
            }
            if (candidates.has(key))
                firstLines.set(key, index * LINES + document.line);
            if (++read >= check.checked)
                break;
        }
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/seed/heap.ts


/**
 * Heap in use past the level the last collection left that starts the next one. What is in
 * flight survives a collection and raises the level with it, so the headroom is garbage only.
 * Measured (bench/memory.ts, 100,000 / 500,000 / 1,000,000 small lines, medians of three, a
 * container of one partition key range): 32 MiB peaked at 62, 71 and 56 MiB in a full bench run
 * (53, 56 and 57 in a run of the memory bench alone), the peak moving with how much was in flight
 * at the last collection; 16 MiB at 40, 42 and 44 in a full run (37, 38 and 41 alone), seeding
 * 1 KB documents 5% slower (bench/seed.ts). While executeBulkOperations held every operation for
 * a second, 16 MiB was collected so often that the time cap let the heap run away (127 MiB at
 * 500,000 lines); it still writes to containers of several ranges, which the bench does not
 * measure.
 */
const HEAP_HEADROOM = 16 * 1024 * 1024;
/** How often the heap is looked at while a pass runs. */
const WATCH_MS = 50;
/** V8's own factor (`node --v8-options`), put back once a pass ends. */
const DEFAULT_GROWTH_FACTOR = 2;
/**
 * A young generation larger than this when a pass starts is given back first: past it, its size
 * is what it happened to grow to before (up to 128 MiB here, two semi-spaces of 64), the largest
 * part of a peak's spread.
 */
const YOUNG_GENERATION_LIMIT = 16 * 1024 * 1024;
/**
 * Where seeding's memory went, measured while it wrote through executeBulkOperations alone
 * (bench/memory.ts, 500,000 small NDJSON documents, Node 24): a peak of 345 MiB above the
 * connected process, with 257 MiB of V8 heap in use and a young generation of 128 MiB, while
 * what was alive stayed under 50 MiB (a full collection twice a second; `--max-old-space-size=64`
 * seeded the same file in 88 MiB). The rest was garbage:
 *  - in the old generation: every document, its bulk operation, the SDK's promise, retry
 *    policies and diagnostics for it, and its request body live through a bulk call (a second at
 *    least), so they outlive two young collections and die old; V8 collects the old generation
 *    only once it reaches its first limit (about 256 MiB where memory is plenty, as on a runner);
 *  - in the young generation: so much surviving makes V8 double it up to 2 × 64 MiB, and only a
 *    collection under memory pressure gives it back (a 'last-resort' one: measured as every
 *    collection of a pass, it cost a third of the seeding's rate).
 * The action cannot pass Node flags (the runner starts it). So while a pass runs, the young
 * generation keeps the size it has (V8 reads its growth factor each time it would grow it), and
 * a full collection runs once the heap in use has grown by HEAP_HEADROOM since the last one: a
 * few tens of milliseconds, and never more than a tenth of the time, so that a process holding
 * much else (the benchmarks' local cloud holds every document written) is not collected over and
 * over for little. A young generation past YOUNG_GENERATION_LIMIT is given back before the pass.
 * Measured with a headroom of 32 MiB (the memory bench alone, medians of three): 53, 56 and 57
 * MiB at 100,000, 500,000 and 1,000,000 lines; keeping whatever young generation a pass found,
 * 56, 68 and 83.
 */
async function* withinHeapCeiling(items) {
    // First: the ceiling starts from the level this collection leaves.
    giveBackYoungGeneration();
    const heap = new HeapCeiling();
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
    // The heap grows between two items too (the SDK's work for a bulk call): a timer watches it.
    const timer = setInterval(() => heap.check(), WATCH_MS);
    timer.unref();
    try {
        yield* items;
    }
    finally {
        clearInterval(timer);
        (0,external_node_v8_.setFlagsFromString)(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
    }
}
/** A full collection whenever the heap in use has grown by the headroom since the last one. */
class HeapCeiling {
    parameters;
    level;
    /** When the time collections have taken allows the next one. */
    notBefore = 0;
    /** The heap and the collection are V8's unless a test gives its own. */
    constructor(parameters = {}) {
        this.parameters = {
            headroom: parameters.headroom ?? HEAP_HEADROOM,
            used: parameters.used ?? (() => (0,external_node_v8_.getHeapStatistics)().used_heap_size),
            collect: parameters.collect ?? fullCollection(),
            clock: parameters.clock ?? (() => performance.now())
        };
        this.level = this.parameters.used();
    }
    /**
     * Collects when the heap in use has grown by the headroom since the last collection, unless
     * collections would take more than a tenth of the time.
     */
    check() {
        const { headroom, used, collect, clock } = this.parameters;
        const started = clock();
        if (started < this.notBefore || used() - this.level < headroom)
            return;
        collect();
        this.level = used();
        const ended = clock();
        this.notBefore = ended + (ended - started) * 9;
    }
}
const v8YoungGeneration = { givesBack: true };
/**
 * Collects all V8 can, giving back the young generation, when that has grown past
 * YOUNG_GENERATION_LIMIT: tens of milliseconds, paid once a seed in the usual case (the young
 * generation stays small within a pass). Once it is seen not to give it back, it is not asked
 * again. True when it collected.
 */
function giveBackYoungGeneration(youngGeneration = youngGenerationSize, collect = fullCollection(), state = v8YoungGeneration) {
    if (!state.givesBack || youngGeneration() <= YOUNG_GENERATION_LIMIT)
        return false;
    collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    state.givesBack = youngGeneration() <= YOUNG_GENERATION_LIMIT;
    return true;
}
/** The young generation's size now, in bytes (V8's new space). */
function youngGenerationSize() {
    return (0,external_node_v8_.getHeapSpaceStatistics)().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
let v8Collect;
/** V8's full collection, made once. */
function fullCollection() {
    return (v8Collect ??= exposedCollection());
}
/**
 * V8's full collection. `--expose-gc` set at run time applies to contexts made after it: a new
 * one hands out its `gc`, the flag is unset again, and the action's own global stays as it was
 * (jest-leak-detector asks for it the same way).
 */
function exposedCollection() {
    const exposed = globalThis.gc;
    if (exposed)
        return exposed;
    (0,external_node_v8_.setFlagsFromString)('--expose-gc');
    try {
        const collect = (0,external_node_vm_.runInNewContext)('typeof gc === "function" ? gc : undefined');
        // A Node that no longer hands it out leaves V8 to collect on its own: more memory, no harm.
        return typeof collect === 'function' ? collect : () => undefined;
    }
    catch {
        return () => undefined;
    }
    finally {
        (0,external_node_v8_.setFlagsFromString)('--no-expose-gc');
    }
}

// EXTERNAL MODULE: ./src/cosmos/transient.ts
var cosmos_transient = __webpack_require__(58);
;// CONCATENATED MODULE: ./src/seed/requests.ts


/** Runs `work` again on transient failures (with backoff); explains any other failure. */
async function retryingTransient(context, scope, work) {
    try {
        return await (0,cosmos_transient/* retryTransient */.jh)(work, { ...cosmos_transient/* RETRY_POLICIES */.qW.seeding, sleep: context.sleep });
    }
    catch (error) {
        throw (0,cosmos/* explainCosmosError */.ah)(error, context.errorContext, scope);
    }
}
/** The role-assignment scope of a container, for explanations of refused requests. */
function scopeOf(container) {
    return `/dbs/${container.database.id}/colls/${container.id}`;
}

;// CONCATENATED MODULE: ./src/seed/check.ts











/**
 * The first pass: streams every file and checks every document (JSON, id, partition key value,
 * size, no id and partition key twice) before anything is written. A file's first problem ends
 * its check, and the other files are checked still, so that the failure names a problem in each
 * bad file. Returns each container's partition key paths.
 *
 * Repeated keys are found in fixed memory: a KeyFilter of every key, whose rare false alarms a
 * second, exact pass (confirmRepeats) sorts out, run only when the filter suspected a repeat.
 * `filterBits` sizes the filter (tests make it tiny to raise false alarms).
 */
async function checkSeedFiles(parameters, filterBits = FILTER_BITS) {
    const keyPaths = new Map();
    const filter = new KeyFilter(filterBits);
    const candidates = new Set();
    const checks = [];
    for (const file of parameters.files) {
        const check = { file, checked: 0, suspect: false };
        checks.push(check);
        try {
            check.paths = await containerKeyPaths(parameters, file);
            keyPaths.set(file.container, check.paths);
            await checkFile(file, check, check.paths, filter, candidates);
        }
        catch (error) {
            // Anything not explained is a fault of ours, not of the input: it stops the run as it is.
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            check.problem = error;
        }
    }
    if (candidates.size > 0)
        await confirmRepeats(checks, candidates);
    const problems = new src_problems/* Problems */.Z();
    for (const { file, problem, checked } of checks) {
        if (problem)
            problems.add(problem);
        else
            parameters.log.info(`Checked ${file.path}: ${checked} document(s) for '${file.container}'.`);
    }
    problems.throwIfAny();
    return keyPaths;
}
/** One file's documents, checked and their keys added to the filter, counted in `check`. */
async function checkFile(file, check, paths, filter, candidates) {
    for await (const document of withinHeapCeiling(readDocuments(file))) {
        checkDocument(file, document, paths);
        // Two documents with one id and partition key would race each other: which wins is chance.
        const key = keyHash(file.container, document.body, paths);
        if (filter.add(key)) {
            candidates.add(key.text);
            check.suspect = true;
        }
        check.checked++;
    }
}
/**
 * What can be checked of seed files without the account (encoding, syntax, ids, sizes): when
 * the plan already fails, their problems are reported with the others, not in a later run.
 */
async function checkSeedFilesOffline(files) {
    const problems = new src_problems/* Problems */.Z();
    for (const file of files) {
        await problems.check(async () => {
            for await (const document of readDocuments(file))
                checkId(file, document);
        });
    }
    problems.throwIfAny();
}
async function containerKeyPaths(parameters, file) {
    const container = parameters.client.database(parameters.database).container(file.container);
    const definition = await container.read().catch((error) => {
        if (error.code === 404) {
            throw new errors/* ActionError */.lZ(`${file.path}: container '${file.container}' does not exist in database '${parameters.database}'. Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql container create) or in a migration (ctx.createContainer): Cosmos DB refuses container creation with Entra tokens. Nothing was written.`);
        }
        throw (0,cosmos/* explainCosmosError */.ah)(error, parameters.errorContext, scopeOf(container));
    });
    return definition.resource?.partitionKey?.paths ?? ['/id'];
}
function checkDocument(file, document, paths) {
    checkId(file, document);
    const key = (0,partition_key/* partitionKeyOf */.t)(document.body, paths);
    const values = paths.length > 1 && Array.isArray(key) ? key : [key];
    if (key === undefined ||
        values.some((value) => !['string', 'number', 'boolean'].includes(typeof value))) {
        throw seedError(file, document.line, `has no string, number or boolean value for the partition key ${paths.join(', ')}`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/yaml/index.ts
var yaml = __webpack_require__(4839);
;// CONCATENATED MODULE: ./src/seed/manifest.ts






const MANIFEST_NAMES = ['seed.yml', 'seed.yaml'];
const ENTRY_KEYS = ['file', 'container', 'mode', 'columns'];
/**
 * Reads `seed.yml` when the directory has one:
 *
 *     files:
 *       - file: products-export.json   # relative to the directory
 *         container: products
 *         mode: insert                 # optional: upsert or insert (default: seed-mode)
 *
 * Errors name the manifest and the line.
 */
async function readManifest(directory) {
    for (const name of MANIFEST_NAMES) {
        const path = (0,external_node_path_.join)(directory, name);
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const manifest = (0,yaml/* parseYamlFile */.B)(path, text);
        const root = manifest.document.contents;
        if (!(0,dist/* isMap */.jh)(root))
            return manifest.fail(root, 'the seed manifest is an object with a `files` list.');
        const list = root.get('files', true);
        if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0)
            return manifest.fail(list ?? root, '`files` must be a non-empty list.');
        const home = await (0,promises_.realpath)(directory);
        const files = [];
        for (const item of list.items)
            files.push(await manifestEntry(manifest, directory, home, item));
        return files;
    }
    return undefined;
}
/** One entry of `files`, checked key by key, its file resolved inside the directory. */
async function manifestEntry(manifest, directory, home, node) {
    const fail = (problem) => manifest.fail(node, problem);
    if (!(0,dist/* isMap */.jh)(node))
        return fail('each entry has `file`, `container` and optionally `mode`.');
    const entry = node.toJSON();
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.includes(key))
            fail(`unknown key '${key}': expected ${ENTRY_KEYS.join(', ')}.`);
    }
    const { file, container, mode, columns } = entry;
    if (typeof file !== 'string' || file.includes('..') || (0,external_node_path_.isAbsolute)(file)) {
        return fail("'file' must be a path inside the seed directory.");
    }
    const format = formatOfExtension((0,external_node_path_.extname)(file).slice(1));
    if (format === undefined)
        return fail(`'${file}' is not ${extensionsInWords()}.`);
    if (typeof container !== 'string' || container === '' || !isContainerName(container)) {
        return fail("'container' must be a container name without / \\ # ? or control characters.");
    }
    // Without a mode, the file follows the seed-mode input.
    if (mode !== undefined && mode !== 'upsert' && mode !== 'insert')
        fail("'mode' must be 'upsert' or 'insert'.");
    if (columns !== undefined && !(format.hasColumns && areColumnTypes(columns))) {
        fail(`'columns' (${formatsWithColumnsInWords()} only) maps column names to ${COLUMN_TYPES.join(', ')}.`);
    }
    await checkInside(home, (0,external_node_path_.join)(directory, file), fail, file);
    return {
        path: (0,external_node_path_.join)(directory, file),
        container,
        format: format.name,
        ...(mode === undefined ? {} : { mode: mode }),
        ...(columns === undefined ? {} : { columns: columns })
    };
}
function areColumnTypes(columns) {
    return (columns !== null &&
        typeof columns === 'object' &&
        !Array.isArray(columns) &&
        Object.values(columns).every((type) => COLUMN_TYPES.includes(String(type))));
}
/** The file as the file system resolves it: a symbolic link may lead out of the directory. */
async function checkInside(home, path, fail, file) {
    const real = await (0,promises_.realpath)(path).catch(() => undefined);
    if (real === undefined)
        return fail(`'${file}' is not in the seed directory.`);
    const inside = (0,external_node_path_.relative)(home, real);
    if (inside === '' || inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
        fail(`'${file}' leads outside the seed directory (a symbolic link).`);
}

;// CONCATENATED MODULE: ./src/seed/files.ts









/** `<container>.<extension>`, for every extension of every format. */
const SEED_NAME = new RegExp(`^(.+)\\.(${seedExtensions()
    .map((extension) => extension.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})$`, 'i');
/** The file names of seed files in messages: `<container>.json, .ndjson, .jsonl or .csv`. */
const SEED_NAMES = `<container>${extensionsInWords()}`;
/** What the `seed` input may name, in messages. */
const SEED_INPUT = `a directory of <container>${extensionsInWords({ eachFormatOnce: true })} files, one such file, or a glob`;
/**
 * Finds the seed files the `seed` input names: a directory's (those its manifest, `seed.yml`,
 * lists, or else every `<container>.<format>` file), a glob's, or one file; each fills the
 * container it is named after. Every problem found (names, links out of the workspace) is
 * reported, not only the first.
 */
async function discoverSeedFiles(path, workspace = (0,src_workspace/* workspaceOf */.B3)()) {
    const problems = new src_problems/* Problems */.Z();
    const { files, root } = await seedFilesAt(path, workspace, problems);
    for (const file of files)
        await problems.check(() => (0,src_workspace/* refuseLinkOut */.rS)(file.path, root, workspace, 'Seed files'));
    problems.throwIfAny();
    return files;
}
/** The seed files of each layout, and the directory links are looked for below. */
async function seedFilesAt(path, workspace, problems) {
    if (/[*?[]/.test(path))
        return { files: await matchSeedFiles(path, problems), root: globBase(path) };
    const kind = await (0,src_workspace/* existingPath */.Jf)('seed', path, workspace, SEED_INPUT);
    if (kind === 'file') {
        const file = seedFilesNamed([path], (0,external_node_path_.dirname)(path), problems)[0];
        if (file === undefined && !problems.any)
            throw new errors/* ActionError */.lZ(`'seed' is '${path}': it is not a ${SEED_NAMES} file. Give ${SEED_INPUT}.`);
        return { files: file === undefined ? [] : [file], root: (0,external_node_path_.dirname)(path) };
    }
    if (kind !== 'directory')
        throw new errors/* ActionError */.lZ(`'seed' is '${path}': it is neither a file nor a directory. Give ${SEED_INPUT}.`);
    const manifest = await readManifest(path);
    if (manifest !== undefined)
        return { files: manifest, root: path };
    const names = (await (0,promises_.readdir)(path)).sort();
    const files = seedFilesNamed(names.map((name) => (0,external_node_path_.join)(path, name)), path, problems);
    if (files.length === 0 && !problems.any) {
        throw new errors/* ActionError */.lZ(`'seed' is '${path}': it holds no ${SEED_NAMES} file.`);
    }
    return { files, root: path };
}
/** The seed files a glob (`db/seed/*.ndjson`) matches, in name order; each named after its container. */
async function matchSeedFiles(pattern, problems) {
    const paths = [];
    for await (const path of (0,promises_.glob)(pattern))
        paths.push(path);
    const files = seedFilesNamed(paths, pattern, problems);
    if (files.length === 0 && !problems.any) {
        throw new errors/* ActionError */.lZ(`'seed' is '${pattern}': it matches no ${SEED_NAMES} file.`);
    }
    return files.sort((a, b) => a.path.localeCompare(b.path));
}
/** The directory a glob starts in: its path up to the first segment with a wildcard. */
function globBase(pattern) {
    const segments = pattern.split(/[\\/]/);
    const fixed = segments.slice(0, segments.findIndex((segment) => /[*?[{]/.test(segment)));
    return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}
/**
 * The seed files among paths; other names are skipped. Names that cannot be a container's are
 * problems, rather than being skipped or followed.
 */
function seedFilesNamed(paths, where, problems) {
    const files = [];
    for (const path of paths) {
        try {
            const file = seedFileNamed(path, where);
            if (file !== undefined)
                files.push(file);
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            problems.add(error);
        }
    }
    return files;
}
/** The seed file a path names, or undefined when its name is not a seed file's. */
function seedFileNamed(path, where) {
    const match = SEED_NAME.exec((0,external_node_path_.basename)(path));
    if (!match)
        return undefined;
    const container = match[1];
    if (!isContainerName(container)) {
        throw new errors/* ActionError */.lZ(`${path}: a seed file is named after its container, ${SEED_NAMES}; '${(0,resource_id/* shown */.SP)(container)}' cannot be a container name (no / \\ # ?, control characters, . or ..). Rename it, or move it out of '${where}'.`);
    }
    const format = formatOfExtension(match[2]);
    return format === undefined ? undefined : { path, container, format: format.name };
}

;// CONCATENATED MODULE: ./src/seed/counts.ts
/** The line that closes a file's seeding, with its container's counts so far. */
function seededLine(file, count, mode, dryRun) {
    return `${dryRun ? 'Dry run: would seed' : 'Seeded'} '${file.container}' from ${file.path}: ${count.created} created, ${count.updated} updated, ${count.unchanged} ${mode === 'insert' ? 'existing' : 'unchanged'}.`;
}

;// CONCATENATED MODULE: ./src/seed/batches.ts

/**
 * Documents per batch, and their size, and batches in flight at once. A batch goes to the
 * service in requests of 100 operations, four at a time (throughput/bulk-calls.ts): the client
 * holds 20,000 operations at most, 1,600 of them at the service at once, and their documents
 * bound the memory (heap.ts has the figures). Measured (bench/seed.ts, 100,000 documents of
 * 1 KB): 1.23 and 1.25 of one raw bulk call in two full bench runs.
 * Through executeBulkOperations, which ends each call a second after its last operation is
 * added (BulkHelper's intervalForPartialBatchInMs) and holds every operation's state until then,
 * the same 20,000 in flight seeded at 0.67 to 0.80 of the raw call, and 30,000 at 0.89 to 0.99
 * but with 137 to 160 MiB at 500,000 small documents: so that way remains only for containers
 * of several partition key ranges, where it groups operations by range.
 */
const BATCH = 5000;
const BATCH_BYTES = 8 * 1024 * 1024;
/**
 * Memory: a batch closes at 8 MB, so at most 32 MB of documents (20 MB of 1 KB documents), and as
 * much again of the stored copies they are compared with.
 */
const BATCHES_IN_FLIGHT = 4;
/** Ids per lookup query, and their size: Cosmos DB takes requests of 2 MB at most. */
const LOOKUP_IDS = 1000;
const LOOKUP_BYTES = 512 * 1024;
/** Documents in batches of at most `count` documents, ending a batch once it holds `bytes`. */
async function* inBatches(documents, count, bytes) {
    let batch = [];
    let size = 0;
    // The documents of finished bulk calls, and the SDK's state for them, die in the old
    // generation: collected as the batches go, not once V8's first limit is reached (heap.ts).
    for await (const document of withinHeapCeiling(documents)) {
        batch.push(document.body);
        size += document.bytes;
        if (batch.length >= count || size >= bytes) {
            yield batch;
            batch = [];
            size = 0;
        }
    }
    if (batch.length > 0)
        yield batch;
}
/** Ids in groups small enough for one query each (count and bytes). */
function lookupChunks(ids) {
    const chunks = [];
    let chunk = [];
    let bytes = 0;
    for (const id of ids) {
        const size = Buffer.byteLength(JSON.stringify(id)) + 1; // and its comma
        if (chunk.length > 0 && (chunk.length >= LOOKUP_IDS || bytes + size > LOOKUP_BYTES)) {
            chunks.push(chunk);
            chunk = [];
            bytes = 0;
        }
        chunk.push(id);
        bytes += size;
    }
    if (chunk.length > 0)
        chunks.push(chunk);
    return chunks;
}

;// CONCATENATED MODULE: ./src/seed/lookups.ts



/**
 * Whether a container holds any document (a cheap query). A cross-partition query may answer
 * with empty pages before the partition that holds one: only the last page says "none".
 */
async function hasDocuments(context, container, charge) {
    return retryingTransient(context, scopeOf(container), async () => {
        const query = container.items.query('SELECT TOP 1 c.id FROM c', { maxItemCount: 1 });
        while (query.hasMoreResults()) {
            const page = await query.fetchNext();
            charge.total += page.requestCharge ?? 0;
            if ((page.resources ?? []).length > 0)
                return true;
        }
        return false;
    });
}
/** The stored documents with a batch's ids, by id and partition key (keyOf). */
async function storedDocuments(context, container, paths, batch, charge) {
    const existing = new Map();
    const ids = [...new Set(batch.map((document) => document['id']))];
    const lookups = lookupChunks(ids).map((chunk) => retryingTransient(context, scopeOf(container), async () => {
        // A query that fails part way starts again: its pages are not resumable after an error.
        const found = [];
        const query = container.items.query({
            query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
            parameters: [{ name: '@ids', value: chunk }]
        });
        while (query.hasMoreResults()) {
            const page = await query.fetchNext();
            charge.total += page.requestCharge ?? 0;
            found.push(...(page.resources ?? []));
        }
        return found;
    }));
    for (const found of await Promise.all(lookups))
        for (const stored of found)
            existing.set(keyOf(stored, paths), stored);
    return existing;
}

// EXTERNAL MODULE: ./src/throughput/index.ts + 3 modules
var throughput = __webpack_require__(9875);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/seed/fingerprint.ts



/** Documents per chunk: a changed file is compared and written one changed chunk at a time. */
const CHUNK_DOCUMENTS = 1000;
/**
 * A file's fingerprint. Its documents are hashed as parsed (compact JSON), not its bytes: the
 * parsed document is what is written, so reformatting a file changes nothing, while a changed
 * value, format, mode, column type or partition key path changes the chunk it is in. Chunks are
 * runs of documents by position, which keeps the record small (a hash per 1,000 documents); a
 * document inserted mid-file shifts those after it, and they are compared (not rewritten: the
 * comparison finds them equal).
 */
async function fingerprintFile(file, mode, paths) {
    const context = contextOf(file, mode, paths);
    const chunks = [];
    let hash = (0,external_node_crypto_.createHash)('sha256').update(context);
    let documents = 0;
    for await (const document of readDocuments(file)) {
        hash.update(JSON.stringify(document.body)).update('\n');
        documents++;
        if (documents % CHUNK_DOCUMENTS === 0) {
            chunks.push(hash.digest('base64'));
            hash = (0,external_node_crypto_.createHash)('sha256').update(context);
        }
    }
    if (documents % CHUNK_DOCUMENTS !== 0)
        chunks.push(hash.digest('base64'));
    return { path: file.path, documents, bytes: await bytesHash(file, mode, paths), chunks };
}
/**
 * sha256 of a file's bytes and what decides what is written from them: hashing streams the
 * bytes without parsing them, some ten times quicker than reading the documents.
 */
async function bytesHash(file, mode, paths) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(contextOf(file, mode, paths));
    for await (const chunk of (0,external_node_fs_.createReadStream)(file.path))
        hash.update(chunk);
    return hash.digest('base64');
}
function contextOf(file, mode, paths) {
    return JSON.stringify([file.format, mode, file.columns ?? null, paths]);
}
function changedChunks(now, recorded) {
    const changed = new Set();
    now.chunks.forEach((chunk, index) => {
        if (recorded?.chunks[index] !== chunk)
            changed.add(index);
    });
    return {
        any: changed.size > 0,
        at: (position) => changed.has(Math.floor(position / CHUNK_DOCUMENTS))
    };
}

// EXTERNAL MODULE: ./node_modules/@azure/cosmos/dist/esm/index.js + 306 modules
var esm = __webpack_require__(7474);
;// CONCATENATED MODULE: ./src/seed/proof.ts



/** Changes past this many are not worth listing: the container is compared in full. */
const MAX_LISTED_CHANGES = 10_000;
/** The change feed position of now, as a continuation (one request per feed range). */
async function positionNow(context, container, charge) {
    return retryingTransient(context, scopeOf(container), async () => {
        const feed = container.items.getChangeFeedIterator({
            changeFeedStartFrom: esm/* ChangeFeedStartFrom */.dv.Now()
        });
        const page = await feed.readNext();
        charge.total += page.requestCharge ?? 0;
        return page.continuationToken;
    });
}
/** What changed since a position; undefined when more than `limit` documents did. */
async function changesSince(context, container, position, paths, charge, limit = MAX_LISTED_CHANGES) {
    return retryingTransient(context, scopeOf(container), async () => {
        const feed = container.items.getChangeFeedIterator({
            changeFeedStartFrom: esm/* ChangeFeedStartFrom */.dv.Continuation(position),
            maxItemCount: 1000
        });
        const keys = new Set();
        const etags = new Map();
        for (;;) {
            const page = await feed.readNext();
            charge.total += page.requestCharge ?? 0;
            for (const document of page.result ?? []) {
                const key = keyOf(document, paths);
                keys.add(key);
                etags.set(key, String(document['_etag']));
            }
            if (keys.size > limit)
                return undefined;
            if (page.statusCode === esm/* StatusCodes */.vi.NotModified)
                return { keys, etags, position: page.continuationToken };
        }
    });
}
/** The number of documents in the container (one cheap aggregate query). */
async function documentCount(context, container, charge) {
    return retryingTransient(context, scopeOf(container), async () => {
        const query = container.items.query('SELECT VALUE COUNT(1) FROM c');
        let total = 0;
        while (query.hasMoreResults()) {
            const page = await query.fetchNext();
            charge.total += page.requestCharge ?? 0;
            for (const value of page.resources ?? [])
                total += value;
        }
        return total;
    });
}

// EXTERNAL MODULE: ./src/migrate/ledger.ts
var migrate_ledger = __webpack_require__(7716);
;// CONCATENATED MODULE: ./src/seed/resume.ts
/** Progress records are written at most this often while batches complete. */
const SAVE_EVERY_MS = 1000;
/** One container's progress through its files, as this seed makes it. */
class ContainerProgress {
    keeper;
    container;
    now;
    files;
    savedAt = -Infinity;
    dirty = false;
    constructor(keeper, container, earlier, now) {
        this.keeper = keeper;
        this.container = container;
        this.now = now;
        this.files = new Map((earlier?.files ?? []).map((file) => [file.path, file]));
    }
    static async open(keeper, container, now) {
        return new ContainerProgress(keeper, container, await keeper.read(container), now);
    }
    /** Documents of the file an earlier seed wrote: 0 unless its bytes are as they were. */
    written(path, bytes) {
        const earlier = this.files.get(path);
        return earlier?.bytes === bytes ? earlier.written : 0;
    }
    /** The file's first `written` documents are written; saved now when `force`, else now and then. */
    async advance(file, force = false) {
        this.files.set(file.path, file);
        this.dirty = true;
        if (force || this.now() - this.savedAt >= SAVE_EVERY_MS)
            await this.save();
    }
    async save() {
        this.savedAt = this.now();
        this.dirty = false;
        await this.keeper.write({
            id: progressId(this.container),
            type: 'seed-progress',
            container: this.container,
            files: [...this.files.values()],
            updatedAt: new Date(Date.now()).toISOString()
        });
    }
    /** Writes what advanced since the last save: a seed that stops leaves where it stood. */
    async flush() {
        if (this.dirty)
            await this.save();
    }
    /** The container is seeded: its progress has nothing left to resume. */
    clear() {
        return this.keeper.clear(this.container);
    }
}
function progressId(container) {
    return `seed-progress-${container}`;
}
/**
 * The batches of a file done so far, which finish in any order: the file's documents are written
 * up to the end of the last batch of an unbroken run from the first.
 */
class Watermark {
    ends = new Map();
    next = 0;
    mark;
    constructor(start) {
        this.mark = start;
    }
    /** Batch `index` is done, ending after document `end`; the new mark when it moved. */
    done(index, end) {
        this.ends.set(index, end);
        const before = this.mark;
        for (let at = this.ends.get(this.next); at !== undefined; at = this.ends.get(this.next)) {
            this.ends.delete(this.next++);
            this.mark = at;
        }
        return this.mark === before ? undefined : this.mark;
    }
}
/**
 * The file's documents, counting those taken: when a batch is handed on, `taken()` is where the
 * file stands, the end of that batch (the generators between are lazy and take no further).
 */
function counted(documents) {
    let taken = 0;
    async function* each() {
        for await (const document of documents) {
            taken++;
            yield document;
        }
    }
    return { documents: each(), taken: () => taken };
}

;// CONCATENATED MODULE: ./src/seed/record.ts



/** The seed records in the ledger container. */
class SeedRecords {
    context;
    ledger;
    constructor(context, ledger) {
        this.context = context;
        this.ledger = ledger;
    }
    /** The records, or undefined when the ledger container does not exist. */
    static async open(context, client, database, ledgerContainer) {
        const container = client.database(database).container(ledgerContainer);
        try {
            const ledger = await retryingTransient(context, scopeOf(container), () => migrate_ledger/* Ledger */.O.open(container));
            return new SeedRecords(context, ledger);
        }
        catch (error) {
            if (isNotFound(error) || isNotFound(error.cause))
                return undefined;
            throw error;
        }
    }
    cache = new Map();
    /** A container's record, or undefined when it has none (read once a run). */
    read(container) {
        let record = this.cache.get(container);
        if (record === undefined) {
            record = this.readNow(container);
            this.cache.set(container, record);
        }
        return record;
    }
    async readNow(container) {
        const id = recordId(container);
        const item = this.ledger.container.item(id, this.ledger.partitionKeyOf({ id }));
        return retryingTransient(this.context, this.scope(), async () => {
            try {
                const { resource } = await item.read();
                return resource?.type === 'seed' ? resource : undefined;
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        });
    }
    async write(record) {
        const document = { id: recordId(record.container), type: 'seed', ...record };
        await retryingTransient(this.context, this.scope(), () => this.ledger.container.items.upsert(this.ledger.withPartitionKey(document)));
    }
    /** Where seeds keep their progress through a container's files while they run. */
    progress() {
        const { ledger } = this;
        const item = (container) => {
            const id = progressId(container);
            return ledger.container.item(id, ledger.partitionKeyOf({ id }));
        };
        const retrying = (work) => retryingTransient(this.context, this.scope(), work);
        return {
            read: (container) => retrying(async () => {
                const { resource } = await item(container)
                    .read()
                    .catch((error) => {
                    if (isNotFound(error))
                        return { resource: undefined };
                    throw error;
                });
                return resource?.type === 'seed-progress' ? resource : undefined;
            }),
            write: async (record) => {
                await retrying(() => ledger.container.items.upsert(ledger.withPartitionKey({ ...record })));
            },
            clear: async (container) => {
                await retrying(() => item(container)
                    .delete()
                    .catch((error) => {
                    if (!isNotFound(error))
                        throw error;
                }));
            }
        };
    }
    scope() {
        return scopeOf(this.ledger.container);
    }
}
function recordId(container) {
    return `seed-${container}`;
}
function isNotFound(error) {
    return error?.code === 404;
}

;// CONCATENATED MODULE: ./src/seed/memory.ts





/**
 * What re-seeding remembers: per container, what the files held and a proof that the container
 * has not changed since (memory: the records; proof.ts: the change feed and the count). Unchanged
 * files over an unchanged container are skipped; otherwise only what changed is compared.
 */
class SeedMemory {
    parameters;
    records;
    /** Every write of the seed, by the etag its answer carried: its own changes in the feed. */
    ownEtags = new Set();
    constructor(parameters, records) {
        this.parameters = parameters;
        this.records = records;
    }
    /** The memory, or undefined (said once in the log) when there is no ledger container. */
    static async open(parameters) {
        const { ledgerContainer, client, database, log } = parameters;
        const records = ledgerContainer === undefined
            ? undefined
            : await SeedRecords.open(parameters, client, database, ledgerContainer);
        if (records !== undefined)
            return new SeedMemory(parameters, records);
        log.info(`Re-seeding reads and compares every document: to skip unchanged containers, create the ledger container '${ledgerContainer ?? 'migrations'}' (partition key /id) and set 'seed-record: true'; seeding then records what it wrote there (see docs/seeding.md).`);
        return undefined;
    }
    /** A container's progress through its files, as a seed that stopped left it (resume.ts). */
    progressOf(container) {
        return ContainerProgress.open(this.records.progress(), container, this.parameters.now);
    }
    /**
     * The plan of a container to skip before any file is checked or parsed: when each of its files
     * is byte for byte what the last seed recorded, and the proof (change feed, count) holds.
     * Undefined when anything differs: the container then goes through check and plan.
     */
    async unchanged(container, files, modeOf, charge) {
        const record = await this.records.read(container.id);
        if (record === undefined || record.files.length !== files.length)
            return undefined;
        const recorded = new Map(record.files.map((file) => [file.path, file]));
        for (const file of files) {
            const before = recorded.get(file.path);
            if (before?.bytes !== (await bytesHash(file, modeOf(file), record.paths)))
                return undefined;
        }
        const proof = await this.prove(container, record, record.paths, charge);
        if (typeof proof === 'string' || proof.size > 0)
            return undefined;
        return {
            reason: `unchanged since the last seed at ${record.seededAt}${record.runBy ? ` by ${record.runBy}` : ''}`,
            skip: true,
            include: undefined,
            fingerprints: recorded,
            start: undefined
        };
    }
    /** Decides how to seed a container from its files (mode: each file's seed mode). */
    async plan(container, files, modeOf, paths, charge) {
        const fingerprints = new Map();
        for (const file of files)
            fingerprints.set(file.path, await fingerprintFile(file, modeOf(file), paths));
        const record = await this.records.read(container.id);
        const proof = await this.prove(container, record, paths, charge);
        if (typeof proof === 'string' || record === undefined)
            return this.comparing(container, fingerprints, charge, proof, undefined);
        const recorded = new Map(record.files.map((file) => [file.path, file]));
        const tests = new Map([...fingerprints.values()].map((now) => [
            now.path,
            changedChunks(now, recorded.get(now.path))
        ]));
        const filesChanged = [...tests.values()].some((chunks) => chunks.any);
        if (!filesChanged && proof.size === 0) {
            const reason = `unchanged since the last seed at ${record.seededAt}${record.runBy ? ` by ${record.runBy}` : ''}`;
            const refresh = [...fingerprints.values()].some((file) => file.bytes !== recorded.get(file.path)?.bytes);
            return {
                reason,
                skip: true,
                include: undefined,
                fingerprints,
                start: undefined,
                refresh: refresh ? record : undefined
            };
        }
        const include = (file, position, key) => proof.has(key) || tests.get(file)?.at(position) === true;
        const reason = `${proof.size} document(s) changed in the container and ${filesChanged ? 'some' : 'no'} file chunk(s) changed since the last seed: comparing only those`;
        return this.comparing(container, fingerprints, charge, reason, include);
    }
    /** The keys changed since the record, or why the container must be compared in full. */
    /** Each container's proof, made once (the shortcut before the check, then the plan). */
    proofs = new Map();
    prove(container, record, paths, charge) {
        const key = `${container.id}\n${JSON.stringify(paths)}`;
        let proof = this.proofs.get(key);
        if (proof === undefined) {
            proof = this.proveNow(container, record, paths, charge);
            this.proofs.set(key, proof);
        }
        return proof;
    }
    async proveNow(container, record, paths, charge) {
        if (record === undefined)
            return 'no record of an earlier seed: comparing every document';
        if (record.position === null)
            return 'the last seed could not prove it saw every change: comparing every document';
        if (JSON.stringify(record.paths) !== JSON.stringify(paths))
            return 'the partition key changed: comparing every document';
        const changes = await changesSince(this.parameters, container, record.position, paths, charge);
        if (changes === undefined)
            return 'many documents changed: comparing every document';
        const count = await documentCount(this.parameters, container, charge);
        if (count !== record.count)
            return `the container holds ${count} document(s), ${record.count} when last seeded (a delete, or an add): comparing every document`;
        return changes.keys;
    }
    async comparing(container, fingerprints, charge, reason, include) {
        const start = this.parameters.dryRun
            ? undefined
            : {
                position: await positionNow(this.parameters, container, charge),
                count: await documentCount(this.parameters, container, charge)
            };
        return { reason, skip: false, include, fingerprints, start };
    }
    /**
     * Records a seeded container. The position is the one after the seed's writes only when every
     * change since its start was its own (by etag) and the count adds up: a write by someone else
     * during the seed is then not hidden; otherwise the next seed compares in full.
     */
    async remember(container, plan, paths, count, charge) {
        if (this.parameters.dryRun)
            return;
        if (plan.skip && plan.refresh !== undefined) {
            const { container, seededAt, runBy, paths: recorded, position, count: documents } = plan.refresh;
            await this.records.write({
                container,
                seededAt,
                runBy,
                paths: recorded,
                position,
                count: documents,
                files: [...plan.fingerprints.values()]
            });
        }
        if (plan.skip || plan.start === undefined)
            return;
        const endCount = await documentCount(this.parameters, container, charge);
        const changes = await changesSince(this.parameters, container, plan.start.position, paths, charge, Number.POSITIVE_INFINITY);
        const proven = changes !== undefined &&
            [...changes.etags.values()].every((etag) => this.ownEtags.has(etag)) &&
            endCount === plan.start.count + count.created;
        await this.records.write({
            container: container.id,
            seededAt: new Date(this.parameters.now()).toISOString(),
            runBy: this.parameters.runBy ?? null,
            paths,
            position: proven ? (changes?.position ?? null) : null,
            count: endCount,
            files: [...plan.fingerprints.values()]
        });
        if (!proven)
            this.parameters.log.info(`  '${container.id}' changed during the seed by another writer: the next seed compares it in full.`);
    }
}
/** The documents a plan compares; the others are counted unchanged as they go by. */
async function* planned(plan, file, documents, paths, count) {
    let position = 0;
    for await (const document of documents) {
        if (plan.include === undefined ||
            plan.include(file.path, position, keyOf(document.body, paths)))
            yield document;
        else
            count.unchanged++;
        position++;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/seed/bulk-write.ts




/**
 * Runs bulk operations through the throughput governor (runBulk): throttled ones go again
 * together after the service's retry-after, others failed in passing with backoff. Permanent
 * failures fail the run, explained (a 403 names the role to grant).
 */
async function executeWithRetries(context, container, operations, count, charge) {
    await (0,throughput/* runBulk */.EI)({
        container,
        governor: context.governor,
        sleep: context.sleep,
        policy: cosmos_transient/* RETRY_POLICIES */.qW.seeding,
        explain: (error) => (0,cosmos/* explainCosmosError */.ah)(error, context.errorContext, scopeOf(container)),
        throwIfCancelled: context.throwIfCancelled
    }, operations, (result, round) => {
        // The etags of the seed's own writes tell them apart from others' in the change feed.
        if (result.response?.eTag !== undefined)
            context.ownEtags?.add(result.response.eTag);
        return needsAnotherRound(context, container, result, round, count, charge);
    });
}
/**
 * Counts one operation's outcome: true when it failed transiently and goes again; a permanent
 * failure fails the run, explained.
 */
function needsAnotherRound(context, container, result, round, count, charge) {
    const status = result.error?.code ?? result.response?.statusCode;
    charge.total += result.response?.requestCharge ?? chargeOf(result.error);
    if (result.error === undefined && typeof status === 'number' && status < 400)
        return false;
    if (status === 409 && result.operationInput.operationType === 'Create') {
        // Created meanwhile by someone else: inserting leaves it alone. On a retry, our own
        // earlier attempt may have created it (its answer was lost): then it stays created.
        if (round === 0) {
            count.created--;
            count.unchanged++;
        }
        return false;
    }
    if (status === undefined ||
        (result.error !== undefined
            ? (0,cosmos_transient/* isTransientCosmosError */.dS)(result.error)
            : (0,cosmos_transient/* isTransientCosmosError */.dS)({ code: status }))) {
        return true;
    }
    throw (0,cosmos/* explainCosmosError */.ah)(result.error ?? Object.assign(new Error(`status ${String(status)}`), { code: status }), context.errorContext, scopeOf(container));
}
/** What a failed write cost: bulk errors carry it, point errors in their headers. */
function chargeOf(error) {
    if (error === undefined)
        return 0;
    const charge = error.requestCharge ?? Number(error.headers?.['x-ms-request-charge'] ?? 0);
    return Number.isFinite(charge) ? charge : 0;
}

;// CONCATENATED MODULE: ./src/seed/write-batch.ts






/** Reads the batch's existing documents, then writes only what the mode and the data call for. */
async function writeBatch(target, batch) {
    const before = target.charge.total;
    const existing = target.startedEmpty
        ? new Map()
        : await storedDocuments(target, target.container, target.paths, batch, target.charge);
    // Reads spend the same throughput as writes: the pace makes up for them.
    target.governor.charge(target.charge.total - before);
    const writes = plannedWrites(target, batch, existing);
    if (!target.dryRun && writes.length > 0)
        await executeWithRetries(target, target.writeContainer, writes, target.count, target.charge);
}
/**
 * The writes a batch calls for, counted: what is stored and equal (or, inserting, stored at
 * all) is left alone; the rest is created or replaced. System properties are left out on both
 * sides: a document exported from Cosmos DB carries the `_rid`, `_etag` and `_ts` of the copy it
 * was read from, which the service replaces on every write, so they would never compare equal.
 */
function plannedWrites(target, batch, existing) {
    const { count, mode, paths } = target;
    const writes = [];
    for (const document of batch.map(cosmos_transient/* withoutSystemProperties */.zs)) {
        const stored = existing.get(keyOf(document, paths));
        if (stored !== undefined &&
            (mode === 'insert' || (0,external_node_util_.isDeepStrictEqual)((0,cosmos_transient/* withoutSystemProperties */.zs)(stored), document))) {
            count.unchanged++;
            continue;
        }
        if (stored === undefined)
            count.created++;
        else
            count.updated++;
        const partitionKey = (0,partition_key/* partitionKeyOf */.t)(document, paths);
        writes.push(mode === 'insert'
            ? { operationType: 'Create', resourceBody: document, partitionKey }
            : { operationType: 'Upsert', resourceBody: document, partitionKey });
    }
    return writes;
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
// EXTERNAL MODULE: ./src/shard/index.ts
var src_shard = __webpack_require__(8856);
;// CONCATENATED MODULE: ./src/seed/pacing.ts

/*
 * Batches under `seed-ru-per-second`. The pace itself is the throughput governor's
 * (src/throughput/), which admits each send within a batch.
 */
/**
 * Documents per batch. Under a budget, smaller batches keep the pace even; not below 100
 * documents, a full bulk request (and a bulk call to several partition key ranges takes a second
 * at least).
 */
function batchSizeFor(ruPerSecond) {
    return ruPerSecond > 0 ? Math.min(BATCH, Math.max(100, Math.floor(ruPerSecond / 10))) : BATCH;
}
/**
 * Batches in flight at once: a few, so that the next batch's reads overlap the last one's writes
 * (and a bulk call to several partition key ranges takes a second at least). Under a budget,
 * two: the governor paces their sends, and the second's reads overlap the first's writes.
 */
function batchesInFlightFor(ruPerSecond) {
    return ruPerSecond > 0 ? 2 : BATCHES_IN_FLIGHT;
}

;// CONCATENATED MODULE: ./src/seed/shard.ts

/**
 * The documents of a file that are this shard's to write: each job of a matrix checks every file
 * (bad input anywhere fails every job before any write) and writes its own part.
 */
async function* shardDocuments(documents, shard, paths) {
    if (shard.count <= 1)
        return yield* documents;
    for await (const document of documents)
        if ((0,src_shard/* ownsDocument */.V)(shard, document.body, paths))
            yield document;
}

;// CONCATENATED MODULE: ./src/seed/file-batches.ts








/**
 * Writes the file's documents in batches, some in flight at once; nothing starts after a batch
 * has failed. With seed records, the documents an earlier seed of the same bytes wrote are left
 * out (not read, not written), and how far the file is written is recorded as batches finish.
 */
async function writeInBatches(parameters, { file, plan, paths, count, resume }, write) {
    const bytes = plan?.fingerprints.get(file.path)?.bytes;
    const progress = resume.get(file.container);
    const skip = bytes === undefined ? 0 : (progress?.written(file.path, bytes) ?? 0);
    if (skip > 0)
        parameters.log.info(`  '${file.container}': the first ${skip} document(s) of ${file.path} were written by a seed that stopped; continuing after them.`);
    const source = counted(readDocuments(file));
    const documents = plan
        ? planned(after(plan, skip), file, source.documents, paths, count)
        : source.documents;
    const marks = new Watermark(skip);
    let index = 0;
    const batches = inBatches(shardDocuments(documents, parameters.shard ?? src_shard/* WHOLE */.Ef, paths), batchSizeFor(parameters.ruPerSecond), BATCH_BYTES);
    try {
        await (0,concurrency/* forEachLimited */.v)((async function* () {
            for await (const batch of batches)
                yield { batch, index: index++, end: source.taken() };
        })(), batchesInFlightFor(parameters.ruPerSecond), async ({ batch, index: at, end }) => {
            await write(batch);
            const written = marks.done(at, end);
            if (written !== undefined && bytes !== undefined)
                await progress?.advance({ path: file.path, bytes, written });
        });
    }
    finally {
        // However it ended, what the finished batches wrote is recorded (a failure to record is
        // only a warning: the next seed then compares a little more).
        await progress?.flush().catch((error) => {
            parameters.log.warning(`Could not record how far ${file.path} was seeded: ${error.message}`);
        });
    }
}
/** The plan, leaving out the documents before `skip`: an earlier seed wrote them. */
function after(plan, skip) {
    if (skip === 0)
        return plan;
    return {
        ...plan,
        include: (path, position, key) => position >= skip && (plan.include?.(path, position, key) ?? true)
    };
}

// EXTERNAL MODULE: ./src/time-budget.ts
var time_budget = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/seed/seed.ts








/**
 * Seeds containers from files. A first pass streams every file and checks every document (JSON,
 * id, partition key value, size) before anything is written, so bad input anywhere writes
 * nothing; a second pass streams them again in batches. Existing documents are read first:
 * unchanged ones are not written, so re-seeding identical data writes nothing.
 */
async function seedContainers(parameters) {
    const now = parameters.now ?? Date.now;
    const memory = await SeedMemory.open({ ...parameters, now });
    const charge = { total: 0 };
    const plans = await unchangedContainers(parameters, memory, charge);
    // Each container's RU/s, asked of ARM while the files are checked (the answer is kept).
    for (const file of parameters.files)
        if (!plans.has(file.container))
            void parameters.provisioned?.(file.container);
    // Files of a container nothing changed in were checked when they were seeded.
    const keyPaths = await checkSeedFiles({
        ...parameters,
        files: parameters.files.filter((file) => !plans.has(file.container))
    });
    const progress = {
        keyPaths,
        counts: {},
        charge,
        governor: new throughput/* ThroughputGovernor */.T9({
            ceiling: parameters.ruPerSecond,
            now,
            sleep: parameters.sleep
        }),
        now,
        filled: new Set(),
        memory,
        plans,
        resumes: new Map()
    };
    for (const [index, file] of parameters.files.entries()) {
        try {
            await parameters.log.group(`Seed '${file.container}' from ${file.path}`, () => seedFile(parameters, progress, file));
        }
        catch (error) {
            if (!(0,time_budget/* isOutOfTime */.bK)(error))
                throw error;
            parameters.log.info(`Seeding stopped: ${error.message}. ${progress.memory ? 'The next run continues after the documents written.' : "The next run compares again what is left (with 'seed-record', it would continue after what was written)."}`);
            return { counts: progress.counts, requestCharge: progress.charge.total, complete: false };
        }
        // After a container's last file, its record.
        if (!parameters.files.slice(index + 1).some((later) => later.container === file.container))
            await rememberContainer(parameters, progress, file.container);
    }
    return { counts: progress.counts, requestCharge: progress.charge.total, complete: true };
}
/** The second pass over one file: its documents in batches, paced, with progress logged. */
async function seedFile(parameters, progress, file) {
    const { log } = parameters;
    const { charge, governor, now } = progress;
    const count = (progress.counts[file.container] ??= { created: 0, updated: 0, unchanged: 0 });
    const container = parameters.client.database(parameters.database).container(file.container);
    const writer = parameters.writeClient ?? parameters.client;
    const started = now();
    let seen = 0;
    const paths = progress.keyPaths.get(file.container) ?? ['/id'];
    const plan = await planContainer(parameters, progress, file.container, paths);
    if (plan?.skip) {
        count.unchanged += plan.fingerprints.get(file.path)?.documents ?? 0;
        log.info(`${seededLine(file, count, file.mode ?? parameters.mode, parameters.dryRun)} Skipped: ${plan.reason}.`);
        return;
    }
    if (plan && !progress.filled.has(file.container))
        log.info(`  '${file.container}': ${plan.reason}.`);
    if (!progress.filled.has(file.container))
        governor.expect(await parameters.provisioned?.(file.container));
    // A container empty when its first file starts has nothing to compare with: skip the reads.
    const startedEmpty = !progress.filled.has(file.container) && !(await hasDocuments(parameters, container, charge));
    if (progress.memory !== undefined && !parameters.dryRun && !progress.resumes.has(file.container))
        progress.resumes.set(file.container, await progress.memory.progressOf(file.container));
    progress.filled.add(file.container);
    const mode = file.mode ?? parameters.mode;
    const target = {
        ...parameters,
        container,
        writeContainer: writer.database(parameters.database).container(file.container),
        governor,
        paths,
        mode,
        startedEmpty,
        count,
        charge,
        ownEtags: progress.memory?.ownEtags
    };
    const write = async (documents) => {
        parameters.throwIfCancelled?.();
        parameters.stop?.check(() => `seeding '${file.container}' from ${file.path} stopped after ${seen} document(s)`);
        await writeBatch(target, documents);
        seen += documents.length;
        const seconds = Math.max(0.001, (now() - started) / 1000);
        log.info(`  '${file.container}': ${seen} document(s), ${Math.round(seen / seconds)}/s, ${Math.round(charge.total)} RU so far.`);
    };
    await writeInBatches(parameters, { file, plan, paths, count, resume: progress.resumes }, write);
    log.info(seededLine(file, count, mode, parameters.dryRun));
}
/** The containers to skip before any check: their files and contents are as last recorded. */
async function unchangedContainers(parameters, memory, charge) {
    const plans = new Map();
    if (memory === undefined)
        return plans;
    for (const container of new Set(parameters.files.map((file) => file.container))) {
        const plan = await memory.unchanged(parameters.client.database(parameters.database).container(container), parameters.files.filter((file) => file.container === container), (file) => file.mode ?? parameters.mode, charge);
        if (plan)
            plans.set(container, plan);
    }
    return plans;
}
/** A container's plan from the seed records, decided at its first file; undefined without them. */
async function planContainer(parameters, progress, container, paths) {
    if (progress.memory === undefined)
        return undefined;
    let plan = progress.plans.get(container);
    if (plan === undefined) {
        const files = parameters.files.filter((file) => file.container === container);
        plan = await progress.memory.plan(parameters.client.database(parameters.database).container(container), files, (file) => file.mode ?? parameters.mode, paths, progress.charge);
        progress.plans.set(container, plan);
    }
    return plan;
}
/** Records a seeded container (memory.ts). */
async function rememberContainer(parameters, progress, container) {
    const plan = progress.plans.get(container);
    const count = progress.counts[container];
    if (progress.memory === undefined || plan === undefined || count === undefined)
        return;
    await progress.memory.remember(parameters.client.database(parameters.database).container(container), plan, progress.keyPaths.get(container) ?? ['/id'], count, progress.charge);
    // Seeded and recorded: a stopped seed's progress has nothing left to resume.
    await progress.resumes.get(container)?.clear();
}

;// CONCATENATED MODULE: ./src/seed/index.ts
/** Seeding: files of documents streamed into containers, checked in full before any write. */







/***/ })

};
