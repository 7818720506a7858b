/**
 * Presentation slides, planned without a browser: an event becomes an opening slide, then each
 * source's words in steps small enough to fit the slide at full size, then where the accounts part.
 * Sizes are estimates from character counts, made on the safe side; the e2e tests check them on screen.
 */
import {
  chunkByCost,
  divergeLine,
  partingOf,
  sharedOrigins,
  sourceLabel,
  wrappedLines,
  type ClaimRow,
  type Lang,
  type Quote,
  type Source,
  type SupportWords,
  type TimelineEvent,
} from '../../domain';

export { chunkByCost, wrappedLines } from '../../domain';

/** The room a step has, and the type it is set in (both in CSS pixels). */
export interface SlideBox {
  readonly width: number;
  readonly height: number;
  /** The body's font size. */
  readonly fontPx: number;
}

/** What opens an event: a line saying how its date is known, the summary, and who tells it. */
export type IntroBlock = 'date' | 'summary' | 'sources';

/** One source's words on a slide: all of them, or part `part` of `parts`. */
export interface QuoteGroup {
  readonly source: Source;
  readonly quotes: readonly Quote[];
  /** 1-based part of this source's words, of `parts`. */
  readonly part: number;
  readonly parts: number;
}

export type Slide =
  /** The opening; where the room allows, the first sources' words follow on it. */
  | { readonly kind: 'intro'; readonly blocks: readonly IntroBlock[]; readonly groups: readonly QuoteGroup[] }
  /** One source's words, or several sources' whole when they fit together. */
  | { readonly kind: 'quotes'; readonly groups: readonly QuoteGroup[] }
  | {
      readonly kind: 'diverge';
      readonly rows: readonly ClaimRow[];
      readonly part: number;
      readonly parts: number;
      /** How many of the event's diverging claims come on the slides after this one. */
      readonly after: number;
    };

/** Average advance of a character, as a share of the font size, with room to spare (measured: 0.41 / 0.47). */
const ARABIC_EM = 0.45;
const LATIN_EM = 0.5;
/** Line heights of the slide's CSS (`present.css`): Arabic script needs more. */
export const ARABIC_LINE = 1.65;
export const LATIN_LINE = 1.4;
/** Gap between two quotes, and between the two columns of an English slide, in ems. */
const QUOTE_GAP = 0.9;
const COLUMN_GAP = 1.5;
/** The heading of a step (the outlet's name, or the divergence heading), in lines of body text. */
const HEADING_LINES = 1.6;
/** Below this width an English slide puts each translation under its original, not beside it. */
export const SIDE_BY_SIDE_MIN = 900;
/** Words of the "Translation" mark that starts each English rendering. */
const LABEL_CHARS = 14;
/** The opening's line on the date: "How the date is known: Date from a relative phrase, month only". */
const DATE_LINE_CHARS = 64;
/** The gap between the opening's blocks, and before the words that follow them, in ems. */
const INTRO_GAP = 0.6;

/** The height one quote takes on a slide, with the gap after it. */
export function quoteHeight(quote: Quote, lang: Lang, box: SlideBox): number {
  const px = box.fontPx;
  const arabic = (text: string, width: number): number =>
    wrappedLines(text, width / (ARABIC_EM * px)) * ARABIC_LINE * px;
  const latin = (text: string, width: number): number =>
    wrappedLines(text, width / (LATIN_EM * px)) * LATIN_LINE * px;
  const gap = QUOTE_GAP * px;
  if (lang === 'ar') return arabic(quote.text, box.width) + gap;
  const translation = 'x'.repeat(LABEL_CHARS) + ' ' + quote.en;
  if (box.width >= SIDE_BY_SIDE_MIN) {
    const column = (box.width - COLUMN_GAP * px) / 2;
    return Math.max(arabic(quote.text, column), latin(translation, column)) + gap;
  }
  return arabic(quote.text, box.width) + latin(translation, box.width) + gap * 1.5;
}

/**
 * Stand-ins for the support's words when a line is measured: planning knows no interface words, so
 * each count is taken at the longest it reads in either language ("3 outlets, 2 independent origins").
 */
const MEASURED_SUPPORT: SupportWords = {
  support: () => 'x'.repeat(32),
  supportUnknown: () => 'x'.repeat(48),
};
/** The longest the single-origin tag reads, with its gap ("one origin only"). */
const SINGLE_ORIGIN_CHARS = 16;
/** The longest a line's lead reads ("Worded differently by"). */
const HOW_CHARS = 20;

/** The height one divergence line takes: the claim, which sources, and the gap after it. */
export function divergenceHeight(row: ClaimRow, lang: Lang, box: SlideBox): number {
  // The line's parts are `divergeLine`'s, as the slide shows them.
  const line = divergeLine(row, { lang, words: MEASURED_SUPPORT });
  // The claim, then who carries it (and, for several, how many origins) on a line of its own, then a gap.
  const support = line.support === null ? '' : ` (${line.support})`;
  const tag = line.singleOrigin ? 'x'.repeat(SINGLE_ORIGIN_CHARS) : '';
  return (
    textHeight(row.claim.text[lang], lang, box) +
    textHeight(`${'x'.repeat(HOW_CHARS)} ${line.names}${support}${tag}`, lang, box) +
    0.5 * LATIN_LINE * box.fontPx
  );
}

