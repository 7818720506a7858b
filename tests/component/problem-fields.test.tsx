// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyCommand,
  NEW_STORY,
  PROBLEM_FIELDS,
  articleLabel,
  tellSources,
  type Command,
  type Draft,
} from '../../src/author';
import type { Problem } from '../../src/data';
import { Problems } from '../../src/view/author/Problems';
import { ar, en } from '../support/words';
import { renderIn } from './render';
import { LANGS } from './workbench-open';

afterEach(cleanup);

const run = (d: Draft, ...cs: Command[]): Draft => cs.reduce(applyCommand, d);
const TEXT = 'قالت الشرطة إن الطائرة تحطمت بعد دقائق من إقلاعها من مطار أحمد أباد يوم الخميس.';

/** Two articles of two named outlets and one event. */
const draft = (): Draft =>
  run(
    NEW_STORY,
    { type: 'add-article', text: TEXT },
    { type: 'add-article', text: `${TEXT}\nوأضافت أن فرق الإنقاذ تبحث في الموقع.` },
    {
      type: 'set-article',
      source: 'art-000',
      fields: { outlet: { ar: 'القدس العربي', en: 'Al-Quds Al-Arabi' } },
    },
    { type: 'set-article', source: 'art-001', fields: { outlet: { ar: 'اليقين', en: 'Alyakine' } } },
    {
      type: 'create-event',
      id: 'crash',
      fields: { start: '2025-06-12', title: { ar: 'تحطم الطائرة', en: 'The plane crashes' } },
    },
  );

describe('every field a problem can name has words in both languages (trial 4, S3-2)', () => {
  for (const field of PROBLEM_FIELDS)
    it(`“${field}”`, () => {
      const words = (w: typeof en | typeof ar): string | undefined =>
        (w.author.problemField as Record<string, string | undefined>)[field];
      expect(words(en)?.trim()).toBeTruthy();
      expect(words(ar)?.trim()).toBeTruthy();
    });
});

function shown(lang: 'ar' | 'en', problems: Problem[], warnings: Problem[] = []): HTMLElement {
  renderIn(
    lang,
    <Problems
      draft={draft()}
      problems={problems}
      omitted={0}
      warnings={warnings}
      checking={false}
      onGo={() => undefined}
    />,
    { workbench: true },
  );
  return screen.getByRole('heading', { level: 2 }).closest('section') as HTMLElement;
}

describe('the problem list tells fields and articles in words', () => {
  for (const [lang, L] of LANGS) {
    it(`an event's date basis and an article's provenance, never an i18n key (${lang})`, () => {
      const list = shown(lang, [
        {
          path: '$.events[0].basis',
          code: 'date-basis',
          message: 'the date and how it is known disagree',
        },
        { path: '$.sources[1].restsOn[0].origin', code: 'dangling-reference', message: 'no such origin' },
      ]);
      expect(list.textContent).not.toMatch(/problemField/);
      const [basis, restsOn] = within(list).getAllByRole('button');
      expect(basis!.textContent).toContain(L.author.problemField.basis);
      expect(basis!.textContent).toContain(lang === 'en' ? 'The plane crashes' : 'تحطم الطائرة');
      expect(restsOn!.textContent).toContain(L.author.problemField.restsOn);
    });

    it(`a shared-copy warning names the outlets, not the articles' ids (${lang})`, () => {
      const list = shown(
        lang,
        [],
        [
          {
            path: '$.sources[0]',
            code: 'undeclared-shared-copy',
            message: 'art-000 0–40 and art-001 0–40 share wording (score 0.90), but no report is declared',
          },
        ],
      );
      expect(list.textContent).not.toMatch(/art-00[01]/);
      expect(list.textContent).toContain('Al-Quds Al-Arabi 0–40 and Alyakine 0–40');
    });
  }
});

describe('an article told by its outlet', () => {
  it('replaces the ids of the draft’s articles only', () => {
    expect(tellSources(draft(), 'art-000 1–2, art-001 3–4, art-002 5–6, start-art-000')).toBe(
      'Al-Quds Al-Arabi 1–2, Alyakine 3–4, art-002 5–6, start-art-000',
    );
  });
  it('gives the id beside the name only when two articles share it', () => {
    const d = draft();
    expect(articleLabel(d, 'art-000', 'ar')).toEqual({ name: 'القدس العربي', id: null });
    const twins = run(d, {
      type: 'set-article',
      source: 'art-001',
      fields: { outlet: { ar: 'القدس العربي', en: '' } },
    });
    expect(articleLabel(twins, 'art-001', 'ar')).toEqual({ name: 'القدس العربي', id: 'art-001' });
    expect(articleLabel(run(NEW_STORY, { type: 'add-article', text: TEXT }), 'art-000', 'en')).toEqual({
      name: 'art-000',
      id: null,
    });
  });
});
