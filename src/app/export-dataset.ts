/**
 * The dataset on screen as a file: Riwayat JSON, CSV or TimelineJS3. A static corpus is refused: the
 * screen holds only what it has fetched (events without their details, articles without their text),
 * so any file written from it would be partial, and the Riwayat JSON one invalid. A corpus's own files
 * are its export.
 */
import { exportCsv, exportRiwayat, exportTimelineJs } from '../data';
import { fileDay, fileStem } from '../domain';
import type { DatasetState } from './datasets';
import { offersFor } from './offers';

export type ExportFormat = 'riwayat' | 'csv' | 'timelinejs-ar' | 'timelinejs-en';

export interface DatasetFile {
  readonly body: string;
  readonly type: string;
  readonly name: string;
}

/** Why the dataset on screen cannot be exported, if it cannot. */
export type ExportRefusal = 'corpus' | 'empty';

export function exportRefusal(state: Pick<DatasetState, 'dataset' | 'corpus'>): ExportRefusal | null {
  if (!offersFor(state.corpus).exports) return 'corpus';
  if (state.dataset === null) return 'empty';
  return null;
}

/** The file for `format`, or why there is none. */
export function datasetFile(
  state: Pick<DatasetState, 'dataset' | 'corpus'>,
  format: ExportFormat,
  day = fileDay(new Date()),
): DatasetFile | { readonly refused: ExportRefusal } {
  const refused = exportRefusal(state);
  if (refused !== null || state.dataset === null) return { refused: refused ?? 'empty' };
  const d = state.dataset;
  const stem = fileStem([day]);
  switch (format) {
    case 'riwayat':
      return { body: exportRiwayat(d), type: 'application/json', name: `${stem}.json` };
    case 'csv':
      return { body: exportCsv(d), type: 'text/csv;charset=utf-8', name: `${stem}.csv` };
    case 'timelinejs-ar':
    case 'timelinejs-en': {
      const lang = format === 'timelinejs-ar' ? 'ar' : 'en';
      return {
        body: JSON.stringify(exportTimelineJs(d, lang), null, 2),
        type: 'application/json',
        name: `${stem}-timelinejs-${lang}.json`,
      };
    }
  }
}

/** Offers the file for download; answers the refusal instead when there is none. */
export function exportFile(
  state: Pick<DatasetState, 'dataset' | 'corpus'>,
  format: ExportFormat,
  offer: (body: BlobPart, type: string, name: string) => void,
): ExportRefusal | null {
  const file = datasetFile(state, format);
  if ('refused' in file) return file.refused;
  offer(file.body, file.type, file.name);
  return null;
}
