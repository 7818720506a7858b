/**
 * The widths the layout changes at have one owner, `view/media.ts` `WIDTHS`: the style sheets, which
 * cannot import it, write only those widths, and no script writes a width query of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHONE, PHONE_UPRIGHT, TABLET, WIDTHS } from '../../src/view/media';
import { files, writers } from '../support/source-files';

const NAMED: ReadonlySet<number> = new Set(Object.values(WIDTHS));

/** Each width a `@media` rule of `css` names, as the first width of the wider layout. */
function mediaWidths(css: string): { query: string; width: number }[] {
  const out: { query: string; width: number }[] = [];
  for (const rule of css.matchAll(/@media([^{]*)\{/gu)) {
    for (const m of rule[1]!.matchAll(/\((min|max)-width:\s*(\d+)px\)/gu)) {
      const px = Number(m[2]);
      out.push({ query: rule[1]!.trim(), width: m[1] === 'min' ? px : px + 1 });
    }
  }
  return out;
}

describe('the layout widths', () => {
  const sheets = files('src', /\.css$/u);

  it('are read from the style sheets', () => {
    expect(sheets.length).toBeGreaterThan(5);
    const all = sheets.flatMap((path) => mediaWidths(readFileSync(path, 'utf8')));
    // The desk's width is the one most rules turn on.
    expect(all.filter((w) => w.width === WIDTHS.desk).length).toBeGreaterThan(10);
  });

  it.each(files('src', /\.css$/u))('%s writes only the named widths', (path) => {
    const stray = mediaWidths(readFileSync(path, 'utf8')).filter((w) => !NAMED.has(w.width));
    expect(stray).toEqual([]);
  });

  it('are the queries the scripts ask', () => {
    expect(PHONE).toBe('(max-width: 899px)');
    expect(TABLET).toBe('(min-width: 700px) and (max-width: 899px)');
    expect(PHONE_UPRIGHT).toBe('(max-width: 600px)');
  });

  it('are written in no script but view/media.ts', () => {
    expect(writers(/(?:min|max)-width:\s*\d|matchMedia\(\s*[A-Z_]+\s*\)/u, ['src/view/media.ts'])).toEqual(
      [],
    );
  });
});
