import { describe, expect, it, vi } from 'vitest';
import type { CorpusSource } from '../../src/app/corpus-source';
import { datasetFile, exportFile, exportRefusal, type ExportFormat } from '../../src/app/export-dataset';
import { parseDatasetJson } from '../../src/data';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
/** What a corpus source puts on screen is a Dataset too; only `corpus` tells it apart. */
const corpusOnScreen = { dataset, corpus: {} as CorpusSource };
const FORMATS: ExportFormat[] = ['riwayat', 'csv', 'timelinejs-ar', 'timelinejs-en'];

describe('exporting the dataset on screen', () => {
  it('is refused, in every format, while a static corpus is open: no file is offered', () => {
    expect(exportRefusal(corpusOnScreen)).toBe('corpus');
    for (const format of FORMATS) {
      expect(datasetFile(corpusOnScreen, format)).toEqual({ refused: 'corpus' });
      const offer = vi.fn();
      expect(exportFile(corpusOnScreen, format, offer)).toBe('corpus');
      expect(offer).not.toHaveBeenCalled();
    }
  });

  it('is refused when nothing is on screen', () => {
    expect(datasetFile({ dataset: null, corpus: null }, 'csv')).toEqual({ refused: 'empty' });
  });

  it('writes a Riwayat file the app itself accepts back', () => {
    const file = datasetFile({ dataset, corpus: null }, 'riwayat', '2026-12-06');
    if ('refused' in file) throw new Error('refused');
    expect(file.name).toBe('riwayat-2026-12-06.json');
    const back = parseDatasetJson(file.body);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset.events.length).toBe(dataset.events.length);
  });

  it('names each format by its kind and language', () => {
    const offer = vi.fn();
    for (const format of FORMATS) expect(exportFile({ dataset, corpus: null }, format, offer)).toBeNull();
    expect(offer.mock.calls.map((c) => [c[1], String(c[2]).replace(/\d{4}-\d\d-\d\d/, 'DAY')])).toEqual([
      ['application/json', 'riwayat-DAY.json'],
      ['text/csv;charset=utf-8', 'riwayat-DAY.csv'],
      ['application/json', 'riwayat-DAY-timelinejs-ar.json'],
      ['application/json', 'riwayat-DAY-timelinejs-en.json'],
    ]);
  });
});
