// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, NEW_STORY } from '../../src/author';
import { Problems } from '../../src/view/author/Problems';
import { ar, en } from '../support/words';
import { renderIn } from './render';

afterEach(cleanup);

const draft = applyCommand(NEW_STORY, { type: 'add-article', text: 'قال المرصد إن الزلزال ضرب الجزيرة.' });
const noop = (): void => undefined;

function show(lang: 'ar' | 'en'): HTMLElement[] {
  const { problems, warnings } = checkDraft(draft);
  renderIn(
    lang,
    <Problems
      draft={draft}
      problems={problems}
      omitted={0}
      warnings={warnings}
      checking={false}
      onGo={noop}
    />,
    { workbench: true },
  );
  const list = screen.getByRole('heading', { level: 2 }).closest('section') as HTMLElement;
  return within(list).getAllByRole('button');
}

describe('the Arabic interface’s problems are in Arabic (#24 D11)', () => {
  it('folds the check’s English words away, marked as English, out of the problem’s line', () => {
    const lines = show('ar');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // The article's id and the field's path are code, kept apart; the words around them are Arabic.
      const words = [...line.childNodes]
        .filter((n) => !(n instanceof HTMLElement && (n.tagName === 'CODE' || n.tagName === 'STRONG')))
        .map((n) => n.textContent ?? '')
        .join('');
      expect(words).not.toMatch(/[A-Za-z]{3,}/);
      const detail = line.parentElement!.querySelector('details')!;
      expect(detail.querySelector('summary')!.textContent).toBe(ar.workbench.detailInEnglish);
      expect(detail.querySelector('[lang="en"]')!.textContent).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('keeps the check’s words in the line in English', () => {
    for (const line of show('en')) {
      expect(line.textContent).toMatch(/\(.+\)$/);
      expect(line.parentElement!.querySelector('details')).toBeNull();
    }
    expect(en.workbench.detailInEnglish).toBeTruthy();
  });
});
