// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataText, indexDataset } from '../../src/domain';
import { DetailPanel, EventList, Header, Toolbar, chronological } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;

afterEach(cleanup);

describe('DetailPanel', () => {
  it('shows the event in Arabic: date with Arabic digits, how it is known, actors and sources', () => {
    renderIn('ar', <DetailPanel index={index} event={call} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(call.title.ar);
    expect(screen.getByText('٢٥ حزيران ٢٠٢٤')).toBeTruthy();
    expect(screen.getByText('التاريخ مستنتج من اسم اليوم')).toBeTruthy();
    // Numbers from the data follow the digit setting (Arabic-Indic by default).
    expect(screen.getByText(dataText(call.basisNote.ar, 'ar'))).toBeTruthy();
    expect(screen.getByText(index.entities.get('austin')!.name.ar)).toBeTruthy();
    expect(screen.getByText(/٣ مصادر/)).toBeTruthy();
  });

  it('shows the same event in English', () => {
    renderIn('en', <DetailPanel index={index} event={call} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(call.title.en);
    expect(screen.getByText('25 June 2024')).toBeTruthy();
    expect(screen.getByText('Date from a weekday name')).toBeTruthy();
    expect(screen.getByText(/3 sources/)).toBeTruthy();
    expect(screen.getByText(call.summary.en)).toBeTruthy();
  });

  it('marks a month-precision date as such, and closes with its labelled button', () => {
    const month = dataset.events.find((e) => e.precision === 'month')!;
    const onClose = vi.fn();
    renderIn('en', <DetailPanel index={index} event={month} onClose={onClose} />);
    expect(screen.getByText('month only')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('invites a selection when there is none', () => {
    renderIn('ar', <DetailPanel index={index} event={null} onClose={() => {}} />);
    expect(screen.getByText(/اختر حدثًا/)).toBeTruthy();
  });
});

describe('EventList', () => {
  const ordered = chronological(dataset.events);

  it('lists every event in order with an Arabic count', () => {
    renderIn('ar', <EventList events={ordered} selectedId={null} onSelect={() => {}} />);
    const items = screen.getAllByRole('button');
    expect(items).toHaveLength(dataset.events.length);
    expect(within(items[0]!).getByText(ordered[0]!.title.ar)).toBeTruthy();
    expect(
      screen.getByText(`(${dataset.events.length.toLocaleString('ar-SY-u-nu-arab')} حدثًا)`),
    ).toBeTruthy();
  });

  it('marks the selected event and reports a choice', () => {
    const onSelect = vi.fn();
    renderIn('en', <EventList events={ordered} selectedId={call.id} onSelect={onSelect} />);
    const current = screen.getByRole('button', { current: true });
    expect(current.textContent).toContain(call.title.en);
    fireEvent.click(screen.getByText(ordered[1]!.title.en));
    expect(onSelect).toHaveBeenCalledWith(ordered[1]!.id);
  });

  it('in a corpus, counts the window against the whole and says how to reach events when none are listed', () => {
    renderIn('en', <EventList events={[]} selectedId={null} onSelect={() => {}} total={100000} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Events in view (0 of 100,000 events)',
    );
    expect(screen.getByText(/Zoom in \(or click a bar\) to list them/)).toBeTruthy();
    cleanup();
    renderIn(
      'ar',
      <EventList events={ordered.slice(0, 3)} selectedId={null} onSelect={() => {}} total={100000} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('الأحداث المعروضة (٣ من ١٠٠٬٠٠٠ حدث)');
    expect(screen.queryByText(/كبّر الخط الزمني/)).toBeNull();
  });
});

describe('Header and Toolbar', () => {
  it('offers the other language in its own script and direction', () => {
    const onLanguage = vi.fn();
    renderIn('ar', <Header title="t" onLanguage={onLanguage} />);
    const button = screen.getByRole('button', { name: 'Read in English' });
    expect(button.getAttribute('lang')).toBe('en');
    expect(button.getAttribute('dir')).toBe('ltr');
    fireEvent.click(button);
    expect(onLanguage).toHaveBeenCalledWith('en');
  });

  it('labels every control in the current language', () => {
    const noop = () => {};
    renderIn(
      'ar',
      <Toolbar onPrev={noop} onNext={noop} onZoomIn={noop} onZoomOut={noop} onFit={noop} onCore={noop} />,
    );
    for (const name of [
      'الحدث السابق',
      'الحدث التالي',
      'تكبير',
      'تصغير',
      'عرض كل الأحداث',
      'العودة إلى صلب القصة',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });
});
