/**
 * A briefing as a deck file's slides: a title slide, then for each event its opening (date and how it
 * is known, summary, who tells it), each source's words, and where the accounts part ways. Every
 * slide is a list of text boxes in points with their paragraphs, fonts, languages and directions,
 * sized from character counts so that nothing runs off a slide (long texts continue on the next
 * slide, marked "(2 of 3)"). Pure and framework-free: the PowerPoint writer, the printed PDF and the
 * command line all draw this one plan.
 */
import {
  dataText,
  divergeLine,
  partingOf,
  DEFAULT_DISPLAY,
  formatEventDate,
  formatNumber,
  interval,
  joinParts,
  mainEvents,
  resolveBriefing,
  sharedOrigins,
  sourceLabel,
  sourceNameParts,
  splitArabicRuns,
  storyBriefing,
  type BriefingEntry,
  type DatasetIndex,
  type DateDisplay,
  type Lang,
  type Quote,
  type ResolvedBriefing,
  type Source,
} from '../domain';
import {
  fitStack,
  paragraph,
  paragraphLines,
  paragraphText,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  stackHeight,
  type DeckBox,
  type DeckParagraph,
  type DeckRun,
  type FontRole,
} from './deck-layout';
import { deckWords, type DeckWords } from './deck-text';

export interface DeckSlide {
  readonly kind: 'title' | 'opening' | 'quotes' | 'diverge';
  /** The event the slide belongs to (none for the title slide). */
  readonly eventId?: string;
  readonly boxes: readonly DeckBox[];
  /** The speaker's notes: the briefing's for the title slide, the item's for its event's slides. */
  readonly notes: string;
}

export interface Deck {
  readonly lang: Lang;
  readonly title: string;
  readonly slides: readonly DeckSlide[];
}

/** Point sizes: body text at least 20 pt and titles at least 32 pt (readable from the back at 1080p). */
export const SIZES = {
  cover: 40,
  subtitle: 26,
  title: 32,
  meta: 20,
  heading: 24,
  body: 20,
  quote: 22,
  footer: 16,
} as const;

const MARGIN = 48;
const INNER = SLIDE_WIDTH - 2 * MARGIN;
/** The two columns of an English quote: its translation, then (to the right) the Arabic original. */
const GUTTER = 28;
const COLUMN = (INNER - GUTTER) / 2;
const TOP = 26;
const FOOTER_Y = SLIDE_HEIGHT - 36;
const BODY_BOTTOM = FOOTER_Y - 16;
const GAP = 14;
const TITLE_LINES = 3;

const SOFT = '333333';
const LABEL = '444444';
const ACCENT = '1864AB';
const SINGLE = 'A34700';
const DIFFER = '5F3DC4';

/** A briefing by id, or the story's main events when none is asked for; a string says what is wrong. */
export function deckBriefing(index: DatasetIndex, id: string | null): ResolvedBriefing | string {
  const { dataset } = index;
  if (id === null)
    return resolveBriefing(
      index,
      storyBriefing(
        dataset.title,
        mainEvents(dataset).map((e) => e.id),
      ),
    );
  const briefing = dataset.briefings?.find((b) => b.id === id);
  if (briefing !== undefined) return resolveBriefing(index, briefing);
  const ids = (dataset.briefings ?? []).map((b) => b.id);
  return ids.length === 0
    ? `unknown briefing ${JSON.stringify(id)}: the dataset has no briefings`
    : `unknown briefing ${JSON.stringify(id)}: the dataset's briefings are ${ids.join(', ')}`;
}

interface Context {
  readonly index: DatasetIndex;
  readonly lang: Lang;
  readonly display: DateDisplay;
  readonly words: DeckWords;
  readonly dir: 'rtl' | 'ltr';
  readonly ui: FontRole;
}

/** Interface text from the data: digits as chosen in Arabic; in English, Arabic runs marked as such. */
function dataRuns(c: Context, text: string, extra: Partial<DeckRun> = {}): DeckRun[] {
  if (c.lang === 'ar')
    return [{ text: dataText(text, 'ar', c.display), lang: 'ar', font: 'arabic', ...extra }];
  return splitArabicRuns(text).map((r) =>
    r.rtl
      ? { text: r.text, lang: 'ar', font: 'arabic', ...extra }
      : { text: r.text, lang: 'en', font: 'latin', ...extra },
  );
}

