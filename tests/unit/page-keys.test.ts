import { describe, expect, it } from 'vitest';
import { pageLength, pageStep } from '../../src/app/page-keys';
import { press } from '../support/key-press';

describe('pageStep', () => {
  it('pages down with PageDown and Space, up with PageUp and Shift+Space', () => {
    expect(pageStep(press('PageDown'))).toBe(1);
    expect(pageStep(press(' '))).toBe(1);
    expect(pageStep(press('PageUp'))).toBe(-1);
    expect(pageStep(press(' ', { shiftKey: true }))).toBe(-1);
  });
  it('leaves other keys and modified ones alone', () => {
    expect(pageStep(press('ArrowDown'))).toBeNull();
    expect(pageStep(press('PageDown', { ctrlKey: true }))).toBeNull();
    expect(pageStep(press(' ', { altKey: true }))).toBeNull();
  });
});

describe('pageLength', () => {
  it('pages by the sight under the sticky heads, keeping a tenth of it', () => {
    // 1280×720: a 426 px pane under titles reaching 118 px.
    expect(pageLength(426, 118)).toBe(277);
    expect(pageLength(300, 0)).toBe(270);
  });
  it('keeps at most 40 px of the page before on a tall pane', () => {
    expect(pageLength(1000, 100)).toBe(860);
  });
  it('always moves at least 40 px', () => {
    expect(pageLength(100, 90)).toBe(40);
  });
});
