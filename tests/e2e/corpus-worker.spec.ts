/**
 * Nothing a corpus holds holds up the page (the security review's M1): the corpus is fetched, decoded
 * and checked in a worker. Each hostile corpus of the review, and heavy ones that stay within every
 * size limit (so that only decoding and checking can refuse them), is opened from the Dataset menu over
 * the bundled dataset with an event selected, while a `PerformanceObserver` watches the page's long
 * tasks: none reaches 200 ms, an alert names the file, and the dataset and selection stay. The
 * figures are printed (`corpus-worker: …`) for BENCHMARKS.md.
 */
import type { Page } from '@playwright/test';
import type { SkeletonRow } from '../../src/data/corpus-format';
import { detailTitle, expect, openApp, test } from './fixtures';
import { CORPUS } from './corpus-fixture';
import {
  densityLanes,
  paddedManifest,
  serveCorpus,
  withDensity,
  withSkeleton,
  type Files,
} from './hostile-corpus-forge';

// Forging the 5,000,000-row Parquet file alone takes a minute or two on a busy machine. The file's
// tests run in one worker, in order, so each case is forged once, not once in each worker.
test.describe.configure({ mode: 'default', timeout: 300_000 });

const SELECTED = 'call-2024-06-25';

/** Counts the page's long tasks from now on; returns the longest and the page's heap then. */
async function watch(page: Page): Promise<() => Promise<{ longest: number; heapMB: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    return { longest: Math.round(longest), heapMB: Math.round(heap / 1024 / 1024) };
  };
}

const datasetMenu = (page: Page) => page.locator('summary').filter({ hasText: /^Dataset/ });

interface Case {
  readonly name: string;
  readonly files: () => Files;
  /** What the alert says: the file, and why. */
  readonly place: string;
  readonly reason: RegExp;
}

const LANE = 'diplomacy';
const longTitle = (i: number): string => `${'عنوان طويل جدا '.repeat(30)}${i}`.slice(0, 480);

const CASES: Case[] = [
  {
    name: 'a 10 KB Parquet file of 5,000,000 rows',
    files: () => withSkeleton((rows) => Array.from({ length: 5_000_000 }, () => rows[0]!)),
    place: 'manifest.json',
    reason: /rowGroupRows|5000000 rows/,
  },
  {
    name: 'density levels of 80 MB (5,000,000 periods)',
    files: () => withDensity(() => densityLanes(LANE, 5_000_000, false)),
    place: 'manifest.json',
    reason: /density\[0\]: 5000000 periods/,
  },
  {
    name: 'a manifest of 20 MB (what a gzip bomb inflates to)',
    files: () => paddedManifest(20 * 1024 * 1024),
    place: 'manifest.json',
    reason: /larger than a corpus may be/,
  },
  {
    name: 'density levels of 14 MB (900,000 periods) within the limits, the last one wrong',
    files: () => withDensity(() => densityLanes(LANE, 900_000, true)),
    place: 'density-',
    reason: /period 899999/,
  },
  {
    name: '3 row groups of 8,192 rows with 480-character titles where the density counts 31 events',
    files: () =>
      withSkeleton(
        (rows) => [
          ...rows,
          ...Array.from({ length: 3 * 8192 }, (_, i) => ({
            ...rows[0]!,
            id: `${rows[0]!.id}-${i}` as SkeletonRow['id'],
            title_ar: longTitle(i),
            title_en: longTitle(i),
          })),
        ],
        8192,
      ),
    place: 'events-0000.parquet',
    reason: /more than 20000 events in one window/,
  },
];

/** Each case's files, forged once per test process. */
const forged = new Map<Case, Files>();
const filesOf = (c: Case): Files => forged.get(c) ?? (forged.set(c, c.files()), forged.get(c)!);

for (const c of CASES) {
  test(`by link: ${c.name}: no long task on the page, an alert naming the file`, async ({ page }) => {
    const prefix = `heavy-link-${CASES.indexOf(c)}`;
    await serveCorpus(page, prefix, filesOf(c));
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    // The page's own first draw (the app's code, the empty screen) is not the corpus's: counted from here.
    await page.goto(`./?lang=en&data=${prefix}/`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(c.place, { timeout: 90_000 });
    await expect(alert).toContainText(c.reason);
    const longest = await page.evaluate(() => Math.round((window as unknown as { longest: number }).longest));
    console.log(`corpus-worker: by link: ${c.name}: longest task ${longest} ms`);
    await expect(
      page.getByRole('button', { name: 'Back to the bundled dataset' }).or(datasetMenu(page)).first(),
    ).toBeVisible();
  });

  test(`from the menu: ${c.name}: no long task on the page, an alert naming the file, the view kept`, async ({
    page,
  }) => {
    const prefix = `heavy-${CASES.indexOf(c)}`;
    await serveCorpus(page, prefix, filesOf(c));
    await openApp(page, `lang=en&event=${SELECTED}`);
    const title = (await detailTitle(page).textContent()) ?? '';
    const figures = await watch(page);
    const t0 = Date.now();
    await datasetMenu(page).click();
    await page
      .getByTitle('Address of a dataset file, or of a corpus directory ending in /')
      .fill(`${prefix}/`);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(`“${prefix}/” was not opened`, { timeout: 90_000 });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const { longest, heapMB } = await figures();
    console.log(
      `corpus-worker: ${c.name}: longest task ${longest} ms, page heap ${heapMB} MB, alert after ${seconds} s`,
    );
    await expect(alert).toContainText(c.place);
    await expect(alert).toContainText(c.reason);
    expect(longest).toBeLessThan(200);
    await expect(detailTitle(page)).toHaveText(title);
    await expect(datasetMenu(page)).toBeVisible();
  });
}

test('the 100,000-event test corpus, opened on an event: every long task of the page, printed', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: number[] };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`./?lang=en&data=${CORPUS}&event=e500`);
  await expect(detailTitle(page)).not.toHaveText('', { timeout: 60_000 });
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
  console.log(`corpus-worker: 100,000-event corpus on an event: long tasks ${JSON.stringify(tasks)} ms`);
});
