// @vitest-environment jsdom
/**
 * The shell around the screen: each of its notices and bars (the refused file's problems, the corpus's
 * problems, the loading line, the note on foreign data, the drop overlay, the preview's bar, the
 * workbench's stand-in header) and the shell itself fail alone, with a way to recover, while the screen
 * and the workbench's draft stay as they were.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageNet, PAGE_FAILED } from '../../src/app/PageNet';
import { Root } from '../../src/app/Root';
import type * as ShellBars from '../../src/app/shell-bars';
import { createDatasets, type DatasetState } from '../../src/app/datasets';
import { createI18n } from '../../src/i18n';
import { createStore, readUrl, viewFromUrl, type ViewState } from '../../src/state';
import type * as View from '../../src/view';
import { miniDataset } from '../fixtures/mini-dataset';
import { viewState } from '../support/view-state';
import { ar, en } from '../support/words';

/** What fails in this test, the corpus's problems on show, and the workbench's draft as saved. */
const h = vi.hoisted(() => ({
  failing: new Set<string>(),
  corpusProblems: [] as { place: string; code: string; message: string }[],
  mounts: 0,
  saved: '',
}));

/** `Real`, except that it throws while its region is failing, as a region with a bug does. */
function breaks<P extends object>(region: string, Real: (props: P) => React.ReactNode) {
  return function Breakable(props: P): React.ReactNode {
    if (h.failing.has(region)) throw new Error(`${region} fell over`);
    return Real(props);
  };
}

vi.mock('../../src/view', async (importOriginal) => {
  const real = await importOriginal<typeof View>();
  return {
    ...real,
    LoadAlert: breaks('refused', real.LoadAlert),
    CorpusAlert: breaks('corpusProblems', real.CorpusAlert),
    ForeignData: breaks('foreign', real.ForeignData),
    Header: breaks('header', real.Header),
  };
});
vi.mock('../../src/app/shell-bars', async (importOriginal) => {
  const real = await importOriginal<typeof ShellBars>();
  return {
    ...real,
    LoadProgress: breaks('progress', real.LoadProgress),
    DropOverlay: breaks('drop', real.DropOverlay),
    PreviewBar: breaks('preview', real.PreviewBar),
  };
});
// The shell's own first hook: a throw there is a throw in the shell.
vi.mock('../../src/app/corpus-view', () => ({
  useCorpusView: () => {
    if (h.failing.has('page')) throw new Error('page fell over');
    return { levels: 0, problems: h.corpusProblems, search: null, loading: false };
  },
}));
// The screen and the workbench stand in as one button each; the workbench shows its saved draft.
vi.mock('../../src/app/App', () => ({
  App: () => <button type="button">Screen action</button>,
}));
vi.mock('../../src/app/parts', () => ({
  loadExports: () => Promise.reject(new Error('not in this test')),
  authorApp: {
    Part: function Workbench({ onPreview }: { readonly onPreview: (d: unknown) => void }) {
      if (h.failing.has('workbench')) throw new Error('workbench fell over');
      useEffect(() => {
        h.mounts += 1;
      }, []);
      return (
        <section aria-label="Workbench">
          <p>{h.saved}</p>
          <button type="button" onClick={() => onPreview(miniDataset())}>
            Preview
          </button>
        </section>
      );
    },
  },
}));

const DRAFT = JSON.stringify({ version: 4, title: 'My draft', done: [{ type: 'rename-term' }] });

function shell(over: Partial<DatasetState> = {}, lang: 'en' | 'ar' = 'en') {
  const datasets = createDatasets();
  datasets.set({
    shown: { kind: 'file', dataset: miniDataset() },
    version: 1,
    name: 'mini.json',
    origin: 'file',
    ...over,
  });
  // The mode from the address, as the page's first read puts it in the store (main.tsx).
  const { mode } = viewFromUrl(readUrl(location.search));
  const store = createStore<ViewState>(viewState({ lang, mode }));
  render(<Root i18n={createI18n(lang)} store={store} datasets={datasets} onReady={() => {}} />);
  return datasets;
}

/** The one alert that names `region`'s failure. */
function failed(text: string): HTMLElement {
  const alerts = screen.getAllByRole('alert').filter((a) => a.textContent?.includes(text));
  expect(alerts).toHaveLength(1);
  return alerts[0]!;
}

/** The screen is there and answers. */
function screenWorks(): void {
  const action = screen.getByRole('button', { name: 'Screen action' });
  action.focus();
  expect(document.activeElement).toBe(action);
}

