import { describe, expect, it } from 'vitest';
import { chosenFold, savedFolds, saveFold } from '../../src/state';

const memory = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};

describe('the folds of an event’s head', () => {
  it('fold the note until chosen, never the strip nor "Where they diverge" (open for every event)', () => {
    expect(savedFolds(memory())).toEqual({ strip: false, note: true, diverge: false });
  });
  it('remember each part as chosen, keeping the others', () => {
    const s = memory();
    saveFold('diverge', false, s);
    saveFold('strip', false, s);
    expect(savedFolds(s)).toEqual({ strip: false, note: true, diverge: false });
    saveFold('diverge', true, s);
    expect(savedFolds(s)).toEqual({ strip: false, note: true, diverge: true });
  });
  it('read only booleans from storage other code may have written', () => {
    expect(savedFolds(memory({ 'riwayat.folds': '{"note":"no","strip":1,"diverge":false}' }))).toEqual({
      strip: false,
      note: true,
      diverge: false,
    });
    expect(savedFolds(memory({ 'riwayat.folds': 'not json' }))).toEqual({
      strip: false,
      note: true,
      diverge: false,
    });
  });
  it('tell a part never chosen from one chosen, folded or not', () => {
    const s = memory({ 'riwayat.folds': '{"note":"no"}' });
    expect(chosenFold('diverge', s)).toBeUndefined();
    expect(chosenFold('note', s)).toBeUndefined();
    saveFold('diverge', false, s);
    expect(chosenFold('diverge', s)).toBe(false);
    saveFold('diverge', true, s);
    expect(chosenFold('diverge', s)).toBe(true);
    expect(chosenFold('strip', memory({ 'riwayat.folds': 'not json' }))).toBeUndefined();
  });
});
