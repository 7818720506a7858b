/**
 * npm run -s dates -- --jsonl
 *   Reads JSON Lines on stdin, each {"text": "...", "published": "YYYY-MM-DD" | RFC 3339 date-time |
 *   null} (a date-time counts on the day it names, in its own offset), and writes one
 *   line per input line, in order: {"expressions": [{start, end, text, kind, value, rule, note}]}
 *   (offsets in UTF-16 code units; value YYYY, YYYY-MM, YYYY-MM-DD, an inclusive range A/B, or null).
 *   A line that cannot be read gets {"expressions": [], "error": "..."} (invalid UTF-8: "line N: …").
 *   The input is read as one stream of strict UTF-8 (a character is never split between two reads),
 *   and each answer is written as soon as it is ready. A reading outside the years 0000–9999 has
 *   `value: null` and a `valueError` saying why.
 * npm run -s dates -- --published 2024-06-26 FILE
 *   Prints the date expressions of one text as a readable table, with each one's reasoning.
 */
import { once } from 'node:events';
import { analyseDates, publicationDay, type ResolvedDateExpression } from '../domain';
import { readText, textLines, TextFileError } from './text-files';

const dayOf = (s: unknown): string | null => (typeof s === 'string' ? publicationDay(s) : null);

/** A value as the output promises it: YYYY, YYYY-MM or YYYY-MM-DD, or an inclusive range of two. */
const WRITABLE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

const wire = (e: ResolvedDateExpression): Record<string, unknown> => {
  const out = {
    start: e.start,
    end: e.end,
    text: e.text,
    kind: e.kind,
    value: e.value,
    rule: e.rule,
    note: e.note,
  };
  // At the calendar's edges (a day before 0000-01-01, a year after 9999) a reading has no form the
  // output can carry: no value, and the reason, rather than a malformed one.
  if (e.value !== null && !WRITABLE.test(e.value))
    return {
      ...out,
      value: null,
      valueError: `the reading "${e.value}" is not a YYYY, YYYY-MM or YYYY-MM-DD value (the calendar's edge)`,
    };
  return out;
};

/** One output line for one input line. */
export function answerLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ expressions: [], error: 'not JSON' });
  }
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string')
    return JSON.stringify({
      expressions: [],
      error: 'expected {"text": string, "published": "YYYY-MM-DD" | date-time | null}',
    });
  const { text, published } = input as { text: string; published?: unknown };
  const day = dayOf(published);
  if (published !== undefined && published !== null && day === null)
    return JSON.stringify({
      expressions: [],
      error: `published ${JSON.stringify(published)} is not a YYYY-MM-DD day or an RFC 3339 date-time`,
    });
  return JSON.stringify({ expressions: analyseDates(text, day).map(wire) });
}

function table(text: string, published: string | null): string {
  const rows = analyseDates(text, published);
  const out = [`${rows.length} date expression(s); published ${published ?? 'unknown'}`, ''];
  const head = ['start–end', 'kind', 'value', 'rule', 'text'];
  const cells = rows.map((e) => [
    `${e.start}–${e.end}`,
    e.kind,
    e.value ?? '—',
    e.rule,
    e.text.replace(/\s+/g, ' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const fmt = (c: readonly string[]): string =>
    c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i] ?? 0))).join('  ');
  out.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))));
  rows.forEach((e, i) => {
    out.push(fmt(cells[i] ?? []));
    out.push(`    en: ${e.note.en}`, `    ar: ${e.note.ar}`);
    for (const a of e.alternatives) out.push(`    or: ${a.value} (${a.reading})`);
  });
  return out.join('\n');
}

/** Answers each line of stdin as it comes (each written when ready), reading the input as one stream. */
async function answerStdin(): Promise<void> {
  for await (const line of textLines(process.stdin)) {
    const answer =
      'error' in line
        ? JSON.stringify({ expressions: [], error: `line ${line.n}: ${line.error}` })
        : answerLine(line.text);
    if (!process.stdout.write(`${answer}\n`)) await once(process.stdout, 'drain');
  }
}

async function main(): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return answerStdin();
  const p = args.indexOf('--published');
  const given = p >= 0 ? (args[p + 1] ?? null) : null;
  const published = given === null ? null : dayOf(given);
  const file = args.filter((a, i) => !a.startsWith('--') && i !== p + 1)[0];
  if (file === undefined || (given !== null && published === null)) {
    console.error(
      'usage: npm run -s dates -- --jsonl < lines.jsonl\n       npm run -s dates -- [--published YYYY-MM-DD | date-time] FILE',
    );
    process.exitCode = 2;
    return;
  }
  try {
    process.stdout.write(`${table(readText(file).normalize('NFC'), published)}\n`);
  } catch (e) {
    if (!(e instanceof TextFileError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
