import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  datasetOf,
  EMPTY_DRAFT,
  renderingKey,
  eventFromDate,
  eventFromSelection,
  newClaimId,
  newEventId,
  sentenceAround,
  wholeLines,
  type Command,
  type Draft,
  type QuoteRef,
} from '../../src/author';
import { analyseDates } from '../../src/domain';

const ARTICLE =
  'سطر أول\r\nأعلنت الوزارة اليوم الجمعة أن الوزيرين تحدثا. وقال بيان إن المحادثة طويلة.\rأضف تعليق';
const run = (d: Draft, ...commands: Command[]): Draft => commands.reduce(applyCommand, d);
const withArticle = (): Draft => run(EMPTY_DRAFT, { type: 'add-article', text: ARTICLE });
const text = (d: Draft): string => d.sources[0]!.text;
const span = (d: Draft, words: string): { start: number; end: number } => {
  const start = text(d).indexOf(words);
  return { start, end: start + words.length };
};
const withEvent = (): Draft =>
  run(withArticle(), {
    type: 'create-event',
    id: 'call',
    fields: { start: '2022-10-21', title: { ar: 'اتصال', en: 'Call' } },
  });
const quoteOf = (d: Draft, words: string): QuoteRef => ({
  event: 'call',
  source: 'art-000',
  ...span(d, words),
});