/**
 * A source's name as the screen gives it (`sourceNameParts`): the words around the lead softer than
 * the lead ("Unnamed site citing Reuters").
 */
function nameRuns(c: Context, source: Source, extra: Partial<DeckRun> = {}): DeckRun[] {
  const { before, lead, after } = sourceNameParts(source, c.lang);
  return [
    ...(before === '' ? [] : [uiRun(c, before, { color: SOFT })]),
    ...dataRuns(c, lead, extra),
    ...(after === '' ? [] : [uiRun(c, after, { color: SOFT })]),
  ];
}

/** Interface words of the deck's own. */
function uiRun(c: Context, text: string, extra: Partial<DeckRun> = {}): DeckRun {
  return { text, lang: c.lang, font: c.ui, ...extra };
}

/** A paragraph cut to `max` lines with an ellipsis, and whether it was cut. */
function capLines(p: DeckParagraph, width: number, max: number): [DeckParagraph, boolean] {
  if (paragraphLines(p, width) <= max) return [p, false];
  const text = paragraphText(p);
  let keep = text.length;
  let cut = p;
  while (keep > 1) {
    keep = Math.floor(keep * 0.9);
    const head = `${text.slice(0, keep).trimEnd()}…`;
    cut = { ...p, runs: [{ ...(p.runs[0] as DeckRun), text: head }] };
    if (paragraphLines(cut, width) <= max) break;
  }
  return [cut, true];
}

function box(x: number, y: number, w: number, paragraphs: readonly DeckParagraph[]): DeckBox {
  return { x, y, w, h: Math.ceil(stackHeight(paragraphs, w)), paragraphs };
}

type Block =
  | { readonly kind: 'stack'; readonly paragraphs: readonly DeckParagraph[] }
  | {
      readonly kind: 'pair';
      readonly left: readonly DeckParagraph[];
      readonly right: readonly DeckParagraph[];
    };

function blockHeight(b: Block): number {
  return b.kind === 'stack'
    ? stackHeight(b.paragraphs, INNER)
    : Math.max(stackHeight(b.left, COLUMN), stackHeight(b.right, COLUMN));
}

/** A block too tall for a slide, cut into pieces that each fit `room`. */
function splitBlock(b: Block, room: number, continued: string): Block[] {
  if (b.kind === 'stack')
    return fitStack(b.paragraphs, INNER, room).map((paragraphs) => ({ kind: 'stack', paragraphs }));
  // A rendering continued on another slide is marked as a translation there too (a line is kept for it).
  const left = fitStack(b.left, COLUMN, room - (b.left[0]?.line ?? 0)).map((stack, i) => {
    const [first, ...rest] = stack;
    if (i === 0 || first === undefined || first.role !== 'translation') return stack;
    const mark = b.left[0]?.runs[0];
    if (mark === undefined) return stack;
    const again: DeckRun = { ...mark, text: `${mark.text} (${continued})` };
    return [
      { ...first, runs: [again, { text: ' ', lang: mark.lang, font: mark.font }, ...first.runs] },
      ...rest,
    ];
  });
  const right = fitStack(b.right, COLUMN, room);
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
    kind: 'pair',
    left: left[i] ?? [],
    right: right[i] ?? [],
  }));
}

/** Blocks in order on as few slides as fit `room` each; a block taller than a slide is cut. */
function paginate(blocks: readonly Block[], room: number, continued: string): Block[][] {
  const pages: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) pages.push(current);
    current = [];
    used = 0;
  };
  const add = (b: Block, h: number): void => {
    used += (current.length > 0 ? GAP : 0) + h;
    current.push(b);
  };
  for (const b of blocks) {
    const h = blockHeight(b);
    if (used + (current.length > 0 ? GAP : 0) + h <= room) add(b, h);
    else if (h <= room) {
      flush();
      add(b, h);
    } else {
      flush();
      for (const piece of splitBlock(b, room, continued)) {
        const ph = blockHeight(piece);
        if (current.length > 0 && used + GAP + ph > room) flush();
        add(piece, ph);
      }
    }
  }
  flush();
  return pages;
}

