/**
 * `npm run export -- --format pptx|pdf`: the arguments, the errors that name what is wrong, and the
 * PDF as Chromium prints it (one 13.333 × 7.5 in page a slide, text with the app's fonts).
 */
import { existsSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deckOf, parseArgs, renderFile } from '../../src/cli/export';
import { chromiumPath, deckDocument } from '../../src/cli/export-pdf';
import type { Deck } from '../../src/data/deck';
import type { Briefing, BriefingId, Dataset, EventId } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const briefing: Briefing = {
  id: 'june' as BriefingId,
  title: { ar: 'اتصال حزيران <b>', en: 'The June call <b>' },
  items: [{ event: 'call-2024-06-25' as EventId }],
};
const withBriefing: Dataset = { ...corpus, briefings: [briefing] };

describe('npm run export for decks', () => {
  it('reads --briefing for the decks only', () => {
    expect(parseArgs(['--format', 'pptx', '--briefing', 'june', '--out', 'x.pptx'])).toEqual({
      format: 'pptx',
      lang: 'ar',
      out: 'x.pptx',
      data: 'data',
      briefing: 'june',
    });
    expect(parseArgs(['--format', 'pdf', '--lang', 'en', '--out', 'x.pdf'])).toEqual({
      format: 'pdf',
      lang: 'en',
      out: 'x.pdf',
      data: 'data',
    });
    expect(parseArgs(['--format', 'csv', '--briefing', 'june', '--out', 'x'])).toBe(
      '--briefing applies to the decks (pptx, pdf), not to csv',
    );
  });

  it('names the briefings there are when the one asked for is not', async () => {
    expect(deckOf(withBriefing, 'en', 'nope')).toBe(
      'unknown briefing "nope": the dataset\'s briefings are june',
    );
    expect(await renderFile(corpus, { format: 'pptx', lang: 'ar', briefing: 'june' })).toBe(
      'unknown briefing "june": the dataset\'s briefings are calls-2022-2024',
    );
    const without = { ...corpus, briefings: [] };
    expect(await renderFile(without, { format: 'pptx', lang: 'ar', briefing: 'june' })).toBe(
      'unknown briefing "june": the dataset has no briefings',
    );
  });

  it('refuses a briefing that names what the dataset lacks', () => {
    const broken: Dataset = {
      ...corpus,
      briefings: [{ ...briefing, items: [{ event: 'no-such-event' as EventId }] }],
    };
    expect(deckOf(broken, 'ar', 'june')).toBe(
      'briefing "june" names what the dataset does not have: item 1: event no-such-event',
    );
  });

  it('writes the PowerPoint of a chosen briefing', async () => {
    const file = await renderFile(withBriefing, { format: 'pptx', lang: 'en', briefing: 'june' });
    if (typeof file === 'string') throw new Error(file);
    const zip = unzipSync(file.bytes as Uint8Array);
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(file.slides!);
    expect(strFromU8(zip['ppt/slides/slide1.xml']!)).toContain('<a:t>The June call &lt;b&gt;</a:t>');
  }, 20_000);

  it('builds the printed pages as text, never as markup', async () => {
    const deck = deckOf(withBriefing, 'ar', 'june') as Deck;
    const html = await deckDocument(deck);
    expect(html).toContain('<html lang="ar-SY" dir="rtl" data-print="deck">');
    expect(html).toContain('اتصال حزيران &lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(html.match(/class="deck-page"/g)).toHaveLength(deck.slides.length);
    expect(html).toContain('@page { size: 13.333in 7.5in; margin: 0; }');
    // jsdom takes a few seconds to load on a busy machine.
  }, 20_000);

  it.runIf(existsSync(chromiumPath()))(
    'prints the PDF with Chromium, one 16:9 page a slide',
    async () => {
      const file = await renderFile(withBriefing, { format: 'pdf', lang: 'ar', briefing: 'june' });
      if (typeof file === 'string') throw new Error(file);
      const pdf = Buffer.from(file.bytes as Uint8Array).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      const pages = [...pdf.matchAll(/\/Type\s*\/Page\b/g)];
      expect(pages).toHaveLength(file.slides!);
      // 13.333 × 7.5 in is 960 × 540 pt.
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/);
      // The app's own Arabic fonts, embedded.
      expect(pdf).toMatch(/NotoNaskhArabic/);
      expect(pdf).toMatch(/NotoSansArabic/);
    },
    20_000,
  );
});
