import { describe, expect, it } from 'vitest';
import { pageStep } from '../../src/app/page-keys';
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
