/**
 * Re-anchoring hand-made authoring files, span by span: which spans are found where, what is
 * captured, refused or moved and why, the key order a rewritten span keeps, out-of-scope parts placed
 * first and widened to whole lines, and the briefings' quote references following their quotes.
 * (`tests/unit/re-anchor.test.ts` runs the same code over the whole corpus and the command.)
 */
import { describe, expect, it } from 'vitest';
import { reAnchorFiles } from '../../src/data';

const OLD = 'Line one.\nThe minister said the talks were useful.\nEnd of story.';
const NEW = 'A new first line.\nLine one.\nThe minister said the talks were useful.\nEnd of story.';
const shift = NEW.indexOf('Line one.');
const said = 'The minister said the talks were useful.';
const at = (text: string, needle: string): number => text.indexOf(needle);
const articles = (text = NEW): Map<string, string> => new Map([['s1', text]]);

/** A quote of `said` as stored against OLD. */
const quote = (more: Record<string, unknown> = {}): Record<string, unknown> => ({
  start: at(OLD, said),
  end: at(OLD, said) + said.length,
  text: said,
  ...more,
});
const events = (quotes: unknown[], source = 's1'): unknown[] => [
  { id: 'e1', accounts: [{ source, quotes }] },
];

describe('the spans found in the files', () => {
  it('are the headlines, credits, out-of-scope parts, provenance anchors and quotes, by JSON path', () => {
    const anchor = { start: 0, end: 4, text: 'Line' };
    const sources = [
      'not a source',
      { id: 7 },
      {
        id: 's1',
        headline: { start: 0, end: 4, text: 'Line' },
        credits: [{ start: 0, end: 4, text: 'Line' }, 'x'],
        outOfScope: [{ start: at(OLD, 'End'), end: OLD.length, text: 'End of story.' }, null],
        restsOn: [{ origin: 'r', anchor }, { origin: 'q' }, 'x'],
      },
    ];
    const evs = [
      'not an event',
      {
        accounts: [
          'x',
          { source: 3, quotes: [quote()] },
          { source: 's1', quotes: ['x', quote({ restsOn: [{ origin: 'r', anchor: { ...anchor } }] })] },
        ],
      },
    ];
    const report = reAnchorFiles(sources, evs, articles());
    expect(report.total).toBe(6);
    expect(report.unplaced).toEqual([]);
    expect(report.moved.map((m) => m.path)).toEqual([
      '$.sources[2].outOfScope[0]',
      '$.sources[2].headline',
      '$.sources[2].credits[0]',
      '$.sources[2].restsOn[0].anchor',
      '$.events[1].accounts[2].quotes[1]',
      '$.events[1].accounts[2].quotes[1].restsOn[0].anchor',
    ]);
  });

  it('are none in files that are not lists', () => {
    expect(reAnchorFiles({ id: 's1' }, 'events', articles())).toEqual({
      moved: [],
      unplaced: [],
      captured: [],
      total: 0,
      references: [],
    });
  });
});

