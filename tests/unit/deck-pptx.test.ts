/**
 * The PowerPoint file as a user's program meets it: unzipped, its slide XML read for real text runs,
 * languages, directions, fonts and notes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deckBriefing, planDeck, type Deck } from '../../src/data/deck';
import { notesInLanguage, oneParagraphProperties, writePptx } from '../../src/data/deck-pptx';
import {
  indexDataset,
  type Briefing,
  type BriefingId,
  type Dataset,
  type EventId,
  type Lang,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const briefing: Briefing = {
  id: 'calls' as BriefingId,
  title: { ar: 'اتصالات وزيرَي الدفاع', en: 'The defence ministers’ calls' },
  notes: { ar: 'ابدأ بالسياق & الأرقام', en: 'Start with the <context> & numbers' },
  items: [
    {
      event: 'call-2022-05-13' as EventId,
      notes: { ar: 'السطر الأول\nالسطر الثاني', en: 'First line\nSecond line' },
    },
    { event: 'call-2024-06-25' as EventId },
  ],
};
const dataset: Dataset = { ...loadCorpus(), briefings: [briefing] };
const index = indexDataset(dataset);
const resolved = deckBriefing(index, 'calls');
if (typeof resolved === 'string') throw new Error(resolved);

interface Opened {
  readonly deck: Deck;
  readonly files: Record<string, string>;
  readonly slides: string[];
}

async function open(lang: Lang): Promise<Opened> {
  const deck = planDeck({ index, briefing: resolved as Exclude<typeof resolved, string>, lang });
  const zip = unzipSync(await writePptx(deck));
  const files = Object.fromEntries(Object.entries(zip).map(([name, data]) => [name, strFromU8(data)]));
  const slides = deck.slides.map((_, i) => files[`ppt/slides/slide${i + 1}.xml`] ?? '');
  return { deck, files, slides };
}

const decoded = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of a slide's XML, its runs joined. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => ({
    xml: m[1]!,
    text: decoded([...m[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join('')),
  }));
}

const decks = { ar: await open('ar'), en: await open('en') };

describe('the PowerPoint file', () => {
  it('is a 16:9 deck of 13.333 × 7.5 in with one slide per planned slide', () => {
    for (const { deck, files } of Object.values(decks)) {
      expect(files['ppt/presentation.xml']).toMatch(/<p:sldSz cx="1219\d{4}" cy="6858000"/);
      const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(deck.slides.length);
    }
  });

  it('holds every quote as text, exactly as in the article', () => {
    for (const { slides } of Object.values(decks)) {
      const texts = slides.flatMap(paragraphs).map((p) => p.text);
      for (const { event } of resolved.entries)
        for (const q of event.accounts.flatMap((a) => a.quotes))
          for (const line of q.text.split('\n').filter((l) => l.trim() !== '')) expect(texts).toContain(line);
    }
  });

  it('sets every Arabic quote right to left, tagged ar-SY, in Noto Naskh Arabic', () => {
    for (const { slides } of Object.values(decks)) {
      const quotes = slides.flatMap(paragraphs).filter((p) => p.xml.includes('typeface="Noto Naskh Arabic"'));
      expect(quotes.length).toBeGreaterThan(10);
      for (const q of quotes) {
        expect(q.xml).toMatch(/^<a:pPr rtl="1"\s+algn="r"/);
        expect(q.xml).toContain('lang="ar-SY"');
        expect(q.xml).not.toContain('lang="en-GB"');
      }
    }
  });

  it('writes the Arabic deck right to left in Noto Sans Arabic, the English one in Arial with marked translations', () => {
    const ar = decks.ar.slides.flatMap(paragraphs);
    for (const p of ar) {
      expect(p.xml).toMatch(/^<a:pPr rtl="1"/);
      expect(p.xml).not.toContain('lang="en-GB"');
    }
    expect(decks.ar.slides.join('')).toContain('typeface="Noto Sans Arabic"');
    expect(decks.ar.files['ppt/presentation.xml']).toContain('rtl="1"');
    const en = decks.en.slides.flatMap(paragraphs);
    const latin = en.filter((p) => !p.xml.includes('Noto Naskh Arabic'));
    for (const p of latin) expect(p.xml).not.toMatch(/^<a:pPr rtl="1"/);
    expect(decks.en.slides.join('')).toContain('<a:latin typeface="Arial"');
    const quotes = resolved.entries.flatMap((e) => e.event.accounts.flatMap((a) => a.quotes));
    const marked = en.filter((p) => p.text.startsWith('Translation '));
    expect(marked).toHaveLength(quotes.length);
    for (const q of quotes) expect(marked.map((p) => p.text)).toContain(`Translation ${q.en}`);
  });

  it('gives each paragraph its properties once, first, as the schema wants', () => {
    for (const { slides } of Object.values(decks))
      for (const p of slides.flatMap(paragraphs)) {
        expect(p.xml.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
        if (p.xml.includes('<a:pPr')) expect(p.xml.startsWith('<a:pPr')).toBe(true);
      }
  });

  it('carries the speaker notes, a paragraph a line, in the deck’s language', () => {
    const { files, deck } = decks.ar;
    const withNotes = deck.slides.filter((s) => s.notes !== '').length;
    const notes = Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes.length).toBeGreaterThanOrEqual(withNotes);
    const first = paragraphs(files['ppt/notesSlides/notesSlide1.xml']!);
    expect(first.map((p) => p.text)).toContain('ابدأ بالسياق & الأرقام');
    const second = paragraphs(files['ppt/notesSlides/notesSlide2.xml']!);
    const lines = second.filter((p) => p.text.startsWith('السطر'));
    expect(lines.map((p) => p.text)).toEqual(['السطر الأول', 'السطر الثاني']);
    for (const p of lines) expect(p.xml).toMatch(/^<a:pPr rtl="1" algn="r"\/><a:r><a:rPr lang="ar-SY"/);
    const en = paragraphs(decks.en.files['ppt/notesSlides/notesSlide1.xml']!);
    expect(en.map((p) => p.text)).toContain('Start with the <context> & numbers');
  });
});

describe('the repairs after pptxgenjs', () => {
  it('drop the paragraph properties repeated before later runs', () => {
    const xml =
      '<a:p><a:pPr rtl="1" algn="r"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr rtl="1"/><a:r><a:t>b</a:t></a:r></a:p>';
    expect(oneParagraphProperties(xml)).toBe(
      '<a:p><a:pPr rtl="1" algn="r"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>',
    );
  });

  it('leave other notes alone', () => {
    const xml = '<p:txBody><a:p><a:fld id="x" type="slidenum"><a:t>3</a:t></a:fld></a:p></p:txBody>';
    expect(notesInLanguage(xml, 'ar')).toBe(xml);
  });
});