/** The boxes of a page of blocks, from `top` down. */
function placeBlocks(c: Context, blocks: readonly Block[], top: number): DeckBox[] {
  const boxes: DeckBox[] = [];
  let y = top;
  for (const b of blocks) {
    if (b.kind === 'stack') boxes.push(box(MARGIN, y, INNER, b.paragraphs));
    else {
      // Reading order: in an English deck the translation stands left and the Arabic original right.
      const [first, second] = c.dir === 'ltr' ? [b.left, b.right] : [b.right, b.left];
      if (first.length > 0) boxes.push(box(MARGIN, y, COLUMN, first));
      if (second.length > 0) boxes.push(box(MARGIN + COLUMN + GUTTER, y, COLUMN, second));
    }
    y += blockHeight(b) + GAP;
  }
  return boxes;
}

/** A section of an event's slides: a heading (with the part when it runs over several) and blocks. */
interface Section {
  readonly kind: 'opening' | 'quotes' | 'diverge';
  readonly heading: ((part: string) => DeckParagraph) | null;
  readonly blocks: readonly Block[];
  readonly footer?: string;
}

function label(c: Context, text: string): DeckParagraph {
  return paragraph('label', [uiRun(c, text, { bold: true, color: LABEL })], c.dir, SIZES.body, 2, true);
}

function body(c: Context, runs: readonly DeckRun[], after = 4): DeckParagraph {
  return paragraph('body', runs, c.dir, SIZES.body, after);
}

function quoteParagraphs(q: Quote): DeckParagraph[] {
  // A quote that spans the article's paragraphs keeps them; each line is the article's exact text.
  return q.text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => paragraph('quote', [{ text: line, lang: 'ar', font: 'quote' }], 'rtl', SIZES.quote, 4));
}

function openingSection(c: Context, entry: BriefingEntry, fullTitle: boolean): Section {
  const { event, reporting } = entry;
  const { lang, words } = c;
  const blocks: Block[] = [];
  if (fullTitle)
    blocks.push({
      kind: 'stack',
      paragraphs: [label(c, words.fullTitle), body(c, dataRuns(c, event.title[lang]))],
    });
  blocks.push({
    kind: 'stack',
    paragraphs: [
      label(c, words.howKnown),
      body(c, [
        uiRun(c, `${words.basis[event.basis]}. `, { bold: true }),
        ...dataRuns(c, event.basisNote[lang]),
      ]),
    ],
  });
  blocks.push({
    kind: 'stack',
    paragraphs: [label(c, words.summary), body(c, dataRuns(c, event.summary[lang]))],
  });
  if (reporting.length === 0)
    blocks.push({ kind: 'stack', paragraphs: [body(c, [uiRun(c, words.noAccounts)])] });
  else {
    const told = reporting.map((s) => {
      const n = event.accounts.find((a) => a.source === s.id)?.quotes.length ?? 0;
      return body(c, [...nameRuns(c, s), uiRun(c, joinParts(['', words.passages(n)], lang))], 2);
    });
    const shared = sharedOrigins(event, reporting).map((g) =>
      body(c, [
        uiRun(
          c,
          words.shared(
            g.sources.map((s) => dataText(sourceLabel(s, lang), lang, c.display)),
            dataText(g.name[lang], lang, c.display),
          ),
          { color: SOFT },
        ),
      ]),
    );
    blocks.push({ kind: 'stack', paragraphs: [label(c, words.toldBy), ...told, ...shared] });
  }
  return { kind: 'opening', heading: null, blocks };
}

function quotesSection(c: Context, entry: BriefingEntry, source: Source): Section {
  const quotes = entry.event.accounts.find((a) => a.source === source.id)?.quotes ?? [];
  const blocks: Block[] = quotes.map((q) =>
    c.lang === 'ar'
      ? { kind: 'stack', paragraphs: quoteParagraphs(q) }
      : {
          kind: 'pair',
          left: [
            paragraph(
              'translation',
              [
                uiRun(c, c.words.translation, { bold: true, color: ACCENT }),
                uiRun(c, ' '),
                ...dataRuns(c, q.en),
              ],
              'ltr',
              SIZES.body,
              4,
            ),
          ],
          right: quoteParagraphs(q),
        },
  );
  return {
    kind: 'quotes',
    heading: (part) =>
      paragraph(
        'heading',
        [...nameRuns(c, source, { bold: true }), ...(part === '' ? [] : [uiRun(c, ` ${part}`)])],
        c.dir,
        SIZES.heading,
        6,
      ),
    blocks,
    ...(c.lang === 'en' ? { footer: c.words.translationNote } : {}),
  };
}

