// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/domain';
import { NO_FILTERS, searchEvents } from '../../src/domain';
import { ExploreBar, SearchResults, StartHere } from '../../src/view';
import { startingEvents, tellers } from '../../src/view/panels/start-here';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const noop = () => {};

afterEach(cleanup);

describe('where a first-time user starts (D26)', () => {
  it('offers the events the most sources tell, most first, the latest first among equals', () => {
    const start = startingEvents(dataset.events);
    expect(start).toHaveLength(5);
    const least = Math.min(...start.map(tellers));
    // No event left out is told by more sources than one offered.
    for (const e of dataset.events) if (!start.includes(e)) expect(tellers(e)).toBeLessThanOrEqual(least);
    expect(start.map((e) => e.id)).toContain('call-2024-06-25');
    const counts = start.map(tellers);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (let i = 1; i < start.length; i++)
      if (counts[i] === counts[i - 1]) expect(start[i]!.start <= start[i - 1]!.start).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'Start here'],
    ['ar', 'ابدأ من هنا'],
  ])('in %s lists them as one-click choices with their source counts', (lang, heading) => {
    const onSelect = vi.fn();
    renderIn(lang, <StartHere events={dataset.events} onSelect={onSelect} phone />);
    const region = screen.getByRole('region', { name: heading });
    const buttons = within(region).getAllByRole('button');
    expect(buttons).toHaveLength(5);
    const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
    const button = buttons.find((b) => b.textContent?.includes(call.title[lang].slice(0, 12)))!;
    expect(button).toBeDefined();
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith('call-2024-06-25');
    // A date worked out from the text is marked here as in the list; a printed one is not.
    expect(call.basis).not.toBe('stated');
    expect(within(button).getByText('≈')).toBeDefined();
    for (const b of buttons) {
      const e = dataset.events.find((x) => b.textContent?.includes(x.title[lang].slice(0, 12)))!;
      expect(within(b).queryByText('≈') !== null, e.id).toBe(e.basis !== 'stated');
    }
  });
});

describe('search results (D18)', () => {
  it('puts the English snippets first in English', () => {
    const results = searchEvents(dataset, 'Belousov');
    // The data has Arabic hits before English ones: the order is the view's doing.
    expect(results[0]!.hits.filter((h) => h.field !== 'title')[0]!.lang).toBe('ar');
    renderIn('en', <SearchResults query="Belousov" results={results} selectedId={null} onSelect={noop} />);
    for (const row of document.querySelectorAll('.list-title')) {
      const langs = [...row.querySelectorAll('.result-snippet bdi')].map((b) => b.getAttribute('lang'));
      const firstAr = langs.indexOf('ar');
      if (firstAr !== -1) expect(langs.slice(firstAr)).not.toContain('en');
      expect(langs[0]).toBe('en');
    }
  });

  it('isolates an Arabic snippet from its English label', () => {
    const results = searchEvents(dataset, 'قنبلة');
    renderIn('en', <SearchResults query="قنبلة" results={results} selectedId={null} onSelect={noop} />);
    const snippets = [...document.querySelectorAll('.result-snippet')];
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) {
      const b = s.querySelector('bdi')!;
      expect(b.getAttribute('lang')).toBe('ar');
      expect(b.getAttribute('dir')).toBe('rtl');
      // The label is outside the Arabic run, in the interface's direction.
      expect(b.querySelector('.result-field')).toBeNull();
      expect(s.querySelector('.result-field')!.textContent).toMatch(/:$/);
      expect(s.hasAttribute('dir')).toBe(false);
    }
  });

  it('writes Arabic titles and snippets in the chosen digits, quotes as published', () => {
    const results = searchEvents(dataset, 'شويجو');
    renderIn('ar', <SearchResults query="شويجو" results={results} selectedId={null} onSelect={noop} />);
    const row = document.querySelector('[data-event-id="call-2022-05-13"] .list-title')!;
    expect(row.textContent).toContain('١٣ أيار');
    for (const s of row.querySelectorAll('.result-snippet')) {
      const field = s.querySelector('.result-field')!.textContent;
      if (field !== 'اقتباس:') expect(s.querySelector('bdi')!.textContent).not.toMatch(/[0-9]/);
    }
  });

  it('Enter in the search box asks for the first result', () => {
    const onSubmit = vi.fn();
    renderIn(
      'en',
      <ExploreBar
        dataset={dataset}
        query="Belousov"
        filters={NO_FILTERS}
        lanes="kind"
        shown={dataset.events.length}
        onQuery={noop}
        onSubmit={onSubmit}
        onFilters={noop}
        onLanes={noop}
        onDisplay={noop}
        onProfile={noop}
      />,
    );
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
