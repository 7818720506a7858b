import { describe, expect, it } from 'vitest';
import { exportRefusal } from '../../src/app/export-dataset';
import { offersFor, withinOffers } from '../../src/app/offers';
import type { OnScreen } from '../../src/app/on-screen';
import { miniDataset } from '../fixtures/mini-dataset';
import { writers } from '../support/source-files';
import { viewState } from '../support/view-state';

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

describe('withinOffers: an address asking for what is not offered', () => {
  const file = offersFor({ kind: 'file', dataset: miniDataset() });
  const part = offersFor(corpus);

  it('opens the view instead of the workbench or a presentation over a corpus', () => {
    expect(withinOffers(viewState({ mode: 'author' }), part)).toEqual({ mode: 'view' });
    const presenting = viewState({ present: true, briefingId: 'b', step: { eventId: 'e', step: 1 } });
    expect(withinOffers(presenting, part)).toMatchObject({ present: false, briefingId: null, step: null });
  });

  it('leaves a file’s workbench, preview and presentation as they are, and the view over a corpus', () => {
    expect(withinOffers(viewState({ mode: 'author' }), file)).toEqual({});
    expect(withinOffers(viewState({ mode: 'preview', present: true }), file)).toEqual({});
    expect(withinOffers(viewState(), part)).toEqual({});
  });

  it('is the one answer: no component leaves the workbench or a presentation on its own for what is not offered', () => {
    const own = /!\s*(?:\w+\.)*(?:offers\.(?:present|workbench)|mayPresent)\b[^\n]*(?:store\.set|setMode)/u;
    expect(writers(own, [])).toEqual([]);
  });
});
