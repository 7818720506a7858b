/**
 * The schema language every dataset file is checked with, rule by rule at its edges: each limit at
 * `max` and `max + 1`, each forbidden character range at its first and last code point and just
 * outside them, every problem with its path, code and words, and the JSON Schema printed from the
 * same definition.
 */
import { describe, expect, it } from 'vitest';
import { ProblemList, type Problem } from '../../src/data';
import {
  array,
  branded,
  integer,
  literal,
  literals,
  nullable,
  object,
  oneOf,
  string,
  type Schema,
} from '../../src/data/schema';

/** The problems a schema finds in a value at `$`, or [] when it passes (and then it must say true). */
function problems(s: Schema<unknown>, value: unknown): Problem[] {
  const list = new ProblemList(Infinity);
  const ok = s.check(value, '$', list);
  expect(ok).toBe(list.length === 0);
  return list.items;
}
const one = (s: Schema<unknown>, value: unknown): string => {
  const found = problems(s, value);
  expect(found).toHaveLength(1);
  return `${found[0]?.code}: ${found[0]?.message}`;
};

describe('string', () => {
  const line = string({ max: 5 });
  const text = string({ max: 50, multiline: true });

  it('takes exactly max characters and refuses one more', () => {
    expect(problems(line, 'abcde')).toEqual([]);
    expect(one(line, 'abcdef')).toBe('too-long: is 6 characters long; at most 5 allowed');
  });

  it('refuses what is not a string, naming what it is', () => {
    expect(one(line, null)).toBe('type: expected a string, found null');
    expect(one(line, ['a'])).toBe('type: expected a string, found array');
    expect(one(line, 3)).toBe('type: expected a string, found number');
  });

  it('refuses text that is shorter than min or shows nothing, unless empty text is allowed', () => {
    expect(one(line, '')).toBe('empty: must not be empty');
    for (const blank of [' ', '\u200B', '\u0651', '\u2800', '\u3164', '\u{1D159}', '\u200F\u00A0'])
      expect(one(line, blank)).toBe('empty: must not be empty');
    expect(problems(line, 'ب')).toEqual([]);
    expect(one(string({ min: 2, max: 5 }), 'a')).toBe('empty: must not be empty');
    expect(problems(string({ min: 2, max: 5 }), 'ab')).toEqual([]);
    expect(problems(string({ min: 0, max: 5 }), '')).toEqual([]);
    expect(problems(string({ min: 0, max: 5 }), ' ')).toEqual([]);
  });

  it('refuses each forbidden range at its ends and takes what lies just outside', () => {
    const refused = [0x0, 0x8, 0xb, 0x1f, 0x7f, 0x9f, 0x202a, 0x202e, 0x2066, 0x2069, 0xe0000, 0xe007f];
    for (const cp of refused) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      expect(one(text, `ab${String.fromCodePoint(cp)}`)).toBe(
        `control-character: contains the invisible control character U+${hex} at 2`,
      );
    }
    for (const cp of [0x9, 0xa, 0x20, 0x7e, 0xa0, 0x2029, 0x202f, 0x2065, 0x206a, 0xe0080])
      expect(problems(text, `ab${String.fromCodePoint(cp)}`)).toEqual([]);
  });

  it('refuses a line break in single-line text, but names an invisible control character first', () => {
    for (const br of ['\t', '\n', '\r', '\u2028', '\u2029'])
      expect(one(line, `a${br}b`)).toBe(
        br === '\r'
          ? 'control-character: contains the invisible control character U+000D at 1'
          : 'control-character: must be a single line',
      );
    expect(one(line, 'a\tb\u202E')).toBe(
      'control-character: contains the invisible control character U+202E at 3',
    );
    expect(problems(text, 'a\tb\nc\u2028d')).toEqual([]);
  });

  it('asks for normal form C only where offsets count', () => {
    expect(one(string({ max: 5, nfc: true }), 'e\u0301')).toBe(
      'not-nfc: is not in Unicode normal form C (NFC)',
    );
    expect(problems(string({ max: 5, nfc: true }), '\u00E9')).toEqual([]);
    expect(problems(string({ max: 5 }), 'e\u0301')).toEqual([]);
  });

  it('names the pattern by its hint, else its source, quoting at most 60 characters', () => {
    expect(one(string({ max: 100, pattern: /^a+$/, patternHint: 'only a' }), 'ab')).toBe(
      'pattern: "ab" is not only a',
    );
    expect(one(string({ max: 100, pattern: /^a+$/ }), `${'b'.repeat(70)}`)).toBe(
      `pattern: "${'b'.repeat(60)}" is not ^a+$`,
    );
  });

  it('runs a refinement last, with its own code and hint', () => {
    const day = string({
      max: 20,
      pattern: /^\d+$/,
      refine: { test: (v) => v !== '0', code: 'date', hint: 'a real day' },
    });
    expect(one(day, '0')).toBe('date: "0" is not a real day');
    expect(one(day, 'x')).toMatch(/^pattern:/);
    expect(problems(day, '7')).toEqual([]);
  });

  it('prints its JSON Schema', () => {
    expect(line.toJsonSchema()).toEqual({ type: 'string', minLength: 1, maxLength: 5 });
    expect(string({ min: 0, max: 9, pattern: /^x$/ }).toJsonSchema()).toEqual({
      type: 'string',
      minLength: 0,
      maxLength: 9,
      pattern: '^x$',
    });
  });
});