function divergeSection(c: Context, entry: BriefingEntry): Section | null {
  const { event, reporting } = entry;
  // The same claims in the same order as the screen and the handout.
  const rows = partingOf(event, reporting);
  if (rows.length === 0) return null;
  const { lang, words } = c;
  const blocks: Block[] = rows.map((r) => {
    // The line's names, support, single-origin tag and speaker are `divergeLine`'s, as on screen.
    const line = divergeLine(r, { lang, words, display: c.display, entities: c.index.entities });
    const support =
      line.support === null ? [] : [line.support, ...(line.singleOrigin ? [words.singleOrigin] : [])];
    return {
      kind: 'stack',
      paragraphs: [
        body(
          c,
          [
            ...dataRuns(c, r.claim.text[lang]),
            ...(line.speaker === null ? [] : [uiRun(c, ` (${words.by(line.speaker)})`, { color: SOFT })]),
          ],
          2,
        ),
        body(c, [
          uiRun(c, `${words[line.how]}: `, {
            bold: true,
            color: line.how === 'wordedIn' ? DIFFER : SINGLE,
          }),
          ...dataRuns(c, joinParts([line.names, ...support], lang), {
            color: SOFT,
          }),
        ]),
      ],
    };
  });
  return {
    kind: 'diverge',
    heading: (part) =>
      paragraph(
        'heading',
        [uiRun(c, words.diverge, { bold: true }), ...(part === '' ? [] : [uiRun(c, ` ${part}`)])],
        c.dir,
        SIZES.heading,
        6,
      ),
    blocks,
  };
}

/** A slide before its footer is added: the footer's text when it is not the deck's title. */
type Planned = DeckSlide & { readonly footer?: string };

/** An event's slides without their footers. */
function entrySlides(c: Context, entry: BriefingEntry): Planned[] {
  const { event, item } = entry;
  const { lang } = c;
  const meta = paragraph(
    'meta',
    [
      uiRun(
        c,
        joinParts(
          [formatEventDate(event.start, event.end, lang, c.display), c.words.basis[event.basis]],
          lang,
        ),
        { color: SOFT },
      ),
    ],
    c.dir,
    SIZES.meta,
  );
  const [title, cut] = capLines(
    paragraph('title', dataRuns(c, event.title[lang], { bold: true }), c.dir, SIZES.title),
    INNER,
    TITLE_LINES,
  );
  const metaBox = box(MARGIN, TOP, INNER, [meta]);
  const titleBox = box(MARGIN, metaBox.y + metaBox.h + 4, INNER, [title]);
  const top = titleBox.y + titleBox.h + 16;
  const sections = [
    openingSection(c, entry, cut),
    ...entry.reporting.map((s) => quotesSection(c, entry, s)),
    ...[divergeSection(c, entry)].filter((s) => s !== null),
  ];
  const notes = item.notes?.[lang] ?? '';
  return sections.flatMap((section) => {
    const sample = section.heading?.(c.words.part(88, 88)) ?? null;
    const headingRoom = sample === null ? 0 : stackHeight([sample], INNER);
    const pages = paginate(section.blocks, BODY_BOTTOM - top - headingRoom, c.words.continued);
    return pages.map((page, i) => {
      const heading = section.heading?.(pages.length > 1 ? c.words.part(i + 1, pages.length) : '') ?? null;
      const boxes: DeckBox[] = [metaBox, titleBox];
      let y = top;
      if (heading !== null) {
        const headingBox = box(MARGIN, top, INNER, [heading]);
        boxes.push(headingBox);
        y += headingBox.h;
      }
      boxes.push(...placeBlocks(c, page, y));
      return {
        kind: section.kind,
        eventId: event.id,
        boxes,
        notes,
        ...(section.footer === undefined ? {} : { footer: section.footer }),
      };
    });
  });
}

