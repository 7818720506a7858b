/**
 * Property tests of the dataset readers: on random JSON, on random TimelineJS-like input and on random
 * mutations of the bundled dataset, they never throw, every rejection lists where and why, and whatever
 * they accept keeps every dataset rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importTimelineJs,
  parseAnyDataset,
  parseDataset,
  parseDatasetJson,
  validateDataset,
  type ParseResult,
} from '../../src/data';
import { loadCorpus } from '../fixtures/corpus';

type Key = string | number;
type Path = readonly Key[];

/** What breaks the property every reader keeps (an explained rejection, or a dataset that keeps every rule); null when kept. */
function violation(result: ParseResult): string | null {
  if (result.ok) {
    const broken = validateDataset(result.dataset);
    return broken.length === 0 ? null : `accepted a dataset that breaks ${JSON.stringify(broken[0])}`;
  }
  if (result.problems.length === 0) return 'rejected without a problem';
  const bad = result.problems.find(
    (p) =>
      typeof p.path !== 'string' ||
      !p.path.startsWith('$') ||
      typeof p.message !== 'string' ||
      p.message.trim() === '',
  );
  return bad === undefined ? null : `a problem without a path or a message: ${JSON.stringify(bad)}`;
}

/** Checks the property on each result; one expect per run keeps thousands of runs fast. */
function wellFormed(...results: ParseResult[]): boolean {
  const found = results.map(violation).find((v) => v !== null) ?? null;
  expect(found).toBeNull();
  return true;
}

// One parsed corpus; each run mutates a structured clone of it.
const corpus = JSON.parse(JSON.stringify(loadCorpus())) as Record<string, unknown>;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<any>((o, k) => o?.[k], root);
}

const allPaths = pathsOf(corpus);
const stringPaths = allPaths.filter((p) => typeof get(corpus, p) === 'string');
const objectPaths = [
  [] as Path,
  ...allPaths.filter((p) => {
    const v = get(corpus, p);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }),
];
const quotePaths = allPaths.filter((p) => p.length === 6 && p[0] === 'events' && p[4] === 'quotes');

const pick = <T>(items: readonly T[]) => fc.integer({ min: 0, max: items.length - 1 }).map((i) => items[i]!);

type Mutation =
  | { kind: 'delete'; at: Path }
  | { kind: 'replace'; at: Path; value: unknown }
  | { kind: 'shift'; at: Path; field: 'start' | 'end'; by: number }
  | { kind: 'swap'; list: 'sources' | 'entities' | 'events'; a: number; b: number }
  | { kind: 'long'; at: Path; length: number }
  | { kind: 'bidi'; at: Path; pos: number }
  | { kind: 'proto'; at: Path; value: unknown };

const json = fc.jsonValue({ maxDepth: 3 });
const shift = fc.record({
  kind: fc.constant('shift' as const),
  at: pick(quotePaths),
  field: fc.constantFrom('start' as const, 'end' as const),
  by: fc.integer({ min: -4, max: 4 }).filter((n) => n !== 0),
});
const bidi = fc.record({ kind: fc.constant('bidi' as const), at: pick(stringPaths), pos: fc.nat() });
const proto = fc.record({ kind: fc.constant('proto' as const), at: pick(objectPaths), value: json });
/** Mutations that always break a rule: a shifted quote, a bidi override, a `__proto__` key. */
const breaking: fc.Arbitrary<Mutation> = fc.oneof(shift, bidi, proto);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: pick(allPaths) }),
  fc.record({ kind: fc.constant('replace' as const), at: pick(allPaths), value: json }),
  fc.record({
    kind: fc.constant('swap' as const),
    list: fc.constantFrom('sources' as const, 'entities' as const, 'events' as const),
    a: fc.nat(),
    b: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('long' as const),
    at: pick(stringPaths),
    length: fc.oneof(fc.constantFrom(501, 20_001, 1_000_001), fc.integer({ min: 1, max: 30_000 })),
  }),
  breaking,
);