describe('integer', () => {
  const n = integer(2, 4);
  it('takes whole numbers from min to max and refuses one past either end', () => {
    expect(problems(n, 2)).toEqual([]);
    expect(problems(n, 4)).toEqual([]);
    expect(one(n, 1)).toBe('offset-range: 1 is outside 2…4');
    expect(one(n, 5)).toBe('offset-range: 5 is outside 2…4');
  });
  it('refuses what is not a whole number', () => {
    expect(one(n, 2.5)).toBe('type: expected a whole number, found number');
    expect(one(n, '3')).toBe('type: expected a whole number, found string');
  });
  it('prints its JSON Schema', () => {
    expect(n.toJsonSchema()).toEqual({ type: 'integer', minimum: 2, maximum: 4 });
  });
});

describe('fixed values', () => {
  it('oneOf takes a listed string only', () => {
    const kind = oneOf(['a', 'b']);
    expect(problems(kind, 'b')).toEqual([]);
    expect(one(kind, 'c')).toBe('enum: "c" is not one of a, b');
    expect(one(kind, 1)).toBe('enum: 1 is not one of a, b');
    expect(kind.toJsonSchema()).toEqual({ enum: ['a', 'b'] });
  });
  it('literal and literals take exactly their values', () => {
    expect(problems(literal(2), 2)).toEqual([]);
    expect(one(literal(2), '2')).toBe('unsupported-format: expected 2, found "2"');
    expect(literal('x').toJsonSchema()).toEqual({ const: 'x' });
    expect(problems(literals([1, 2]), 2)).toEqual([]);
    expect(one(literals([1, 2]), 3)).toBe('unsupported-format: expected 1 or 2, found 3');
    expect(literals([1, 2]).toJsonSchema()).toEqual({ enum: [1, 2] });
  });
  it('nullable takes null or the inner value, and says what the inner check says', () => {
    const s = nullable(integer(0, 1));
    expect(problems(s, null)).toEqual([]);
    expect(problems(s, 1)).toEqual([]);
    expect(one(s, 2)).toBe('offset-range: 2 is outside 0…1');
    expect(s.toJsonSchema()).toEqual({
      anyOf: [{ type: 'integer', minimum: 0, maximum: 1 }, { type: 'null' }],
    });
  });
  it('branded checks as its inner schema', () => {
    const s = branded<'id'>(string({ max: 2 }));
    expect(problems(s, 'ab')).toEqual([]);
    expect(one(s, 'abc')).toMatch(/^too-long/);
    expect(s.toJsonSchema()).toEqual(string({ max: 2 }).toJsonSchema());
  });
});