describe('a span placed again', () => {
  it('takes its new offsets, words and context, keeping its other fields in their order', () => {
    const q = quote({ claims: ['c1'], en: 'The minister said…' });
    const report = reAnchorFiles([], events([q]), articles());
    const start = at(NEW, said);
    expect(q).toEqual({
      start,
      end: start + said.length,
      text: said,
      prefix: NEW.slice(Math.max(0, start - 32), start),
      suffix: NEW.slice(start + said.length, start + said.length + 32),
      claims: ['c1'],
      en: 'The minister said…',
    });
    expect(Object.keys(q)).toEqual(['start', 'end', 'text', 'prefix', 'suffix', 'claims', 'en']);
    expect(report.moved).toEqual([
      {
        path: '$.events[0].accounts[0].quotes[0]',
        from: { start: at(OLD, said), end: at(OLD, said) + said.length },
        to: { start, end: start + said.length },
        score: 1,
        how: 'exact',
        textChanged: false,
      },
    ]);
  });

  it('keeps the order of keys it had, and puts missing ones after the one they follow', () => {
    const q: Record<string, unknown> = { note: 'n', text: said, end: 0, suffix: 'x' };
    reAnchorFiles([], events([q]), articles());
    expect(Object.keys(q)).toEqual(['start', 'note', 'text', 'prefix', 'end', 'suffix']);
    expect(q.start).toBe(at(NEW, said));
    expect(q.end).toBe(at(NEW, said) + said.length);
  });

  it('is not listed as moved when its offsets and words stay', () => {
    const q = quote();
    const report = reAnchorFiles([], events([q]), articles(OLD));
    expect(report.moved).toEqual([]);
    expect(report.total).toBe(1);
    expect(q.prefix).toBe('Line one.\n');
  });

  it('is listed as moved when only its end changes', () => {
    const q = quote({ end: at(OLD, said) + said.length - 1, text: said });
    const report = reAnchorFiles([], events([q]), articles(OLD));
    expect(report.moved.map((m) => [m.from, m.to])).toEqual([
      [
        { start: at(OLD, said), end: at(OLD, said) + said.length - 1 },
        { start: at(OLD, said), end: at(OLD, said) + said.length },
      ],
    ]);
  });

  it('takes the new article’s words when placed approximately, and says so', () => {
    const changed = NEW.replace('said the talks', 'sayd the talks');
    const q = quote();
    const report = reAnchorFiles([], events([q]), articles(changed));
    expect(q.text).toBe('The minister sayd the talks were useful.');
    expect(report.moved).toHaveLength(1);
    expect(report.moved[0]).toMatchObject({ how: 'approximate', textChanged: true });
    expect(report.moved[0]?.score).toBeLessThan(1);
  });

  it('follows the threshold it is given', () => {
    const changed = NEW.replace('the talks were useful', 'talks had been useful');
    const strict = reAnchorFiles([], events([quote()]), articles(changed), { threshold: 0.99 });
    expect(strict.unplaced.map((u) => u.reason)).toEqual(['not found in the article, even approximately']);
    const lax = reAnchorFiles([], events([quote()]), articles(changed), { threshold: 0.5 });
    expect(lax.unplaced).toEqual([]);
    expect(lax.moved).toHaveLength(1);
  });
});

describe('a span left as it was', () => {
  it('names the source that has no article', () => {
    const q = quote();
    const report = reAnchorFiles([], events([q], 'nowhere'), articles());
    expect(report.unplaced).toEqual([
      { path: '$.events[0].accounts[0].quotes[0]', text: said, reason: 'no article for source "nowhere"' },
    ]);
    expect(q).toEqual(quote());
    const bare = reAnchorFiles([], events([{ start: 0, end: 1 }], 'nowhere'), articles());
    expect(bare.unplaced[0]?.text).toBe('');
  });

  it('is refused when its words are nowhere, even approximately', () => {
    const report = reAnchorFiles(
      [],
      events([quote({ text: 'Nothing of the kind was said here at all.' })]),
      articles(),
    );
    expect(report.unplaced).toEqual([
      {
        path: '$.events[0].accounts[0].quotes[0]',
        text: 'Nothing of the kind was said here at all.',
        reason: 'not found in the article, even approximately',
      },
    ]);
    expect(report.moved).toEqual([]);
  });

  it('asks for a start when new words occur more than once, and only then', () => {
    const twice = `${NEW}\n${said}`;
    const report = reAnchorFiles([], events([{ text: said }]), articles(twice));
    expect(report.unplaced).toEqual([
      {
        path: '$.events[0].accounts[0].quotes[0]',
        text: said,
        reason: 'occurs 2 times; give a start near the one meant',
      },
    ]);
    const once = reAnchorFiles([], events([{ text: said }]), articles());
    expect(once.unplaced).toEqual([]);
    expect(once.moved[0]?.from).toEqual({ start: null, end: null });
    const withStart = reAnchorFiles(
      [],
      events([{ text: said, start: twice.lastIndexOf(said) }]),
      articles(twice),
    );
    expect(withStart.moved[0]?.to.start).toBe(twice.lastIndexOf(said));
    const withPrefix = reAnchorFiles([], events([{ text: said, prefix: 'story.\n' }]), articles(twice));
    expect(withPrefix.moved[0]?.to.start).toBe(twice.lastIndexOf(said));
    const withSuffix = reAnchorFiles([], events([{ text: said, suffix: '\nEnd' }]), articles(twice));
    expect(withSuffix.moved[0]?.to.start).toBe(at(twice, said));
  });
});

