// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorApp } from '../../src/app/author';
import { applyCommand, checkDraft, fromSaved, NEW_STORY, type Command, type Draft } from '../../src/author';
import { Entities } from '../../src/view/author/Entities';
import { Problems } from '../../src/view/author/Problems';
import { miniDataset } from '../fixtures/mini-dataset';
import { ar, en } from '../support/words';
import { renderIn } from './render';
import { LANGS, memoryDrafts } from './workbench-open';

afterEach(cleanup);

// The Anbaa Express article of the Myanmar earthquake (tests/fixtures/articles/myanmar-anbaaexpress-2025-03-29.txt).
const ARTICLE = readFileSync('tests/fixtures/articles/myanmar-anbaaexpress-2025-03-29.txt', 'utf8');
const noop = (): void => undefined;
const run = (d: Draft, ...cs: Command[]): Draft => cs.reduce(applyCommand, d);

/** The junta, with the trial's spellings; one more spelling that no article has. */
const junta = (aliases: string[]): Draft =>
  run(
    NEW_STORY,
    { type: 'add-article', text: ARTICLE },
    {
      type: 'add-entity',
      id: 'junta',
      fields: {
        kind: 'organisation',
        name: { ar: 'المجلس العسكري في ميانمار', en: 'Myanmar junta' },
        aliases,
      },
    },
  );

function problemButtons(d: Draft, lang: 'ar' | 'en', onGo = noop): HTMLElement[] {
  const { problems, warnings } = checkDraft(d);
  renderIn(
    lang,
    <Problems draft={d} problems={problems} omitted={0} warnings={warnings} checking={false} onGo={onGo} />,
    { workbench: true },
  );
  const list = screen.getByRole('heading', { level: 2 }).closest('section') as HTMLElement;
  return within(list).queryAllByRole('button');
}

describe('an entity’s spellings (trial 3, S2-3)', () => {
  for (const [lang, L] of LANGS)
    it(`does not add the Arabic name to the spellings when the form is saved (${lang})`, async () => {
      const store = memoryDrafts();
      renderIn(
        lang,
        <AuthorApp dataset={miniDataset()} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
      );
      await screen.findByRole('heading', { name: L.author.heading });
      fireEvent.click(screen.getByRole('button', { name: L.workbench.newEntity }));
      const form = screen.getByRole('form', { name: L.workbench.entityForm });
      fireEvent.change(within(form).getByLabelText(L.workbench.nameAr), {
        target: { value: 'المجلس العسكري في ميانمار' },
      });
      fireEvent.change(within(form).getByLabelText(L.workbench.aliases), {
        target: { value: 'المجلس العسكري\nالنظام العسكري' },
      });
      await act(async () => fireEvent.click(within(form).getByRole('button', { name: L.workbench.save })));
      const saved = fromSaved(store.saved.at(-1)!).present;
      const made = saved.entities.find((e) => e.name.ar === 'المجلس العسكري في ميانمار')!;
      expect(made.aliases).toEqual(['المجلس العسكري', 'النظام العسكري']);
    });

  it('leaves no problem when the name itself is in no article but its spellings are', () => {
    const d = junta(['المجلس العسكري', 'النظام العسكري']);
    expect(checkDraft(d).problems.filter((p) => p.path.startsWith('$.entities'))).toEqual([]);
  });

  for (const [lang, L] of LANGS)
    it(`tells a spelling in no article in words, names the entity, and opens it (${lang})`, () => {
      const onGo = vi.fn();
      const d = junta(['المجلس العسكري', 'الطغمة العسكرية']);
      const [line, ...others] = problemButtons(d, lang, onGo).filter((b) =>
        b.textContent!.includes('الطغمة العسكرية'),
      );
      expect(others).toEqual([]);
      expect(line!.textContent).not.toContain('$.');
      expect(line!.textContent).not.toContain('aliases[');
      expect(line!.textContent).toContain(L.author.problemEntity);
      expect(line!.textContent).toContain(lang === 'en' ? 'Myanmar junta' : 'المجلس العسكري في ميانمار');
      expect(line!.textContent).toContain(L.author.aliasNowhere.replace('{{alias}}', 'الطغمة العسكرية'));
      fireEvent.click(line!);
      expect(onGo).toHaveBeenCalledWith({ kind: 'entity', id: 'junta' });
    });

  it('follows a rename: the problem names the entity by its new name', () => {
    const d = run(junta(['الطغمة العسكرية']), {
      type: 'set-entity',
      entity: 'junta',
      fields: { name: { ar: 'المجلس العسكري', en: 'The junta' } },
    });
    const [line] = problemButtons(d, 'en').filter((b) => b.textContent!.includes('الطغمة العسكرية'));
    expect(line!.textContent).toContain('The junta');
    expect(line!.textContent).not.toContain('Myanmar junta');
  });

  it('names an article’s problem by its outlet, not its id', () => {
    const d = run(junta([]), {
      type: 'set-article',
      source: 'art-000',
      fields: { outlet: { ar: 'أنباء إكسبريس', en: '' } },
    });
    const lines = problemButtons(d, 'en').filter((b) => b.textContent!.includes(en.author.problemArticle));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.textContent).toContain('أنباء إكسبريس');
      expect(line.textContent).not.toContain('art-000');
    }
    const outlet = lines.find((l) => l.textContent!.includes(en.author.problemField.outlet))!;
    expect(outlet.textContent).toContain(`${en.author.problemField.outlet} (${en.author.problemIn.en})`);
    expect(ar.author.problemField.outlet).toBeTruthy();
  });

  it('opens the entity a problem names, in its form', () => {
    const d = junta(['الطغمة العسكرية']);
    const opened = vi.fn();
    renderIn(
      'en',
      <Entities
        draft={d}
        source={null}
        request={null}
        onRequestDone={noop}
        open="junta"
        onOpened={opened}
        dispatch={noop}
        onRemove={noop}
      />,
      { workbench: true },
    );
    const form = screen.getByRole('form', { name: en.workbench.entityForm });
    expect((within(form).getByLabelText(en.workbench.nameAr) as HTMLInputElement).value).toBe(
      'المجلس العسكري في ميانمار',
    );
    expect(opened).toHaveBeenCalled();
  });
});
