/** The screen's layout classes, which the style sheets read, from the states that set them. */
import { describe, expect, it } from 'vitest';
import { screenClass, sideClass } from '../../src/app/screen-class';

const none = { present: false, selected: false, reading: false, stripFolded: false, searching: false };

describe('the screen’s classes', () => {
  it('name each state that is on, and only those', () => {
    expect(screenClass(none)).toBe('app');
    expect(screenClass({ ...none, present: true })).toBe('app presenting');
    expect(screenClass({ ...none, selected: true, reading: true, searching: true })).toBe(
      'app has-selection reading searching',
    );
  });

  it('fold the strip only in the reading layout', () => {
    expect(screenClass({ ...none, selected: true, stripFolded: true })).toBe('app has-selection');
    expect(screenClass({ ...none, selected: true, reading: true, stripFolded: true })).toBe(
      'app has-selection reading strip-folded',
    );
  });
});

describe('the side column’s classes', () => {
  const side = { searching: false, selected: false, phone: false, starting: false };

  it("give a search's results the whole column on a desk, and on a phone with nothing open", () => {
    expect(sideClass({ ...side, searching: true })).toBe('story-side results-only');
    expect(sideClass({ ...side, searching: true, selected: true })).toBe('story-side results-only');
    expect(sideClass({ ...side, searching: true, phone: true })).toBe('story-side results-only');
    // A phone's event view keeps its card: the results wait behind it.
    expect(sideClass({ ...side, searching: true, selected: true, phone: true })).toBe('story-side');
  });

  it('offer where to start only with nothing selected', () => {
    expect(sideClass({ ...side, starting: true })).toBe('story-side starting');
    expect(sideClass({ ...side, starting: true, selected: true })).toBe('story-side');
    expect(sideClass(side)).toBe('story-side');
  });
});
