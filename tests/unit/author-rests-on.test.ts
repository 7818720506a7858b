import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  checkDraft,
  EMPTY_DRAFT,
  type Command,
  type Draft,
  type QuoteRef,
} from '../../src/author';

const run = (d: Draft, ...commands: Command[]): Draft => commands.reduce(applyCommand, d);

// Wire copy two outlets share, each with words of its own around it.
const SHARED =
  'وقالت وزارة الخارجية الروسية في بيان إن الوزيرين ناقشا العلاقات الثنائية والوضع الدولي وأكدا أهمية مواصلة الحوار بين البلدين.';
const A = `خبر أول كتبه مراسلنا بنفسه عن الطقس في المدينة.\n${SHARED}`;
const B = `${SHARED}\nخبر آخر لا علاقة له بالمكالمة كتبه محرر الموقع.`;

const afp = (source: string, extent: 'part' | 'whole'): Command => ({
  type: 'add-rests-on',
  source,
  origin: 'afp',
  name: { ar: 'أ ف ب', en: 'AFP' },
  basis: 'inferred',
  extent,
  note: { ar: 'صياغة مشتركة', en: 'Shared wording' },
});

function quoted(): { d: Draft; refs: QuoteRef[] } {
  let d = run(
    EMPTY_DRAFT,
    { type: 'add-article', text: A },
    { type: 'add-article', text: B },
    { type: 'create-event', id: 'call', fields: {} },
  );
  const refs = d.sources.map((s) => {
    const start = s.text.indexOf(SHARED);
    return { event: 'call', source: s.id as string, start, end: start + SHARED.length };
  });
  d = run(d, ...refs.map((r) => ({ type: 'attach-quote' as const, ...r })));
  return { d, refs };
}

const undeclared = (d: Draft): number =>
  checkDraft(d).warnings.filter((w) => w.code === 'undeclared-shared-copy').length;

const restsOn = (d: Draft, r: QuoteRef) =>
  d.events
    .find((e) => e.id === r.event)
    ?.accounts.find((a) => a.source === r.source)
    ?.quotes.find((q) => q.start === r.start)?.restsOn;

describe('a report of "some passages" marked on the passages that rest on it (#24 D4)', () => {
  it('explains the shared copy only once the quotes that hold it are marked, and can be taken back', () => {
    const { d, refs } = quoted();
    const [ra, rb] = refs as [QuoteRef, QuoteRef];
    const declared = run(d, afp('art-000', 'part'), afp('art-001', 'part'));
    // "Some passages", none marked: nothing is explained.
    expect(undeclared(declared)).toBeGreaterThan(0);
    const one = run(declared, { type: 'set-quote-rests-on', quote: ra, origin: 'afp', on: true });
    expect(undeclared(one)).toBeGreaterThan(0);
    const both = run(one, { type: 'set-quote-rests-on', quote: rb, origin: 'afp', on: true });
    expect(undeclared(both)).toBe(0);
    expect(checkDraft(both).problems).toEqual(checkDraft(declared).problems);
    // The passage carries the report itself, not the source's "some passages".
    expect(restsOn(both, ra)).toEqual([
      { origin: 'afp', name: { ar: 'أ ف ب', en: 'AFP' }, basis: 'inferred', note: expect.anything() },
    ]);
    const back = run(both, { type: 'set-quote-rests-on', quote: rb, origin: 'afp', on: false });
    expect(restsOn(back, rb)).toBeUndefined();
    expect(undeclared(back)).toBeGreaterThan(0);
  });

  it('does nothing for a report the article does not list, or a mark already so', () => {
    const { d, refs } = quoted();
    const [ra] = refs as [QuoteRef];
    expect(run(d, { type: 'set-quote-rests-on', quote: ra, origin: 'afp', on: true })).toBe(d);
    const declared = run(d, afp('art-000', 'part'));
    expect(run(declared, { type: 'set-quote-rests-on', quote: ra, origin: 'afp', on: false })).toBe(declared);
    const marked = run(declared, { type: 'set-quote-rests-on', quote: ra, origin: 'afp', on: true });
    expect(run(marked, { type: 'set-quote-rests-on', quote: ra, origin: 'afp', on: true })).toBe(marked);
  });
});
