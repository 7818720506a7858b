// @vitest-environment jsdom
/**
 * Our TimelineJS3 export, read by the real TimelineJS3 library: its published browser bundle
 * (`dist/js/timeline.js`, which defines the global `TL`), run in jsdom. The package's `index.js` is
 * the untranspiled source and imports a .less file, so the bundle is what a page would load anyway.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportTimelineJs } from '../../src/data';
import { kindName, type Dataset, type Lang } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const require = createRequire(import.meta.url);
const HOSTILE = '<img src=x onerror=alert(1)>';

let TL: any;
let corpus: Dataset;

beforeAll(() => {
  // jsdom has no matchMedia; TimelineJS asks it about dark mode and touch screens while loading.
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  const path = require.resolve('@knight-lab/timelinejs/dist/js/timeline.js');
  TL = runInThisContext(`${readFileSync(path, 'utf8')}\n;TL`, { filename: path });
  corpus = loadCorpus();
});

/** A timeline built from our export, once TimelineJS has built its slides and its time axis. */
async function render(dataset: Dataset, lang: Lang): Promise<{ timeline: any; container: HTMLElement }> {
  const container = document.createElement('div');
  document.body.append(container);
  // A copy, because TimelineJS rewrites the data it is given (dates become its own date objects).
  const data = structuredClone(exportTimelineJs(dataset, lang));
  // font: null keeps it from adding a stylesheet link to Knight Lab's CDN.
  const timeline = new TL.Timeline(container, data, { font: null });
  await new Promise<void>((resolve) => timeline.on('loaded', () => resolve()));
  return { timeline, container };
}

describe('TimelineJS3 reading our export', () => {
  it.each(['ar', 'en'] as const)('builds a title slide and one slide per event (%s)', async (lang) => {
    const { timeline, container } = await render(corpus, lang);
    expect(timeline.config.getErrors()).toEqual([]);
    expect(timeline.config.events).toHaveLength(corpus.events.length);
    expect(timeline._storyslider._slides).toHaveLength(corpus.events.length + 1);
    expect(container.querySelectorAll('.tl-slide')).toHaveLength(corpus.events.length + 1);
    for (const ev of corpus.events) {
      const data = timeline.getDataById(ev.id);
      expect(data, ev.id).not.toBeNull();
      // TimelineJS builds local-time Date objects from the parts; they must name our date.
      const date: Date = data.start_date.data.date_obj;
      const parts = ev.start.split('-').map(Number);
      expect([date.getFullYear(), date.getMonth() + 1, date.getDate()].slice(0, parts.length), ev.id).toEqual(
        parts,
      );
      expect(data.group).toBe(kindName(corpus, ev.kind, lang));
    }
  });

  it('keeps the Arabic marked right-to-left through its sanitiser', async () => {
    const { timeline } = await render(corpus, 'ar');
    for (const ev of corpus.events) {
      const slide: HTMLElement = timeline.getSlideById(ev.id)._el.container;
      const headline = slide.querySelector('.tl-headline span[dir="rtl"][lang="ar"]');
      expect(headline?.textContent, ev.id).toBe(ev.title.ar);
      const quotes = [...slide.querySelectorAll('blockquote[dir="rtl"][lang="ar"]')].map(
        (q) => q.textContent,
      );
      expect(quotes, ev.id).toEqual(ev.accounts.flatMap((a) => a.quotes.map((q) => q.text)));
    }
  });

  it('shows a hostile title, summary and translation as text, never as markup', async () => {
    const [first, ...rest] = corpus.events;
    const hostile: Dataset = {
      ...corpus,
      title: { ar: HOSTILE, en: HOSTILE },
      events: [
        {
          ...first!,
          title: { ar: HOSTILE, en: HOSTILE },
          summary: { ar: `${HOSTILE} & "quoted"`, en: `${HOSTILE} & 'quoted'` },
          accounts: first!.accounts.map((a) => ({
            ...a,
            quotes: a.quotes.map((q) => ({ ...q, en: `<script>alert(2)</script>${HOSTILE}` })),
          })),
        },
        ...rest,
      ],
    };
    const { timeline, container } = await render(hostile, 'en');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror], script')).toBeNull();
    const slide = timeline.getSlideById(first!.id);
    expect(slide._el.container.textContent).toContain(HOSTILE);
    expect(slide._el.container.textContent).toContain(`${HOSTILE} & 'quoted'`);
    expect(slide._el.container.textContent).toContain(`<script>alert(2)</script>${HOSTILE}`);
  });
});
