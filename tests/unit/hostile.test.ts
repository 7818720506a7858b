/**
 * Hostile data: the checker's problem list stays bounded whatever a file holds, an exception in a rule
 * is a problem with a path rather than an escape, dates name real calendar days, and the command-line
 * checker reports instead of crashing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  datasetSchema,
  decodeText,
  MAX_PROBLEMS,
  parseAnyDataset,
  parseDataset,
  ProblemList,
  validateDataset,
  type Problem,
} from '../../src/data';
import type { Dataset } from '../../src/domain';
import { checkDirectory } from '../../src/cli/check';
import { prescanJson } from '../../src/data/prescan';
import { miniJson } from '../fixtures/mini-dataset';

const empty = (events: unknown[]): Record<string, unknown> => ({
  format: 'riwayat-dataset',
  version: 1,
  title: { ar: 'x', en: 'x' },
  sources: [],
  entities: [],
  events,
});

/** Every problem, with no cap: what the capped list must be a prefix of. */
function uncapped(value: unknown): Problem[] {
  const all = new ProblemList(Infinity);
  datasetSchema.check(value, '$', all);
  return all.items;
}

describe('the problem list', () => {
  it('keeps the first 1,000 problems and counts the rest (problem amplification)', () => {
    // Each event is missing its ten required fields and holds 500 claims that are not objects.
    const events = Array.from({ length: 2_000 }, () => ({ claims: new Array<number>(500).fill(0) }));
    const result = parseDataset(empty(events));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems.length + (result.omitted ?? 0)).toBe(2_000 * 510);
    expect(result.problems[0]).toMatchObject({ path: '$.events[0].id', code: 'required' });
    expect(result.problems[MAX_PROBLEMS - 1]?.path).toBe('$.events[1].claims[480]');
  });

  it('is the prefix of the full list, and the count is the full count, for any broken events', () => {
    const junk = fc.jsonValue({ maxDepth: 2 });
    const event = fc.oneof(
      junk,
      fc.record({ claims: fc.array(junk, { maxLength: 40 }), x: junk }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (events, cap) => {
        const value = empty(events);
        const all = uncapped(value);
        const capped = new ProblemList(cap);
        datasetSchema.check(value, '$', capped);
        expect(capped.items).toEqual(all.slice(0, cap));
        expect(capped.items.length + capped.omitted).toBe(all.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never holds more than the cap, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = parseAnyDataset(JSON.stringify(value));
        return r.ok || r.problems.length <= MAX_PROBLEMS;
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates', () => {
  it('are real calendar dates in the schema: 2022-10-32 and 2023-02-29 are refused with their path', () => {
    const d = miniJson();
    d.sources[0].published = '2022-10-32';
    d.events[1].start = '2023-02-29';
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
      ['$.sources[0].published', 'date'],
      ['$.events[1].start', 'date'],
    ]);
    // A leap day in a leap year is a real day.
    const leap = miniJson();
    leap.events[1].start = '2024-02-29';
    expect(parseDataset(leap).ok).toBe(true);
  });

  it('a weekday-dated event quoting a source published on no real day does not break the rules', () => {
    // Past the schema (as if it had let the date through), the rules still answer.
    const d = miniJson() as unknown as Dataset & { sources: { published: string }[] };
    d.sources[0]!.published = '2022-10-32';
    expect(() => validateDataset(d)).not.toThrow();
    expect(validateDataset(d).map((p) => [p.path, p.code])).toEqual([
      ['$.sources[0].published', 'date'],
      ['$.events[0].basis', 'date-basis'],
    ]);
  });
});

describe('an exception in a rule', () => {
  it('is a problem at the path of the item being checked, and the other items are still checked', () => {
    const d = miniJson();
    d.events[1].actors.push('nobody');
    Object.defineProperty(d.events[0], 'accounts', {
      get() {
        throw new RangeError('boom');
      },
    });
    const problems = validateDataset(d as unknown as Dataset);
    // The provenance rules, which read every account too, report their own failure after these.
    expect(problems.slice(0, 2).map((p) => [p.path, p.code])).toEqual([
      ['$.events[0]', 'check-failed'],
      ['$.events[1].actors[0]', 'dangling-reference'],
    ]);
    expect(problems.slice(2).every((p) => p.code === 'check-failed')).toBe(true);
    expect(problems[0]?.message).toContain('boom');
  });
});

describe('npm run data:check', () => {
  const dir = (files: Record<string, string>): string => {
    const d = mkdtempSync(join(tmpdir(), 'riwayat-check-'));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
    return d;
  };

  it('reports a hostile events file with a capped list instead of crashing', () => {
    const events = Array.from({ length: 300 }, () => ({ claims: new Array<number>(100).fill(0) }));
    const report = checkDirectory(
      dir({ 'sources.json': '[]', 'entities.json': '[]', 'events.json': JSON.stringify(events) }),
    );
    expect(report.problems).toHaveLength(MAX_PROBLEMS);
    expect(report.problems.length + report.omitted).toBe(300 * 110);
  });

  it('reports a source published on no real day that a weekday-dated event quotes', () => {
    const d = miniJson();
    const [source] = d.sources;
    source.published = '2022-10-32';
    const { text, ...rest } = source;
    const root = dir({
      'sources.json': JSON.stringify([rest]),
      'entities.json': JSON.stringify(d.entities),
      'events.json': JSON.stringify(d.events),
    });
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'articles/src-a.txt'), text as string);
    expect(checkDirectory(root).problems.map((p) => [p.path, p.code])).toEqual([
      ['$.sources[0].published', 'date'],
    ]);
  });

  it('turns anything unexpected into a problem', () => {
    // An article path that is a directory: reading it throws.
    const root = dir({
      'sources.json': JSON.stringify([{ file: 'articles/x.txt' }]),
      'entities.json': '[]',
      'events.json': '[]',
    });
    mkdirSync(join(root, 'articles/x.txt'), { recursive: true });
    const report = checkDirectory(root);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ path: '$', code: 'check-failed' });
  });
});

