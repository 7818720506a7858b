import { describe, expect, it } from 'vitest';
import { BUNDLED_KINDS } from '../../src/domain';
import { commandFor } from '../../src/view/keys';
import {
  bringIntoView,
  centerOn,
  chronological,
  coreWindow,
  panWindow,
  periodId,
  stepThrough,
  toItems,
  toLanes,
  zoomWindow,
} from '../../src/view/timeline/model';

import { eventAt as ev, key } from '../support/events';

const DAY = 86_400_000;

describe('mapping events to timeline items', () => {
  const events = [
    ev('a', '2024-06-25', { basis: 'weekday' }),
    ev('b', '2024-05', { kind: 'history' }),
    ev('c', '2024-06-17', { end: '2024-06-23', kind: 'statement', basis: 'relative' }),
  ];

  it('draws a day as a box on that day, in the current language', () => {
    const [a] = toItems(events, 'ar', () => 'tip');
    expect(a).toMatchObject({
      id: 'a',
      type: 'box',
      group: 'defence-call',
      label: 'عنوان a',
      tooltip: 'عنوان a\ntip', // the whole title first, then how the date is known
    });
    expect(a?.start).toBe(Date.UTC(2024, 5, 25, 12));
    expect(a?.className).toContain('basis-derived');
  });

  it("writes a title's numbers in the digits the view uses: Arabic-Indic by default, Latin when chosen", () => {
    const dated = [
      { ...ev('d', '2022-05-13'), title: { ar: 'اتصال في 13 أيار 2022', en: 'A call on 13 May 2022' } },
    ];
    expect(toItems(dated, 'ar', () => '')[0]?.label).toBe('اتصال في ١٣ أيار ٢٠٢٢');
    expect(
      toItems(dated, 'ar', () => '', undefined, undefined, { months: 'levantine', digits: 'latn' })[0]?.label,
    ).toBe('اتصال في 13 أيار 2022');
    expect(toItems(dated, 'en', () => '')[0]?.label).toBe('A call on 13 May 2022');
  });

  it('gives a month or a span of days a band over the whole period, and its box the middle', () => {
    const items = toItems(events, 'en', () => '');
    const band = items.find((i) => i.id === periodId('b'));
    expect(band).toMatchObject({
      type: 'background',
      group: 'history',
      start: Date.UTC(2024, 4, 1),
      end: Date.UTC(2024, 5, 1),
    });
    const box = items.find((i) => i.id === 'b');
    expect(box?.start).toBe((Date.UTC(2024, 4, 1) + Date.UTC(2024, 5, 1)) / 2);
    expect(box?.className).toContain('basis-stated');
    expect(items.find((i) => i.id === periodId('c'))).toMatchObject({
      start: Date.UTC(2024, 5, 17),
      end: Date.UTC(2024, 5, 24),
    });
    expect(items.find((i) => i.id === periodId('a'))).toBeUndefined();
  });

  it('names a period’s band with its event’s title, in its label and first in its tooltip (review 10, S3-13)', () => {
    const items = toItems(events, 'en', () => 'about May 2024');
    const box = items.find((i) => i.id === 'b');
    const band = items.find((i) => i.id === periodId('b'));
    expect(band?.label).toBe(box?.label);
    expect(band?.label).not.toBe('');
    expect(band?.tooltip).toBe(`${box?.label}\nabout May 2024`);
  });

  it('lists only the lanes that have events, in the fixed order', () => {
    expect(
      toLanes(
        events,
        (k) => k.toUpperCase(),
        (e) => e.kind,
        BUNDLED_KINDS.map((k) => k.id),
      ).map((l) => [l.id, l.label, l.order]),
    ).toEqual([
      ['defence-call', 'DEFENCE-CALL', 0],
      ['statement', 'STATEMENT', 1],
      ['history', 'HISTORY', 2],
    ]);
  });

  it('orders events by start, then end, then id', () => {
    const order = chronological([
      ev('z', '2024-06-25'),
      ev('y', '2024-06'),
      ev('x', '2024-06-25'),
      ev('w', '1962'),
    ]);
    expect(order.map((e) => e.id)).toEqual(['w', 'y', 'x', 'z']);
  });
});

