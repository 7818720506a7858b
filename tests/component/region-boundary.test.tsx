// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/domain';
import { createI18n, I18nProvider } from '../../src/i18n';
import { DatasetMenu, lazyPart, RegionBoundary, SavedDraftExport, type Region } from '../../src/view';
import { renderIn } from './render';

let broken = true;
/** Throws while `broken` is set, as a region with a bug (or a draft this build cannot read) does. */
function Fragile({ label }: { readonly label: string }): React.JSX.Element {
  if (broken) throw new Error(`${label} fell over`);
  return <p>{label} is back</p>;
}

/** The screen's regions side by side, one of them failing. */
function page(failing: Region, lang: Lang = 'en') {
  const regions: Region[] = ['timeline', 'explore', 'accounts', 'side', 'presentation', 'workbench'];
  return renderIn(
    lang,
    <>
      <header>
        <button type="button">Header action</button>
      </header>
      {regions.map((r) => (
        <section key={r} aria-label={r}>
          <RegionBoundary region={r}>
            {r === failing ? <Fragile label={r} /> : <p>{r} works</p>}
          </RegionBoundary>
        </section>
      ))}
    </>,
  );
}

const FAILED: Record<Region, { en: string; ar: string }> = {
  briefing: { en: 'The briefing builder could not be shown.', ar: 'تعذّر عرض أداة إعداد الإحاطة.' },
  timeline: { en: 'The timeline could not be shown.', ar: 'تعذّر عرض الخط الزمني.' },
  explore: { en: 'Search and filters could not be shown.', ar: 'تعذّر عرض البحث والتصفية.' },
  accounts: {
    en: "The sources' accounts of this event could not be shown.",
    ar: 'تعذّر عرض روايات المصادر لهذا الحدث.',
  },
  side: {
    en: "The event's card and the list of events could not be shown.",
    ar: 'تعذّر عرض بطاقة الحدث وقائمة الأحداث.',
  },
  presentation: { en: 'The presentation could not be shown.', ar: 'تعذّر عرض العرض التقديمي.' },
  workbench: { en: 'The workbench could not be shown.', ar: 'تعذّر عرض منضدة الإعداد.' },
  handout: { en: 'The handout could not be prepared.', ar: 'تعذّر تجهيز ورقة العرض للطباعة.' },
  screen: { en: 'The screen could not be shown.', ar: 'تعذّر عرض الشاشة.' },
  page: { en: 'The page could not be shown.', ar: 'تعذّر عرض الصفحة.' },
  header: { en: 'The header could not be shown.', ar: 'تعذّر عرض رأس الصفحة.' },
  refused: {
    en: "The list of the refused file's problems could not be shown.",
    ar: 'تعذّر عرض قائمة مشكلات الملف المرفوض.',
  },
  corpusProblems: {
    en: "The list of the corpus's problems could not be shown.",
    ar: 'تعذّر عرض قائمة مشكلات المدوّنة.',
  },
  progress: { en: 'The loading progress could not be shown.', ar: 'تعذّر عرض تقدّم التحميل.' },
  foreign: {
    en: 'The note on where this data comes from could not be shown.',
    ar: 'تعذّر عرض الملاحظة عن مصدر هذه البيانات.',
  },
  drop: { en: 'The place to drop a file could not be shown.', ar: 'تعذّر عرض موضع إفلات الملف.' },
  preview: { en: "The preview's bar could not be shown.", ar: 'تعذّر عرض شريط المعاينة.' },
};