function titleSlide(c: Context, resolved: ResolvedBriefing): Planned {
  const { briefing, entries } = resolved;
  const { lang, index } = c;
  const paragraphs: DeckParagraph[] = [
    capLines(
      paragraph('title', dataRuns(c, briefing.title[lang], { bold: true }), c.dir, SIZES.cover, 10),
      INNER,
      4,
    )[0],
  ];
  if (briefing.subtitle !== undefined)
    paragraphs.push(
      capLines(
        paragraph('subtitle', dataRuns(c, briefing.subtitle[lang]), c.dir, SIZES.subtitle, 14),
        INNER,
        3,
      )[0],
    );
  if (briefing.id !== 'story' || briefing.title[lang] !== index.dataset.title[lang])
    paragraphs.push(
      capLines(
        paragraph('body', dataRuns(c, index.dataset.title[lang], { color: SOFT }), c.dir, SIZES.body, 6),
        INNER,
        2,
      )[0],
    );
  const range = dateRange(c, entries);
  const facts = [...(range === null ? [] : [range]), c.words.events(entries.length)];
  paragraphs.push(paragraph('body', [uiRun(c, joinParts(facts, lang), { color: SOFT })], c.dir, SIZES.body));
  const height = stackHeight(paragraphs, INNER);
  const y = Math.max(TOP, Math.round((SLIDE_HEIGHT - height) / 2 - 20));
  return { kind: 'title', boxes: [box(MARGIN, y, INNER, paragraphs)], notes: briefing.notes?.[lang] ?? '' };
}

/** From the earliest start to the latest end of the briefing's events, as the app writes dates. */
function dateRange(c: Context, entries: readonly BriefingEntry[]): string | null {
  let first: { ms: number; date: string } | null = null;
  let last: { ms: number; date: string } | null = null;
  for (const { event } of entries) {
    const span = interval(event.start, event.end);
    if (span === null) continue;
    if (first === null || span.start < first.ms) first = { ms: span.start, date: event.start };
    const end = event.end ?? event.start;
    if (last === null || span.end > last.ms) last = { ms: span.end, date: end };
  }
  if (first === null || last === null) return null;
  return formatEventDate(first.date, first.date === last.date ? undefined : last.date, c.lang, c.display);
}

/** The footer of each slide: what the deck is (or a translation note), and the slide's number. */
function footers(c: Context, title: string, n: number, total: number, text: string | undefined): DeckBox[] {
  const size = SIZES.footer;
  const number = paragraph(
    'footer',
    [
      uiRun(c, `${formatNumber(n, c.lang, c.display)} / ${formatNumber(total, c.lang, c.display)}`, {
        color: SOFT,
      }),
    ],
    c.dir,
    size,
  );
  const numberWidth = 120;
  const textWidth = INNER - numberWidth - GAP;
  const [words] = capLines(
    paragraph(
      'footer',
      text === undefined ? dataRuns(c, title, { color: SOFT }) : [uiRun(c, text, { color: SOFT })],
      c.dir,
      size,
    ),
    textWidth,
    1,
  );
  // The slide number sits at the end of the line: right in English, left in Arabic.
  const [textX, numberX] =
    c.dir === 'ltr' ? [MARGIN, MARGIN + INNER - numberWidth] : [MARGIN + numberWidth + GAP, MARGIN];
  return [box(textX, FOOTER_Y, textWidth, [words]), box(numberX, FOOTER_Y, numberWidth, [number])];
}

export interface DeckInput {
  readonly index: DatasetIndex;
  readonly briefing: ResolvedBriefing;
  readonly lang: Lang;
  readonly display?: DateDisplay;
}

/** The deck's slides for a resolved briefing in one language. */
export function planDeck({ index, briefing, lang, display = DEFAULT_DISPLAY }: DeckInput): Deck {
  const c: Context = {
    index,
    lang,
    display,
    words: deckWords(lang, display),
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    ui: lang === 'ar' ? 'arabic' : 'latin',
  };
  const slides: Planned[] = [titleSlide(c, briefing), ...briefing.entries.flatMap((e) => entrySlides(c, e))];
  const title = dataText(briefing.briefing.title[lang], lang, display);
  return {
    lang,
    title,
    slides: slides.map((s, i) => {
      const { footer, ...slide } = s;
      return {
        ...slide,
        boxes: [...slide.boxes, ...(i === 0 ? [] : footers(c, title, i + 1, slides.length, footer))],
      };
    }),
  };
}
