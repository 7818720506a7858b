import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  checkDraft,
  contextCorrection,
  eventFromDate,
  NEW_STORY,
  newEventWithQuote,
  sentenceAround,
  updateEventCommand,
  type Command,
  type Draft,
} from '../../src/author';
import { analyseDates, type Bilingual } from '../../src/domain';

const apply = (d: Draft, ...cs: Command[]): Draft => cs.reduce(applyCommand, d);

// The second trial's trap, in a sentence of its own: the quake struck on Tuesday 30 September 2025;
// this outlet, publishing on Thursday 2 October, says «أمس الأربعاء» (Wednesday 1 October).
const TEXT = 'وضرب الزلزال الذي بلغت قوته 6.9 درجة جزيرة سيبو أمس الأربعاء، وخلف عشرات القتلى.';
const OUTLET: Bilingual = { ar: 'دوت الخليج', en: 'Dot Al Khalij' };

/** The draft with the article and an event made from «أمس الأربعاء», as the date list makes it. */
function fromTheWords(): { draft: Draft; id: string } {
  const d = apply(
    NEW_STORY,
    { type: 'add-article', text: TEXT },
    { type: 'set-article', source: 'art-000', fields: { outlet: OUTLET, published: '2025-10-02' } },
  );
  const s = d.sources[0]!;
  const e = analyseDates(s.text, s.published).find((x) => x.text.includes('الأربعاء'))!;
  const made = newEventWithQuote(d, s.id, eventFromDate(e, s)!, sentenceAround(s.text, e));
  return { draft: applyCommand(d, made.command), id: made.id };
}

const dates = (d: Draft) => (id: string) => {
  const s = d.sources.find((x) => x.id === id);
  return s === undefined ? [] : analyseDates(s.text, s.published);
};

describe('correcting a misdated outlet keeps an honest basis (#24 D10)', () => {
  it('offers nothing while the date is what the words give', () => {
    const { draft, id } = fromTheWords();
    const ev = draft.events.find((e) => e.id === id)!;
    expect(ev.start).toBe('2025-10-01');
    expect(contextCorrection(ev, draft.sources, dates(draft))).toBeNull();
  });

  it('offers "inferred from context" for a date the words do not give, saying what its words read as', () => {
    const { draft, id } = fromTheWords();
    const moved = applyCommand(draft, updateEventCommand(draft, id, { start: '2025-09-30' }));
    const ev = moved.events[0]!;
    // The rule refuses the basis the words gave…
    expect(
      checkDraft(moved).problems.some((p) =>
        /no date expression in its quotes reads as 2025-09-30/.test(p.message),
      ),
    ).toBe(true);
    const fields = contextCorrection(ev, moved.sources, dates(moved))!;
    expect(fields.basis).toBe('context');
    expect(fields.basisNote!.en).toBe(
      'Inferred from context: Tuesday 30 September 2025, not from the words of its quotes. ' +
        'The date words in its quotes read as another day: “أمس الأربعاء” in the article of Dot Al Khalij ' +
        '(published 2025-10-02) reads as Wednesday 1 October 2025.',
    );
    expect(fields.basisNote!.ar).toContain('«أمس الأربعاء» في مقال دوت الخليج');
    expect(fields.basisNote!.ar).toContain('يومًا آخر');
    // Neither blames the outlet: its words may have been read wrongly (the fourth trial's «قبل لحظات»).
    for (const note of Object.values(fields.basisNote!))
      expect(note).not.toMatch(/outlet’s own|المصدر نفسه/u);
    // …and, taken, the check has no date problem left.
    const fixed = applyCommand(moved, updateEventCommand(moved, ev.id, fields));
    expect(checkDraft(fixed).problems.filter((p) => /reads as|date expression/.test(p.message))).toEqual([]);
    expect(contextCorrection(fixed.events[0]!, fixed.sources, dates(fixed))).toBeNull();
  });
});
