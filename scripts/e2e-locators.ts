/**
 * e2e specs find things by role, label, text or data-* attributes, not by CSS class. Every spec has a
 * ceiling on its class locators that may only go down, so none comes back; a spec not listed (a new
 * one) may have none. (vis-timeline's own elements, drawn by the engine, have no roles: those
 * locators stay.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'tests/e2e';

/** Class locators still allowed per spec (lower the number as they go; never raise it). */
const CEILING: Readonly<Record<string, number>> = {
  'arabic-months.spec.ts': 3,
  'author-drag.spec.ts': 2,
  'author-kinds.spec.ts': 3,
  'author-long-article.spec.ts': 2,
  'author-safety.spec.ts': 4,
  'author-story.spec.ts': 7,
  'author-suggest.spec.ts': 2,
  'author.spec.ts': 8,
  'briefing.spec.ts': 4,
  'compare.spec.ts': 11,
  'corpus-export.spec.ts': 0,
  'corpus-worker.spec.ts': 1,
  'corpus.spec.ts': 7,
  'deck-export.spec.ts': 4,
  'desk-analyst.spec.ts': 15,
  'desk-compare.spec.ts': 3,
  'desk-keys.spec.ts': 2,
  'desk-reading.spec.ts': 10,
  'desk-space.spec.ts': 1,
  'desk-strip.spec.ts': 7,
  'direction.spec.ts': 7,
  'explore.spec.ts': 5,
  'foreign.spec.ts': 1,
  'hostile-corpus-foreign.spec.ts': 0,
  'hostile-corpus.spec.ts': 1,
  'hostile.spec.ts': 3,
  'hygiene.spec.ts': 0,
  'language-back.spec.ts': 1,
  'language-strip.spec.ts': 4,
  'layout.spec.ts': 6,
  'load.spec.ts': 8,
  'phone-first-screen.spec.ts': 2,
  'phone-home.spec.ts': 1,
  'phone-reader.spec.ts': 6,
  'phone-story.spec.ts': 9,
  'polish.spec.ts': 6,
  'present-room.spec.ts': 0,
  'present.spec.ts': 0,
  'reader-bar.spec.ts': 1,
  'regions.spec.ts': 0,
  'scale.spec.ts': 10,
  'selection.spec.ts': 11,
  'short-story-axis.spec.ts': 1,
  'timeline-edges.spec.ts': 3,
  'touch.spec.ts': 3,
};

/** `locator('…')` and the selector in it; it names a class if a dot and a letter stand outside `[…]`. */
const CLASS_LOCATOR = /locator\(\s*(['"`])((?:(?!\1).)*)\1/gs;
const namesClass = (selector: string): boolean => /\.[A-Za-z_-]/.test(selector.replace(/\[[^\]]*\]/g, ''));

const over: string[] = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.spec.ts'))) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const found = [...text.matchAll(CLASS_LOCATOR)].filter((m) => namesClass(m[2] ?? '')).length;
  const allowed = CEILING[file] ?? 0;
  if (found > allowed) over.push(`${DIR}/${file}: ${found} class locators, at most ${allowed}`);
}
if (over.length > 0) {
  console.error(`Locate by role, label, text or data-*, not by CSS class:\n${over.join('\n')}`);
  process.exit(1);
}
console.log('e2e class locators: within their ceilings');
