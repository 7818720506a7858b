import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n';

/** Source files under `dir`, recursively. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The workbench's own code, which loads its words with it (i18n/workbench-words.ts). */
const workbench = (f: string): boolean => /src\/(view\/author\/|app\/author)/.test(f);

const has = (o: unknown, key: string): boolean => {
  const parts = key.split('.');
  const last = parts.pop()!;
  let at = o as Record<string, unknown> | undefined;
  for (const p of parts) at = at?.[p] as Record<string, unknown> | undefined;
  return at !== undefined && (last in at || `${last}_one` in at || `${last}_other` in at);
};

describe('the words the first view loads', () => {
  it('hold every key the code outside the workbench names', () => {
    const missing: string[] = [];
    let named = 0;
    for (const f of filesIn('src').filter((f) => !workbench(f))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) {
        named++;
        for (const lang of ['en', 'ar'] as const)
          if (!has(resources[lang].translation, m[1]!)) missing.push(`${lang} ${m[1]} in ${f}`);
      }
    }
    expect(named).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
