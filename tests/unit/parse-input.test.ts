/**
 * The door a file comes through, at its limits: the look before parsing (a string of exactly the
 * longest length passes, one character more is refused with its place; nesting at the limit passes,
 * one level more is refused), the decoding of bytes, the reading of JSON, and the problem list and
 * paths every refusal is written with.
 */
import { describe, expect, it } from 'vitest';
import { at, decodeText, formatProblems, LIMITS, ProblemList, readJson, type Problem } from '../../src/data';
import { prescanJson } from '../../src/data/prescan';

describe('prescanJson', () => {
  it('passes a string of exactly the longest length and refuses one character more, saying where', () => {
    expect(prescanJson(`{"a":"${'x'.repeat(10)}"}`, 8, 10)).toBeNull();
    expect(prescanJson(`{"a":"${'x'.repeat(11)}"}`, 8, 10)).toEqual({
      path: '$.a',
      code: 'too-long',
      message: 'is a string of 11 characters (at character 5); no field allows more than 10',
    });
  });

  it('refuses a key that is too long as a key, at the object holding it', () => {
    expect(prescanJson(`{"b":{"${'k'.repeat(11)}":1}}`, 8, 10)).toEqual({
      path: '$.b',
      code: 'too-long',
      message: 'has a key of 11 characters (at character 6); no field allows more than 10',
    });
  });

  it('counts an escape as the one character it spells, at the limit and one past it', () => {
    expect(prescanJson(`["${'\\u0041'.repeat(10)}"]`, 8, 10)).toBeNull();
    expect(prescanJson(`["${'\\u0041'.repeat(11)}"]`, 8, 10)).toMatchObject({
      path: '$[0]',
      message: expect.stringContaining('of 11 characters') as unknown,
    });
  });

  it('passes nesting at the limit and refuses one level more, at the place it goes deeper', () => {
    expect(prescanJson('[[[1]]]', 3, 100)).toBeNull();
    expect(prescanJson('{"a":[{"b":[1]}]}', 4, 100)).toBeNull();
    expect(prescanJson('{"a":[0,{"b":[1]}]}', 3, 100)).toEqual({
      path: '$.a[1].b',
      code: 'too-deep',
      message: 'nests more than 3 levels deep (at character 13)',
    });
  });

  it('names keys as they read, escapes resolved, and odd keys in brackets', () => {
    expect(prescanJson('{"x":1,"\\u0061 b":{"c":[[1]]}}', 3, 100)?.path).toBe('$["a b"].c[0]');
    expect(prescanJson('{"p":{"q":2},"r":[[1]]}', 2, 100)?.path).toBe('$.r[0]');
  });

  it('reads a quote after an even run of backslashes as the end of the string', () => {
    // "a\\" ends at its third quote: the braces after it are structure and nest too deep.
    expect(prescanJson('["a\\\\",[[1]]]', 2, 100)?.code).toBe('too-deep');
    // "a\"[[" is one string: its brackets are text.
    expect(prescanJson('["a\\"[[[["]', 2, 100)).toBeNull();
  });

  it('leaves text that never closes a string, or a string it cannot read, to the parser', () => {
    expect(prescanJson(`["${'x'.repeat(50)}`, 8, 10)).toBeNull();
    // What follows an unclosed quote is text, not structure.
    expect(prescanJson('["abc[[[[', 2, 100)).toBeNull();
    expect(prescanJson(`["\\q${'x'.repeat(20)}"]`, 8, 10)).toBeNull();
    expect(prescanJson(',:}]', 8, 10)).toBeNull();
  });

  it('names the object, not the key before, when a key is too long', () => {
    expect(prescanJson(`{"a":1,"${'k'.repeat(11)}":2}`, 8, 10)?.path).toBe('$');
    expect(prescanJson(`{ "${'k'.repeat(11)}" : 1}`, 8, 10)?.message).toMatch(/^has a key of 11 characters/);
  });

  it('names a key it cannot read as it is written', () => {
    expect(prescanJson('{"\\q":[[1]]}', 2, 100)?.path).toBe('$["\\\\q"][0]');
  });
});

