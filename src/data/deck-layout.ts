/**
 * The geometry of an exported deck: a 13.333 × 7.5 in slide (960 × 540 pt), text boxes placed in
 * points, and paragraphs whose height is estimated from character counts at their point size, on the
 * safe side of the fonts they name (measured in Chromium: Noto Naskh Arabic 0.40 em a character,
 * Noto Sans Arabic 0.44, bold 0.47; Latin text in Arial 0.47, Noto Sans 0.49, DejaVu Sans 0.53, at the
 * 95th percentile of the bundled texts). Pure: the PowerPoint and the PDF are drawn from these boxes.
 */
import { chunkByCost, splitAtLines, wrappedLines, type Lang } from '../domain';

/** The slide in points (72 to the inch): 13.333 × 7.5 in, 16:9. */
export const SLIDE_WIDTH = 960;
export const SLIDE_HEIGHT = 540;

/** Which face a run is set in: Arabic quotes, Arabic interface text, or Latin text. */
export type FontRole = 'quote' | 'arabic' | 'latin';

/** The fonts a deck names. The Arabic ones are the app's own; Arial is on every PowerPoint. */
export const DECK_FONTS: Readonly<Record<FontRole, string>> = {
  quote: 'Noto Naskh Arabic',
  arabic: 'Noto Sans Arabic',
  latin: 'Arial',
};

/** The language tags runs carry (PowerPoint wants a region). */
export const DECK_LANG: Readonly<Record<Lang, string>> = { ar: 'ar-SY', en: 'en-GB' };

/** Average advance of a character as a share of the size, with room for a substituted font. */
const EM: Readonly<Record<FontRole, readonly [number, number]>> = {
  quote: [0.46, 0.5],
  arabic: [0.46, 0.5],
  latin: [0.52, 0.56],
};
/** Line height as a share of the size: Arabic script needs more room above and below. */
export const LINE: Readonly<Record<FontRole, number>> = { quote: 1.7, arabic: 1.6, latin: 1.3 };

export interface DeckRun {
  readonly text: string;
  readonly lang: Lang;
  readonly font: FontRole;
  readonly bold?: boolean;
  /** RGB hex without '#'. */
  readonly color?: string;
}

/** What a paragraph is, for the renderers' colours and for tests. */
export type ParagraphRole =
  'title' | 'subtitle' | 'meta' | 'heading' | 'label' | 'body' | 'quote' | 'translation' | 'footer';

export interface DeckParagraph {
  readonly role: ParagraphRole;
  readonly runs: readonly DeckRun[];
  readonly dir: 'rtl' | 'ltr';
  /** Font size in points. */
  readonly size: number;
  /** Exact line height in points. */
  readonly line: number;
  /** Space after the paragraph in points. */
  readonly after: number;
  /** Kept on the same slide as the paragraph after it (a label and its text). */
  readonly keepWithNext?: boolean;
}

/** A text box, in points from the slide's top left corner. */
export interface DeckBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paragraphs: readonly DeckParagraph[];
}

/** A paragraph of runs in a direction, its line height from the roomiest face it uses. */
export function paragraph(
  role: ParagraphRole,
  runs: readonly DeckRun[],
  dir: 'rtl' | 'ltr',
  size: number,
  after = 0,
  keepWithNext = false,
): DeckParagraph {
  const line = Math.max(...runs.map((r) => LINE[r.font]), LINE.latin) * size;
  return {
    role,
    runs,
    dir,
    size,
    line: Math.round(line * 10) / 10,
    after,
    ...(keepWithNext ? { keepWithNext } : {}),
  };
}

export function paragraphText(p: DeckParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** How many characters of the paragraph a line of `width` points holds. */
function perLine(p: DeckParagraph, width: number): number {
  const em = Math.max(...p.runs.map((r) => EM[r.font][r.bold === true ? 1 : 0]));
  return width / (em * p.size);
}

export function paragraphLines(p: DeckParagraph, width: number): number {
  return wrappedLines(paragraphText(p), perLine(p, width));
}

export function paragraphHeight(p: DeckParagraph, width: number): number {
  return paragraphLines(p, width) * p.line + p.after;
}

export function stackHeight(paragraphs: readonly DeckParagraph[], width: number): number {
  return paragraphs.reduce((h, p) => h + paragraphHeight(p, width), 0);
}

/** The runs covering [from, to) of the paragraph's text. */
function sliceRuns(runs: readonly DeckRun[], from: number, to: number): DeckRun[] {
  const out: DeckRun[] = [];
  let at = 0;
  for (const r of runs) {
    const a = Math.max(from, at);
    const b = Math.min(to, at + r.text.length);
    if (b > a) out.push({ ...r, text: r.text.slice(a - at, b - at) });
    at += r.text.length;
  }
  return out;
}

/**
 * Cuts a paragraph at word boundaries: the first piece fits `firstRoom` points (possibly nothing),
 * each other piece `room`. Joining the pieces' text gives the paragraph's text back.
 */
export function splitParagraph(
  p: DeckParagraph,
  width: number,
  firstRoom: number,
  room: number,
): DeckParagraph[] {
  const text = paragraphText(p);
  const chars = perLine(p, width);
  const lines = (h: number): number => Math.floor((h - p.after) / p.line);
  const pieces: string[] = [];
  let rest = text;
  if (lines(firstRoom) >= 1) {
    const [first] = splitAtLines(rest, chars, lines(firstRoom));
    pieces.push(first ?? '');
    rest = rest.slice((first ?? '').length);
  } else pieces.push('');
  if (rest !== '') pieces.push(...splitAtLines(rest, chars, Math.max(1, lines(room))));
  let at = 0;
  return pieces.map((piece) => {
    const runs = sliceRuns(p.runs, at, at + piece.length);
    at += piece.length;
    return { ...p, runs };
  });
}

/**
 * Groups paragraphs into stacks no taller than `room`, in order, cutting a paragraph that does not
 * fit where it falls; a paragraph marked `keepWithNext` moves on with the next one's first line.
 */
export function fitStack(
  paragraphs: readonly DeckParagraph[],
  width: number,
  room: number,
): DeckParagraph[][] {
  const stacks: DeckParagraph[][] = [];
  let current: DeckParagraph[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) stacks.push(current);
    current = [];
    used = 0;
  };
  paragraphs.forEach((p, i) => {
    const h = paragraphHeight(p, width);
    const next = paragraphs[i + 1];
    const glue = p.keepWithNext === true && next !== undefined ? next.line + next.after : 0;
    if (used + h + glue <= room) {
      current.push(p);
      used += h;
      return;
    }
    if (h + glue <= room && current.length > 0) {
      flush();
      current.push(p);
      used = h;
      return;
    }
    for (const piece of splitParagraph(p, width, room - used, room)) {
      if (piece.runs.length === 0) {
        flush();
        continue;
      }
      const ph = paragraphHeight(piece, width);
      if (used + ph > room) flush();
      current.push(piece);
      used += ph;
    }
  });
  flush();
  return stacks;
}

/** Cuts items into slides whose summed height (with `gap` between them) stays within `room`. */
export function fitItems<T>(
  items: readonly T[],
  height: (item: T) => number,
  gap: number,
  room: number,
): T[][] {
  return chunkByCost(items, (item) => height(item) + gap, room + gap);
}