beforeEach(() => {
  h.failing.clear();
  h.corpusProblems = [];
  h.mounts = 0;
  h.saved = DRAFT;
  history.replaceState(null, '', '/');
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a notice of the shell that throws', () => {
  it("(the refused file's problems) fails alone, and Dismiss still dismisses it", () => {
    h.failing.add('refused');
    const datasets = shell({ refused: { name: 'bad.json', problems: [], omitted: 0 } });
    const alert = failed(en.region.refused);
    expect(alert.textContent).toContain(en.region.rest);
    screenWorks();
    fireEvent.click(within(alert).getByRole('button', { name: en.dataset.dismiss }));
    expect(datasets.get().refused).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    screenWorks();
  });

  it("(the corpus's problems) fails alone, with Dismiss beside Try again", () => {
    h.failing.add('corpusProblems');
    h.corpusProblems = [{ place: 'manifest.json', code: 'corpus-fetch', message: 'gone' }];
    shell();
    const alert = failed(en.region.corpusProblems);
    expect(within(alert).getByRole('button', { name: en.dataset.dismiss })).toBeTruthy();
    screenWorks();
    h.failing.clear();
    fireEvent.click(within(alert).getByRole('button', { name: en.region.retry }));
    expect(screen.queryByText(en.region.corpusProblems)).toBeNull();
    screenWorks();
  });

  it('(the loading line) fails alone, and Cancel still stops the load', () => {
    h.failing.add('progress');
    const datasets = shell({ busy: { name: 'next.json', phase: 'fetching' } });
    const alert = failed(en.region.progress);
    screenWorks();
    fireEvent.click(within(alert).getByRole('button', { name: en.dataset.cancel }));
    expect(datasets.get().busy).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('(the note on foreign data) fails alone and comes back on Try again', () => {
    h.failing.add('foreign');
    shell({ origin: 'url', name: 'https://elsewhere.example/data.json' });
    const alert = failed(en.region.foreign);
    screenWorks();
    h.failing.clear();
    fireEvent.click(within(alert).getByRole('button', { name: en.region.retry }));
    expect(screen.queryByText(en.region.foreign)).toBeNull();
    expect(document.body.textContent).toContain('elsewhere.example');
  });

  it('(the drop overlay) fails alone, and the next drag tries it again', () => {
    h.failing.add('drop');
    shell();
    const drag = (type: string): void => {
      const e = new Event(type, { cancelable: true });
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files: [] } });
      Object.defineProperty(e, 'relatedTarget', { value: null });
      act(() => void dispatchEvent(e));
    };
    drag('dragover');
    failed(en.region.drop);
    screenWorks();
    h.failing.clear();
    drag('dragleave');
    expect(screen.queryByRole('alert')).toBeNull();
    drag('dragover');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).toContain(en.dataset.drop);
  });

  it("(the preview's bar) fails alone, and still leads back to the workbench and its draft", () => {
    history.replaceState(null, '', '/?author=1');
    shell();
    expect(screen.getByRole('region', { name: 'Workbench' }).textContent).toContain('My draft');
    h.failing.add('preview');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = failed(en.region.preview);
    screenWorks();
    fireEvent.click(within(alert).getByRole('button', { name: en.author.backToWorkbench }));
    expect(screen.getByRole('region', { name: 'Workbench' }).textContent).toContain('My draft');
    expect(h.saved).toBe(DRAFT);
  });

  it("(the workbench's stand-in header) fails alone: the workbench's failure still offers its way out", () => {
    history.replaceState(null, '', '/?author=1');
    h.failing.add('workbench');
    h.failing.add('header');
    shell();
    failed(en.region.header);
    const workbench = failed(en.region.workbench);
    fireEvent.click(within(workbench).getByRole('button', { name: en.author.close }));
    screenWorks();
    expect(h.saved).toBe(DRAFT);
  });

  it('is named in Arabic in the Arabic interface', () => {
    h.failing.add('progress');
    shell({ busy: { name: 'next.json', phase: 'reading' } }, 'ar');
    const alert = failed(ar.region.progress);
    expect(alert.textContent).toContain(ar.region.rest);
    expect(within(alert).getByRole('button', { name: ar.dataset.cancel })).toBeTruthy();
  });
});

describe('the shell itself, when it throws', () => {
  it('is replaced by a message with Try again, which brings the screen back', () => {
    h.failing.add('page');
    shell();
    const alert = failed(en.region.page);
    expect(alert.textContent).not.toContain(en.region.rest);
    h.failing.clear();
    fireEvent.click(within(alert).getByRole('button', { name: en.region.retry }));
    expect(screen.queryByRole('alert')).toBeNull();
    screenWorks();
  });

  it('keeps the open workbench mounted, its draft as saved, when a notice beside it fails', () => {
    history.replaceState(null, '', '/?author=1');
    h.failing.add('foreign');
    shell({ origin: 'url', name: 'https://elsewhere.example/data.json' });
    failed(en.region.foreign);
    expect(screen.getByRole('region', { name: 'Workbench' }).textContent).toContain('My draft');
    expect(h.mounts).toBe(1);
    expect(h.saved).toBe(DRAFT);
  });
});

describe('the last net under the page', () => {
  it('says in both languages that the page stopped, and offers to reload', () => {
    function Throws(): React.JSX.Element {
      throw new Error('providers fell over');
    }
    render(
      <PageNet>
        <Throws />
      </PageNet>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(PAGE_FAILED.en);
    expect(alert.textContent).toContain(PAGE_FAILED.ar);
    expect(within(alert).getByRole('button', { name: PAGE_FAILED.reload.en })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: PAGE_FAILED.reload.ar })).toBeTruthy();
  });
});