describe('decodeText', () => {
  const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

  it('reads UTF-16 in either byte order when its mark says so, and UTF-8 otherwise', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ ok: true, text: 'A' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ ok: true, text: 'A' });
    expect(decodeText(bytes(0xff, 0x41))).toMatchObject({ ok: false });
    expect(decodeText(bytes(0xfe, 0x41))).toMatchObject({ ok: false });
    // Half a mark is no mark: these are bytes UTF-8 never holds.
    expect(decodeText(bytes(0x41, 0xfe))).toMatchObject({ ok: false });
    expect(decodeText(bytes(0x41, 0xff))).toMatchObject({ ok: false });
    expect(decodeText(new Uint8Array([0xd8, 0xa8]).buffer)).toEqual({ ok: true, text: 'ب' });
  });

  it('takes a file of exactly the largest size and refuses one byte more, before reading it', () => {
    const sized = (n: number): Uint8Array =>
      Object.defineProperty(bytes(0x41), 'byteLength', { value: n }) as Uint8Array;
    expect(decodeText(sized(LIMITS.fileBytes))).toEqual({ ok: true, text: 'A' });
    expect(decodeText(sized(LIMITS.fileBytes + 1))).toEqual({
      ok: false,
      problems: [{ path: '$', code: 'too-large', message: 'the file is larger than 200 MB' }],
    });
    const longText = { length: LIMITS.fileBytes + 1 } as unknown as string;
    expect(readJson(longText)).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
  });

  it('names the encoding a file broke', () => {
    expect(decodeText(bytes(0xc3, 0x28))).toEqual({
      ok: false,
      problems: [{ path: '$', code: 'not-utf8', message: 'the file is not valid UTF-8 text' }],
    });
    expect(decodeText(bytes(0xfe, 0xff, 0xdc, 0x00))).toMatchObject({
      problems: [{ message: 'the file is not valid UTF-16BE text' }],
    });
  });
});

describe('readJson', () => {
  it('names an HTML page only when the text starts as one', () => {
    const page = readJson('  <!doctype html><p>not found');
    expect(page.ok ? null : page.problems[0]?.message).toMatch(/web page \(HTML\)/);
    const broken = readJson('{"a": <b>}');
    expect(broken.ok ? null : broken.problems[0]).toMatchObject({ path: '$', code: 'not-json' });
    expect(broken.ok ? '' : broken.problems[0]?.message).toMatch(/^the file is not valid JSON \(/);
  });

  it('refuses nesting before parsing, with the dataset limit', () => {
    const r = readJson(`${'['.repeat(33)}${']'.repeat(33)}`);
    expect(r.ok ? null : r.problems[0]?.code).toBe('too-deep');
    expect(readJson(`${'['.repeat(32)}${']'.repeat(32)}`).ok).toBe(true);
  });
});

describe('the problem list', () => {
  const p = (n: number): Problem => ({ path: `$[${n}]`, code: 'type', message: 'x' });

  it('keeps exactly its cap and counts what comes after', () => {
    const list = new ProblemList(2);
    list.push(p(0));
    expect(list.full).toBe(false);
    list.push(p(1));
    expect(list.full).toBe(true);
    list.push(p(2));
    expect(list.items).toEqual([p(0), p(1)]);
    expect(list.omitted).toBe(1);
    expect(list.length).toBe(3);
    expect(list.refusal()).toEqual({ ok: false, problems: [p(0), p(1)], omitted: 1 });
  });

  it('writes paths as JavaScript would reach them', () => {
    expect(at('$', 3)).toBe('$[3]');
    expect(at('$', 'title')).toBe('$.title');
    expect(at('$', '_a$1')).toBe('$._a$1');
    expect(at('$', '1a')).toBe('$["1a"]');
    expect(at('$', 'a-b')).toBe('$["a-b"]');
    expect(at('$', 'a b')).toBe('$["a b"]');
    expect(at('$', 'ab\n')).toBe('$["ab\\n"]');
  });

  it('formats one problem a line with its path and code', () => {
    expect(formatProblems([p(0), { path: '$.a', code: 'empty', message: 'is empty' }])).toBe(
      '$[0]: x [type]\n$.a: is empty [empty]',
    );
  });
});
