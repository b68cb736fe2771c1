import fc from 'fast-check';
import Fastify from 'fastify';
import { ApiError } from './api-error';
import { jsonBodyParser, MAX_BODY_DEPTH, parseJsonBody } from './json-body';

/** What parseJsonBody answers for `text`: the parsed value, or the error code and message. */
function outcome(text: string): { value: unknown } | { code: string; message: string; errors?: unknown } {
  try {
    return { value: parseJsonBody(text) };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { code: err.code, message: err.message, ...(err.errors ? { errors: err.errors } : {}) };
  }
}
function codeOf(text: string): string {
  const answer = outcome(text);
  return 'code' in answer ? answer.code : 'OK';
}

const nested = (levels: number, leaf = '1', open = '[', close = ']') => `${open.repeat(levels)}${leaf}${close.repeat(levels)}`;
const wide = (keys: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]));
const nestedObjects = (levels: number, leaf = '1') => `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;

describe('parseJsonBody', () => {
  describe('when the body is JSON within the limits', () => {
    it.each([
      ['a status report', '{"rolloutId":"2b1f6a52-8a0e-4c9e-9d44-5f3f1f0c1a77","status":"succeeded","target":{"path":"m/1.json"}}'],
      ['numbers of every form', '[0,-0,1.5,-2e10,3E-7,1e308,123456789012345678901234567890]'],
      ['literals', '{"t":true,"f":false,"n":null}'],
      ['whitespace everywhere', ' \t\r\n{ "a" : [ 1 , 2 ] ,\n"b"\t:\r{ } , "c" : [ ] }\n '],
      ['strings holding brackets, commas and colons', '{"a":"{[,:]}","b":"}}]]","c":["[","{"]}'],
      ['strings holding escaped quotes and backslashes', '{"a":"\\"","b":"\\\\","c":"\\\\\\"","d":"x\\\\\\\\"}'],
      ['a key and a value that are the same text', '{"a":"a","b":"a"}'],
      ['keys that look alike but differ', '{"a":1,"A":2,"a ":3,"\\u0062":4,"aa":5}'],
      ['unicode keys and values', '{"é":1,"e\\u0301":2,"😀":"😀","\\ud83d\\ude00x":3,"日本":"語"}'],
      ['the same key in sibling and nested objects', '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}'],
      ['the same 20 keys in sibling objects (past the in-place comparison)', JSON.stringify([wide(20), wide(20), { x: wide(20), k0: 1 }])],
      ['a scalar document', '"just a string"'],
      ['a value named __proto__ (not a key)', '{"a":"__proto__","b":["constructor","prototype"]}'],
      ['constructor and prototype that are not poisoning', '{"constructor":1,"prototype":{"constructor":2},"c":{"constructor":[{"prototype":1}]}}'],
    ])('reads %s as JSON.parse does', (_case, text) => {
      expect(outcome(text)).toEqual({ value: JSON.parse(text) });
    });

    it('ignores a leading byte-order mark, as Fastify did', () => {
      expect(outcome('\ufeff{"a":1}')).toEqual({ value: { a: 1 } });
    });

    it(`accepts nesting of exactly ${MAX_BODY_DEPTH} arrays, objects or a mix`, () => {
      expect(outcome(nested(MAX_BODY_DEPTH))).toEqual({ value: JSON.parse(nested(MAX_BODY_DEPTH)) });
      expect(outcome(nestedObjects(MAX_BODY_DEPTH))).toEqual({ value: JSON.parse(nestedObjects(MAX_BODY_DEPTH)) });
      const mixed = nested(MAX_BODY_DEPTH / 2, nestedObjects(MAX_BODY_DEPTH / 2));
      expect(outcome(mixed)).toEqual({ value: JSON.parse(mixed) });
      // Depth is nesting, not the number of containers: many siblings at depth 64 are fine.
      expect(codeOf(nested(MAX_BODY_DEPTH - 1, Array(1000).fill('[]').join(',')))).toBe('OK');
    });

    it('reads big bodies: a 1 MiB string, 200 000 keys, 200 000 elements, 100 000 escaped quotes', () => {
      const big = [
        JSON.stringify({ s: 'x'.repeat(1024 * 1024) }),
        JSON.stringify(Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]))),
        JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ a: i }))),
        JSON.stringify({ s: '\\"'.repeat(100_000), t: '\\'.repeat(100_001) }),
      ];
      for (const text of big) expect(outcome(text)).toEqual({ value: JSON.parse(text) });
    });
  });

  describe('when the body nests deeper than MAX_BODY_DEPTH', () => {
    it.each([
      ['arrays', nested(MAX_BODY_DEPTH + 1)],
      ['objects', nestedObjects(MAX_BODY_DEPTH + 1)],
      ['5 000 levels', nested(5000)],
      ['1 000 000 unclosed brackets', '['.repeat(1_000_000)],
      ['deep nesting after a valid member', `{"ok":1,"deep":${nested(100)}}`],
    ])('refuses %s with BODY_TOO_DEEP', (_case, text) => {
      expect(outcome(text)).toMatchObject({ code: 'BODY_TOO_DEEP', message: expect.stringContaining(`at most ${MAX_BODY_DEPTH} levels`) });
    });

    it('names the path where it got too deep', () => {
      const text = `{"manifest":{"migrations":[{"op":"x"},{"value":${nested(80)}}]}}`;
      expect((outcome(text) as { message: string }).message).toMatch(/found more at manifest\.migrations\.1\.value\.0\.0\.0/);
    });

    it('does not count brackets inside strings', () => {
      expect(codeOf(JSON.stringify({ s: '['.repeat(10_000), t: '{'.repeat(10_000) }))).toBe('OK');
    });
  });

  describe('when an object has a key twice', () => {
    it.each([
      ['at the root', '{"role":"viewer","role":"admin"}', '(body)', 'role'],
      ['at the root, after a nested object with the same key', '{"a":{"a":1},"a":2}', '(body)', 'a'],
      ['in a nested object', '{"target":{"path":"a","sha256":"b","path":"c"}}', 'target', 'path'],
      ['in an array element', '{"outcomes":[{"key":"a"},{"key":"b","op":"x","key":"c"}]}', 'outcomes.1', 'key'],
      [
        'at the deepest allowed level',
        nested(MAX_BODY_DEPTH - 1, '{"x":1,"x":2}'),
        Array(MAX_BODY_DEPTH - 1)
          .fill('0')
          .join('.'),
        'x',
      ],
      ['once escaped', '{"a":1,"\\u0061":2}', '(body)', 'a'],
      ['escaped first', '{"\\u0061":1,"a":2}', '(body)', 'a'],
      ['escaped two ways', '{"a\\"b":1,"a\\u0022b":2}', '(body)', 'a"b'],
      ['as a backslash', '{"\\\\":1,"\\u005c":2}', '(body)', '\\'],
      ['as an empty key', '{"":1,"":2}', '(body)', ''],
      ['as a non-ASCII key', '{"é":1,"\\u00e9":2}', '(body)', 'é'],
      ['among 20 keys (past the in-place comparison)', `{${Array.from({ length: 20 }, (_, i) => `"k${i}":1`).join(',')},"k3":2}`, '(body)', 'k3'],
      ['among 20 keys, escaped', `{${Array.from({ length: 20 }, (_, i) => `"k${i}":1`).join(',')},"k\\u0031":2}`, '(body)', 'k1'],
    ])('refuses it %s with DUPLICATE_KEY, naming the object and the key', (_case, text, at, key) => {
      const answer = outcome(text);
      expect(answer).toMatchObject({
        code: 'DUPLICATE_KEY',
        message: `expected each key once per object, found ${JSON.stringify(key)} twice in the object at ${at}`,
      });
      expect((answer as { errors: unknown }).errors).toEqual([{ path: at === '(body)' ? key : `${at}.${key}`, message: 'duplicate key' }]);
    });
  });

  describe('when the body has a prototype-poisoning key', () => {
    it.each([
      ['__proto__ at the root', '{"a":1,"__proto__":{"admin":true}}'],
      ['__proto__ nested', '{"a":[{"b":{"__proto__":{}}}]}'],
      ['__proto__ escaped', '{"\\u005f_proto__":{"admin":true}}'],
      ['constructor.prototype', '{"name":"a","constructor":{"prototype":{"admin":true}}}'],
      ['constructor.prototype escaped', '{"constructor":{"\\u0070rototype":{}}}'],
      ['constructor.prototype nested', '{"a":{"constructor":{"x":1,"prototype":null}}}'],
    ])('refuses %s with MALFORMED_JSON, as Fastify did', (_case, text) => {
      expect(outcome(text)).toMatchObject({ code: 'MALFORMED_JSON', message: expect.stringMatching(/expected no prototype keys/) });
    });
  });

  describe('when the body is not JSON', () => {
    it.each([
      ['an empty body', ''],
      ['whitespace only', ' \n'],
      ['a truncated object', '{"name":'],
      ['an unterminated string', '{"a":"b'],
      ['an unterminated key', '{"a'],
      ['trailing garbage', '{"a":1} x'],
      ['two documents', '{}{}'],
      ['single quotes', "{'a':1}"],
      ['a trailing comma', '[1,]'],
      ['a missing colon', '{"a" 1}'],
      ['a bare word', '{"a":yes}'],
      ['NaN', '[NaN]'],
      ['a leading zero', '[01]'],
      ['a raw control character in a string', '{"a":"x\u0001y"}'],
      ['a raw newline in a key', '{"a\nb":1}'],
      ['an invalid escape in a value', '{"a":"\\x"}'],
      ['an invalid escape in a key', '{"\\x":1}'],
      ['a short unicode escape in a key', '{"\\u00":1}'],
      ['a stray closing bracket', ']'],
      ['mismatched brackets', '[}'],
      ['a byte-order mark twice', '\ufeff\ufeff{}'],
    ])('refuses %s with MALFORMED_JSON', (_case, text) => {
      expect(outcome(text)).toMatchObject({
        code: 'MALFORMED_JSON',
        message: expect.stringMatching(/^request body is not valid JSON: expected a JSON document/),
      });
    });
  });

  describe('against a plain reading of the same document', () => {
    it('answers what a walk of the document in order finds first, and otherwise what JSON.parse reads', () => {
      fc.assert(
        fc.property(documentArbitrary, ({ text, expected }) => {
          expect(codeOf(text)).toBe(expected);
          if (expected === 'OK') expect(parseJsonBody(text)).toEqual(JSON.parse(text));
        }),
        { numRuns: 1000 },
      );
    });

    it("refuses exactly the prototype keys that Fastify's own JSON parser refused", async () => {
      const fastify = Fastify();
      fastify.post('/', async (req) => ({ ok: true, body: req.body }));
      try {
        await fc.assert(
          fc.asyncProperty(documentArbitrary, async ({ text, expected, duplicates }) => {
            // Fastify's parser lets duplicates through (the last one wins), so documents with none are compared.
            fc.pre(!duplicates && (expected === 'OK' || expected === 'MALFORMED_JSON'));
            const res = await fastify.inject({ method: 'POST', url: '/', payload: text, headers: { 'content-type': 'application/json' } });
            expect(res.statusCode === 400 ? 'MALFORMED_JSON' : 'OK').toBe(expected);
          }),
          { numRuns: 500 },
        );
      } finally {
        await fastify.close();
      }
    });
  });
});

describe('jsonBodyParser in Fastify', () => {
  const serve = async (bodyLimit: number) => {
    const fastify = Fastify({ bodyLimit });
    fastify.removeContentTypeParser(['application/json', 'text/plain']);
    fastify.addContentTypeParser('application/json', { parseAs: 'string' }, jsonBodyParser);
    fastify.setErrorHandler((err: Error & { code?: string; statusCode?: number }, _req, reply) => {
      void reply.status(err instanceof ApiError ? err.status : (err.statusCode ?? 500)).send({ code: err.code });
    });
    fastify.post('/', async (req) => req.body);
    await fastify.ready();
    return fastify;
  };
  const post = (fastify: Awaited<ReturnType<typeof serve>>, payload: string) =>
    fastify.inject({ method: 'POST', url: '/', payload, headers: { 'content-type': 'application/json; charset=utf-8' } });

  it("keeps Fastify's bodyLimit (413 before the body is parsed) and hands our errors to the error handler", async () => {
    const fastify = await serve(200);
    try {
      expect((await post(fastify, JSON.stringify({ a: 'x'.repeat(200) }))).json()).toEqual({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
      expect((await post(fastify, nested(MAX_BODY_DEPTH + 1))).json()).toEqual({ code: 'BODY_TOO_DEEP' });
      expect((await post(fastify, '{"a":1,"a":2}')).statusCode).toBe(400);
      expect((await post(fastify, '{"a":[1,"é"]}')).json()).toEqual({ a: [1, 'é'] });
    } finally {
      await fastify.close();
    }
  });
});

type Verdict = 'OK' | 'BODY_TOO_DEEP' | 'DUPLICATE_KEY' | 'MALFORMED_JSON';
type Doc = { kind: 'leaf'; text: string } | { kind: 'array'; items: Doc[] } | { kind: 'object'; entries: { key: string; raw: string; value: Doc }[] };

/** Keys drawn from a small set (so duplicates are common), the prototype names among them. */
const keyArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'ab', 'é', '"', '\\', '[', '{', '}', ',', ':', '', 'constructor', 'prototype') },
  { weight: 1, arbitrary: fc.constant('__proto__') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
/** Keys for objects wide enough to pass SET_AT (16), mostly distinct. */
const wideKeyArbitrary = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 40 }).map((i) => `k${i}`) }, { weight: 1, arbitrary: keyArbitrary });
/** A key as JSON text: minimal escapes, every character as \uXXXX, or a mix. */
const rawKeyArbitrary = (key: string) =>
  fc.constantFrom('plain', 'unicode', 'mixed').map((how) => {
    if (how === 'plain') return JSON.stringify(key);
    const units = Array.from({ length: key.length }, (_, i) =>
      how === 'unicode' || i % 2 ? `\\u${key.charCodeAt(i).toString(16).padStart(4, '0')}` : JSON.stringify(key[i]).slice(1, -1),
    );
    return `"${units.join('')}"`;
  });
const ws = fc.constantFrom('', '', ' ', '\n', '\t ', '\r\n');
const leafArbitrary = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"{[\\"]}"', '"\\\\"', '"\\\\\\""', 'true', 'false', 'null', '0', '-1.5e3'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);
const objectArbitrary = (keys: fc.Arbitrary<string>, value: fc.Arbitrary<Doc>, sizes: { minLength: number; maxLength: number }) =>
  fc
    .array(
      fc.tuple(
        keys.chain((key) => rawKeyArbitrary(key).map((raw) => ({ key, raw }))),
        value,
      ),
      sizes,
    )
    .map((entries): Doc => ({ kind: 'object', entries: entries.map(([k, v]) => ({ ...k, value: v })) }));
const docArbitrary: fc.Arbitrary<Doc> = fc.letrec<{ doc: Doc }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leafArbitrary.map((text): Doc => ({ kind: 'leaf', text })) },
    { weight: 2, arbitrary: fc.array(tie('doc'), { maxLength: 4 }).map((items): Doc => ({ kind: 'array', items })) },
    { weight: 2, arbitrary: objectArbitrary(keyArbitrary, tie('doc'), { minLength: 0, maxLength: 5 }) },
    {
      weight: 2,
      arbitrary: objectArbitrary(
        wideKeyArbitrary,
        leafArbitrary.map((text): Doc => ({ kind: 'leaf', text })),
        { minLength: 14, maxLength: 30 },
      ),
    },
  ),
})).doc;

/** A document, sometimes wrapped to near MAX_BODY_DEPTH, as text with random whitespace, and its verdict. */
const documentArbitrary = fc
  .tuple(
    docArbitrary,
    fc.oneof(fc.constant(0), fc.integer({ min: MAX_BODY_DEPTH - 8, max: MAX_BODY_DEPTH + 2 })),
    fc.array(ws, { minLength: 1, maxLength: 40 }),
  )
  .map(([inner, wraps, spaces]) => {
    let doc = inner;
    for (let i = 0; i < wraps; i += 1) doc = i % 2 ? { kind: 'array', items: [doc] } : { kind: 'object', entries: [{ key: 'w', raw: '"w"', value: doc }] };
    let n = 0;
    return { text: textOf(doc, () => spaces[n++ % spaces.length]), expected: verdictOf(doc, 1, false), duplicates: hasDuplicates(doc) };
  });

function textOf(doc: Doc, ws: () => string): string {
  if (doc.kind === 'leaf') return `${ws()}${doc.text}${ws()}`;
  if (doc.kind === 'array') return `${ws()}[${doc.items.map((d) => textOf(d, ws)).join(',') || ws()}]${ws()}`;
  return `${ws()}{${doc.entries.map((e) => `${ws()}${e.raw}${ws()}:${textOf(e.value, ws)}`).join(',') || ws()}}${ws()}`;
}

function hasDuplicates(doc: Doc): boolean {
  if (doc.kind === 'leaf') return false;
  if (doc.kind === 'array') return doc.items.some(hasDuplicates);
  return new Set(doc.entries.map((e) => e.key)).size < doc.entries.length || doc.entries.some((e) => hasDuplicates(e.value));
}

/** The plain rule, read off the document in order: the first refusal met, else OK. */
function verdictOf(doc: Doc, depth: number, underConstructor: boolean): Verdict {
  if (doc.kind === 'leaf') return 'OK';
  if (depth > MAX_BODY_DEPTH) return 'BODY_TOO_DEEP';
  if (doc.kind === 'array') {
    for (const item of doc.items) {
      const v = verdictOf(item, depth + 1, false);
      if (v !== 'OK') return v;
    }
    return 'OK';
  }
  const seen = new Set<string>();
  for (const { key, value } of doc.entries) {
    if (key === '__proto__' || (underConstructor && key === 'prototype')) return 'MALFORMED_JSON';
    if (seen.has(key)) return 'DUPLICATE_KEY';
    seen.add(key);
    const v = verdictOf(value, depth + 1, key === 'constructor' && value.kind === 'object');
    if (v !== 'OK') return v;
  }
  return 'OK';
}
