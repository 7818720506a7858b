import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/cli/dates';

const run = (args: string[], input = ''): string =>
  execFileSync('npm', ['run', '-s', 'dates', '--', ...args], { input, encoding: 'utf8' });

describe('npm run -s dates', { timeout: 60_000 }, () => {
  it('answers JSON Lines one line per input line, in order, and prints nothing else', () => {
    const input = [
      JSON.stringify({
        text: 'قال الوزير أمس الثلاثاء إن الاجتماع سيعقد الأسبوع المقبل',
        published: '2024-06-26',
      }),
      JSON.stringify({ text: 'لا تاريخ هنا', published: null }),
      'not json',
      JSON.stringify({ text: 'في ١٥ رمضان ١٤٤٥ هـ', published: null }),
    ].join('\n');
    const lines = run(['--jsonl'], `${input}\n`)
      .split('\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(4);
    const [a, b, c, d] = lines.map(
      (l) => JSON.parse(l) as { expressions: Record<string, unknown>[]; error?: string },
    );
    expect(a?.expressions.map((e) => [e.start, e.end, e.text, e.value])).toEqual([
      [11, 23, 'أمس الثلاثاء', '2024-06-25'],
      [42, 56, 'الأسبوع المقبل', '2024-06-30/2024-07-06'],
    ]);
    expect(Object.keys(a?.expressions[0] ?? {})).toEqual([
      'start',
      'end',
      'text',
      'kind',
      'value',
      'rule',
      'note',
    ]);
    expect(b?.expressions).toEqual([]);
    expect(c?.error).toBeDefined();
    expect(d?.expressions[0]?.value).toBe('2024-03-25');
  });
});

describe('npm run -s dates -- --jsonl on hostile input', { timeout: 120_000 }, () => {
  const runBytes = (input: Buffer): string =>
    execFileSync('npm', ['run', '-s', 'dates', '--', '--jsonl'], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  type Answer = {
    expressions: { start: number; end: number; text: string; value: string | null }[];
    error?: string;
  };

  it('reads the input as one stream: no offset moves where a character straddles a 64 KB read (M6)', () => {
    // 3,000 lines of growing Arabic prefixes: some two-byte letter lands across every 64 KB boundary,
    // and one 200 KB line holds several boundaries itself.
    const texts = Array.from(
      { length: 3000 },
      (_, i) =>
        `${'ا'.repeat(i % 7)} قال المتحدث باسم الوزارة يوم الأحد 5 يونيو 2022 إن اللقاء عقد الأسبوع الماضي`,
    );
    texts.push(`${'ب'.repeat(32_767)}ج ${'كلام '.repeat(33_000)}يوم الأحد 5 يونيو 2022`);
    const input = texts.map((text) => JSON.stringify({ text, published: '2022-06-07' })).join('\n');
    const answers = runBytes(Buffer.from(`${input}\n`, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer);
    expect(answers).toHaveLength(texts.length);
    let checked = 0;
    answers.forEach((a, i) => {
      expect(a.error).toBeUndefined();
      for (const e of a.expressions) {
        expect(e.text).toBe(texts[i]?.slice(e.start, e.end));
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(6000);
    expect(answers.at(-1)?.expressions.at(-1)?.value).toBe('2022-06-05');
  });

  it('refuses a line that is not valid UTF-8 by its number, drops a byte order mark, and writes no malformed value', () => {
    const line = (o: unknown): Buffer => Buffer.from(`${JSON.stringify(o)}\n`, 'utf8');
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      line({ text: 'أمس', published: '2024-01-02' }),
      Buffer.from('{"text": "قال \xff أمس"}\n', 'latin1'),
      line({ text: 'أمس', published: '0000-01-01' }),
      line({ text: 'غدا', published: '9999-12-31' }),
    ]);
    const [a, b, c, d] = runBytes(input)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer & { expressions: { valueError?: string }[] });
    expect(a?.expressions[0]?.value).toBe('2024-01-01');
    expect(b?.error).toMatch(/^line 2: .*not valid UTF-8/);
    for (const x of [c, d]) {
      expect(x?.expressions[0]?.value).toBeNull();
      expect(x?.expressions[0]?.valueError).toMatch(/calendar's edge/);
    }
  });
});
describe('a published date-time (RFC 3339)', () => {
  const text = 'قال الوزير اليوم إن الاجتماع عقد أمس';
  const values = (published: unknown): (string | null)[] => {
    const out = JSON.parse(answerLine(JSON.stringify({ text, published }))) as {
      expressions: { value: string | null }[];
      error?: string;
    };
    expect(out.error).toBeUndefined();
    return out.expressions.map((e) => e.value);
  };

  it('counts on the day it names, in its own offset, like a bare day', () => {
    expect(values('2024-06-26')).toEqual(['2024-06-26', '2024-06-25']);
    expect(values('2024-06-26T09:15:00+03:00')).toEqual(['2024-06-26', '2024-06-25']);
    expect(values('2024-06-26T00:30:00+03:00')).toEqual(['2024-06-26', '2024-06-25']);
    expect(values('2024-06-26T23:59:59.123-05:00')).toEqual(['2024-06-26', '2024-06-25']);
    expect(values('2024-06-26t06:15z')).toEqual(['2024-06-26', '2024-06-25']);
    expect(values('2024-06-26 06:15Z')).toEqual(['2024-06-26', '2024-06-25']);
  });

  it('refuses what is not a day or a date-time, saying so', () => {
    for (const bad of [
      '2024-06-31T09:15:00Z',
      '2024-06-26T25:00:00Z',
      '2024-06-26T09:15',
      '26/06/2024',
      20240626,
    ]) {
      const out = JSON.parse(answerLine(JSON.stringify({ text, published: bad }))) as {
        expressions: unknown[];
        error?: string;
      };
      expect(out.expressions).toEqual([]);
      expect(out.error).toMatch(/RFC 3339 date-time/);
    }
  });
});
