// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain';
import { indexDataset, reportingSources, sourceLabel, type Source } from '../../src/domain';
import { Accounts } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const reporting = reportingSources(index, call);

afterEach(cleanup);

function Story() {
  const [source, setSource] = useState<string | null>(null);
  const [claim, setClaim] = useState<string | null>(null);
  return (
    <Accounts
      index={index}
      event={call}
      selectedSource={source}
      selectedClaim={claim}
      onSelectSource={setSource}
      onSelectClaim={setClaim}
    />
  );
}

/** What a source's card and column are titled by: its one name (see `sourceLabel`). */
const lead = (s: Source, lang: Lang): string => sourceLabel(s, lang);
const panelOf = (name: string): HTMLElement =>
  screen.getByRole('article', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

describe('the source name singles its source out, visibly (D22)', () => {
  it.each<[Lang, RegExp, RegExp]>([
    ['en', /^Only the words of .+ are shown/, /^Show every source$/],
    ['ar', /^تظهر كلمات .+ وحدها/, /^اعرض المصادر كلها$/],
  ])('in %s: its words stay, the others fold, its claims column is marked, and back', (lang, note, all) => {
    renderIn(lang, <Story />);
    // The second source: singling it out brings it first.
    const [b, a] = reporting;
    const nameA = lead(a!, lang);
    const quotesIn = (el: HTMLElement) => el.querySelectorAll('figure').length;
    expect(quotesIn(panelOf(lead(b!, lang)))).toBeGreaterThan(0);
    const button = within(panelOf(nameA)).getByRole('button', { name: new RegExp(`^${nameA}`) });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(note);
    expect(quotesIn(panelOf(nameA))).toBe(call.accounts.find((x) => x.source === a!.id)!.quotes.length);
    for (const other of reporting.filter((s) => s !== a))
      expect(quotesIn(panelOf(lead(other, lang)))).toBe(0);
    // It comes first; the others keep their order after it.
    const order = screen.getAllByRole('article').map((el) => el.getAttribute('data-source'));
    expect(order).toEqual([a!.id, ...reporting.filter((s) => s !== a).map((s) => s.id)]);
    const header = screen
      .getAllByRole('columnheader')
      .find((th) => th.textContent === sourceLabel(a!, lang))!;
    expect(header.className).toContain('singled');
    fireEvent.click(screen.getByRole('button', { name: all }));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    for (const s of reporting) expect(quotesIn(panelOf(lead(s, lang)))).toBeGreaterThan(0);
  });
});

describe('assistive technology hears which passage a control is for (D21)', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Show in the article', 'quote'],
    ['ar', 'اعرض في المقال', 'الاقتباس'],
  ])(
    'in %s every "Show in the article" and every quote is named by source and number',
    (lang, show, word) => {
      renderIn(lang, <Story />);
      const buttons = screen.getAllByRole('button', { name: new RegExp(`^${show}`) });
      const names = buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent);
      expect(buttons.length).toBe(call.accounts.reduce((n, a) => n + a.quotes.length, 0));
      expect(new Set(names).size).toBe(names.length);
      for (const s of reporting) {
        const panel = panelOf(lead(s, lang));
        const figures = within(panel).getAllByRole('figure');
        figures.forEach((f) => {
          const name = f.getAttribute('aria-label') ?? '';
          expect(name.startsWith(`${sourceLabel(s, lang)}${lang === 'ar' ? '،' : ','}`)).toBe(true);
          expect(name).toContain(word);
          // Not the caption's run of claims and buttons.
          expect(name).not.toContain(show);
          const button = within(f).getByRole('button', { name: new RegExp(`^${show}`) });
          expect(button.getAttribute('aria-label')).toBe(`${show}: ${name}`);
        });
      }
    },
  );
});
