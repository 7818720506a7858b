/**
 * The deck a room sees: a title slide, then each briefing entry's slides as `planSlides` fits them
 * into the measured slide, each with its speaker notes. Pure: the audience window, the presenter
 * window and the tests all build the same deck from the same briefing, language and slide size.
 */
import {
  interval,
  type Bilingual,
  type Briefing,
  type BriefingEntry,
  type Lang,
  type ResolvedBriefing,
  type Source,
  type TimelineEvent,
} from '../../domain';
import type { DeckPosition } from '../../state';
import { planSlides, type Slide, type SlideBox } from './slides';

export type DeckSlide =
  | {
      readonly kind: 'title';
      readonly briefing: Briefing;
      readonly notes: Bilingual | undefined;
    }
  | {
      readonly kind: 'event';
      /** Which entry of the briefing (0-based), and the event as the briefing narrows it. */
      readonly entry: number;
      readonly event: TimelineEvent;
      readonly reporting: readonly Source[];
      readonly slide: Slide;
      /** This slide's place among its event's slides (0-based), of `steps`. */
      readonly step: number;
      readonly steps: number;
      readonly notes: Bilingual | undefined;
    };

export interface Deck {
  readonly briefing: Briefing;
  readonly entries: readonly BriefingEntry[];
  readonly slides: readonly DeckSlide[];
  /** The time the briefing's events cover (the title slide's strip); null without dated events. */
  readonly span: { readonly from: number; readonly to: number } | null;
}

/** The whole deck of a resolved briefing, laid out for `box` in `lang`. */
export function buildDeck(resolved: ResolvedBriefing, lang: Lang, box: SlideBox): Deck {
  const { briefing, entries } = resolved;
  const slides: DeckSlide[] = [{ kind: 'title', briefing, notes: briefing.notes }];
  let from = Infinity;
  let to = -Infinity;
  entries.forEach((entry, i) => {
    const planned = planSlides(entry.event, entry.reporting, lang, box);
    planned.forEach((slide, step) =>
      slides.push({
        kind: 'event',
        entry: i,
        event: entry.event,
        reporting: entry.reporting,
        slide,
        step,
        steps: planned.length,
        notes: entry.item.notes,
      }),
    );
    const span = interval(entry.event.start, entry.event.end);
    if (span !== null) {
      from = Math.min(from, span.start);
      to = Math.max(to, span.end);
    }
  });
  return { briefing, entries, slides, span: Number.isFinite(from) ? { from, to } : null };
}

export type { DeckPosition } from '../../state';

/**
 * The deck index of a position: the event's first appearance, its step clamped to its slides; the
 * title slide for no event; null when the deck does not hold the event.
 */
export function slideIndexOf(deck: Deck, at: DeckPosition): number | null {
  if (at.eventId === null) return 0;
  const first = deck.slides.findIndex((s) => s.kind === 'event' && s.event.id === at.eventId);
  const slide = deck.slides[first];
  if (slide === undefined || slide.kind !== 'event') return null;
  const step = at.step < 0 ? slide.steps + at.step : at.step;
  return first + Math.min(slide.steps - 1, Math.max(0, step));
}

/** The position of a deck index (clamped to the deck). */
export function positionOf(deck: Deck, index: number): DeckPosition {
  const slide = deck.slides[Math.min(deck.slides.length - 1, Math.max(0, index))];
  return slide === undefined || slide.kind === 'title'
    ? { eventId: null, step: 0 }
    : { eventId: slide.event.id, step: slide.step };
}

/** The deck index of each entry's first slide, in order. */
export function entryStarts(deck: Deck): number[] {
  const starts: number[] = [];
  deck.slides.forEach((s, i) => {
    if (s.kind === 'event' && s.step === 0) starts.push(i);
  });
  return starts;
}
