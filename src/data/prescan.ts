/**
 * A look over JSON text before it is parsed: nesting deeper than any dataset needs, or a string longer
 * than any field allows, is refused at once with its place, before a parser builds anything from it.
 * Malformed text is left to the parser, which says what is wrong.
 */
import { at, type Problem } from './problems';

interface Frame {
  readonly array: boolean;
  /** The item's index in an array. */
  index: number;
  /** In an object: where the current key's text (quotes included) starts and ends, once read. */
  keyStart: number;
  keyEnd: number;
  expectKey: boolean;
}

function pathOf(text: string, stack: readonly Frame[]): string {
  let path = '$';
  for (const f of stack) {
    if (f.array) path = at(path, f.index);
    else if (!f.expectKey && f.keyStart >= 0) {
      const raw = text.slice(f.keyStart + 1, f.keyEnd - 1);
      let key = raw;
      try {
        const parsed: unknown = JSON.parse(text.slice(f.keyStart, f.keyEnd));
        if (typeof parsed === 'string') key = parsed;
      } catch {
        // An unreadable key is named as written.
      }
      path = at(path, key);
    }
  }
  return path;
}

/** The end of the string that opens at `i` (the index of its closing quote), or -1 if it never closes. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return -1;
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return j;
    j++;
  }
}

/** The first structural reason to refuse the text without parsing it, or null. */
export function prescanJson(text: string, maxDepth: number, maxString: number): Problem | null {
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      const top = stack[stack.length - 1];
      const isKey = top !== undefined && !top.array && top.expectKey;
      // The raw length bounds the string's: an escape spells one character in at most six.
      if (end - i - 1 > maxString) {
        let length: number;
        try {
          const parsed: unknown = JSON.parse(text.slice(i, end + 1));
          length = typeof parsed === 'string' ? parsed.length : end - i - 1;
        } catch {
          return null;
        }
        if (length > maxString) {
          const what = isKey ? 'has a key' : 'is a string';
          return {
            path: pathOf(text, stack),
            code: 'too-long',
            message: `${what} of ${length} characters (at character ${i}); no field allows more than ${maxString}`,
          };
        }
      }
      if (top !== undefined && isKey) {
        top.keyStart = i;
        top.keyEnd = end + 1;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) {
        return {
          path: pathOf(text, stack),
          code: 'too-deep',
          message: `nests more than ${maxDepth} levels deep (at character ${i})`,
        };
      }
      stack.push({ array: c === 91, index: 0, keyStart: -1, keyEnd: -1, expectKey: c === 123 });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.array) top.index++;
        else top.expectKey = true;
      }
    } else if (c === 58) {
      const top = stack[stack.length - 1];
      if (top !== undefined && !top.array) top.expectKey = false;
    }
  }
  return null;
}