describe('before parsing', () => {
  it('refuses deep nesting with its place, without parsing', () => {
    const deep = `{"format":"riwayat-dataset","events":[{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const r = parseAnyDataset(deep);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.problems).toEqual([
      expect.objectContaining({
        path: `$.events[0].x${'[0]'.repeat(29)}`,
        code: 'too-deep',
      }),
    ]);
  });

  it('refuses a string longer than any field allows, with its place', () => {
    const text = `{"title":{"ar":"x","en":"${'a'.repeat(1_000_001)}"}}`;
    const r = parseAnyDataset(text);
    expect(r.ok ? null : r.problems).toEqual([
      expect.objectContaining({ path: '$.title.en', code: 'too-long' }),
    ]);
    // Escapes count as the characters they spell: six bytes of \u0041 are one character.
    expect(prescanJson(`["${'\\u0041'.repeat(200_000)}"]`, 32, 1_000_000)).toBeNull();
    expect(prescanJson(`{"a":"x","b":[1,{"c":"${'\\"'.repeat(20)}"}]}`, 32, 10)).toMatchObject({
      path: '$.b[1].c',
    });
  });

  it('refuses exactly the values nested deeper than its limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const depth = (v: unknown): number =>
          typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
        const d = depth(value);
        expect(prescanJson(text, Math.max(d, 1), 1e9)).toBeNull();
        if (d > 1) expect(prescanJson(text, d - 1, 1e9)?.code).toBe('too-deep');
      }),
      { numRuns: 500 },
    );
  });

  it('refuses bytes that are not valid UTF-8 instead of replacing them', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]);
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, problems: [{ path: '$', code: 'not-utf8' }] });
    expect(decodeText(new TextEncoder().encode('\uFEFF{"a":"ب"}'))).toEqual({ ok: true, text: '{"a":"ب"}' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: '{}' });
  });
});

