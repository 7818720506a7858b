// @vitest-environment jsdom
/**
 * What "derived" means on screen has one owner (`domain/basis.ts` `isInferred`), and so has the "≈"
 * that marks it and its key (`view/DerivedMark.tsx`): the list and "Start here" mark the same events
 * and say the same key, in both languages.
 */
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DATE_BASES, dateKnown, isInferred } from '../../src/domain';
import { EventList, StartHere, chronological } from '../../src/view';
import { startingEvents } from '../../src/view/panels/start-here';
import { loadCorpus } from '../fixtures/corpus';
import { writers } from '../support/source-files';
import { renderIn } from './render';

const dataset = loadCorpus();
const noop = () => {};

afterEach(cleanup);

describe('a derived date on screen', () => {
  it('is any date the text does not print, the one the filters call inferred', () => {
    expect(DATE_BASES.filter(isInferred)).toEqual(['weekday', 'relative', 'context']);
    for (const e of dataset.events) expect(dateKnown(e) === 'inferred').toBe(isInferred(e.basis));
  });

  it.each(['en', 'ar'] as const)('in %s is marked, and keyed, alike in the list and "Start here"', (lang) => {
    const events = chronological(dataset.events);
    renderIn(lang, <EventList events={events} selectedId={null} onSelect={noop} />);
    const nav = screen.getByRole('navigation');
    const listKey = nav.querySelector('p.list-key')?.textContent;
    for (const e of events) {
      const row = within(nav)
        .getAllByRole('button')
        .find((b) => b.getAttribute('data-event-id') === e.id);
      if (row !== undefined) expect(row.textContent?.includes('≈'), e.id).toBe(isInferred(e.basis));
    }
    cleanup();
    renderIn(lang, <StartHere events={dataset.events} onSelect={noop} phone />);
    const start = startingEvents(dataset.events);
    const cards = document.querySelectorAll('.start-event');
    expect(cards).toHaveLength(start.length);
    start.forEach((e, i) => expect(cards[i]!.textContent?.includes('≈'), e.id).toBe(isInferred(e.basis)));
    const startKey = document.querySelector('p.start-key')?.textContent;
    expect(startKey).toMatch(/^≈ \S/u);
    expect(startKey).not.toMatch(/approx/u);
    expect(startKey).toBe(listKey);
  });

  it('is decided and written nowhere else', () => {
    // An event's basis compared with 'stated' is isInferred's; "≈" is DerivedMark's.
    expect(writers(/\bbasis\s*[!=]==\s*['"]stated['"]/u, ['src/domain/basis.ts'])).toEqual([]);
    expect(writers(/≈/u, ['src/view/DerivedMark.tsx']).filter((p) => p.endsWith('.tsx'))).toEqual([]);
    for (const lang of ['en', 'ar'])
      expect(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8')).not.toContain('≈');
  });
});
