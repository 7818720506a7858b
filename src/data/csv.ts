/**
 * The events and their quotes as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte order mark, without which Excel reads the file in the local code page and garbles the Arabic.
 */
import { sourceLabel, type Dataset, type Quote, type TimelineEvent } from '../domain';

/**
 * The columns, in order: one row per quote, or one row for an event no source quotes. A source is
 * named as the app names it (`source_ar`, `source_en`: see `sourceLabel`), then described as the
 * dataset describes it (`outlet_ar`, `outlet_en`).
 */
export const CSV_COLUMNS = [
  'event_id',
  'start',
  'end',
  'precision',
  'basis',
  'kind',
  'title_ar',
  'title_en',
  'source_id',
  'source_ar',
  'source_en',
  'outlet_ar',
  'outlet_en',
  'quote_start',
  'quote_end',
  'quote_ar',
  'quote_en',
  'claims',
] as const;

/**
 * One field. A value a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
 * carriage return, as OWASP lists them) gets a leading apostrophe, so opening the file never runs
 * dataset text as a formula; such a field then reads with the apostrophe in any other program.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // A `;` is quoted too: spreadsheets whose list separator is `;` would otherwise split the field
  // there, and a formula could start mid-field.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (fields: readonly string[]): string => fields.map(csvField).join(',');

function eventFields(ev: TimelineEvent): string[] {
  return [ev.id, ev.start, ev.end ?? '', ev.precision, ev.basis, ev.kind, ev.title.ar, ev.title.en];
}

function quoteFields(q: Quote): string[] {
  return [String(q.start), String(q.end), q.text, q.en, q.claims.join(';')];
}

/** The dataset's events and every source's quotes as one CSV table (UTF-8 with BOM, CRLF). */
export function exportCsv(dataset: Dataset): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows = [row(CSV_COLUMNS)];
  for (const ev of dataset.events) {
    const quoted = ev.accounts.flatMap((a) => a.quotes.map((q) => [a.source, q] as const));
    if (quoted.length === 0) rows.push(row([...eventFields(ev), ...Array<string>(10).fill('')]));
    for (const [id, q] of quoted) {
      const source = sources.get(id);
      const named =
        source === undefined
          ? ['', '', '', '']
          : [sourceLabel(source, 'ar'), sourceLabel(source, 'en'), source.outlet.ar, source.outlet.en];
      rows.push(row([...eventFields(ev), id, ...named, ...quoteFields(q)]));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