describe('array', () => {
  const a = array(integer(0, 9), 3, 1);
  it('takes from min to max items and refuses one past either end', () => {
    expect(problems(a, [1])).toEqual([]);
    expect(problems(a, [1, 2, 3])).toEqual([]);
    expect(one(a, [])).toBe('empty: has 0 items; at least 1 needed');
    expect(one(a, [1, 2, 3, 4])).toBe('too-many: has 4 items; at most 3 allowed');
    expect(one(a, { 0: 1 })).toBe('type: expected an array, found object');
  });
  it('checks every item and names each bad one by its index', () => {
    expect(problems(a, [10, 1, 'x']).map((p) => p.path)).toEqual(['$[0]', '$[2]']);
  });
  it('prints its JSON Schema, with a minimum only when there is one', () => {
    expect(a.toJsonSchema()).toEqual({
      type: 'array',
      items: { type: 'integer', minimum: 0, maximum: 9 },
      minItems: 1,
      maxItems: 3,
    });
    expect(array(integer(0, 1), 2).toJsonSchema()).not.toHaveProperty('minItems');
  });
});

describe('object', () => {
  const o = object({ a: integer(0, 1), b: integer(0, 1) }, { c: integer(0, 1) }, 'a thing');
  it('lists every missing, wrong and unknown field with its path', () => {
    expect(problems(o, { b: 5, c: 7, d: 1 })).toEqual([
      { path: '$.a', code: 'required', message: 'is missing' },
      { path: '$.b', code: 'offset-range', message: '5 is outside 0…1' },
      { path: '$.c', code: 'offset-range', message: '7 is outside 0…1' },
      { path: '$.d', code: 'unknown-field', message: 'is not a field of this object' },
    ]);
  });
  it('fails as a whole when one field fails, whatever the fields after it', () => {
    expect(o.check({ a: 5, b: 0, c: 0 }, '$', new ProblemList())).toBe(false);
    expect(o.check({ a: 0, b: 5, c: 0 }, '$', new ProblemList())).toBe(false);
  });

  it('takes an optional field left out or undefined', () => {
    expect(problems(o, { a: 0, b: 1 })).toEqual([]);
    expect(problems(o, { a: 0, b: 1, c: undefined })).toEqual([]);
    expect(problems(o, { a: 0, b: 1, c: 0 })).toEqual([]);
  });
  it('counts only own fields as given', () => {
    const inherited = Object.create({ a: 0, b: 0 }) as unknown;
    expect(problems(o, inherited).map((p) => `${p.path} ${p.code}`)).toEqual([
      '$.a required',
      '$.b required',
    ]);
    expect(problems(o, { a: 0, b: 0, toString: 1 }).map((p) => p.path)).toEqual(['$.toString']);
  });
  it('refuses what is not an object', () => {
    expect(one(o, null)).toBe('type: expected an object, found null');
    expect(one(o, [])).toBe('type: expected an object, found array');
    expect(one(o, 'x')).toBe('type: expected an object, found string');
  });
  it('spells nested paths, and odd keys in brackets', () => {
    const nested = object({ list: array(object({ 'x-y': integer(0, 0) }), 5) });
    expect(problems(nested, { list: [{ 'x-y': 0 }, { 'x-y': 1 }] }).map((p) => p.path)).toEqual([
      '$.list[1]["x-y"]',
    ]);
  });
  it('prints its JSON Schema, with a description only when given', () => {
    expect(o.toJsonSchema()).toEqual({
      type: 'object',
      description: 'a thing',
      properties: {
        a: { type: 'integer', minimum: 0, maximum: 1 },
        b: { type: 'integer', minimum: 0, maximum: 1 },
        c: { type: 'integer', minimum: 0, maximum: 1 },
      },
      required: ['a', 'b'],
      additionalProperties: false,
    });
    expect(object({}).toJsonSchema()).not.toHaveProperty('description');
  });
});

it('past the cap counts problems without listing them', () => {
  const list = new ProblemList(1);
  expect(array(integer(0, 0), 9).check([1, 2, 3], '$', list)).toBe(false);
  expect(list.items).toEqual([{ path: '$[0]', code: 'offset-range', message: '1 is outside 0…0' }]);
  expect(list.omitted).toBe(2);
});