describe('window arithmetic', () => {
  const w = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 1) + 100 * DAY };

  it('frames the calls between the ministers for the first view, leaving far-off history out', () => {
    const core = coreWindow({
      events: [ev('old', '1962', { kind: 'history' }), ev('c1', '2022-05-13'), ev('c2', '2024-06-25')],
    })!;
    expect(core.from).toBeLessThan(Date.UTC(2022, 4, 13));
    expect(core.from).toBeGreaterThan(Date.UTC(2021, 0, 1));
    expect(core.to).toBeGreaterThan(Date.UTC(2024, 5, 26));
    expect(core.to).toBeLessThan(Date.UTC(2025, 6, 1));
  });

  it('zooms around the centre within limits', () => {
    const z = zoomWindow(w, 0.5);
    expect(z.to - z.from).toBe(50 * DAY);
    expect((z.from + z.to) / 2).toBe((w.from + w.to) / 2);
    const tiny = zoomWindow(w, 1e-9);
    expect(tiny.to - tiny.from).toBe(DAY);
  });

  it('pans by a fraction of the width', () => {
    expect(panWindow(w, 0.25)).toEqual({ from: w.from + 25 * DAY, to: w.to + 25 * DAY });
    expect(panWindow(w, -0.25).from).toBe(w.from - 25 * DAY);
  });

  it('moves the window to an event outside it, keeping its width, and leaves it alone otherwise', () => {
    expect(bringIntoView(w, w.from + 50 * DAY, w.from + 51 * DAY, 0.12)).toBe(w);
    const moved = bringIntoView(w, w.to + 300 * DAY, w.to + 301 * DAY, 0.12);
    expect(moved.to - moved.from).toBe(w.to - w.from);
    expect(moved.from).toBeLessThan(w.to + 300 * DAY);
    expect(moved.to).toBeGreaterThan(w.to + 301 * DAY);
  });

  it('steps through events and stops at the ends', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(stepThrough(list, null, 1)).toBe('a');
    expect(stepThrough(list, null, -1)).toBe('c');
    expect(stepThrough(list, 'a', 1)).toBe('b');
    expect(stepThrough(list, 'c', 1)).toBe('c');
    expect(stepThrough(list, 'a', -1)).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeNull();
  });
});

describe('key bindings', () => {
  it('follow the reading direction', () => {
    expect(commandFor(key('ArrowRight'), false)).toEqual({ kind: 'step', by: 1 });
    expect(commandFor(key('ArrowRight'), true)).toEqual({ kind: 'step', by: -1 });
    expect(commandFor(key('ArrowLeft'), true)).toEqual({ kind: 'step', by: 1 });
    expect(commandFor(key('ArrowLeft', true), true)).toEqual({ kind: 'pan', by: 0.25 });
    expect(commandFor(key('ArrowLeft', true), false)).toEqual({ kind: 'pan', by: -0.25 });
  });

  it('zoom, fit, jump and clear, and leave browser shortcuts alone', () => {
    expect(commandFor(key('+'), false)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(commandFor(key('-'), true)).toEqual({ kind: 'zoom', factor: 2 });
    expect(commandFor(key('0'), false)).toEqual({ kind: 'fit' });
    expect(commandFor(key('Home'), true)).toEqual({ kind: 'first' });
    expect(commandFor(key('End'), false)).toEqual({ kind: 'last' });
    expect(commandFor(key('Escape'), false)).toEqual({ kind: 'clear' });
    expect(commandFor({ ...key('+'), ctrlKey: true }, false)).toBeNull();
    expect(commandFor(key('a'), false)).toBeNull();
  });
});

describe('presentation window', () => {
  it('centres the window on an event without changing its width', () => {
    const w = { from: 0, to: 100 };
    expect(centerOn(w, 500, 510)).toEqual({ from: 455, to: 555 });
  });
});
