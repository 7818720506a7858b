import { describe, expect, it } from 'vitest';
import { isReadingToggle } from '../../src/app/reading';
import { savedReading, saveReading } from '../../src/state/preferences';
import { listKeyTarget } from '../../src/view/panels/EventList';

const memory = (): Pick<Storage, 'getItem' | 'setItem'> => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};

describe('the reading layout preference', () => {
  it('is on until the user turns it off, and remembers either choice', () => {
    const s = memory();
    expect(savedReading(s)).toBe(true);
    saveReading(false, s);
    expect(savedReading(s)).toBe(false);
    saveReading(true, s);
    expect(savedReading(s)).toBe(true);
  });

  it('survives storage that throws or is missing', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(savedReading(broken)).toBe(true);
    expect(() => saveReading(false, broken)).not.toThrow();
    expect(savedReading(null)).toBe(true);
  });

  it('switches on T in any keyboard layout, never with a modifier', () => {
    const k = { ctrlKey: false, metaKey: false, altKey: false };
    expect(isReadingToggle({ ...k, key: 't' })).toBe(true);
    expect(isReadingToggle({ ...k, key: 'T' })).toBe(true);
    expect(isReadingToggle({ ...k, key: 'ف', code: 'KeyT' })).toBe(true);
    expect(isReadingToggle({ ...k, key: 'y', code: 'KeyY' })).toBe(false);
    expect(isReadingToggle({ ...k, ctrlKey: true, key: 't' })).toBe(false);
    expect(isReadingToggle({ ...k, metaKey: true, key: 't' })).toBe(false);
  });
});

describe('keys in the list of events', () => {
  it('move along the rows and stop at the ends', () => {
    expect(listKeyTarget('ArrowDown', 0, 5)).toBe(1);
    expect(listKeyTarget('ArrowDown', 4, 5)).toBe(4);
    expect(listKeyTarget('ArrowUp', 0, 5)).toBe(0);
    expect(listKeyTarget('ArrowUp', 3, 5)).toBe(2);
    expect(listKeyTarget('Home', 3, 5)).toBe(0);
    expect(listKeyTarget('End', 1, 5)).toBe(4);
    expect(listKeyTarget('PageDown', 1, 30)).toBe(11);
    expect(listKeyTarget('PageUp', 5, 30)).toBe(0);
    expect(listKeyTarget('Enter', 1, 5)).toBeNull();
    expect(listKeyTarget('ArrowDown', 0, 0)).toBeNull();
  });
});
