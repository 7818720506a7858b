import { describe, expect, it } from 'vitest';
import { interval, type EventHead } from '../../src/domain';
import { layoutPicture, wrapTitle } from '../../src/view/timeline/picture';
import { loadCorpus } from '../fixtures/corpus';

const events = loadCorpus().events;
const lanes = [...new Set(events.map((e) => e.kind))].map((id, order) => ({ id, label: id, order }));
const from = Date.UTC(2021, 11, 1);
const to = Date.UTC(2024, 11, 1);
const measure = (s: string) => s.length * 8;
const layout = layoutPicture({
  events,
  lanes,
  laneOf: (e: EventHead) => e.kind,
  from,
  to,
  width: 1856,
  measure,
  title: (e) => e.title.en,
});

describe('the timeline picture', () => {
  it('draws every event of the window with its whole title, wrapped (D16)', () => {
    const inWindow = events.filter((e) => {
      const iv = interval(e.start, e.end)!;
      return iv.end > from && iv.start < to;
    });
    expect(layout.items.map((i) => i.event.id).sort()).toEqual(inWindow.map((e) => e.id).sort());
    for (const it of layout.items) {
      expect(it.lines.join(' ')).toBe(it.event.title.en.split(/\s+/u).join(' '));
      for (const line of it.lines) if (line.includes(' ')) expect(measure(line)).toBeLessThanOrEqual(250);
    }
    // The corpus has titles longer than two lines of the picture: they are still whole.
    expect(layout.items.some((i) => i.lines.length > 2)).toBe(true);
  });

  it('never lets two titles or marks in a lane overlap, and keeps them inside the plot', () => {
    const box = (i: (typeof layout.items)[number]) => {
      const w = Math.max(...i.lines.map(measure));
      const a = i.before ? i.labelAt - w : i.start;
      const b = i.before ? i.end : i.labelAt + w;
      return { a, b, top: i.y, bottom: i.y + i.lines.length * 19 };
    };
    for (const it of layout.items) {
      const b = box(it);
      expect(b.a).toBeGreaterThanOrEqual(layout.plotStart - 1);
      expect(b.b).toBeLessThanOrEqual(layout.plotEnd + 1);
    }
    for (const x of layout.items)
      for (const y of layout.items) {
        if (x === y || x.event.kind !== y.event.kind) continue;
        const p = box(x);
        const q = box(y);
        const apart = p.b <= q.a || q.b <= p.a || p.bottom <= q.top || q.bottom <= p.top;
        expect(apart, `${x.event.id} / ${y.event.id}`).toBe(true);
      }
  });

  it('puts the lanes one under another and the axis under them all, with ticks in the window', () => {
    for (let i = 1; i < layout.lanes.length; i++)
      expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    expect(layout.axisY).toBeGreaterThan(layout.lanes.at(-1)!.y);
    expect(layout.ticks.length).toBeGreaterThan(2);
    expect(layout.ticks.every((t) => t.ms >= from && t.ms <= to)).toBe(true);
  });

  it('never cuts a title, however long', () => {
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrapTitle(text, 80, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    expect(lines.every((l) => measure(l) <= 80)).toBe(true);
  });
});
