import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';

export interface Watch {
  /** Console errors and warnings, and uncaught exceptions. */
  readonly problems: string[];
  /** Every URL the page requested that is not on its own origin. */
  readonly offOrigin: string[];
}

/** A worker's browser contexts, one for each set of context options its tests asked for. */
type Contexts = Map<string, BrowserContext>;

/**
 * A new context with a page of the site's origin kept open in it, blank and idle: with Chromium's
 * `--process-per-site` (playwright.config.ts) every page the tests open on the site then joins its
 * renderer, whose compiled scripts and loaded resources outlive the pages that used them.
 */
async function newSharedContext(
  browser: Browser,
  options: BrowserContextOptions,
  origin: string,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const keeper = await context.newPage();
  await keeper.route(`${origin}/__keeper`, (r) =>
    r.fulfill({ contentType: 'text/html', body: '<title></title>' }),
  );
  await keeper.goto(`${origin}/__keeper`);
  return context;
}

/**
 * Returns a shared context to the state a new one has, but for its keeper page and its caches: no page
 * of a test open (their session storage and history go with them), no cookie, no permission but the
 * options', no route, and nothing the site stored (localStorage, IndexedDB, Cache Storage, service
 * workers).
 */
async function resetContext(context: BrowserContext, origin: string, permissions?: string[]): Promise<void> {
  const [keeper, ...pages] = context.pages();
  await Promise.all(pages.map((p) => p.close()));
  const cdp = await context.newCDPSession(keeper!);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  await context.clearCookies();
  await context.clearPermissions();
  if (permissions !== undefined) await context.grantPermissions(permissions);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
}

/**
 * Every test watches the console and the network; a test ends red if either saw something wrong.
 *
 * Tests asking for the same context options (size, touch, locale…) take turns in one browser context
 * of their worker, each in pages of its own, and the context is reset after each (`resetContext`): the
 * app's scripts are parsed and compiled once a worker, not once a test. A test that fails or closes
 * its context leaves the next one a new context.
 */
export const test = base.extend<
  // Playwright's own fixture: the options a test's context is made with (size, touch, locale…).
  { watch: Watch; _combinedContextOptions: BrowserContextOptions },
  { contexts: Contexts }
>({
  contexts: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const contexts: Contexts = new Map();
      await use(contexts);
      await Promise.all([...contexts.values()].map((c) => c.close()));
    },
    { scope: 'worker' },
  ],
  context: async ({ browser, contexts, baseURL, _combinedContextOptions: options }, use, testInfo) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const key = JSON.stringify(options);
    let context = contexts.get(key);
    if (context === undefined) {
      context = await newSharedContext(browser, options, origin);
      contexts.set(key, context);
    }
    let closed = false;
    context.once('close', () => (closed = true));
    await use(context);
    if (closed || testInfo.status !== testInfo.expectedStatus) {
      contexts.delete(key);
      await context.close();
      return;
    }
    await resetContext(context, origin, options.permissions);
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { problems: [], offOrigin: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') watch.problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => watch.problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin)
          watch.offOrigin.push(r.url());
      });
      await use(watch);
      expect(watch.problems, 'console stays free of errors and warnings').toEqual([]);
      expect(watch.offOrigin, 'no request leaves the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app with a query string and waits until the timeline has drawn. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query === '' ? './' : `./?${query}`);
  await waitReady(page);
}

export async function waitReady(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('riwayat:ready').length >= n, count, {
    timeout: 15_000,
  });
}

export interface DatasetEvent {
  id: string;
  start: string;
  end?: string;
  kind: string;
  title: { ar: string; en: string };
  accounts: { source: string }[];
}

/** The dataset the page serves, read the way the app reads it. */
export async function servedEvents(page: Page): Promise<DatasetEvent[]> {
  const response = await page.request.get('./dataset.json');
  return ((await response.json()) as { events: DatasetEvent[] }).events;
}

/** The centre of an item on screen, as a fraction of the timeline's width (0 = left edge). */
export async function itemPosition(page: Page, id: string): Promise<number> {
  return page.evaluate((itemId) => {
    const item = document.querySelector(`.vis-item[data-id="${CSS.escape(itemId)}"]`);
    const panel = document.querySelector('.vis-panel.vis-center');
    if (item === null || panel === null) return NaN;
    const a = item.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    return (a.left + a.width / 2 - p.left) / p.width;
  }, id);
}

export const query = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's serious and critical violations on the page as it is now, one line each. The page must have
 * been opened in a context with `bypassCSP`: axe is injected as a script, which the CSP forbids.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** How many pixels of the density canvas are painted in the row of `lane`. */
export const paintedInLane = (page: Page, lane: string): Promise<number> =>
  page.evaluate((lane) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.density-layer');
    const label = document.querySelector(`.vis-label [data-lane="${lane}"]`)?.closest('.vis-label');
    if (canvas === null || canvas.hidden || label == null) return 0;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const top = (label.getBoundingClientRect().top - canvas.getBoundingClientRect().top) * ratio;
    const height = label.getBoundingClientRect().height * ratio;
    // Read through a copy made for reading, so the page's own canvas is never read back.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const pixels = ctx.getImageData(0, top, canvas.width, height).data;
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
    return n;
  }, lane);

/** The open event's title: the heading that names the detail region (there only while an event is open). */
export const detailTitle = (page: Page): Locator => page.locator('section[data-event] #detail-heading');

/** The rows of the event list (or of the search results that stand in its place), or one event's row. */
export const listRows = (page: Page, id?: string): Locator =>
  page.locator('#event-list').locator(id === undefined ? '[data-event-id]' : `[data-event-id="${id}"]`);

/** The open dataset's title as the page header shows it. */
export const datasetTitle = (page: Page, title: string): Locator =>
  page.getByRole('banner').getByText(title, { exact: true });

/** A dataset or corpus on its way in (English): the status line that names it while it loads. */
export const loadProgress = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^Opening “/ });

/** The open event's panel: the region its title names (there only while an event is open). */
export const detailPanel = (page: Page): Locator => page.locator('section[data-event]');

/** The timeline's region, in either language. */
export const timelinePane = (page: Page): Locator =>
  page.getByRole('region', { name: /^(Timeline of events|الخط الزمني للأحداث)$/ });

/** The Dataset menu's toggle, and the file input it holds (by its label), in either language. */
export const datasetMenuToggle = (page: Page): Locator =>
  page.locator('summary').filter({ hasText: /^(Dataset|البيانات)$/ });
export const datasetFileInput = (page: Page): Locator =>
  page.getByLabel(/^(Open a dataset file…|افتح ملف بيانات…)$/);

/** The key's entry for the density bars, in either language: there exactly while the timeline draws them. */
export const densityKey = (page: Page): Locator =>
  page.getByRole('note').getByText(/too many events to show one by one|أحداث أكثر من أن تُعرض واحدًا واحدًا/);

/** The heading of the event list, or of the search results that stand in its place. */
export const listHeading = (page: Page): Locator =>
  page.locator('#event-list').getByRole('heading', { level: 2 });

/** One source's panel among the open event's accounts. */
export const sourcePanel = (page: Page, id: string): Locator =>
  page.getByRole('article').and(page.locator(`[data-source="${id}"]`));

/** The reading pane: the region that shows the open event's accounts (in either language). */
export const storyPane = (page: Page): Locator =>
  page.getByRole('region', { name: /^(The selected event|الحدث المختار)$/ });
