/**
 * The reading pane's page keys: a page is what is in sight under the sticky heads, less a little kept
 * from the page before, and the keys belong to the control they are pressed on where it uses them.
 */
import { describe, expect, it } from 'vitest';
import { pageKey, pageStep } from '../../src/view/compare/sticky-room';

const key = (k: string, target: { tagName: string; role?: string; editable?: boolean }, mods = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...mods,
  target: {
    tagName: target.tagName,
    isContentEditable: target.editable === true,
    getAttribute: (name: string) => (name === 'role' ? (target.role ?? null) : null),
  } as unknown as EventTarget,
});

describe('pageStep', () => {
  it('pages by the sight under the heads, keeping a tenth of it', () => {
    // 1280×720: a 426 px pane under titles reaching 118 px.
    expect(pageStep(426, 118)).toBe(277);
    expect(pageStep(100, 0)).toBe(90);
  });
  it('keeps at most 40 px of the page before on a tall pane', () => {
    expect(pageStep(1000, 100)).toBe(860);
  });
  it('always moves', () => {
    expect(pageStep(100, 120)).toBe(1);
  });
});

describe('pageKey', () => {
  const title = { tagName: 'H2' };
  it('pages down on PageDown and Space, up on PageUp and Shift+Space', () => {
    expect(pageKey(key('PageDown', title))).toBe(1);
    expect(pageKey(key(' ', title))).toBe(1);
    expect(pageKey(key('PageUp', title))).toBe(-1);
    expect(pageKey(key(' ', title, { shiftKey: true }))).toBe(-1);
    expect(pageKey(key('ArrowDown', title))).toBe(0);
  });
  it('leaves keys with a modifier, or already handled, alone', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey', 'defaultPrevented'])
      expect(pageKey(key('PageDown', title, { [mod]: true }))).toBe(0);
  });
  it('leaves fields their keys, and buttons and links their Space', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(pageKey(key('PageDown', { tagName }))).toBe(0);
    expect(pageKey(key('PageDown', { tagName: 'DIV', editable: true }))).toBe(0);
    for (const tagName of ['BUTTON', 'A', 'SUMMARY']) {
      expect(pageKey(key(' ', { tagName }))).toBe(0);
      expect(pageKey(key('PageDown', { tagName }))).toBe(1);
    }
    expect(pageKey(key(' ', { tagName: 'SPAN', role: 'button' }))).toBe(0);
  });
});
