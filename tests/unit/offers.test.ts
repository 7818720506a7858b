import { describe, expect, it } from 'vitest';
import { exportRefusal } from '../../src/app/export-dataset';
import { offersFor } from '../../src/app/offers';
import type { OnScreen } from '../../src/app/on-screen';
import { miniDataset } from '../fixtures/mini-dataset';

const corpus = { kind: 'corpus' } as OnScreen;

describe('offersFor: what the screen offers for a file or a corpus', () => {
  it('offers everything for a file', () => {
    expect(
      Object.values(offersFor({ kind: 'file', dataset: miniDataset() })).every((offered) => offered),
    ).toBe(true);
  });

  it('offers nothing for a corpus that would act on the part fetched as if it were the whole', () => {
    const offers = offersFor(corpus);
    expect(Object.entries(offers).filter(([, offered]) => offered)).toEqual([]);
    expect(Object.keys(offers).sort()).toEqual(
      [
        'allEvents',
        'briefings',
        'exports',
        'filters',
        'fit',
        'present',
        'print',
        'startHere',
        'workbench',
      ].sort(),
    );
  });

  it('is what export asks: a corpus is refused, a file is not', () => {
    const dataset = miniDataset();
    expect(exportRefusal({ kind: 'file', dataset })).toBeNull();
    expect(exportRefusal(corpus)).toBe('corpus');
  });
});
