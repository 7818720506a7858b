/**
 * e2e specs find things by role, label, text or data-* attributes, not by CSS class. The specs listed
 * here are moving there: each has a ceiling on its class locators that may only go down, so none comes
 * back. (vis-timeline's own elements, drawn by the engine, have no roles: those locators stay.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'tests/e2e';

/** Class locators still allowed per spec (lower the number as they go; never raise it). */
const CEILING: Readonly<Record<string, number>> = {
  'compare.spec.ts': 11,
  'corpus.spec.ts': 31,
  'hostile.spec.ts': 16,
  'layout.spec.ts': 11,
  'scale.spec.ts': 25,
};

/** `locator('…')` and the selector in it; it names a class if a dot and a letter stand outside `[…]`. */
const CLASS_LOCATOR = /locator\(\s*(['"`])((?:(?!\1).)*)\1/gs;
const namesClass = (selector: string): boolean => /\.[A-Za-z_-]/.test(selector.replace(/\[[^\]]*\]/g, ''));

const over: string[] = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.spec.ts'))) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const found = [...text.matchAll(CLASS_LOCATOR)].filter((m) => namesClass(m[2] ?? '')).length;
  const allowed = CEILING[file];
  if (allowed === undefined) continue;
  if (found > allowed) over.push(`${DIR}/${file}: ${found} class locators, at most ${allowed}`);
}
if (over.length > 0) {
  console.error(`Locate by role, label, text or data-*, not by CSS class:\n${over.join('\n')}`);
  process.exit(1);
}
console.log('e2e class locators: within their ceilings');