/** The height of an opening block: the date's one line, or a label line and its text. */
export function introHeight(
  block: IntroBlock,
  event: TimelineEvent,
  reporting: readonly Source[],
  lang: Lang,
  box: SlideBox,
): number {
  const gap = INTRO_GAP * box.fontPx;
  // How the date is known, in one short line (its full note is in the presenter's view).
  if (block === 'date') return textHeight('x'.repeat(DATE_LINE_CHARS), lang, box) + gap;
  const heading = 1.8 * LATIN_LINE * box.fontPx;
  if (block === 'sources') {
    // One entry per source; each may wrap on a narrow screen. Then the note of the sources that
    // carry one report's wording, a line or more per report, in a padded box.
    const entries = reporting.reduce(
      (h, s) => h + textHeight(`${sourceLabel(s, lang)} · 00 xxxxxxxx`, lang, box),
      0,
    );
    const shared = sharedOrigins(event, reporting);
    const note = shared.reduce(
      (h, g) =>
        h +
        textHeight(
          `${g.sources.map((s) => sourceLabel(s, lang)).join(' xxx ')} xxxx xxxxx xxxxxxx xxxx ${g.name[lang]} xxxxxxxx xxxx xxxxxx xxxxxxx`,
          lang,
          box,
        ),
      shared.length > 0 ? LATIN_LINE * box.fontPx : 0,
    );
    return heading + entries + note;
  }
  return heading + textHeight(event.summary[lang], lang, box);
}

/** The height of a text in the interface language, set at the body size across the slide. */
function textHeight(text: string, lang: Lang, box: SlideBox): number {
  const em = lang === 'ar' ? ARABIC_EM : LATIN_EM;
  // The slide's body sets its text (not the quotes) at one line height in either language.
  return wrappedLines(text, box.width / (em * box.fontPx)) * LATIN_LINE * box.fontPx;
}

/** The height of a source's words on a slide, with the heading that names the source. */
function groupHeight(group: QuoteGroup, lang: Lang, box: SlideBox): number {
  return (
    HEADING_LINES * LATIN_LINE * box.fontPx + group.quotes.reduce((h, q) => h + quoteHeight(q, lang, box), 0)
  );
}

/**
 * An event's slides: the opening, each reporting source's quotes in steps that fit `box`, and,
 * when several sources tell it and they part ways, the claims where they do. Steps are saved where
 * the room allows: sources whose words fit together share a slide, and the first words join the
 * opening's last slide when they fit there.
 */
export function planSlides(
  event: TimelineEvent,
  reporting: readonly Source[],
  lang: Lang,
  box: SlideBox,
): Slide[] {
  const room = Math.max(box.fontPx * 4, box.height - HEADING_LINES * box.fontPx * LATIN_LINE);
  const blocks: IntroBlock[] = ['date', 'summary', ...(reporting.length > 0 ? (['sources'] as const) : [])];
  const intros = chunkByCost(blocks, (b) => introHeight(b, event, reporting, lang, box), box.height);
  // Each source's words in parts that fit, then consecutive parts packed onto slides.
  const groups: QuoteGroup[] = [];
  for (const source of reporting) {
    const quotes = event.accounts.find((a) => a.source === source.id)?.quotes ?? [];
    const parts = chunkByCost(quotes, (q) => quoteHeight(q, lang, box), room);
    parts.forEach((part, i) => groups.push({ source, quotes: part, part: i + 1, parts: parts.length }));
  }
  const packed = chunkByCost(groups, (g) => groupHeight(g, lang, box), box.height);
  const slides: Slide[] = intros.map((part) => ({ kind: 'intro', blocks: part, groups: [] }));
  // The first words join the opening's last slide when they fit under it.
  const last = intros[intros.length - 1];
  const first = packed[0];
  if (last !== undefined && first !== undefined) {
    const opening = last.reduce(
      (h, b) => h + introHeight(b, event, reporting, lang, box),
      INTRO_GAP * box.fontPx,
    );
    const words = first.reduce((h, g) => h + groupHeight(g, lang, box), 0);
    if (opening + words <= box.height) {
      slides[intros.length - 1] = { kind: 'intro', blocks: last, groups: first };
      packed.shift();
    }
  }
  for (const part of packed) slides.push({ kind: 'quotes', groups: part });
  // The claims where the accounts part ways, the same and in the same order as on screen.
  const rows = partingOf(event, reporting);
  // A line is kept for saying how many more claims follow on the next slides.
  const parts = chunkByCost(rows, (r) => divergenceHeight(r, lang, box), room - LATIN_LINE * box.fontPx);
  let shown = 0;
  parts.forEach((part, i) => {
    shown += part.length;
    slides.push({
      kind: 'diverge',
      rows: part,
      part: i + 1,
      parts: parts.length,
      after: rows.length - shown,
    });
  });
  return slides;
}