describe('a span without words', () => {
  it('takes them and its context from its offsets, when they lie in the article', () => {
    const headline = { start: shift, end: shift + 4, note: 'n' };
    const end = { start: NEW.length - 6, end: NEW.length };
    const report = reAnchorFiles([{ id: 's1', headline, credits: [end] }], [], articles());
    expect(report.captured).toEqual(['$.sources[0].headline', '$.sources[0].credits[0]']);
    expect(report.moved).toEqual([]);
    expect(headline).toEqual({
      start: shift,
      end: shift + 4,
      text: 'Line',
      prefix: NEW.slice(0, shift),
      suffix: NEW.slice(shift + 4, shift + 36),
      note: 'n',
    });
    expect(end).toMatchObject({ text: 'story.', suffix: '' });
  });

  it('is refused when its offsets are empty, reversed, past the article or missing', () => {
    const spans = [
      { start: 3, end: 3 },
      { start: 4, end: 3 },
      { start: NEW.length - 6, end: NEW.length + 1 },
      { end: 3 },
      { start: 0 },
      { start: 0, end: 3, text: '' },
    ];
    const report = reAnchorFiles([{ id: 's1', credits: spans }], [], articles());
    expect(report.captured).toEqual(['$.sources[0].credits[5]']);
    expect(report.unplaced.map((u) => [u.path, u.text, u.reason])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [
        `$.sources[0].credits[${i}]`,
        '',
        'no text, and its offsets are not in the article',
      ]),
    );
  });
});

describe('out-of-scope parts', () => {
  const footer = 'Footer: The minister said the talks were useful.';
  const OLD2 = `${OLD}\n${footer}`;
  const NEW2 = `${NEW}\n${footer}`;
  const part = (text = footer, from = OLD2): Record<string, unknown> => ({
    start: at(from, text),
    end: at(from, text) + text.length,
    text,
  });

  it('are placed before the spans that must keep out of them', () => {
    const q = { text: said, prefix: 'Footer: ' };
    const report = reAnchorFiles([{ id: 's1', outOfScope: [part()] }], events([q]), articles(NEW2));
    expect(report.unplaced).toEqual([]);
    // The context points at the footer's copy; the part keeps the quote out of it.
    expect(q).toMatchObject({ start: at(NEW2, said) });
  });

  it('refuse a span found only inside one, saying so', () => {
    const moved = NEW2.replace(said, 'The minister left.');
    const report = reAnchorFiles(
      [{ id: 's1', outOfScope: [part()] }],
      events([{ text: said }]),
      articles(moved),
    );
    expect(report.unplaced.map((u) => u.reason)).toEqual([
      'found only inside an out-of-scope part of the article',
    ]);
  });

  it('let a span that stood inside one be placed there again', () => {
    const q = { start: at(OLD2, footer) + 8, end: at(OLD2, footer) + 8 + said.length, text: said };
    const moved = NEW2.replace(said, 'The minister left.');
    const report = reAnchorFiles([{ id: 's1', outOfScope: [part()] }], events([q]), articles(moved));
    expect(report.unplaced).toEqual([]);
    expect(q.start).toBe(at(moved, footer) + 8);
  });

  it('keep out a span that only touched one before', () => {
    const moved = NEW2.replace(said, 'The minister left.');
    const touching = { start: at(OLD2, footer) - said.length - 1, end: at(OLD2, footer), text: said };
    const report = reAnchorFiles([{ id: 's1', outOfScope: [part()] }], events([touching]), articles(moved));
    expect(report.unplaced.map((u) => u.reason)).toEqual([
      'found only inside an out-of-scope part of the article',
    ]);
  });

  it('are widened to whole lines when placed approximately, and not when found exactly', () => {
    const spaced = `${NEW}\n   Footer: The minister sayd the talks were useful.  \nLast.`;
    const p = part();
    const report = reAnchorFiles([{ id: 's1', outOfScope: [p] }], [], articles(spaced));
    const line = spaced.indexOf('   Footer');
    expect(report.moved[0]).toMatchObject({ how: 'approximate' });
    expect([p.start, p.end]).toEqual([line, spaced.indexOf('\nLast.')]);
    const exact = `${NEW}\n   ${footer}  \nLast.`;
    const q = part();
    reAnchorFiles([{ id: 's1', outOfScope: [q] }], [], articles(exact));
    expect([q.start, q.end]).toEqual([at(exact, footer), at(exact, footer) + footer.length]);
  });

  it('each keep their own article’s spans out, not another source’s', () => {
    const other = new Map([
      ['s1', NEW2.replace(said, 'The minister left.')],
      ['s2', NEW2],
    ]);
    const report = reAnchorFiles(
      [
        { id: 's1', outOfScope: [part()] },
        { id: 's2', outOfScope: [] },
      ],
      events([{ text: said, prefix: 'Footer: ' }], 's2'),
      other,
    );
    expect(report.unplaced).toEqual([]);
  });
});

