/**
 * The dataset on screen as a file: Riwayat JSON, CSV or TimelineJS3. A static corpus is refused: the
 * screen holds only what it has fetched (events without their details, articles without their text),
 * so any file written from it would be partial, and the Riwayat JSON one invalid. A corpus's own files
 * are its export.
 */
import { exportCsv, exportRiwayat, exportTimelineJs } from '../data';
import { fileDay, fileStem, type Dataset } from '../domain';
import { offersFor } from './offers';
import { fileOf, type OnScreen } from './on-screen';

export type ExportFormat = 'riwayat' | 'csv' | 'timelinejs-ar' | 'timelinejs-en';

export interface DatasetFile {
  readonly body: string;
  readonly type: string;
  readonly name: string;
}

/** Why what is on screen cannot be exported, if it cannot. */
export type ExportRefusal = 'corpus' | 'empty';

/** Why what is on screen cannot be exported: a corpus (`offersFor` says so), or nothing at all. */
export function exportRefusal(on: OnScreen | null): ExportRefusal | null {
  if (on === null) return 'empty';
  return offersFor(on).exports ? null : 'corpus';
}

/** A file's dataset as a file in `format`: only a file's `Dataset` is taken, never what a corpus fetched. */
export function datasetFile(d: Dataset, format: ExportFormat, day = fileDay(new Date())): DatasetFile {
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

/** Offers the file of what is on screen for download; answers the refusal instead when there is none. */
export function exportFile(
  on: OnScreen | null,
  format: ExportFormat,
  offer: (body: BlobPart, type: string, name: string) => void,
): ExportRefusal | null {
  const refused = exportRefusal(on);
  const d = fileOf(on);
  if (refused !== null || d === null) return refused ?? 'empty';
  const file = datasetFile(d, format);
  offer(file.body, file.type, file.name);
  return null;
}
