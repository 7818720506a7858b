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
