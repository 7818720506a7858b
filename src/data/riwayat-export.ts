/** The single-file Riwayat dataset as text, the same format `npm run data:build` writes and the app loads. */
import type { Dataset } from '../domain';

/** The dataset as pretty-printed JSON (two spaces, trailing newline) that `parseDatasetJson` reads back. */
export function exportRiwayat(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
