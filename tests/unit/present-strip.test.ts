import { describe, expect, it } from 'vitest';
import { indexDataset, kindsOf } from '../../src/domain';
import {
  deckMessage,
  fitLabel,
  layoutStrip,
  readDeckMessage,
  stripWindow,
  type StripLayout,
} from '../../src/view/present';
import { chronological, toLanes } from '../../src/view/timeline/model';
import { loadCorpus } from '../fixtures/corpus';
import { DEFAULT_DISPLAY } from '../../src/i18n';
import { PLAIN_SCREEN, readUrl, viewFromUrl, writeUrl } from '../../src/state';

const corpus = loadCorpus();
const index = indexDataset(corpus);
const visible = chronological(corpus.events);
const KIND_ORDER = kindsOf(corpus).map((k) => k.id);
const lanes = toLanes(
  visible,
  (k) => k,
  (e) => e.kind,
  KIND_ORDER,
);
/** Text width at 20 px, a little wider than real type. */
const measure = (s: string): number => s.length * 11;

const strip = (focusId: string | null, width = 1843, height = 290): StripLayout => {
  const focus = focusId === null ? null : index.events.get(focusId)!;
  const span = { from: Date.UTC(2022, 1, 24), to: Date.UTC(2024, 6, 1) };
  const win = stripWindow(visible, focus, span)!;
  return layoutStrip({
    events: visible,
    lanes,
    laneOf: (e) => e.kind,
    ...win,
    width,
    height,
    font: 20,
    measure,
    title: (e) => e.title.en,
    focusId,
  });
};

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('the strip above the slides', () => {
  it('shows every lane within the strip’s height', () => {
    const layout = strip('call-2024-06-25');
    expect(layout.lanes.map((l) => l.id)).toEqual(KIND_ORDER);
    expect(layout.height).toBe(290);
    expect(layout.axisY).toBeLessThanOrEqual(290 - 20);
  });

  it('labels the presented event in full and its neighbours of the days around it', () => {
    const layout = strip('call-2024-06-25');
    const label = (id: string) => layout.items.find((i) => i.event.id === id)?.label;
    expect(label('call-2024-06-25')).toBe('Austin and Belousov speak by phone');
    for (const id of [
      'kremlin-threatens-consequences-2024-06-24',
      'us-ambassador-summoned-2024-06-24',
      'crimea-attack-2024-06-23',
      'russia-blames-us-2024-06-23',
    ])
      expect(label(id), id).toBe(index.events.get(id)!.title.en);
    // The window reaches a few weeks either side.
    expect(layout.items.some((i) => i.event.id === 'contacts-at-minimum-2024-06')).toBe(true);
  });

  it('never lets two labels of one row overlap, nor a label leave the strip', () => {
    for (const id of ['call-2024-06-25', 'call-2022-10-21', 'invasion-2022-02-24', null]) {
      const layout = strip(id);
      const labelled = layout.items.filter((i) => i.label !== null);
      for (const a of labelled) {
        expect(a.labelStart).toBeGreaterThanOrEqual(layout.plotStart - 1);
        expect(a.labelEnd).toBeLessThanOrEqual(layout.plotEnd + 1);
        expect(measure(a.label!)).toBeLessThanOrEqual(a.labelEnd - a.labelStart + 0.5);
        for (const b of labelled)
          if (a !== b && a.y === b.y)
            expect(
              overlaps([a.labelStart, a.labelEnd], [b.labelStart, b.labelEnd]),
              `${a.event.id} ${b.event.id}`,
            ).toBe(false);
      }
    }
  });

  it('the title slide shows the briefing’s whole span, never an empty strip', () => {
    const layout = strip(null);
    expect(layout.items.length).toBeGreaterThan(20);
    expect(layout.items.filter((i) => i.label !== null).length).toBeGreaterThan(5);
    expect(layout.ticks.length).toBeGreaterThan(3);
  });

  it('takes in the adjacent events even when they are further than a few weeks', () => {
    const call = index.events.get('call-2023-03-15')!;
    const win = stripWindow(visible, call, null)!;
    expect(win.from).toBeLessThanOrEqual(Date.UTC(2022, 10, 1));
    expect(win.to).toBeGreaterThanOrEqual(Date.UTC(2024, 3, 1));
  });

  it('shortens a label to its room, or gives none when not even a few letters fit', () => {
    expect(fitLabel('Austin and Belousov', 1000, measure, 20)).toBe('Austin and Belousov');
    const short = fitLabel('Austin and Belousov', 110, measure, 20)!;
    expect(short.endsWith('…')).toBe(true);
    expect(measure(short)).toBeLessThanOrEqual(110);
    expect(fitLabel('Austin and Belousov', 40, measure, 20)).toBeNull();
  });
});

describe('messages between the audience and presenter windows', () => {
  const at = {
    kind: 'at',
    briefing: 'story',
    from: 'audience',
    eventId: 'call-2024-06-25',
    step: 2,
    blank: null,
    box: { width: 1843, height: 545, fontPx: 29 },
  } as const;

  it('are read back exactly as posted', () => {
    expect(readDeckMessage(deckMessage(at))).toEqual(at);
    const hello = { kind: 'hello', briefing: 'june', from: 'presenter' } as const;
    expect(readDeckMessage(deckMessage(hello))).toEqual(hello);
  });

  it('refuse anything else: other shapes, kinds, types, sizes and ids', () => {
    const bad: unknown[] = [
      null,
      'at',
      [],
      { ...at },
      { ...deckMessage(at), v: 2 },
      { ...deckMessage(at), kind: 'goto' },
      { ...deckMessage(at), from: 'room' },
      { ...deckMessage(at), step: 1.5 },
      { ...deckMessage(at), step: 1e9 },
      { ...deckMessage(at), step: '2' },
      { ...deckMessage(at), blank: 'red' },
      { ...deckMessage(at), eventId: 42 },
      { ...deckMessage(at), eventId: 'x'.repeat(201) },
      { ...deckMessage(at), eventId: 'a\u0000b' },
      { ...deckMessage(at), briefing: '' },
      { ...deckMessage(at), box: { width: 1843, height: 545 } },
      { ...deckMessage(at), box: { width: Infinity, height: 545, fontPx: 29 } },
      { ...deckMessage(at), box: { width: 1843, height: 545, fontPx: 1e6 } },
    ];
    for (const b of bad) expect(readDeckMessage(b), JSON.stringify(b)).toBeNull();
  });
});

describe('the presenter window’s address', () => {
  it('stays the presenter’s (`present=presenter`), and keeps the briefing it names', () => {
    expect(readUrl('?lang=en&present=presenter').present).toBe(true);
    expect(readUrl('?lang=en&present=yes').present).toBeUndefined();
    const view = {
      ...viewFromUrl(readUrl('?present=presenter&briefing=june-2024')),
      lang: 'en',
      display: DEFAULT_DISPLAY,
      window: null,
      deckScreen: PLAIN_SCREEN,
    } as const;
    const search = new URLSearchParams(writeUrl('?present=presenter&briefing=june-2024', view));
    expect(search.get('present')).toBe('presenter');
    expect(search.get('briefing')).toBe('june-2024');
    expect(new URLSearchParams(writeUrl('?present=1', view)).get('present')).toBe('1');
    expect(
      new URLSearchParams(writeUrl('?present=presenter', { ...view, present: false })).get('present'),
    ).toBeNull();
    expect(readUrl('?briefing=june-2024&lang=ar').briefingId).toBe('june-2024');
    expect(readUrl('?lang=ar').briefingId).toBeUndefined();
  });
});