describe('author commands', () => {
  it('adds an article normalised to NFC and LF, with the next free id and unknown metadata', () => {
    const decomposed = 'قال'.normalize('NFD') + '\r\né'.normalize('NFD');
    const d = run(
      EMPTY_DRAFT,
      { type: 'add-article', text: ARTICLE },
      { type: 'add-article', text: decomposed },
    );
    expect(d.sources.map((s) => s.id)).toEqual(['art-000', 'art-001']);
    expect(text(d)).not.toMatch(/\r/);
    expect(text(d).split('\n')).toHaveLength(3);
    expect(d.sources[1]!.text).toBe('قال\né'.normalize('NFC'));
    expect(d.sources[0]).toMatchObject({
      file: 'articles/art-000.txt',
      published: null,
      publishedBasis: 'unknown',
    });
    expect(run(EMPTY_DRAFT, { type: 'add-article', text: ' \n ' })).toBe(EMPTY_DRAFT);
    expect(run(EMPTY_DRAFT, { type: 'add-article', text: 'x', id: 'my-art' }).sources[0]!.id).toBe('my-art');
  });

  it('sets an article’s outlet, address and publication date, and clears a note', () => {
    const d = run(withArticle(), {
      type: 'set-article',
      source: 'art-000',
      fields: {
        url: 'https://example.org/a',
        published: '2022-10-21',
        publishedBasis: 'stated',
        publishedNote: null,
      },
    });
    expect(d.sources[0]).toMatchObject({
      url: 'https://example.org/a',
      published: '2022-10-21',
      publishedBasis: 'stated',
    });
    expect(d.sources[0]!.publishedNote).toBeUndefined();
    expect(run(d, { type: 'set-article', source: 'nope', fields: { url: null } })).toBe(d);
  });

  it('marks an out-of-scope part as whole lines, merging parts it touches, and unmarks it', () => {
    const d0 = withArticle();
    const s = span(d0, 'تعليق');
    const d = run(d0, { type: 'mark-out-of-scope', source: 'art-000', kind: 'site-furniture', ...s });
    const part = d.sources[0]!.outOfScope[0]!;
    expect(text(d).slice(part.start, part.end)).toBe('أضف تعليق');
    const first = span(d, 'سطر');
    const d2 = run(d, {
      type: 'mark-out-of-scope',
      source: 'art-000',
      kind: 'caption',
      start: first.start,
      end: s.end,
    });
    expect(d2.sources[0]!.outOfScope).toEqual([
      { start: 0, end: text(d).length, kind: 'caption', text: text(d), prefix: '', suffix: '' },
    ]);
    expect(
      run(d2, { type: 'unmark-out-of-scope', source: 'art-000', start: 0 }).sources[0]!.outOfScope,
    ).toEqual([]);
    expect(run(d, { type: 'mark-out-of-scope', source: 'art-000', kind: 'caption', start: 5, end: 5 })).toBe(
      d,
    );
  });

  it('widens a selection to whole lines, not past a final line break', () => {
    expect(wholeLines('ab\ncd\nef', { start: 4, end: 6 })).toEqual({ start: 3, end: 5 });
  });

  it('creates an event, refusing a taken or malformed id, and updates and removes it', () => {
    const d = withEvent();
    expect(d.events[0]).toMatchObject({
      id: 'call',
      start: '2022-10-21',
      precision: 'day',
      claims: [],
      accounts: [],
    });
    expect(run(d, { type: 'create-event', id: 'call', fields: {} })).toBe(d);
    expect(run(d, { type: 'create-event', id: 'Bad Id', fields: {} })).toBe(d);
    const u = run(d, {
      type: 'update-event',
      event: 'call',
      fields: { end: '2022-10-22', kind: 'diplomacy' },
    });
    expect(u.events[0]).toMatchObject({ end: '2022-10-22', kind: 'diplomacy' });
    expect(
      run(u, { type: 'update-event', event: 'call', fields: { end: null } }).events[0]!.end,
    ).toBeUndefined();
    expect(run(u, { type: 'remove-event', event: 'call' }).events).toEqual([]);
    expect(newEventId(d, 'call')).toBe('call-1');
    expect(newEventId(d, '2022-10-21')).toBe('2022-10-21');
  });

  it('attaches a quote whose text is the exact slice at its offsets, one account per source', () => {
    const d0 = withEvent();
    const a = span(d0, 'أعلنت الوزارة');
    const b = span(d0, 'وقال بيان');
    const d = run(
      d0,
      { type: 'attach-quote', event: 'call', source: 'art-000', ...b },
      { type: 'attach-quote', event: 'call', source: 'art-000', ...a },
    );
    const quotes = d.events[0]!.accounts[0]!.quotes;
    expect(d.events[0]!.accounts).toHaveLength(1);
    expect(quotes.map((q) => q.text)).toEqual(['أعلنت الوزارة', 'وقال بيان']);
    for (const q of quotes) {
      expect(text(d).slice(q.start, q.end)).toBe(q.text);
      // The context kept beside the offsets is the article's own text either side.
      expect(text(d).slice(0, q.start).endsWith(q.prefix!)).toBe(true);
      expect(text(d).slice(q.end).startsWith(q.suffix!)).toBe(true);
      expect(q.prefix!.length + q.suffix!.length).toBeGreaterThan(0);
    }
    // Overlapping, empty, out of range or unknown: nothing changes.
    expect(
      run(d, { type: 'attach-quote', event: 'call', source: 'art-000', start: a.start + 1, end: a.end + 3 }),
    ).toBe(d);
    expect(run(d, { type: 'attach-quote', event: 'call', source: 'art-000', start: 3, end: 3 })).toBe(d);
    expect(run(d, { type: 'attach-quote', event: 'call', source: 'art-000', start: 0, end: 10_000 })).toBe(d);
    expect(run(d, { type: 'attach-quote', event: 'x', source: 'art-000', start: 0, end: 2 })).toBe(d);
  });

  it('removes a quote, and its account with the last one; removing an article takes its quotes', () => {
    const d0 = withEvent();
    const d = run(d0, { type: 'attach-quote', event: 'call', source: 'art-000', ...span(d0, 'وقال') });
    const gone = run(d, { type: 'remove-article', source: 'art-000' });
    expect(gone.sources).toEqual([]);
    expect(gone.events[0]!.accounts).toEqual([]);
    expect(run(gone, { type: 'remove-article', source: 'art-000' })).toBe(gone);
    const r = run(d, { type: 'remove-quote', quote: quoteOf(d, 'وقال') });
    expect(r.events[0]!.accounts).toEqual([]);
    expect(run(r, { type: 'remove-article', source: 'art-000' }).sources).toEqual([]);
  });

  it('removes a claim, unlinking its quotes and freeing its variants', () => {
    const d0 = withEvent();
    const d = run(
      d0,
      { type: 'attach-quote', event: 'call', source: 'art-000', ...span(d0, 'وقال') },
      { type: 'add-claim', event: 'call', id: 'c1', text: { ar: 'أ', en: 'A' } },
      { type: 'link-claim', quote: quoteOf(d0, 'وقال'), claim: 'c1', linked: true },
    );
    const r = run(d, { type: 'remove-claim', event: 'call', claim: 'c1' });
    expect(r.events[0]!.claims).toEqual([]);
    expect(r.events[0]!.accounts[0]!.quotes[0]!.claims).toEqual([]);
    expect(run(r, { type: 'remove-claim', event: 'call', claim: 'c1' })).toBe(r);
  });

  it('marks a rendering as a draft and as checked, only for a quote that exists', () => {
    const d0 = withEvent();
    const d = run(d0, { type: 'attach-quote', event: 'call', source: 'art-000', ...span(d0, 'وقال') });
    const ref = quoteOf(d, 'وقال');
    const m = run(d, { type: 'mark-rendering', quote: ref, draft: true });
    expect(m.renderingDrafts).toEqual([renderingKey(ref)]);
    expect(run(m, { type: 'mark-rendering', quote: ref, draft: true })).toBe(m);
    expect(run(m, { type: 'mark-rendering', quote: ref, draft: false }).renderingDrafts).toEqual([]);
    expect(run(d, { type: 'mark-rendering', quote: { ...ref, start: 0 }, draft: true })).toBe(d);
    expect(datasetOf(m)).not.toHaveProperty('renderingDrafts');
  });

  it('sets a quote’s English rendering', () => {
    const d0 = withEvent();
    const d = run(d0, { type: 'attach-quote', event: 'call', source: 'art-000', ...span(d0, 'وقال') });
    const e = run(d, { type: 'set-quote-english', quote: quoteOf(d, 'وقال'), en: 'And said' });
    expect(e.events[0]!.accounts[0]!.quotes[0]!.en).toBe('And said');
    expect(run(e, { type: 'set-quote-english', quote: quoteOf(d, 'وقال'), en: 'And said' })).toBe(e);
  });

  it('adds, attributes, reorders and merges claims, and links quotes to them', () => {
    const d0 = withEvent();
    const text2 = { ar: 'ب', en: 'B' };
    let d = run(
      d0,
      { type: 'attach-quote', event: 'call', source: 'art-000', ...span(d0, 'وقال') },
      { type: 'add-claim', event: 'call', id: 'a', text: { ar: 'أ', en: 'A' } },
      { type: 'add-claim', event: 'call', id: 'b', text: text2 },
    );
    expect(run(d, { type: 'add-claim', event: 'call', id: 'a', text: text2 })).toBe(d);
    expect(newClaimId(d.events[0]!)).toBe('claim-1');
    d = run(d, { type: 'set-claim', event: 'call', claim: 'a', by: 'shoigu' });
    expect(d.events[0]!.claims[0]!.by).toBe('shoigu');
    expect(
      run(d, { type: 'set-claim', event: 'call', claim: 'a', by: null }).events[0]!.claims[0]!.by,
    ).toBeUndefined();
    d = run(d, { type: 'move-claim', event: 'call', claim: 'b', to: 0 });
    expect(d.events[0]!.claims.map((c) => c.id)).toEqual(['b', 'a']);
    expect(run(d, { type: 'move-claim', event: 'call', claim: 'b', to: 5 })).toBe(d);
    const q = quoteOf(d, 'وقال');
    d = run(
      d,
      { type: 'link-claim', quote: q, claim: 'a', linked: true },
      { type: 'link-claim', quote: q, claim: 'b', linked: true },
    );
    expect(d.events[0]!.accounts[0]!.quotes[0]!.claims).toEqual(['a', 'b']);
    expect(run(d, { type: 'link-claim', quote: q, claim: 'zzz', linked: true })).toBe(d);
    const m = run(d, { type: 'merge-claims', event: 'call', from: 'a', into: 'b' });
    expect(m.events[0]!.claims.map((c) => c.id)).toEqual(['b']);
    expect(m.events[0]!.accounts[0]!.quotes[0]!.claims).toEqual(['b']);
    expect(
      run(m, { type: 'link-claim', quote: q, claim: 'b', linked: false }).events[0]!.accounts[0]!.quotes[0]!
        .claims,
    ).toEqual([]);
  });

  it('runs a batch as one command', () => {
    const d = run(withArticle(), {
      type: 'batch',
      commands: [
        { type: 'create-event', id: 'e', fields: {} },
        { type: 'attach-quote', event: 'e', source: 'art-000', start: 0, end: 3 },
      ],
    });
    expect(d.events[0]!.accounts[0]!.quotes[0]!.text).toBe('سطر');
  });
});

