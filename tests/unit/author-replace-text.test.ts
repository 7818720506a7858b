import { describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, replaceArticleText } from '../../src/author';
import { loadCorpus } from '../fixtures/corpus';

const draft = loadCorpus();
const art = draft.sources.find((s) => s.id === 'art-004')!;

/** Every span of `source` in the draft, read back against its article: quote, credit, anchor, part. */
function spansOf(d: typeof draft, source: string): { text: string; slice: string }[] {
  const s = d.sources.find((x) => x.id === source)!;
  const at = (x: { start: number; end: number; text?: string }) => ({
    text: x.text ?? '',
    slice: s.text.slice(x.start, x.end),
  });
  return [
    ...d.events.flatMap((e) =>
      e.accounts.filter((a) => a.source === source).flatMap((a) => a.quotes.map(at)),
    ),
    ...s.credits.map(at),
    ...(s.restsOn ?? []).flatMap((p) => (p.anchor === undefined ? [] : [at(p.anchor)])),
    ...s.outOfScope.filter((o) => o.text !== undefined).map(at),
  ];
}

describe('replacing an article text in the workbench', () => {
  it('places every span of a re-fetched article again (a line on top, hamza and comma variants)', () => {
    const refetched = `تحديث: أعيد نشر هذا المقال\n${art.text}`.replaceAll('إلى', 'الى').replaceAll('،', ',');
    const next = applyCommand(draft, { type: 'replace-article-text', source: 'art-004', text: refetched });
    expect(next).not.toBe(draft);
    expect(next.sources.find((s) => s.id === 'art-004')!.text).toBe(refetched.normalize('NFC'));
    const spans = spansOf(next, 'art-004');
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(s.slice).toBe(s.text);
    // The quotes that held a changed word now hold the new article's words.
    expect(spans.some((s) => s.text.includes('الى'))).toBe(true);
  });

  it('refuses a text that drops a quoted passage, names it, and leaves the draft as it was', () => {
    const quote = draft.events.flatMap((e) => e.accounts).find((a) => a.source === 'art-004')!.quotes[0]!;
    const cut = art.text.slice(0, quote.start) + art.text.slice(quote.end);
    const { draft: replaced, report } = replaceArticleText(draft, 'art-004', cut);
    expect(replaced).toBeNull();
    expect(report.unplaced.map((u) => u.text)).toContain(quote.text);
    expect(applyCommand(draft, { type: 'replace-article-text', source: 'art-004', text: cut })).toBe(draft);
  });

  it('keeps the draft valid after a replacement', () => {
    const next = applyCommand(draft, {
      type: 'replace-article-text',
      source: 'art-004',
      text: `${art.text}\n`.replace('\n', '\n\n'),
    });
    expect(next).not.toBe(draft);
    expect(checkDraft(draft).problems).toEqual([]);
    expect(checkDraft(next).problems).toEqual([]);
  });
});
