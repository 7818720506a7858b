/**
 * A file's first window has one owner, `homeWindow`: the window a load opens at (`app/datasets.ts`)
 * and the one "Back to the main story" returns to (`app/shown.ts`) ask it, on a phone as at a desk.
 */
import { describe, expect, it } from 'vitest';
import { coreWindow, homeWindow, PHONE_EDGE_SHARE } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { writers } from '../support/source-files';

const dataset = loadCorpus();

describe("a file's first window", () => {
  it('at a desk is the story’s core', () => {
    expect(homeWindow(dataset, false)).toEqual(coreWindow(dataset));
  });

  it('on a phone leaves a quarter of the window free at each side of the core’s events', () => {
    const desk = homeWindow(dataset, false)!;
    const phone = homeWindow(dataset, true)!;
    const core = coreWindow(dataset, 0)!;
    const width = phone.to - phone.from;
    expect((core.from - phone.from) / width).toBeCloseTo(PHONE_EDGE_SHARE, 6);
    expect((phone.to - core.to) / width).toBeCloseTo(PHONE_EDGE_SHARE, 6);
    expect(phone.to - phone.from).toBeGreaterThan(desk.to - desk.from);
  });

  it('is worked out nowhere else', () => {
    // The phone's margin, or the core window with a margin of its own, is homeWindow's to write.
    expect(writers(/marginForEdge\(|coreWindow\([^):]*,/u, ['src/domain/readable-window.ts'])).toEqual([]);
    expect(writers(/homeWindow\(/u, ['src/domain/readable-window.ts']).sort()).toEqual([
      'src/app/datasets.ts',
      'src/app/shown.ts',
    ]);
  });
});