describe('an event from a date expression', () => {
  it('takes the resolved date, its precision and basis, and drafts a note saying where it comes from', () => {
    const t = 'أعلنت الوزارة، اليوم الجمعة، أن الوزيرين تحدثا.';
    const e = analyseDates(t, '2022-10-21').find((x) => x.text.includes('الجمعة'))!;
    const fields = eventFromDate(e, { id: 'art-005', published: '2022-10-21' })!;
    expect(fields).toMatchObject({ start: '2022-10-21', precision: 'day', basis: 'relative' });
    expect(fields.basisNote!.en).toContain('art-005');
    expect(fields.basisNote!.en).toContain(e.text);
    expect(fields.basisNote!.ar).toContain(e.note.ar);
  });

  it('names the outlet in the note, not the article’s id, and the words once (trial defect 8)', () => {
    const t = 'قال اليوم الاثنين إن الوزيرين تحدثا.';
    const e = analyseDates(t, '2025-10-20').find((x) => x.text.includes('الاثنين'))!;
    const outlet = { ar: 'الاتحاد', en: 'Al Ittihad' };
    const fields = eventFromDate(e, { id: 'art-000', published: '2025-10-20', outlet })!;
    expect(fields.basisNote!.en).toMatch(/^In the article of Al Ittihad \(published 2025-10-20\), /);
    expect(fields.basisNote!.ar).toMatch(/^في مقال الاتحاد \(المنشور في 2025-10-20\)، /);
    // An outlet named with brackets of its own: the date between commas, one set of brackets (#24 D12).
    const named = { ar: 'الشروق (shorouknews.com)', en: 'Al-Shorouk (shorouknews.com)' };
    const both = eventFromDate(e, { id: 'art-000', published: '2025-10-20', outlet: named })!;
    expect(both.basisNote!.en).toMatch(
      /^In the article of Al-Shorouk \(shorouknews\.com\), published 2025-10-20, /,
    );
    expect(both.basisNote!.ar).toMatch(/^في مقال الشروق \(shorouknews\.com\)، المنشور في 2025-10-20، /);
    for (const note of Object.values(both.basisNote!)) expect(note).not.toMatch(/\)\s*\(/u);
    for (const note of [fields.basisNote!.en, fields.basisNote!.ar]) {
      expect(note).not.toContain('art-000');
      expect(note.split(e.text)).toHaveLength(2);
    }
    // Only the English outlet named: the Arabic note uses it rather than the id.
    const half = eventFromDate(e, { id: 'art-000', published: null, outlet: { ar: '', en: 'Al Ittihad' } })!;
    expect(half.basisNote!.ar).toContain('Al Ittihad');
    // Only the Arabic outlet named, no publication date: the English note names it. A note is data, and
    // data holds no directional controls (the schema refuses them; the screen isolates the run).
    const arabic = eventFromDate(e, { id: 'art-000', published: null, outlet: { ar: 'الاتحاد', en: '' } })!;
    expect(arabic.basisNote!.en).toMatch(/^In the article of الاتحاد, “/u);
    expect(arabic.basisNote!.ar).toMatch(/^في مقال الاتحاد، /u);
    for (const note of [half.basisNote!.ar, half.basisNote!.en, arabic.basisNote!.en, arabic.basisNote!.ar])
      expect(note).not.toMatch(/[\u2066-\u2069\u202A-\u202E]/u);
  });

  it('offers nothing for an expression without a date, and months at month precision', () => {
    const vague = analyseDates('في وقت سابق من الشهر', '2022-10-21').find((x) => x.value === null);
    if (vague !== undefined) expect(eventFromDate(vague, { id: 'a', published: null })).toBeNull();
    const month = analyseDates('في تشرين الأول 2022 تحدثا', null).find((x) => x.value?.length === 7)!;
    expect(eventFromDate(month, { id: 'a', published: null })).toMatchObject({
      precision: 'month',
      basis: 'stated',
    });
  });

  it('drafts the basis from how the value was reached, not from the kind of words', () => {
    const text = 'وتعود آخر محادثة إلى 13 أيار/مايو الماضي، وفي 21 تشرين الأول 2022 اتصلا، ثم الجمعة الماضي.';
    const [lastMay, stated, friday] = analyseDates(text, '2022-10-23');
    expect(eventFromDate(lastMay!, { id: 'a', published: '2022-10-23' })).toMatchObject({
      start: '2022-05-13',
      basis: 'relative',
    });
    expect(eventFromDate(stated!, { id: 'a', published: '2022-10-23' })).toMatchObject({
      start: '2022-10-21',
      basis: 'stated',
    });
    expect(eventFromDate(friday!, { id: 'a', published: '2022-10-23' })).toMatchObject({
      start: '2022-10-21',
      basis: 'weekday',
    });
  });

  it('finds the sentence around a span', () => {
    const t = 'أولى. ثم قال الوزير اليوم إنه راضٍ. ثالثة';
    const at = t.indexOf('اليوم');
    const s = sentenceAround(t, { start: at, end: at + 5 });
    expect(t.slice(s.start, s.end)).toBe('ثم قال الوزير اليوم إنه راضٍ.');
  });

  it('dates an event made from a selection without a date "inferred from context" (#24 D9)', () => {
    const t = 'ضرب زلزال قوي جزيرة سيبو. وأعلنت السلطات يوم 30 سبتمبر 2025 حالة الطوارئ.';
    const article = { id: 'art-000', published: '2025-10-01', outlet: { ar: 'الشروق', en: 'Al-Shorouk' } };
    const dates = analyseDates(t, '2025-10-01');
    const plain = { start: 0, end: t.indexOf('.') + 1 };
    const none = eventFromSelection(plain, dates, article);
    expect(none).toMatchObject({ start: '2025-10-01', precision: 'day', basis: 'context' });
    expect(none.basisNote?.en).toBe(
      'The quoted passage states no date, so the date is inferred from context; ' +
        'the article of Al-Shorouk was published on 2025-10-01.',
    );
    expect(none.basisNote?.ar).toContain('الشروق');
    // Nothing in it goes false when the author corrects the date (a report a month after the event):
    // it never says the date is the publication date.
    for (const note of Object.values(none.basisNote!))
      expect(note).not.toMatch(/as the publication date|وهو تاريخ نشر/u);
    const dated = { start: plain.end + 1, end: t.length };
    expect(eventFromSelection(dated, dates, article)).toMatchObject({ start: '2025-09-30', basis: 'stated' });
  });

  it('never cuts the sentence at a decimal point or an abbreviation’s dot (#24 D1)', () => {
    const whole = [
      'ضرب زلزال بقوة 6.9 درجة على مقياس ريختر جزيرة سيبو مساء اليوم الثلاثاء.',
      'وقع الزلزال أمس الأربعاء قرب جزيرة يقطنها 4.3 مليون نسمة.',
      'ضرب زلزال بقوة ٦٫٩ درجة مساء اليوم الثلاثاء بحسب د. فيليب (أ.ف.ب).',
    ];
    const t = `مقدمة الخبر. ${whole.join(' ')} خاتمة الخبر.`;
    for (const [sentence, words] of [
      [whole[0]!, 'مساء اليوم الثلاثاء'],
      [whole[1]!, 'أمس الأربعاء'],
      [whole[2]!, 'مساء اليوم الثلاثاء'],
    ] as const) {
      const at = t.indexOf(words, t.indexOf(sentence));
      const s = sentenceAround(t, { start: at, end: at + words.length });
      expect(t.slice(s.start, s.end)).toBe(sentence);
    }
  });
});
