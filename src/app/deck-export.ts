/**
 * The briefing as a deck file from the browser: "Download as PowerPoint" writes the .pptx (pptxgenjs is
 * loaded only then), "Save as PDF" prints the same slides, one 16:9 page each, through the browser's
 * print dialog. The deck is the briefing the address names (`briefing=<id>`), else the story's main
 * events, in the interface's language and date display.
 */
import { deckBriefing, planDeck, type Deck } from '../data/deck';
import { buildDeckPages, deckStyleElement } from '../data/deck-html';
import { fileStem, indexDataset, type Dataset, type DateDisplay, type Lang } from '../domain';
import { address } from './address';
import { offerFile } from './exports';

export type DeckFormat = 'pptx' | 'pdf';

function deckOf(dataset: Dataset, lang: Lang, display: DateDisplay): { deck: Deck; name: string } {
  const asked = address().read().briefing;
  const id = asked !== null && (dataset.briefings ?? []).some((b) => b.id === asked) ? asked : null;
  const index = indexDataset(dataset);
  const resolved = deckBriefing(index, id);
  if (typeof resolved === 'string') throw new Error(resolved);
  return {
    deck: planDeck({ index, briefing: resolved, lang, display }),
    name: fileStem([id ?? 'story', lang]),
  };
}

/** Writes the deck as PowerPoint and offers it as a download. */
export async function downloadPptx(dataset: Dataset, lang: Lang, display: DateDisplay): Promise<void> {
  const { deck, name } = deckOf(dataset, lang, display);
  const { writePptx } = await import('../data/deck-pptx');
  const bytes = await writePptx(deck);
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  offerFile(bytes as Uint8Array<ArrayBuffer>, type, `${name}.pptx`);
}

/**
 * Prints the deck: its pages and their style are added for the print dialog only (the handout is not
 * drawn meanwhile) and removed when it closes. The page title becomes the suggested file name.
 */
export function printDeck(dataset: Dataset, lang: Lang, display: DateDisplay): void {
  const { deck } = deckOf(dataset, lang, display);
  const html = document.documentElement;
  const pages = buildDeckPages(document, deck);
  const style = deckStyleElement(document);
  const title = document.title;
  const done = (): void => {
    removeEventListener('afterprint', done);
    pages.remove();
    style.remove();
    delete html.dataset.print;
    document.title = title;
  };
  html.dataset.print = 'deck';
  document.head.append(style);
  document.body.append(pages);
  document.title = deck.title;
  addEventListener('afterprint', done);
  print();
}