beforeEach(() => {
  broken = true;
  // React reports each caught error on the console; the test reads the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a region that throws', () => {
  for (const region of ['timeline', 'explore', 'accounts', 'side', 'presentation', 'workbench'] as const)
    it(`(${region}) is replaced by a message naming it, and the other regions and the header still work`, () => {
      page(region);
      const alert = screen.getByRole('alert');
      expect(within(screen.getByRole('region', { name: region })).getByRole('alert')).toBe(alert);
      expect(alert.textContent).toContain(FAILED[region].en);
      expect(alert.textContent).toContain('The rest of the page still works.');
      expect(alert.textContent).toContain(`${region} fell over`);
      for (const other of ['timeline', 'explore', 'accounts', 'side', 'presentation', 'workbench'])
        if (other !== region) expect(screen.getByText(`${other} works`)).toBeTruthy();
      const header = screen.getByRole('button', { name: 'Header action' });
      header.focus();
      expect(document.activeElement).toBe(header);
    });

  it('is named in Arabic in the Arabic interface, with "Try again" in Arabic', () => {
    page('accounts', 'ar');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(FAILED.accounts.ar);
    expect(alert.textContent).toContain('بقية الصفحة تعمل كما هي.');
    expect(within(alert).getByRole('button', { name: 'أعد المحاولة' })).toBeTruthy();
  });

  it('comes back on "Try again", mounted afresh', () => {
    page('timeline');
    expect(screen.queryByText('timeline is back')).toBeNull();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('timeline is back')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again by itself when its reset key changes (another event selected)', () => {
    const i18n = createI18n('en');
    const view = (key: string) => (
      <I18nProvider i18n={i18n}>
        <RegionBoundary region="accounts" resetKey={key}>
          <Fragile label="accounts" />
        </RegionBoundary>
      </I18nProvider>
    );
    const { rerender } = render(view('a'));
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(view('a'));
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(view('b'));
    expect(screen.getByText('accounts is back')).toBeTruthy();
  });

  it('offers the ways out it is given beside "Try again"', () => {
    const leave = vi.fn();
    renderIn(
      'en',
      <RegionBoundary
        region="workbench"
        actions={
          <button type="button" onClick={leave}>
            Close the workbench
          </button>
        }
      >
        <Fragile label="workbench" />
      </RegionBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close the workbench' }));
    expect(leave).toHaveBeenCalledOnce();
  });
});

describe('a part loaded on demand', () => {
  it('says "Loading…" as a status until its code is in, then renders', async () => {
    let arrive: (c: (p: { readonly n: number }) => React.JSX.Element) => void = () => {};
    const part = lazyPart(
      () =>
        new Promise<(p: { readonly n: number }) => React.JSX.Element>((resolve) => {
          arrive = resolve;
        }),
    );
    await act(async () => {
      renderIn(
        'ar',
        <RegionBoundary region="presentation">
          <part.Part n={3} />
        </RegionBoundary>,
      );
    });
    expect(screen.getByRole('status').textContent).toBe('جارٍ التحميل…');
    await act(async () => {
      arrive(({ n }) => <p>part {n}</p>);
      await part.preload();
    });
    expect(screen.getByText('part 3')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('that fails to load is its region failure, and "Try again" asks for the code again', async () => {
    let calls = 0;
    const part = lazyPart(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('chunk missing'))
        : Promise.resolve(() => <p>loaded at last</p>);
    });
    await act(async () => {
      renderIn(
        'en',
        <RegionBoundary region="timeline">
          <part.Part />
        </RegionBoundary>,
      );
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The timeline could not be shown.');
    expect(alert.textContent).toContain('chunk missing');
    expect(calls).toBe(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.getByText('loaded at last')).toBeTruthy();
    expect(calls).toBe(2);
  });
});

describe('the Dataset menu with a static corpus open', () => {
  const menu = (lang: Lang, onExport?: () => void) =>
    renderIn(
      lang,
      <DatasetMenu
        name="corpus/"
        isBundled={false}
        onOpenFile={() => {}}
        onBundled={() => {}}
        onExport={onExport}
      />,
    );

  it('offers no export and says why, in English', () => {
    menu('en');
    const group = screen.getByRole('group', { name: 'Export' });
    expect(within(group).queryAllByRole('button')).toEqual([]);
    expect(group.textContent).toMatch(
      /holds only the events it has fetched: a file written from it would be incomplete/,
    );
  });

  it('says why in Arabic', () => {
    menu('ar');
    const group = screen.getByRole('group', { name: 'تصدير' });
    expect(within(group).queryAllByRole('button')).toEqual([]);
    expect(group.textContent).toMatch(/لا تحمل إلا الأحداث التي جُلبت منها/);
  });

  it('offers the four formats for a dataset', () => {
    const exported = vi.fn();
    menu('en', exported);
    const group = screen.getByRole('group', { name: 'Export' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Riwayat dataset (JSON)',
      'Events and quotes (CSV)',
      'TimelineJS3 (Arabic)',
      'TimelineJS3 (English)',
    ]);
    fireEvent.click(within(group).getByRole('button', { name: 'Events and quotes (CSV)' }));
    expect(exported).toHaveBeenCalledWith('csv');
  });
});

describe('a workbench that falls over with a draft it can read', () => {
  /** The workbench's net as the page sets it: the saved draft offered beside "Try again". */
  const fallen = (lang: Lang, load: () => Promise<unknown>, offer: (json: string) => void) =>
    renderIn(
      lang,
      <RegionBoundary region="workbench" actions={<SavedDraftExport load={load} offer={offer} />}>
        <Fragile label="workbench" />
      </RegionBoundary>,
    );

  it('offers the saved draft, as it is stored, as a JSON file', async () => {
    const saved = { version: 3, revision: 7, commands: [{ type: 'title', title: 'قصتي' }] };
    const offer = vi.fn();
    fallen('en', () => Promise.resolve(saved), offer);
    expect(screen.getByRole('alert').textContent).toMatch(/The workbench could not be shown/);
    fireEvent.click(screen.getByRole('button', { name: 'Export the saved draft (JSON)' }));
    await vi.waitFor(() => expect(offer).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(offer.mock.calls[0]?.[0]))).toEqual(saved);
  });

  it('says so when nothing is saved, and why when the store cannot be read (in Arabic too)', async () => {
    const offer = vi.fn();
    fallen('ar', () => Promise.resolve(null), offer);
    fireEvent.click(screen.getByRole('button', { name: 'تصدير المسودة المحفوظة (JSON)' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'لم يُحفظ شيء بعد: لا مسودة لتصديرها.',
    );
    cleanup();
    fallen('en', () => Promise.reject(new Error('IndexedDB is not available')), offer);
    fireEvent.click(screen.getByRole('button', { name: 'Export the saved draft (JSON)' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'IndexedDB is not available');
    expect(offer).not.toHaveBeenCalled();
  });
});
