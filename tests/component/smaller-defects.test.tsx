// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnyDataset } from '../../src/data';
import { NO_FILTERS } from '../../src/domain';
import { partSeparator } from '../../src/i18n';
import { DatasetMenu, EventList, ExploreBar, LoadAlert, Toolbar, chronological } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const noop = () => {};
afterEach(cleanup);

describe('the part separator', () => {
  it('is never a middle dot in Arabic, where it reads as a zero beside Arabic-Indic digits', () => {
    expect(partSeparator('ar')).not.toContain('·');
    expect(partSeparator('en')).toBe(' · ');
  });
});

describe('a refused file', () => {
  it('is explained in Arabic in the Arabic interface, without a bare "$"', () => {
    const result = parseAnyDataset('{"hello": 1}');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    renderIn('ar', <LoadAlert name="x.json" problems={problems} onDismiss={noop} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).not.toMatch(/is neither/);
    expect(alert.textContent).toMatch(/ليس مجموعة بيانات «روايات»/);
    expect(within(alert).getByRole('listitem').textContent).toMatch(/^الملف كله — /);
  });

  it('keeps the validator’s English wording in English', () => {
    const result = parseAnyDataset('{"hello": 1}');
    const problems = result.ok ? [] : result.problems;
    renderIn('en', <LoadAlert name="x.json" problems={problems} onDismiss={noop} />);
    expect(screen.getByRole('alert').textContent).toMatch(/is neither a Riwayat dataset/);
  });
});

describe('the event list', () => {
  it('explains the "≈" after a derived date in words', () => {
    const events = chronological(dataset.events);
    renderIn('en', <EventList events={events} selectedId={null} onSelect={noop} />);
    const derived = events.find((e) => e.basis !== 'stated')!;
    const row = screen.getAllByRole('button').find((b) => b.getAttribute('data-event-id') === derived.id)!;
    expect(row.textContent).toContain('≈');
    expect(within(row).getByText(/date derived, not printed/)).toBeTruthy();
    const stated = events.find((e) => e.basis === 'stated')!;
    const plain = screen.getAllByRole('button').find((b) => b.getAttribute('data-event-id') === stated.id)!;
    expect(plain.textContent).not.toContain('≈');
  });

  it('says once, under the rows, what the "≈" means, and only where a row carries it', () => {
    const events = chronological(dataset.events);
    const view = renderIn('en', <EventList events={events} selectedId={null} onSelect={noop} />);
    const nav = screen.getByRole('navigation');
    const key = within(nav)
      .getAllByText(/worked out from the text, not printed/)
      .find((el) => el.tagName === 'P');
    expect(key?.textContent).toMatch(/^≈ after a date: worked out/);
    view.unmount();
    renderIn(
      'en',
      <EventList events={events.filter((e) => e.basis === 'stated')} selectedId={null} onSelect={noop} />,
    );
    const none = within(screen.getByRole('navigation')).queryAllByText(
      /worked out from the text, not printed/,
    );
    expect(none.filter((el) => el.tagName === 'P')).toHaveLength(0);
  });
});

describe('the toolbar', () => {
  it('draws zoom out as a true minus: the plus sign’s own bar, not a hyphen', () => {
    renderIn(
      'en',
      <Toolbar onZoomIn={noop} onZoomOut={noop} onFit={noop} onCore={noop} onPrev={noop} onNext={noop} />,
    );
    const bars = (name: string) =>
      [...screen.getByRole('button', { name }).querySelectorAll('svg rect')].map((r) =>
        ['x', 'y', 'width', 'height'].map((k) => r.getAttribute(k)).join(' '),
      );
    const minus = bars('Zoom out');
    expect(minus).toHaveLength(1);
    expect(bars('Zoom in')).toContain(minus[0]);
    expect(screen.getByRole('button', { name: 'Zoom out' }).textContent).not.toContain('-');
  });
});

const explore = () => (
  <ExploreBar
    dataset={dataset}
    query=""
    filters={NO_FILTERS}
    lanes="kind"
    shown={dataset.events.length}
    onQuery={noop}
    onFilters={noop}
    onLanes={noop}
    onDisplay={noop}
    onProfile={noop}
  />
);
const menus = () =>
  renderIn(
    'en',
    <>
      <DatasetMenu name="corpus" isBundled onOpenFile={noop} onBundled={noop} onExport={noop} />
      {explore()}
      <p>outside</p>
    </>,
  );
const details = (summary: string) =>
  screen.getByText(summary, { selector: 'summary' }).parentElement as HTMLDetailsElement;
const open = (summary: string) => {
  const d = details(summary);
  d.open = true;
  fireEvent(d, new Event('toggle'));
  return d;
};

describe('the menus', () => {
  it('close on Escape, with focus back on their summary', () => {
    menus();
    const filters = open('Filters');
    within(filters).getAllByRole('checkbox')[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(filters.open).toBe(false);
    expect(document.activeElement).toBe(within(filters).getByText('Filters'));
  });

  it('close on a press outside, and only one is open at a time', () => {
    menus();
    const settings = open('Date display');
    fireEvent.pointerDown(screen.getByText('outside'));
    expect(settings.open).toBe(false);
    const dataset = open('Dataset');
    const filters = open('Filters');
    expect(dataset.open).toBe(false);
    expect(filters.open).toBe(true);
    fireEvent.pointerDown(within(filters).getAllByRole('checkbox')[0]!);
    expect(filters.open).toBe(true);
  });

  it('draw the profile button as a picture, not a font glyph', () => {
    menus();
    const filters = open('Filters');
    const profile = within(filters).getAllByRole('button', { name: /^Profile of / })[0]!;
    expect(profile.textContent).toBe('');
    expect(profile.querySelector('svg')).not.toBeNull();
  });
});
