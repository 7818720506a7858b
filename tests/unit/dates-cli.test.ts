import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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