describe('briefing quote references', () => {
  const briefings = (quotes: unknown[], event = 'e1'): unknown[] => [
    'x',
    { items: ['x', { event: 3 }, { event, quotes }] },
  ];

  it('follow their quotes to the new offsets', () => {
    const old = { source: 's1', start: at(OLD, said), end: at(OLD, said) + said.length };
    const stays = { source: 's1', start: 0, end: 4 };
    const other = { source: 's2', start: old.start, end: old.end };
    const b = briefings(['x', { start: 1 }, old, stays, other, { ...old, end: 'x' }]);
    const report = reAnchorFiles([], events([quote()]), articles(), { briefings: b });
    expect(report.references).toEqual(['$.briefings[1].items[2].quotes[2]']);
    expect(old).toEqual({ source: 's1', start: at(NEW, said), end: at(NEW, said) + said.length });
    expect(stays).toEqual({ source: 's1', start: 0, end: 4 });
    expect(other).toEqual({ source: 's2', start: at(OLD, said), end: at(OLD, said) + said.length });
  });

  it('of another event stay where they were', () => {
    const old = { source: 's1', start: at(OLD, said), end: at(OLD, said) + said.length };
    const report = reAnchorFiles([], events([quote()]), articles(), { briefings: briefings([old], 'e2') });
    expect(report.references).toEqual([]);
    expect(old.start).toBe(at(OLD, said));
  });

  it('are not followed for a quote that had no offsets', () => {
    const ref = { source: 's1', start: 0, end: 0 };
    const report = reAnchorFiles([], events([{ text: said }]), articles(), { briefings: briefings([ref]) });
    expect(report.references).toEqual([]);
  });
});

