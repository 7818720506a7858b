/**
 * What a corpus has fetched is a type of its own: the window's heads are drawn as they are, an event
 * fetched in full is drawn as itself, and what the card and the accounts read holds only events in full.
 */
import { describe, expect, it } from 'vitest';
import { detailsOf, drawnEvents, type CorpusPart } from '../../src/app/corpus-part';
import type { EventHead } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const [a, b, c] = dataset.events;
if (a === undefined || b === undefined || c === undefined)
  throw new Error('the bundled story has three events');
const head = ({ id, start, precision, basis, kind, actors, title }: EventHead): EventHead => ({
  ...{ id, start, precision, basis, kind, actors, title },
});
/** The window holds a and b as heads; b and c (selected earlier, outside the window) are in full. */
const part: CorpusPart = {
  title: dataset.title,
  heads: [head(a), head(b)],
  full: new Map([
    [b.id, b],
    [c.id, c],
  ]),
  sources: dataset.sources.map(({ text: _text, ...s }) => s),
  texts: new Map([[dataset.sources[0]!.id, dataset.sources[0]!.text]]),
  entities: dataset.entities,
};

describe("a corpus's part on screen", () => {
  it('draws the heads, an event fetched in full as itself, and the selected outside the window', () => {
    const drawn = drawnEvents(part);
    expect(drawn.map((e) => e.id)).toEqual([a.id, b.id, c.id]);
    expect(drawn[0]).not.toHaveProperty('accounts');
    expect(drawn[1]).toBe(b);
    expect(drawn[2]).toBe(c);
  });

  it('gives the card and the accounts the events in full only, with the articles fetched', () => {
    const details = detailsOf(part);
    expect(details.events.map((e) => e.id)).toEqual([b.id, c.id]);
    expect(details.events.every((e) => 'accounts' in e && 'summary' in e)).toBe(true);
    const [first, ...rest] = details.sources;
    expect(first?.text).toBe(dataset.sources[0]!.text);
    // An article still on its way reads as empty until it arrives.
    expect(rest.every((s) => s.text === '')).toBe(true);
    // Made once per part, so that its lookups are built once.
    expect(detailsOf(part)).toBe(details);
  });
});