function apply(root: any, m: Mutation): void {
  if (m.kind === 'swap') {
    const list = root[m.list];
    if (!Array.isArray(list) || list.length === 0) return;
    const a = list[m.a % list.length];
    const b = list[m.b % list.length];
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return;
    [a.id, b.id] = [b.id, a.id];
    return;
  }
  const parent = get(root, m.at.slice(0, -1));
  const key = m.at.at(-1);
  if (m.kind === 'proto') {
    const target = get(root, m.at);
    if (typeof target !== 'object' || target === null || Array.isArray(target)) return;
    // An own "__proto__" property, as JSON.parse makes one: assigning would set the prototype instead.
    Object.defineProperty(target, '__proto__', { value: m.value, enumerable: true, writable: true });
    return;
  }
  if (typeof parent !== 'object' || parent === null || key === undefined) return;
  const current = (parent as any)[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      return;
    case 'replace':
      (parent as any)[key] = m.value;
      return;
    case 'shift':
      if (typeof current === 'object' && current !== null) current[m.field] += m.by;
      return;
    case 'long':
      if (typeof current === 'string') (parent as any)[key] = current + 'ب'.repeat(m.length);
      return;
    case 'bidi':
      if (typeof current === 'string') {
        const at = m.pos % (current.length + 1);
        (parent as any)[key] = `${current.slice(0, at)}\u202E${current.slice(at)}`;
      }
      return;
  }
}

function mutated(mutations: readonly Mutation[]): any {
  const copy = structuredClone(corpus);
  for (const m of mutations) apply(copy, m);
  return copy;
}

// Each property runs hundreds of checks: on a busy machine that takes longer than the default 5 s.
describe('the dataset readers, on random input', () => {
  it('accept the unmutated corpus', () => {
    expect(parseDataset(structuredClone(corpus)).ok).toBe(true);
    expect(parseAnyDataset(JSON.stringify(corpus))).toMatchObject({ ok: true, format: 'riwayat' });
  });

  it('explain every rejection of random JSON text and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        return wellFormed(parseAnyDataset(text), parseDatasetJson(text));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('explain every rejection of random values in a dataset’s or a timeline’s outline', () => {
    const datasetLike = fc.record(
      {
        format: fc.oneof(fc.constant('riwayat-dataset'), json),
        version: fc.oneof(fc.constant(1), json),
        title: fc.oneof(fc.record({ ar: fc.string(), en: fc.string() }), json),
        sources: fc.array(json, { maxLength: 3 }),
        entities: fc.array(json, { maxLength: 3 }),
        events: fc.array(json, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const part = fc.oneof(fc.integer({ min: -20, max: 3000 }).map(String), fc.integer(), json);
    const date = fc.oneof(fc.record({ year: part, month: part, day: part }, { requiredKeys: [] }), json);
    const slide = fc.record(
      {
        start_date: date,
        end_date: date,
        text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }), json),
        group: fc.oneof(fc.constantFrom('Diplomacy', 'military', 'دبلوماسية'), fc.string(), json),
        unique_id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), json),
      },
      { requiredKeys: [] },
    );
    const timelineLike = fc.record(
      { title: fc.oneof(slide, json), events: fc.oneof(fc.array(slide, { maxLength: 5 }), json), eras: json },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(datasetLike, timelineLike, json), (value) => {
        return wellFormed(
          parseDataset(value),
          importTimelineJs(value),
          parseAnyDataset(JSON.stringify(value)),
        );
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('explain every rejection of a mutated corpus, and keep every rule in what they accept', () => {
    fc.assert(
      // Each run reads the value directly or as JSON text: a parse of the corpus takes milliseconds.
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, asText) => {
        const value = mutated(mutations);
        return wellFormed(asText ? parseAnyDataset(JSON.stringify(value)) : parseDataset(value));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('reject a shifted quote, a bidi override and a __proto__ key wherever they land', () => {
    fc.assert(
      fc.property(breaking, fc.boolean(), (m, asText) => {
        const value = mutated([m]);
        const result = asText ? parseDatasetJson(JSON.stringify(value)) : parseDataset(value);
        expect(result.ok).toBe(false);
        return wellFormed(result);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
