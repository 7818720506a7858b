/**
 * Reading text as the app does (Node only): strictly, with `decodeText`, so that bytes that are not
 * valid UTF-8 are refused with the file (and line) they are in, never turned into U+FFFD; a byte order
 * mark is dropped. JSON that does not parse is told with its line and column.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { decodeText, LIMITS, readJson } from '../data';

/** A file that could not be read as text or JSON; the message names the file and the place. */
export class TextFileError extends Error {
  constructor(
    message: string,
    readonly code: 'missing' | 'unreadable' | 'not-utf8' | 'not-json' = 'unreadable',
  ) {
    super(message);
  }
}

/** The text of the file at `path`: a missing file or invalid UTF-8 is a `TextFileError`. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT') throw new TextFileError(`${path}: no such file`, 'missing');
    throw new TextFileError(
      code === 'EISDIR'
        ? `${path}: is a directory, not a file`
        : `${path}: could not be read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    throw new TextFileError(`${path}: ${decoded.problems[0]?.message ?? 'not text'}`, 'not-utf8');
  return decoded.text;
}

/** Line and column (from 1) of a UTF-16 offset of `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let from = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    from = i + 1;
  }
  return { line, column: offset - from + 1 };
}

/** The JSON value of the file at `path`; a missing file, invalid UTF-8 or bad JSON is a `TextFileError`. */
export function readJsonFile(path: string): unknown {
  const text = readText(path);
  const value = readJson(text);
  if (value.ok) return value.value;
  const message = value.problems[0]?.message ?? 'not valid JSON';
  const at = /position (\d+)/.exec(message);
  const place = at === null ? '' : ((p) => `:${p.line}:${p.column}`)(lineAndColumn(text, Number(at[1])));
  throw new TextFileError(`${path}${place}: ${message}`, 'not-json');
}

/**
 * One line of a stream: its number (from 1) and its text, or why it could not be read; and its bytes
 * without the newline (where the next line starts).
 */
export type TextLine =
  | { readonly n: number; readonly text: string; readonly bytes: number }
  | { readonly n: number; readonly error: string; readonly bytes: number };

const NEWLINE = 0x0a;

/** Bytes `decodeText` reads as UTF-8 without a byte order mark to drop, and that are valid UTF-8. */
const plainUtf8 = (b: Uint8Array): boolean =>
  b.length > 0 &&
  b.length <= LIMITS.fileBytes &&
  !(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) &&
  !(b[0] === 0xff && b[1] === 0xfe) &&
  !(b[0] === 0xfe && b[1] === 0xff) &&
  isUtf8(b);

/**
 * A line as `utf8Lines` gives it: a plain UTF-8 line as its bytes, validated but not decoded; any other
 * line decoded, with `skip`, how many of its bytes come before its text (a UTF-8 byte order mark).
 */
export type Utf8Line =
  | Exclude<TextLine, { readonly text: string }>
  | { readonly n: number; readonly text: string; readonly bytes: number; readonly skip: number }
  | { readonly n: number; readonly utf8: Uint8Array; readonly bytes: number };

/**
 * The lines of a byte stream, each decoded whole with `decodeText`: a newline byte never occurs inside
 * a UTF-8 character, so no character is ever split between two reads, and a line of invalid UTF-8 is
 * told by its number. A final `\r` is dropped (CRLF files); the work is linear in the input.
 */
export function textLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<TextLine> {
  return lines(input, false) as AsyncGenerator<TextLine>;
}

/**
 * The lines as `textLines` reads them, except that a line of plain UTF-8 (no byte order mark, no
 * UTF-16) comes as its bytes without a final `\r`, validated and not decoded: for a reader that hands
 * the bytes on (the corpus build gives them to DuckDB).
 */
export function utf8Lines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Utf8Line> {
  return lines(input, true) as AsyncGenerator<Utf8Line>;
}

async function* lines(
  input: AsyncIterable<Uint8Array | string>,
  keep: boolean,
): AsyncGenerator<Utf8Line | TextLine> {
  let parts: Uint8Array[] = [];
  let n = 0;
  const line = (): Utf8Line | TextLine => {
    n++;
    const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
    parts = [];
    // Most lines are plain UTF-8: validated (and decoded) natively, as `decodeText` would decode them;
    // any other line goes through `decodeText` itself.
    if (plainUtf8(bytes)) {
      const end = bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
      if (keep) return { n, utf8: bytes.subarray(0, end), bytes: bytes.length };
      return {
        n,
        text: Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8'),
        bytes: bytes.length,
      };
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok)
      return {
        n,
        error: decoded.problems[0]?.message.replace('the file', 'the line') ?? '',
        bytes: bytes.length,
      };
    const text = decoded.text.endsWith('\r') ? decoded.text.slice(0, -1) : decoded.text;
    if (!keep) return { n, text, bytes: bytes.length };
    return {
      n,
      text,
      bytes: bytes.length,
      skip: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0,
    };
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, from)) {
      parts.push(bytes.subarray(from, i));
      from = i + 1;
      yield line();
    }
    if (from < bytes.length) parts.push(bytes.subarray(from));
  }
  if (parts.length > 0) yield line();
}
