import { readFileSync } from 'node:fs';
import { applyCommand, sentenceAround, type Command, type Draft } from '../../src/author';
import { loadCorpus } from '../fixtures/corpus';

/** The corpus extended with the Dar al-Maaref article: its call quoted under the corpus event, its furniture out of scope, and a new event for the arrests. */
export function extendedDraft(): Draft {
  const text = readFileSync('tests/fixtures/articles/daralmaref-2022-10-21.txt', 'utf8');
  let d: Draft = applyCommand(loadCorpus(), { type: 'add-article', text });
  const src = d.sources.at(-1)!;
  const at = (words: string) => {
    const start = src.text.indexOf(words);
    return { start, end: start + words.length };
  };
  const commands: Command[] = [
    {
      type: 'set-article',
      source: src.id,
      fields: {
        outlet: { ar: 'دار المعارف', en: 'Dar al-Maaref' },
        outletBasis: 'stated',
        url: 'https://daralmaref.com/News/1220754.aspx',
        published: '2022-10-21',
        publishedBasis: 'stated',
        publishedNote: null,
      },
    },
    {
      type: 'mark-out-of-scope',
      source: src.id,
      kind: 'site-furniture',
      ...at('أضف تعليق'),
      end: src.text.length,
    },
    { type: 'attach-quote', event: 'call-2022-10-21', source: src.id, ...at('21-10-2022') },
    {
      type: 'attach-quote',
      event: 'call-2022-10-21',
      source: src.id,
      ...sentenceAround(src.text, at('اليوم الجمعة')),
    },
    {
      type: 'create-event',
      id: 'arrests-2022-10-21',
      fields: {
        start: '2022-10-21',
        basis: 'relative',
        basisNote: { ar: 'ملاحظة', en: 'note' },
        title: { ar: 'توقيف', en: 'Arrests' },
      },
    },
    {
      type: 'attach-quote',
      event: 'arrests-2022-10-21',
      source: src.id,
      ...sentenceAround(src.text, at('في وقت سابق')),
    },
  ];
  d = commands.reduce(applyCommand, d);
  // Every quote gets an English rendering, and the new event a summary.
  const renderings: Command[] = d.events.flatMap((e) =>
    e.accounts
      .filter((a) => a.source === src.id)
      .flatMap((a) =>
        a.quotes.map((q) => ({
          type: 'set-quote-english' as const,
          quote: { event: e.id, source: a.source, start: q.start, end: q.end },
          en: 'A rendering.',
        })),
      ),
  );
  return [
    ...renderings,
    {
      type: 'update-event',
      event: 'arrests-2022-10-21',
      fields: { summary: { ar: 'ملخص', en: 'Summary' } },
    } as const,
  ].reduce(applyCommand, d);
}
