/**
 * The briefing as a deck file from the browser: "Download as PowerPoint" writes the .pptx (pptxgenjs is
 * loaded only then), "Save as PDF" prints the same slides, one 16:9 page each, through the browser's
 * print dialog. The deck is the briefing the view names (the store's `briefingId`, which the
 * presentation shows and the address mirrors), else the story's main events, in the interface's
 * language and date display.
 */
import { deckBriefing, planDeck, type Deck } from '../data/deck';
import { buildDeckPages, deckStyleElement } from '../data/deck-html';
import { fileStem, indexDataset, type Dataset } from '../domain';
import type { ViewState } from '../state';
import { offerFile } from './exports';

export type DeckFormat = 'pptx' | 'pdf';

/** What a deck file is made of: the view (`briefingId`, the one the presentation shows), language and display. */
export type DeckView = Pick<ViewState, 'briefingId' | 'lang' | 'display'>;

/** The deck of the briefing the view names (when the dataset holds it), else of the story's main events. */
export function deckOf(dataset: Dataset, view: DeckView): { deck: Deck; name: string } {
  const { lang, display } = view;
  const asked = view.briefingId;
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
export async function downloadPptx(dataset: Dataset, view: DeckView): Promise<void> {
  const { deck, name } = deckOf(dataset, view);
  const { writePptx } = await import('../data/deck-pptx');
  const bytes = await writePptx(deck);
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  offerFile(bytes as Uint8Array<ArrayBuffer>, type, `${name}.pptx`);
}

/**
 * Prints the deck: its pages and their style are added for the print dialog only (the handout is not
 * drawn meanwhile) and removed when it closes. The page title becomes the suggested file name.
 */
export function printDeck(dataset: Dataset, view: DeckView): void {
  const { deck } = deckOf(dataset, view);
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
