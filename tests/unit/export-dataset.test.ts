import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { CorpusPart } from '../../src/app/corpus-part';
import type { CorpusSource } from '../../src/app/corpus-source';
import type { deckOf } from '../../src/app/deck-export';
import { datasetFile, exportFile, exportRefusal, type ExportFormat } from '../../src/app/export-dataset';
import type { OnScreen } from '../../src/app/on-screen';
import type { PrintoutInput } from '../../src/app/printout';
import { parseDatasetJson } from '../../src/data';
import type { Dataset, TimelineEvent } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const onFile: OnScreen = { kind: 'file', dataset };
/** What a corpus on screen holds: its source and the part it has fetched (its events in full here). */
const part: CorpusPart = {
  title: dataset.title,
  heads: dataset.events,
  full: new Map(dataset.events.map((e) => [e.id, e])),
  sources: dataset.sources,
  texts: new Map(dataset.sources.map((s) => [s.id, s.text])),
  entities: dataset.entities,
};
const corpusOnScreen: OnScreen = { kind: 'corpus', source: {} as CorpusSource, part };
const FORMATS: ExportFormat[] = ['riwayat', 'csv', 'timelinejs-ar', 'timelinejs-en'];

describe('exporting what is on screen', () => {
  it('is refused, in every format, while a static corpus is open: no file is offered', () => {
    expect(exportRefusal(corpusOnScreen)).toBe('corpus');
    for (const format of FORMATS) {
      const offer = vi.fn();
      expect(exportFile(corpusOnScreen, format, offer)).toBe('corpus');
      expect(offer).not.toHaveBeenCalled();
    }
  });

  it("takes a file's dataset only: what a corpus fetched does not compile as one", () => {
    // @ts-expect-error A corpus's part is not a dataset (the line fails to compile if it ever becomes one).
    expect(() => datasetFile(part, 'csv')).toThrow();
    // @ts-expect-error Nor is what is on screen, until its case says it is a file.
    expect(() => datasetFile(onFile, 'csv')).toThrow();
    if (onFile.kind === 'file') expect(datasetFile(onFile.dataset, 'csv').name).toMatch(/\.csv$/);
  });

  it("the deck and the handout take a file's dataset only, which a corpus's part is not", () => {
    expectTypeOf<CorpusPart>().not.toExtend<Dataset>();
    expectTypeOf<Parameters<typeof deckOf>[0]>().toEqualTypeOf<Dataset>();
    expectTypeOf<PrintoutInput['file']>().toEqualTypeOf<{
      readonly dataset: Dataset;
      readonly visible: readonly TimelineEvent[];
    } | null>();
  });

  it('is refused when nothing is on screen', () => {
    expect(exportRefusal(null)).toBe('empty');
    expect(exportFile(null, 'csv', vi.fn())).toBe('empty');
  });

  it('writes a Riwayat file the app itself accepts back', () => {
    const file = datasetFile(dataset, 'riwayat', '2026-12-06');
    expect(file.name).toBe('riwayat-2026-12-06.json');
    const back = parseDatasetJson(file.body);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset.events.length).toBe(dataset.events.length);
  });

  it('names each format by its kind and language', () => {
    const offer = vi.fn();
    for (const format of FORMATS) expect(exportFile(onFile, format, offer)).toBeNull();
    expect(offer.mock.calls.map((c) => [c[1], String(c[2]).replace(/\d{4}-\d\d-\d\d/, 'DAY')])).toEqual([
      ['application/json', 'riwayat-DAY.json'],
      ['text/csv;charset=utf-8', 'riwayat-DAY.csv'],
      ['application/json', 'riwayat-DAY-timelinejs-ar.json'],
      ['application/json', 'riwayat-DAY-timelinejs-en.json'],
    ]);
  });
});
