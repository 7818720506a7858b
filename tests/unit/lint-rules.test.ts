import { describe, expect, it } from 'vitest';
import { lintCorpus } from '../../src/data';
import { analyseDates, type Dataset } from '../../src/domain';
import { MINI_TEXT, miniDataset } from '../fixtures/mini-dataset';

/** The fixture as plain data, for a test to change one thing. */
const mini = (): Record<string, any> => structuredClone(miniDataset()) as unknown as Record<string, any>;
const lint = (d: Record<string, any>) =>
  lintCorpus(d as unknown as Dataset).map((p) => [p.path, p.code, p.message]);

describe('the corpus rules', () => {
  it('find the fixture clean', () => {
    expect(lint(mini())).toEqual([]);
  });

  it('name an alias no article uses, with its path', () => {
    const d = mini();
    d.entities[0].aliases.push('شويغو');
    expect(lint(d)).toEqual([
      ['$.entities[0].aliases[1]', 'dangling-reference', 'alias "شويغو" appears in no article'],
    ]);
  });

  it('name an event no source tells', () => {
    const d = mini();
    d.events[1].accounts = [];
    const problems = lint(d);
    expect(problems).toContainEqual([
      '$.events[1].accounts',
      'empty',
      'event "call-2023-03-15" is told by no source',
    ]);
  });

  it('take a date expression that begins exactly where a quote begins as covered', () => {
    const d = mini();
    const quote = d.events[1].accounts[0].quotes[0];
    const start = MINI_TEXT.indexOf('15 مارس 2023');
    Object.assign(quote, { start, end: start + '15 مارس 2023'.length, text: '15 مارس 2023' });
    expect(lint(d)).toEqual([]);
    Object.assign(quote, { start: start + 1 });
    const [uncovered] = lint(d);
    expect(uncovered?.[0]).toBe('$.sources[0].text');
    expect(uncovered?.[1]).toBe('uncovered-date');
    // The article's third line.
    expect(uncovered?.[2]).toMatch(
      /, line 3, lies in no quote and no out-of-scope range \(quote it under its event, or mark its sentence as background\)$/,
    );
  });

  // The second sentence: Al-Mowaten, 27 November 2025, on the Wang Fuk Court fire (almowaten.net,
  // https://www.almowaten.net/2025/11/ارتفاع-حصيلة-ضحايا-حريق-هونج-كونج-إلى-55/).
  it.each([
    ['a look ahead', 'وسيتصلان في الأيام أو الأشهر المقبلة.', 'vague-future-period'],
    [
      'a look back',
      'ويعد هذا الحادث واحدًا من أكثر الكوارث دموية التي تشهدها المدينة خلال السنوات الأخيرة.',
      'vague-period',
    ],
  ])('let %s without bounds stand outside every quote', (_, vague, rule) => {
    const d = mini();
    const source = d.sources[0];
    const text = `${MINI_TEXT.slice(0, source.outOfScope[0].start)}${vague}\n${MINI_TEXT.slice(source.outOfScope[0].start)}`;
    const shift = vague.length + 1;
    source.text = text;
    source.outOfScope = source.outOfScope.map((r: { start: number; end: number }) => ({
      ...r,
      start: r.start + shift,
      end: r.end + shift,
    }));
    expect(analyseDates(text, source.published).map((e) => e.rule)).toContain(rule);
    expect(lint(d).filter((p) => p[1] === 'uncovered-date')).toEqual([]);
  });

  it('hold a derived date to its quotes, at the event’s basis', () => {
    const d = mini();
    d.events[0].start = '2024-06-24';
    const problems = lint(d);
    expect(problems.map((p) => [p[0], p[1]])).toEqual([['$.events[0].basis', 'date-basis']]);
  });
});
