import { describe, expect, it } from 'vitest';
import { exportRefusal } from '../../src/app/export-dataset';
import { offersFor } from '../../src/app/offers';
import { miniDataset } from '../fixtures/mini-dataset';

describe('offersFor: what the screen offers for a file or a corpus', () => {
  it('offers everything for a file', () => {
    expect(Object.values(offersFor(null)).every((offered) => offered)).toBe(true);
  });

  it('offers nothing for a corpus that would act on the part fetched as if it were the whole', () => {
    const offers = offersFor({});
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
    expect(exportRefusal({ dataset, corpus: null })).toBeNull();
    expect(exportRefusal({ dataset, corpus: {} as never })).toBe('corpus');
  });
});
