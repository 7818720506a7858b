import { describe, expect, it } from 'vitest';
import { deskCommandFor } from '../../src/view/keys';
import { press } from '../support/key-press';

describe('deskCommandFor', () => {
  it('steps with the arrows in reading direction, mirrored in Arabic', () => {
    expect(deskCommandFor(press('ArrowRight'), false)).toEqual({ kind: 'step', by: 1 });
    expect(deskCommandFor(press('ArrowLeft'), false)).toEqual({ kind: 'step', by: -1 });
    expect(deskCommandFor(press('ArrowLeft'), true)).toEqual({ kind: 'step', by: 1 });
    expect(deskCommandFor(press('ArrowRight'), true)).toEqual({ kind: 'step', by: -1 });
  });
  it('steps with J and K, by their place on an Arabic keyboard too', () => {
    expect(deskCommandFor(press('j'), true)).toEqual({ kind: 'step', by: 1 });
    expect(deskCommandFor(press('k'), false)).toEqual({ kind: 'step', by: -1 });
    expect(deskCommandFor(press('ت', { code: 'KeyJ' }), true)).toEqual({ kind: 'step', by: 1 });
    expect(deskCommandFor(press('ن', { code: 'KeyK' }), true)).toEqual({ kind: 'step', by: -1 });
  });
  it('closes with Escape, goes to the ends with Home and End, and lists the keys with ? (or ؟)', () => {
    expect(deskCommandFor(press('Escape'), false)).toEqual({ kind: 'close' });
    expect(deskCommandFor(press('Home'), true)).toEqual({ kind: 'first' });
    expect(deskCommandFor(press('End'), false)).toEqual({ kind: 'last' });
    expect(deskCommandFor(press('?', { shiftKey: true }), false)).toEqual({ kind: 'help' });
    expect(deskCommandFor(press('؟', { shiftKey: true }), true)).toEqual({ kind: 'help' });
  });
  it('goes to the search box with /, by its place on an Arabic keyboard too', () => {
    expect(deskCommandFor(press('/', { code: 'Slash' }), false)).toEqual({ kind: 'search' });
    expect(deskCommandFor(press('/', { code: 'NumpadDivide' }), true)).toEqual({ kind: 'search' });
    expect(deskCommandFor(press('ظ', { code: 'Slash' }), true)).toEqual({ kind: 'search' });
    expect(deskCommandFor(press('/', { ctrlKey: true }), false)).toBeNull();
  });
  it('leaves modified keys and other letters alone', () => {
    expect(deskCommandFor(press('ArrowRight', { ctrlKey: true }), false)).toBeNull();
    expect(deskCommandFor(press('J', { shiftKey: true, code: 'KeyJ' }), false)).toBeNull();
    expect(deskCommandFor(press('a'), false)).toBeNull();
  });
  it('zooms with + and −, pans with Shift and an arrow, and shows everything with 0, wherever focus is', () => {
    expect(deskCommandFor(press('+', { shiftKey: true }), false)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(deskCommandFor(press('='), true)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(deskCommandFor(press('-'), false)).toEqual({ kind: 'zoom', factor: 2 });
    expect(deskCommandFor(press('x', { code: 'NumpadAdd' }), true)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(deskCommandFor(press('x', { code: 'NumpadSubtract' }), true)).toEqual({ kind: 'zoom', factor: 2 });
    expect(deskCommandFor(press('0'), false)).toEqual({ kind: 'fit' });
    expect(deskCommandFor(press('٠', { code: 'Digit0' }), true)).toEqual({ kind: 'fit' });
    expect(deskCommandFor(press('ArrowRight', { shiftKey: true }), false)).toEqual({ kind: 'pan', by: 0.25 });
    expect(deskCommandFor(press('ArrowRight', { shiftKey: true }), true)).toEqual({ kind: 'pan', by: -0.25 });
    expect(deskCommandFor(press('+', { ctrlKey: true }), false)).toBeNull();
  });
});
