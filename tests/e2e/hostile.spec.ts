/**
 * Hostile files and faults while opening a dataset: each is refused (or cancelled) within seconds, with
 * an alert, and the dataset, selection and window on screen stay.
 */
import type { JSHandle, Page } from '@playwright/test';
import { datasetTitle, detailTitle, expect, listRows, loadProgress, openApp, query, test } from './fixtures';

type Json = Record<string, any>;
const bundled = async (page: Page): Promise<Json> =>
  (await (await page.request.get('./dataset.json')).json()) as Json;

const SELECTED = 'call-2024-06-25';

/** A file whose text is built in the page (a large file crosses over far faster this way). */
async function fileOf(
  page: Page,
  name: string,
  build: (() => string) | string,
): Promise<JSHandle<DataTransfer>> {
  const text =
    typeof build === 'string' ? await page.evaluateHandle((t) => t, build) : await page.evaluateHandle(build);
  return page.evaluateHandle(
    ([body, file]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], file, { type: 'application/json' }));
      return dt;
    },
    [text, name] as const,
  );
}

/** Drops a file onto the page, as a person dragging it there. */
async function drop(page: Page, transfer: JSHandle<DataTransfer>): Promise<void> {
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

const dropBuilt = async (page: Page, name: string, build: (() => string) | string): Promise<void> =>
  drop(page, await fileOf(page, name, build));
const dropFile = dropBuilt;

/** The bundled dataset, the selected event and its title stay on screen. */
async function viewKept(page: Page, title: string): Promise<void> {
  await expect(detailTitle(page)).toHaveText(title);
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  expect(query(page).get('event')).toBe(SELECTED);
}

test('a source published on no real day is refused with its path, never a spinner', async ({ page }) => {
  const d = await bundled(page);
  d.sources.find((s: Json) => s.id === 'art-000').published = '2022-10-32';
  await page.route('**/bad-date.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) }),
  );
  await page.goto('./?lang=en&data=bad-date.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('$.sources[0].published', { timeout: 10_000 });
  await expect(alert).toContainText('not a valid date');
  await expect(loadProgress(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the bundled dataset' })).toBeVisible();
});

test('a file that breaks ten million rules is refused quickly with a capped list', async ({ page }) => {
  test.setTimeout(90_000);
  const d = await bundled(page);
  await openApp(page, `lang=en&event=${SELECTED}`);
  const title = d.events.find((e: Json) => e.id === SELECTED).title.en;
  // 20,000 events of 500 claims that are not objects, each missing its ten fields: 10,200,000 problems.
  await dropBuilt(page, 'amplified.json', () => {
    const event = `{"claims":[${new Array(500).fill(0).join(',')}]}`;
    return `{"format":"riwayat-dataset","version":1,"title":{"ar":"x","en":"x"},"sources":[],"entities":[],"events":[${new Array(20_000).fill(event).join(',')}]}`;
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('10,200,000 problems', { timeout: 20_000 });
  await expect(alert.locator('li')).toHaveCount(100);
  await expect(alert).toContainText('…and 10,199,900 more.');
  await viewKept(page, title);
});

/** The bundled dataset cut down and renamed, as a small valid file. */
function renamed(d: Json, en: string): string {
  const copy = structuredClone(d);
  copy.title = { ar: en, en };
  copy.events = copy.events.filter((e: Json) => e.kind === 'defence-call');
  // The bundled briefing names events cut here: a briefing must name events the file has.
  delete copy.briefings;
  return JSON.stringify(copy);
}

/** A gate a route waits at until the test opens it. */
function gate(): { readonly open: () => void; readonly opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

test('the last file chosen wins, even when an earlier one finishes later', async ({ page }) => {
  const d = await bundled(page);
  // The checking worker of the second load (the first file) gets its code only once the second file
  // is on screen; the test then waits until the page has let that worker go (stopped, or done).
  await page.addInitScript(() => {
    const ended: boolean[] = [];
    Object.assign(window, { parseWorkersEnded: ended });
    const terminate = Worker.prototype.terminate;
    window.Worker = class extends Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('parse.worker')) return;
        const i = ended.push(false) - 1;
        this.terminate = () => {
          ended[i] = true;
          terminate.call(this);
        };
      }
    };
  });
  const held = gate();
  let served!: Promise<void>;
  let workers = 0;
  await page.route('**/parse.worker*.js', async (route) => {
    if (++workers !== 2) return route.continue();
    served = held.opened.then(() => route.continue()).catch(() => undefined);
    return served;
  });
  await openApp(page, 'lang=en');
  await dropFile(page, 'slow.json', renamed(d, 'Slow file'));
  await dropFile(page, 'quick.json', renamed(d, 'Quick file'));
  await expect(datasetTitle(page, 'Quick file')).toBeVisible();
  held.open();
  await served;
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { parseWorkersEnded: boolean[] }).parseWorkersEnded[1]),
    )
    .toBe(true);
  // Whatever that worker's end set off has been drawn by the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  await expect(loadProgress(page)).toHaveCount(0);
  await expect(datasetTitle(page, 'Quick file')).toBeVisible();
});

test('a file dropped during a slow ?data= download wins, and the address drops data=', async ({ page }) => {
  const d = await bundled(page);
  // The linked file is held back until the dropped one is on screen, then sent in full.
  const held = gate();
  let sent!: Promise<unknown>;
  await page.route('**/slow.json', (route) => {
    sent = held.opened.then(() =>
      route
        .fulfill({ contentType: 'application/json', body: renamed(d, 'Slow link') })
        .catch(() => undefined),
    );
    return sent;
  });
  await page.goto('./?lang=en&data=slow.json');
  await expect(loadProgress(page)).toBeVisible();
  await dropFile(page, 'mine.json', renamed(d, 'My file'));
  await expect(datasetTitle(page, 'My file')).toBeVisible({ timeout: 15_000 });
  held.open();
  await sent;
  await expect(loadProgress(page)).toHaveCount(0);
  await expect(datasetTitle(page, 'My file')).toBeVisible();
  expect(query(page).get('data')).toBeNull();
});

test('opening a local file over a ?data= dataset takes data= out of the link', async ({ page }) => {
  const d = await bundled(page);
  await page.route('**/linked.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: renamed(d, 'Linked') }),
  );
  await openApp(page, 'lang=en&data=linked.json');
  await expect(datasetTitle(page, 'Linked')).toBeVisible();
  expect(query(page).get('data')).toBe('linked.json');
  await dropFile(page, 'local.json', renamed(d, 'Local'));
  await expect(datasetTitle(page, 'Local')).toBeVisible();
  await expect.poll(() => query(page).get('data')).toBeNull();
  expect(query(page).get('lang')).toBe('en');
});

test('Back and Forward after a file replaced a ?data= dataset leave the file on screen and data= out of the link', async ({
  page,
}) => {
  const d = await bundled(page);
  await page.route('**/linked.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: renamed(d, 'Linked') }),
  );
  await openApp(page, 'lang=en&data=linked.json');
  await expect(datasetTitle(page, 'Linked')).toBeVisible();
  // An entry of its own, written while the linked dataset was on screen.
  await listRows(page, SELECTED).click();
  await expect.poll(() => query(page).get('event')).toBe(SELECTED);
  await dropFile(page, 'local.json', renamed(d, 'Local'));
  await expect(datasetTitle(page, 'Local')).toBeVisible();
  await expect.poll(() => query(page).get('data')).toBeNull();
  await page.goBack();
  await expect.poll(() => query(page).get('event')).toBeNull();
  // The file stays on screen, and the entry reached no longer names the linked dataset.
  await expect(datasetTitle(page, 'Local')).toBeVisible();
  await expect.poll(() => query(page).get('data')).toBeNull();
  await page.goForward();
  await expect.poll(() => query(page).get('event')).toBe(SELECTED);
  expect(query(page).get('data')).toBeNull();
});

test('with site storage blocked the app starts, and choices apply without being remembered', async ({
  page,
}) => {
  // What Chromium does with cookies blocked for the site: reading localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page, 'lang=en');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

/** Records the page's long tasks (main thread busy 50 ms or more), from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
const longestTaskSince = (page: Page, since: number): Promise<number> =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
          .filter((e) => e.start >= t)
          .map((e) => e.duration),
      ),
    since,
  );

test('a file that is not a dataset of acceptable size costs the page no work while it is checked', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, `lang=en&event=${SELECTED}`);
  const title = (await bundled(page)).events.find((e: Json) => e.id === SELECTED).title.en;
  // Two million empty events (6 MB): too many; the page used to parse and sort them all meanwhile.
  const file = await fileOf(
    page,
    'many.json',
    () => `{"format":"riwayat-dataset","events":[${'{},'.repeat(2_000_000)}{}]}`,
  );
  await watchLongTasks(page);
  const since = await page.evaluate(() => performance.now());
  await drop(page, file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('$.events', { timeout: 60_000 });
  await expect(alert).toContainText('too many items');
  await viewKept(page, title);
  expect(await longestTaskSince(page, since)).toBeLessThan(200);
});

test('a file over the size limit is refused before it is read, with the page responsive', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, `lang=en&event=${SELECTED}`);
  const title = (await bundled(page)).events.find((e: Json) => e.id === SELECTED).title.en;
  // 210 MB made of one 1 MB part repeated: the test itself never builds a large string.
  const transfer = await page.evaluateHandle(() => {
    const mb = '{"id":"e","start":"2024-01-01"},'.repeat(32 * 1024);
    const dt = new DataTransfer();
    dt.items.add(new File(['{"events":[', ...new Array<string>(210).fill(mb), '{}]}'], 'huge.json'));
    return dt;
  });
  // The browser has finished storing the test's own file once its last bytes can be read back.
  expect(await transfer.evaluate(async (dt) => dt.files[0]!.slice(-3).text())).toBe('}]}');
  await watchLongTasks(page);
  const since = await page.evaluate(() => performance.now());
  await drop(page, transfer);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('larger than 200 MB', { timeout: 30_000 });
  await expect(alert).toContainText('too large');
  await viewKept(page, title);
  expect(await longestTaskSince(page, since)).toBeLessThan(200);
});

test('invalid UTF-8 is refused, not read as replacement characters', async ({ page }) => {
  await openApp(page, 'lang=en');
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]);
    dt.items.add(new File([bytes], 'latin.json', { type: 'application/json' }));
    return dt;
  });
  await drop(page, transfer);
  await expect(page.getByRole('alert')).toContainText('not valid UTF-8');
});

test('a server that never answers: progress and Cancel keep the view; silence ends in an alert', async ({
  page,
}) => {
  await page.clock.install();
  await page.route('**/hang.json', () => {
    // Never answered.
  });
  await page.goto('./?lang=en&data=hang.json');
  const progress = loadProgress(page);
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  // Nothing was on screen yet: the bundled dataset is one step away.
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  expect(query(page).get('data')).toBeNull();

  // The same server again, left alone: a watchdog gives up on it with an alert.
  await page.goto('./?lang=en&data=hang.json');
  await expect(progress).toBeVisible();
  await page.clock.fastForward(50_000);
  await expect(page.getByRole('alert')).toContainText('nothing arrived for 45 s');
  await expect(progress).toHaveCount(0);
});

test('the server forbids framing the app', async ({ page }) => {
  const response = await page.request.get('./');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