describe('lower items', () => {
  it('quotes a CSV field holding ";", so a formula cannot start mid-field in a ";" spreadsheet', () => {
    expect(csvField('x;=1+1;+2;-3')).toBe('"x;=1+1;+2;-3"');
    expect(csvField("x;=cmd|' /C calc'!A0")).toBe(`"x;=cmd|' /C calc'!A0"`);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('plain')).toBe('plain');
  });

  it('refuses names that show nothing, and line separators in single-line text', () => {
    for (const invisible of [
      '\u200B',
      '\u3164',
      '\u2800',
      '\u200E',
      '\u{E0041}\u{E0042}',
      ' \u200B\u00AD ',
    ]) {
      const d = miniJson();
      d.events[0].title.en = invisible;
      const r = parseDataset(d);
      expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
        ['$.events[0].title.en', 'empty'],
      ]);
    }
    const d = miniJson();
    d.entities[0].name.en = 'Lloyd\u2028Austin';
    const r = parseDataset(d);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
      ['$.entities[0].name.en', 'control-character'],
    ]);
    // Arabic with a zero-width non-joiner, or a single visible letter, is fine.
    const ok = miniJson();
    ok.events[0].title.ar = 'ب\u200Cي';
    ok.events[0].title.en = 'x';
    expect(parseDataset(ok).ok).toBe(true);
  });

  it('refuses what only looks like text: a null notehead, marks without a letter, tag characters (L13)', () => {
    const problem = (title: string): string[][] => {
      const d = miniJson();
      d.events[0].title.en = title;
      const r = parseDataset(d);
      return r.ok ? [] : r.problems.map((p) => [p.path, p.code, p.message]);
    };
    for (const blank of ['\u{1D159}', '\u0301\u0301', '\u064E\u0651', ' \u0301 \u{1D159}'])
      expect(problem(blank)).toEqual([['$.events[0].title.en', 'empty', 'must not be empty']]);
    expect(problem('x\u{E0041}\u{E0042}')).toEqual([
      ['$.events[0].title.en', 'control-character', 'contains the invisible control character U+E0041 at 1'],
    ]);
    const article = miniJson();
    const text: string = article.sources[0].text;
    article.sources[0].text = `${text}\u{E007F}`;
    const r = parseDataset(article);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toContainEqual([
      '$.sources[0].text',
      'control-character',
    ]);
    // A letter with its marks, and an accented Latin letter written with a combining mark, still count.
    const ok = miniJson();
    ok.events[0].title.ar = 'بَّ';
    ok.events[0].title.en = 'Cafe\u0301';
    expect(parseDataset(ok).ok).toBe(true);
  });

  it('refuses a quote that starts or ends inside a surrogate pair', () => {
    const d = miniJson();
    const source = d.sources[0];
    const text: string = source.text;
    const at = text.indexOf('\n', 10);
    source.text = `${text.slice(0, at)} 😀${text.slice(at)}`;
    // The headline ends before the emoji; an out-of-scope range after it shifts by three.
    for (const o of source.outOfScope) {
      o.start += 3;
      o.end += 3;
    }
    for (const ev of d.events)
      for (const acc of ev.accounts)
        for (const q of acc.quotes)
          if (q.start > at) {
            q.start += 3;
            q.end += 3;
          }
    expect(parseDataset(structuredClone(d)).ok).toBe(true);
    const q = d.events[0].accounts[0].quotes[0];
    q.start = at + 2;
    q.end = at + 3;
    q.text = source.text.slice(q.start, q.end);
    const r = parseDataset(d);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toContainEqual([
      '$.events[0].accounts[0].quotes[0].start',
      'offset-range',
    ]);
  });
});

it('names an HTML answer (a static host’s fallback page) instead of a JSON syntax error', () => {
  const r = parseAnyDataset('<!doctype html><html></html>');
  expect(r.ok ? '' : r.problems[0]?.message).toContain('web page (HTML), not a dataset');
});
