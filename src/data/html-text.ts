/**
 * HTML in, plain text out, and plain text out to HTML: for the TimelineJS import and export. No DOM, so
 * it runs in Node and in the page alike, and nothing parsed here is ever handed to an HTML parser.
 */

/** Elements whose start or end begins a new line of text. */
const BLOCK =
  /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/;
/** Elements whose content is not text a reader sees. */
const SKIP_CONTENT = /^(script|style|template|noscript|iframe|object|svg|math|title|textarea)$/;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // A non-breaking space becomes a plain one: the imported text is searched and wrapped as text.
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
};

function codePoint(n: number): string {
  // What HTML does with numbers that name no character: the replacement character.
  if (!Number.isInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Decodes the character references in a run of text; an unknown `&name;` stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return codePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10));
      // Own names only: `&toString;` is not a reference, whatever the object's prototype holds.
      return Object.hasOwn(NAMED, ref) ? (NAMED[ref] as string) : whole;
    },
  );
}

/** Index just past the `>` that ends the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/**
 * The text a reader would see in an HTML fragment: tags, comments and script/style content dropped,
 * entities decoded, whitespace collapsed, block elements and `<br>` turned into line breaks. A single
 * linear scan (no backtracking regular expression over the input), so hostile input cannot stall it.
 */
export function htmlToText(html: string): string {
  let out = '';
  let run = '';
  const flush = (): void => {
    out += decodeEntities(run.replace(/[ \t\r\n\f]+/g, ' '));
    run = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      run += html.slice(i);
      break;
    }
    run += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (!/[A-Za-z/!?]/.test(next)) {
      // "a < b" is text in HTML, not a tag.
      run += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    const name = /^\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt + 1, Math.min(end, lt + 40)))?.[1];
    const lower = name?.toLowerCase() ?? '';
    i = end;
    if (BLOCK.test(lower)) {
      flush();
      out += '\n';
    } else if (SKIP_CONTENT.test(lower) && next !== '/') {
      const closing = new RegExp(`</${lower}[\\s/>]`, 'gi');
      closing.lastIndex = end;
      const close = closing.exec(html);
      i = close === null ? html.length : tagEnd(html, close.index + 2);
    }
  }
  flush();
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
