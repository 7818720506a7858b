/**
 * The deck as printable pages: one 13.333 × 7.5 in page a slide, each planned box placed where the
 * PowerPoint places it, built through the given document with `textContent` only (dataset text never
 * becomes HTML). The browser prints it through its print dialog ("Save as PDF"); the command line
 * prints the same pages in headless Chromium. Framework-free, so both can use it.
 */
import { DECK_LANG, type DeckParagraph, type DeckRun, type FontRole } from './deck-layout';
import type { Deck } from './deck';

/** Font stacks for the pages: the app's own fonts (Noto Sans Arabic carries Latin letters too). */
export const DECK_CSS_FONTS: Readonly<Record<FontRole, string>> = {
  quote: "'Noto Naskh Arabic', 'Noto Sans Arabic', serif",
  arabic: "'Noto Sans Arabic', sans-serif",
  latin: "'Noto Sans Arabic', Arial, sans-serif",
};

/**
 * The pages' style: while `<html data-print="deck">` is set, printing shows the deck alone, one slide a
 * page with no margin; otherwise the deck is never seen. Inserted only while the deck is printed, so
 * that it overrides the handout's page size and leaves nothing behind.
 */
export const DECK_STYLE = `
@page { size: 13.333in 7.5in; margin: 0; }
.deck-print { display: none; }
@media print {
  html[data-print='deck'] body > :not(.deck-print) { display: none !important; }
  html[data-print='deck'] .deck-print { display: block; }
  html[data-print='deck'], html[data-print='deck'] body { margin: 0; padding: 0; background: #fff; }
}
.deck-page {
  position: relative;
  inline-size: 13.333in;
  block-size: 7.5in;
  overflow: hidden;
  break-after: page;
  background: #fff;
  color: #000;
  print-color-adjust: exact;
}
.deck-page:last-child { break-after: auto; }
.deck-box { position: absolute; margin: 0; }
.deck-box p { margin: 0; overflow-wrap: anywhere; }
.deck-box p[dir='rtl'] { text-align: right; }
.deck-box p[dir='ltr'] { text-align: left; }
`;

const pt = (n: number): string => `${n}pt`;

function runElement(doc: Document, run: DeckRun, paragraphLang: string): HTMLElement {
  // A run in another language than its paragraph is isolated in its own direction.
  const own = DECK_LANG[run.lang] === paragraphLang;
  const el = doc.createElement(own ? 'span' : 'bdi');
  if (!own) {
    el.lang = DECK_LANG[run.lang];
    el.dir = run.lang === 'ar' ? 'rtl' : 'ltr';
  }
  el.textContent = run.text;
  el.style.fontFamily = DECK_CSS_FONTS[run.font];
  el.style.fontWeight = run.bold === true ? '600' : '400';
  el.style.color = `#${run.color ?? '000000'}`;
  return el;
}

function paragraphElement(doc: Document, p: DeckParagraph): HTMLElement {
  const el = doc.createElement('p');
  el.dir = p.dir;
  el.lang = DECK_LANG[p.dir === 'rtl' ? 'ar' : 'en'];
  el.dataset.role = p.role;
  // The paragraph's own face is its first run's, so that its lines keep their exact height.
  el.style.fontFamily = DECK_CSS_FONTS[p.runs[0]?.font ?? 'latin'];
  el.style.fontSize = pt(p.size);
  el.style.lineHeight = pt(p.line);
  el.style.marginBlockEnd = pt(p.after);
  for (const run of p.runs) el.append(runElement(doc, run, el.lang));
  return el;
}

/** The deck's pages, in a `.deck-print` element to add to the body. */
export function buildDeckPages(doc: Document, deck: Deck): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'deck-print';
  root.lang = DECK_LANG[deck.lang];
  root.dir = deck.lang === 'ar' ? 'rtl' : 'ltr';
  deck.slides.forEach((slide, i) => {
    const page = doc.createElement('section');
    page.className = 'deck-page';
    page.dataset.slide = String(i + 1);
    for (const b of slide.boxes) {
      const el = doc.createElement('div');
      el.className = 'deck-box';
      el.style.left = pt(b.x);
      el.style.top = pt(b.y);
      el.style.width = pt(b.w);
      el.style.height = pt(b.h);
      for (const p of b.paragraphs) el.append(paragraphElement(doc, p));
      page.append(el);
    }
    root.append(page);
  });
  return root;
}

/** The `<style>` element of the pages. */
export function deckStyleElement(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.dataset.deck = 'print';
  style.textContent = DECK_STYLE;
  return style;
}
