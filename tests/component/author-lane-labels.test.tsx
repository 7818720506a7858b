// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

describe('the lanes’ name fields (trial 16, S3-14)', () => {
  for (const [lang, L] of LANGS)
    it(`give each field of "kinds" and "sides" a name of its own, none the person form's (${lang})`, async () => {
      await openWorkbench(lang);
      const panels = [...document.querySelectorAll('details.author-vocabulary')];
      expect(panels).toHaveLength(2);
      const names = panels.flatMap((p) =>
        [...p.querySelectorAll('input')]
          .filter((i) => i.type === 'text')
          .map((i) => [...(i.labels ?? [])].map((l) => l.textContent ?? '').join(' ')),
      );
      // The bundled story's six kinds and five sides, two fields each, and each list's form to add one.
      expect(names.length).toBeGreaterThanOrEqual(2 * (6 + 5) + 4);
      expect(names.filter((n) => n === '')).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
      for (const person of [L.workbench.nameAr, L.workbench.nameEn]) expect(names).not.toContain(person);
    });
});