describe('the files’ odd corners', () => {
  it('skip what is not a source, an event, a briefing, an item or a reference, and ids that are not strings', () => {
    const q = quote();
    const ref = { source: 's1', start: q.start, end: q.end };
    const report = reAnchorFiles(
      [null, { id: 7, headline: { start: 0, end: 4, text: 'Line' } }, { id: 's1' }],
      [
        null,
        { id: 5, accounts: [{ source: 's1', quotes: [quote()] }] },
        { id: 'e1', accounts: [{ source: 's1', quotes: [q] }] },
      ],
      articles(),
      {
        briefings: [
          null,
          {
            items: [
              null,
              { event: '5', quotes: [{ ...ref }] },
              { event: 'e1', quotes: [null, { ...ref, source: 5 }, ref] },
            ],
          },
        ],
      },
    );
    expect(report.total).toBe(2);
    expect(report.unplaced).toEqual([]);
    expect(report.references).toEqual(['$.briefings[1].items[2].quotes[2]']);
  });

  it('follow no reference by a source that is not a string, even one spelled like an article', () => {
    const five = new Map([['5', NEW]]);
    const ref = { source: 5, start: at(OLD, said), end: at(OLD, said) + said.length };
    const report = reAnchorFiles([], events([quote()], '5'), five, {
      briefings: [{ items: [{ event: 'e1', quotes: [ref] }] }],
    });
    expect(report.references).toEqual([]);
    expect(ref.start).toBe(at(OLD, said));
  });

  it('read an offset that is not a whole number as none, and words that are not a string as none', () => {
    const q = { start: 3.5, end: at(OLD, said) + said.length, text: said };
    const report = reAnchorFiles([], events([q]), articles());
    expect(report.moved[0]?.from).toEqual({ start: null, end: at(OLD, said) + said.length });
    const credit = { start: shift, end: shift + 4, text: 5 };
    const captured = reAnchorFiles([{ id: 's1', credits: [credit] }], [], articles());
    expect(captured.captured).toEqual(['$.sources[0].credits[0]']);
    expect(credit.text).toBe('Line');
  });

  it('list a span as moved when only its start changes, or only its words', () => {
    const start = at(OLD, said);
    const early = { start: start - 1, end: start + said.length, text: said };
    expect(reAnchorFiles([], events([early]), articles(OLD)).moved.map((m) => m.to)).toEqual([
      { start, end: start + said.length },
    ]);
    const respaced = { start, end: start + said.length, text: said.replace('the talks', 'the  talks') };
    const moved = reAnchorFiles([], events([respaced]), articles(OLD)).moved;
    expect(moved.map((m) => [m.to, m.textChanged])).toEqual([[{ start, end: start + said.length }, true]]);
  });

  it('place by the stored words after a span when they point at a later copy', () => {
    const twice = `${NEW}\n${said}\nTail.`;
    const report = reAnchorFiles([], events([{ text: said, suffix: '\nTail.' }]), articles(twice));
    expect(report.moved[0]?.to.start).toBe(twice.lastIndexOf(said));
  });

  it('say a span is not found when it is in no part of the article, out of scope or not', () => {
    const footer = 'Footer: the end.';
    const report = reAnchorFiles(
      [{ id: 's1', outOfScope: [{ start: 0, end: footer.length, text: footer }] }],
      events([{ text: 'Nothing of the kind was said here at all.' }]),
      articles(`${NEW}\n${footer}`),
    );
    expect(report.unplaced.map((u) => u.reason)).toEqual(['not found in the article, even approximately']);
  });

  it('keep out a span that began just where an out-of-scope part ended, or had no start', () => {
    const footer = `Footer: ${said}`;
    const old = `${footer}${said}`;
    const part = { start: 0, end: footer.length, text: footer };
    const fresh = `${footer}\nNothing here.`;
    const after = { start: footer.length, end: old.length, text: said };
    const noStart = { end: old.length, text: said };
    for (const q of [after, noStart]) {
      const report = reAnchorFiles([{ id: 's1', outOfScope: [{ ...part }] }], events([q]), articles(fresh));
      expect(report.unplaced.map((u) => u.reason)).toEqual([
        'found only inside an out-of-scope part of the article',
      ]);
    }
  });

  it('let a span placed inside one of two out-of-scope parts back inside it', () => {
    const footer = `Footer: ${said}`;
    const old = `Header.\n${NEW}\n${footer}`;
    const moved = `Header.\n${NEW.replace(said, 'The minister left.')}\n${footer}`;
    const parts = [
      { start: 0, end: 7, text: 'Header.' },
      { start: old.indexOf(footer), end: old.length, text: footer },
    ];
    const q = { start: old.indexOf(footer) + 8, end: old.length, text: said };
    const report = reAnchorFiles([{ id: 's1', outOfScope: parts }], events([q]), articles(moved));
    expect(report.unplaced).toEqual([]);
    expect(q.start).toBe(moved.indexOf(footer) + 8);
  });

  it('keep out a span when an out-of-scope part without a start stands where it did', () => {
    const footer = `Footer: ${said}`;
    const old = `${NEW}\n${footer}`;
    const moved = old.replace(`${said}\nEnd`, 'The minister left.\nEnd');
    const part = { end: old.length, text: footer };
    const report = reAnchorFiles(
      [{ id: 's1', outOfScope: [part] }],
      events([quote({ start: at(old, said) })]),
      articles(moved),
    );
    expect(report.unplaced.map((u) => u.reason)).toEqual([
      'found only inside an out-of-scope part of the article',
    ]);
  });
});
