/**
 * Where the deck puts things and how it marks them: the header and footer of every event slide (the
 * slide number at the line's end, right in English and left in Arabic), the title slide centred, an
 * English quote's translation left of its original and an Arabic deck's quotes across the slide,
 * blocks 14 pt apart, labels and the words that say where accounts part in their colours.
 */
import { describe, expect, it } from 'vitest';
import { deckBriefing, planDeck, SIZES, type Deck, type DeckSlide } from '../../src/data/deck';
import {
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  paragraphLines,
  paragraphText,
  stackHeight,
  type DeckParagraph,
} from '../../src/data/deck-layout';
import {
  indexDataset,
  sourceLabel,
  sourceTitle,
  type BriefingId,
  type EventId,
  type Lang,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const story = deckBriefing(index, null);
if (typeof story === 'string') throw new Error(story);
const decks: Record<Lang, Deck> = {
  ar: planDeck({ index, briefing: story, lang: 'ar' }),
  en: planDeck({ index, briefing: story, lang: 'en' }),
};
const MARGIN = 48;
const INNER = SLIDE_WIDTH - 2 * MARGIN;
const COLUMN = (INNER - 28) / 2;
const GAP = 14;
const CALL = 'call-2024-06-25';

const paragraphsOf = (s: DeckSlide): DeckParagraph[] => s.boxes.flatMap((b) => b.paragraphs);
const slidesOf = (deck: Deck, kind: DeckSlide['kind'], event = CALL): DeckSlide[] =>
  deck.slides.filter((s) => s.kind === kind && s.eventId === event);

describe('every slide after the title', () => {
  it.each(['en', 'ar'] as const)(
    'ends with its footer and number, the number at the line’s end (%s)',
    (lang) => {
      const deck = decks[lang];
      deck.slides.slice(1).forEach((s, i) => {
        const [text, number] = s.boxes.slice(-2);
        const where = `slide ${i + 2}`;
        expect([text?.y, number?.y], where).toEqual([SLIDE_HEIGHT - 36, SLIDE_HEIGHT - 36]);
        expect([text?.w, number?.w], where).toEqual([INNER - 120 - GAP, 120]);
        expect([text?.x, number?.x], where).toEqual(
          lang === 'en' ? [MARGIN, MARGIN + INNER - 120] : [MARGIN + 120 + GAP, MARGIN],
        );
        for (const p of [...(text?.paragraphs ?? []), ...(number?.paragraphs ?? [])]) {
          expect(p).toMatchObject({ role: 'footer', size: SIZES.footer, dir: lang === 'ar' ? 'rtl' : 'ltr' });
          expect(paragraphLines(p, text?.w ?? 0)).toBe(1);
          for (const r of p.runs) expect(r.color).toBe('333333');
        }
      });
      expect(decks.en.slides[0]?.boxes).toHaveLength(1);
    },
  );

  it('names the deck in its footer, or on English quote slides says the translations are Riwayat’s', () => {
    for (const s of decks.en.slides.slice(1)) {
      const footer = paragraphText(s.boxes.at(-2)?.paragraphs[0] as DeckParagraph);
      if (s.kind === 'quotes') expect(footer).toMatch(/^Translations: English renderings made for Riwayat/);
      else expect(decks.en.title.startsWith(footer.replace(/…$/, ''))).toBe(true);
    }
    for (const s of decks.ar.slides.slice(1))
      expect(
        decks.ar.title.startsWith(
          paragraphText(s.boxes.at(-2)?.paragraphs[0] as DeckParagraph).replace(/…$/, ''),
        ),
      ).toBe(true);
  });

  it('opens with the event’s date and how it is known, then its title just under it', () => {
    for (const deck of Object.values(decks))
      for (const s of deck.slides.slice(1)) {
        const [meta, title] = s.boxes;
        expect([meta?.x, meta?.y, meta?.w]).toEqual([MARGIN, 26, INNER]);
        expect(meta?.paragraphs[0]).toMatchObject({ role: 'meta', size: SIZES.meta });
        expect(meta?.paragraphs[0]?.runs[0]?.color).toBe('333333');
        expect([title?.x, title?.y, title?.w]).toEqual([MARGIN, (meta?.y ?? 0) + (meta?.h ?? 0) + 4, INNER]);
        expect(title?.paragraphs[0]).toMatchObject({ role: 'title', size: SIZES.title });
        expect(title?.paragraphs[0]?.runs.every((r) => r.bold === true)).toBe(true);
      }
  });

  it('puts the first block 16 pt under the title, or the heading there and the blocks under it', () => {
    for (const deck of Object.values(decks))
      for (const s of deck.slides.slice(1)) {
        const title = s.boxes[1];
        const top = (title?.y ?? 0) + (title?.h ?? 0) + 16;
        const third = s.boxes[2];
        expect(third?.y).toBe(top);
        if (s.kind !== 'opening') {
          expect(third?.paragraphs[0]?.role).toBe('heading');
          expect(s.boxes[3]?.y).toBe(top + (third?.h ?? 0));
        }
      }
  });
});

describe('the blocks of a slide', () => {
  it('stand 14 pt apart', () => {
    const s = slidesOf(decks.ar, 'quotes').find((x) => x.boxes.length > 5);
    if (s === undefined) throw new Error('no slide of two quotes');
    const blocks = s.boxes.slice(3, -2);
    for (let i = 1; i < blocks.length; i++)
      expect(blocks[i]?.y).toBeCloseTo(
        (blocks[i - 1]?.y ?? 0) + stackHeight(blocks[i - 1]?.paragraphs ?? [], INNER) + GAP,
        6,
      );
  });

  it('set an English quote’s translation left of its Arabic original, side by side', () => {
    for (const s of slidesOf(decks.en, 'quotes')) {
      const blocks = s.boxes.slice(3, -2);
      expect(blocks.length % 2).toBe(0);
      for (let i = 0; i < blocks.length; i += 2) {
        const [left, right] = [blocks[i], blocks[i + 1]];
        expect([left?.x, left?.w, right?.x, right?.w]).toEqual([
          MARGIN,
          COLUMN,
          MARGIN + COLUMN + 28,
          COLUMN,
        ]);
        expect(left?.y).toBe(right?.y);
        expect(left?.paragraphs[0]?.role).toBe('translation');
        expect(right?.paragraphs.every((p) => p.role === 'quote')).toBe(true);
      }
    }
  });

  it('set an Arabic deck’s quotes across the slide, with no translation', () => {
    for (const s of slidesOf(decks.ar, 'quotes'))
      for (const b of s.boxes.slice(3, -2)) {
        expect([b.x, b.w]).toEqual([MARGIN, INNER]);
        expect(b.paragraphs.every((p) => p.role === 'quote' && p.after === 4 && p.size === SIZES.quote)).toBe(
          true,
        );
      }
  });

  it('mark an English rendering in bold blue, followed by a space', () => {
    for (const s of slidesOf(decks.en, 'quotes'))
      for (const p of paragraphsOf(s).filter((x) => x.role === 'translation')) {
        expect(p.runs[0]).toEqual({
          text: 'Translation',
          lang: 'en',
          font: 'latin',
          bold: true,
          color: '1864AB',
        });
        expect(p.runs[1]).toEqual({ text: ' ', lang: 'en', font: 'latin' });
        expect([p.size, p.after, p.dir]).toEqual([SIZES.body, 4, 'ltr']);
      }
  });

  it('head each source’s slides with its outlet in bold, at heading size', () => {
    for (const deck of Object.values(decks))
      for (const s of slidesOf(deck, 'quotes')) {
        const heading = s.boxes[2]?.paragraphs[0];
        expect(heading).toMatchObject({ role: 'heading', size: SIZES.heading, after: 6 });
        // The name's lead in bold ("Unnamed site citing **Reuters**"); what follows the name is not.
        expect(heading?.runs.some((r) => r.bold === true)).toBe(true);
        expect(heading?.runs.at(-1)?.bold).toBeUndefined();
      }
  });

  it.each(['en', 'ar'] as const)(
    'name each source as the screen does: the lead in bold, the words around it in grey (%s)',
    (lang) => {
      const call = story.entries.find((e) => e.event.id === CALL);
      const headings = slidesOf(decks[lang], 'quotes')
        .filter((s) => s.eventId === CALL)
        .map((s) => s.boxes[2]?.paragraphs[0]);
      const names = (call?.reporting ?? []).map((s) => sourceLabel(s, lang));
      expect(names.length).toBeGreaterThan(1);
      for (const h of headings) {
        const text = paragraphText(h!);
        const source = (call?.reporting ?? []).find((s) => text.startsWith(sourceLabel(s, lang)));
        expect(source, text).toBeDefined();
        // Never the dataset's description of the article ("Reuters-based report").
        expect(text.includes(source!.outlet[lang])).toBe(false);
        const lead = h!.runs
          .filter((r) => r.bold === true)
          .map((r) => r.text)
          .join('');
        expect(lead).toBe(sourceTitle(source!).lead[lang]);
        // Where the article names no site, the words around the lead say so, in grey.
        if (!sourceTitle(source!).siteKnown) {
          const around = h!.runs.filter((r) => r.bold !== true && text.startsWith(r.text) && r.text !== '');
          expect(around.map((r) => r.color)).toEqual(['333333']);
        }
      }
      expect(
        new Set(
          headings.map((h) =>
            sourceLabel(
              (call?.reporting ?? []).find((s) => paragraphText(h!).startsWith(sourceLabel(s, lang)))!,
              lang,
            ),
          ),
        ),
      ).toEqual(new Set(names));
    },
  );
});

describe('an event’s opening', () => {
  it.each(['en', 'ar'] as const)(
    'labels each part in bold grey and keeps the label with its text (%s)',
    (lang) => {
      const labels = slidesOf(decks[lang], 'opening').flatMap((s) =>
        paragraphsOf(s).filter((p) => p.role === 'label'),
      );
      expect(labels.map(paragraphText)).toEqual(
        lang === 'en'
          ? ['How the date is known', 'In short', 'Told by']
          : ['كيف عُرف التاريخ', 'باختصار', 'المصادر التي روته'],
      );
      for (const p of labels) {
        expect(p).toMatchObject({ size: SIZES.body, after: 2, keepWithNext: true });
        expect(p.runs).toEqual([
          {
            text: paragraphText(p),
            lang,
            font: lang === 'en' ? 'latin' : 'arabic',
            bold: true,
            color: '444444',
          },
        ]);
      }
    },
  );

  it('says how the date is known in bold, then the dataset’s note', () => {
    const [how] = slidesOf(decks.en, 'opening');
    const p = how?.boxes[2]?.paragraphs[1];
    expect(p?.runs[0]).toEqual({ text: 'Date from a weekday name. ', lang: 'en', font: 'latin', bold: true });
    expect(p?.runs.slice(1).every((r) => r.bold === undefined)).toBe(true);
  });

  it('names each source that tells the event with how many passages it quotes', () => {
    const call = story.entries.find((e) => e.event.id === CALL);
    const told = slidesOf(decks.en, 'opening')
      .flatMap(paragraphsOf)
      .filter((p) => p.role === 'body' && p.after === 2)
      .map(paragraphText);
    expect(told).toEqual(
      (call?.reporting ?? []).map((s) => {
        const n = call?.event.accounts.find((a) => a.source === s.id)?.quotes.length ?? 0;
        return `${sourceLabel(s, 'en')} · ${n} passage${n === 1 ? '' : 's'}`;
      }),
    );
  });
});

describe('where the accounts part', () => {
  it.each(['en', 'ar'] as const)(
    'says who alone carries a claim or leaves it out in orange, who words it differently in violet (%s)',
    (lang) => {
      const lines = slidesOf(decks[lang], 'diverge')
        .flatMap(paragraphsOf)
        .filter((p) => p.role === 'body' && p.after === 4);
      expect(lines.length).toBeGreaterThan(3);
      const kinds = new Set<string>();
      for (const p of lines) {
        const [head, ...rest] = p.runs;
        expect(head?.bold).toBe(true);
        const how = head?.text ?? '';
        kinds.add(how);
        expect(head?.color, how).toBe(
          /^(Worded differently by|اختلفت صياغته بين): $/.test(how) ? '5F3DC4' : 'A34700',
        );
        for (const r of rest) expect(r.color).toBe('333333');
      }
      expect([...kinds].sort()).toEqual(
        lang === 'en'
          ? ['Not in: ', 'Only in: ', 'Worded differently by: ']
          : ['اختلفت صياغته بين: ', 'لا يرد في: ', 'لم يرد إلا في: '],
      );
    },
  );

  it('gives each claim in full with who it is attributed to, in grey', () => {
    const claims = slidesOf(decks.en, 'diverge')
      .flatMap(paragraphsOf)
      .filter((p) => p.role === 'body' && p.after === 2);
    const attributed = claims.filter((p) => p.runs.at(-1)?.text.startsWith(' (attributed to '));
    expect(attributed.length).toBeGreaterThan(0);
    for (const p of attributed) expect(p.runs.at(-1)?.color).toBe('333333');
  });
});

describe('the title slide', () => {
  it.each(['en', 'ar'] as const)(
    'is one box across the slide, centred a little above the middle (%s)',
    (lang) => {
      const [b] = decks[lang].slides[0]?.boxes ?? [];
      const h = stackHeight(b?.paragraphs ?? [], INNER);
      expect([b?.x, b?.w]).toEqual([MARGIN, INNER]);
      expect(b?.y).toBe(Math.round((SLIDE_HEIGHT - h) / 2 - 20));
      expect(b?.paragraphs[0]).toMatchObject({ role: 'title', size: SIZES.cover, after: 10 });
    },
  );

  it('says the story’s dates and number of events, and does not name the dataset twice', () => {
    expect(decks.en.slides[0]?.boxes[0]?.paragraphs.map(paragraphText)).toEqual([
      dataset.title.en,
      `24 February 2022 – June 2024 · ${story.entries.length} events`,
    ]);
  });

  it('cuts a long title to four lines and a subtitle to three, with an ellipsis', () => {
    const long = { ar: 'عنوان '.repeat(200), en: 'Title '.repeat(200) };
    const briefing = deckBriefing(
      indexDataset({
        ...dataset,
        briefings: [
          {
            id: 'long' as BriefingId,
            title: long,
            subtitle: long,
            items: [{ event: CALL as EventId }, { event: 'call-2022-05-13' as EventId }],
          },
        ],
      }),
      'long',
    );
    if (typeof briefing === 'string') throw new Error(briefing);
    const deck = planDeck({ index, briefing, lang: 'en' });
    const b = deck.slides[0]?.boxes[0];
    expect(b?.y).toBe(Math.round((SLIDE_HEIGHT - stackHeight(b?.paragraphs ?? [], INNER)) / 2 - 20));
    const [title, subtitle, name, facts] = b?.paragraphs ?? [];
    expect([title, subtitle, name].map((p) => paragraphLines(p as DeckParagraph, INNER))).toEqual([4, 3, 1]);
    const cut = paragraphText(title as DeckParagraph);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.en.startsWith(cut.slice(0, -1))).toBe(true);
    expect(subtitle).toMatchObject({ role: 'subtitle', size: SIZES.subtitle, after: 14 });
    expect(name).toMatchObject({ role: 'body', after: 6 });
    expect(paragraphText(facts as DeckParagraph)).toBe('13 May 2022 – 25 June 2024 · 2 events');
  });
});
