/**
 * The printed pages of a deck, built in a jsdom document: each slide a page numbered from 1, each
 * box placed in points, paragraphs and runs carrying their language, direction, face, weight and
 * colour, and dataset text only ever as text.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/data/deck';
import { DECK_CSS_FONTS, DECK_STYLE, buildDeckPages, deckStyleElement } from '../../src/data/deck-html';
import type { DeckParagraph, FontRole } from '../../src/data/deck-layout';

/** A face as the style sheet gives it back (CSS quotes family names with double quotes). */
const face = (role: FontRole): string => DECK_CSS_FONTS[role].replaceAll("'", '"');

const doc = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;

const arabic: DeckParagraph = {
  role: 'quote',
  dir: 'rtl',
  size: 22,
  line: 37.4,
  after: 6,
  runs: [
    { text: 'قال المتحدث <b>', lang: 'ar', font: 'quote' },
    { text: ' Reuters', lang: 'en', font: 'latin', bold: true, color: '1F5F8B' },
  ],
};
const english: DeckParagraph = {
  role: 'translation',
  dir: 'ltr',
  size: 20,
  line: 26,
  after: 0,
  runs: [
    { text: 'The spokesman said ', lang: 'en', font: 'latin' },
    { text: 'رويترز', lang: 'ar', font: 'arabic' },
  ],
};
const deck = (lang: 'ar' | 'en'): Deck => ({
  lang,
  title: 'T',
  slides: [
    { kind: 'title', boxes: [{ x: 48, y: 26.5, w: 864, h: 100, paragraphs: [arabic] }], notes: '' },
    {
      kind: 'quotes',
      eventId: 'e',
      boxes: [
        { x: 10, y: 20, w: 30, h: 40, paragraphs: [english] },
        { x: 50, y: 60, w: 70, h: 80, paragraphs: [] },
      ],
      notes: 'n',
    },
  ],
});

describe('buildDeckPages', () => {
  it('makes one page a slide, numbered from 1, in the deck’s language and direction', () => {
    const root = buildDeckPages(doc, deck('ar'));
    expect(root.tagName).toBe('DIV');
    expect(root.className).toBe('deck-print');
    expect(root.lang).toBe('ar-SY');
    expect(root.dir).toBe('rtl');
    const pages = [...root.children];
    expect(pages.map((p) => [p.tagName, p.className, (p as HTMLElement).dataset.slide])).toEqual([
      ['SECTION', 'deck-page', '1'],
      ['SECTION', 'deck-page', '2'],
    ]);
    const en = buildDeckPages(doc, deck('en'));
    expect([en.lang, en.dir]).toEqual(['en-GB', 'ltr']);
  });

  it('places every box in points where the slide has it', () => {
    const boxes = [...buildDeckPages(doc, deck('en')).querySelectorAll<HTMLElement>('div')];
    expect(
      boxes.map((b) => [
        b.className,
        b.style.left,
        b.style.top,
        b.style.width,
        b.style.height,
        b.children.length,
      ]),
    ).toEqual([
      ['deck-box', '48pt', '26.5pt', '864pt', '100pt', 1],
      ['deck-box', '10pt', '20pt', '30pt', '40pt', 1],
      ['deck-box', '50pt', '60pt', '70pt', '80pt', 0],
    ]);
  });

  it('gives each paragraph its direction, language, role, first run’s face and sizes in points', () => {
    const ps = [...buildDeckPages(doc, deck('en')).querySelectorAll<HTMLElement>('p')];
    expect(
      ps.map((p) => [
        p.dir,
        p.lang,
        p.dataset.role,
        p.style.fontFamily,
        p.style.fontSize,
        p.style.lineHeight,
        p.style.marginBlockEnd,
      ]),
    ).toEqual([
      ['rtl', 'ar-SY', 'quote', face('quote'), '22pt', '37.4pt', '6pt'],
      ['ltr', 'en-GB', 'translation', face('latin'), '20pt', '26pt', '0pt'],
    ]);
  });

  it('sets a paragraph without runs in the Latin face', () => {
    const empty: Deck = {
      lang: 'en',
      title: 'T',
      slides: [
        {
          kind: 'title',
          boxes: [{ x: 0, y: 0, w: 1, h: 1, paragraphs: [{ ...english, runs: [] }] }],
          notes: '',
        },
      ],
    };
    const p = buildDeckPages(doc, empty).querySelector('p');
    expect(p?.style.fontFamily).toBe(face('latin'));
    expect(p?.childNodes).toHaveLength(0);
  });

  it('isolates a run in another language than its paragraph, with its own language and direction', () => {
    const runs = [...buildDeckPages(doc, deck('ar')).querySelectorAll<HTMLElement>('p > *')];
    expect(runs.map((r) => [r.tagName, r.lang, r.dir, r.textContent])).toEqual([
      ['SPAN', '', '', 'قال المتحدث <b>'],
      ['BDI', 'en-GB', 'ltr', ' Reuters'],
      ['SPAN', '', '', 'The spokesman said '],
      ['BDI', 'ar-SY', 'rtl', 'رويترز'],
    ]);
  });

  it('gives each run its face, weight and colour (black unless it says)', () => {
    const runs = [...buildDeckPages(doc, deck('ar')).querySelectorAll<HTMLElement>('p > *')];
    expect(runs.map((r) => [r.style.fontFamily, r.style.fontWeight, r.style.color])).toEqual([
      [face('quote'), '400', 'rgb(0, 0, 0)'],
      [face('latin'), '600', 'rgb(31, 95, 139)'],
      [face('latin'), '400', 'rgb(0, 0, 0)'],
      [face('arabic'), '400', 'rgb(0, 0, 0)'],
    ]);
  });

  it('keeps markup in the text as text', () => {
    const root = buildDeckPages(doc, deck('ar'));
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<b>');
  });
});

describe('the pages’ fonts and style', () => {
  it('name the app’s own Arabic faces first, each with a generic fallback', () => {
    expect(DECK_CSS_FONTS).toEqual({
      quote: "'Noto Naskh Arabic', 'Noto Sans Arabic', serif",
      arabic: "'Noto Sans Arabic', sans-serif",
      latin: "'Noto Sans Arabic', Arial, sans-serif",
    });
  });

  it('is a style element marked as the deck’s, holding the page size and the print rules', () => {
    const style = deckStyleElement(doc);
    expect(style.tagName).toBe('STYLE');
    expect(style.dataset.deck).toBe('print');
    expect(style.textContent).toBe(DECK_STYLE);
    expect(DECK_STYLE).toContain('@page { size: 13.333in 7.5in; margin: 0; }');
    expect(DECK_STYLE).toContain("html[data-print='deck'] .deck-print { display: block; }");
    expect(DECK_STYLE).toContain(".deck-box p[dir='rtl'] { text-align: right; }");
  });
});
