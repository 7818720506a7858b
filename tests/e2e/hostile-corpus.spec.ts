/**
 * Hostile static corpora (the security review's H1, M1, L2, L6), forged from the bundled dataset and
 * served on the page's own origin: by link as the first load, and from the Dataset menu over the
 * bundled dataset with an event selected. Each leaves the page responsive with an alert naming the
 * file and the place, never a blank page; from the menu, the dataset, the selection and the window on
 * screen stay.
 */
import type { Page } from '@playwright/test';
import { detailTitle, expect, loadProgress, openApp, query, test } from './fixtures';
import { editManifest, paddedManifest, serveCorpus, withSkeleton, type Files } from './hostile-corpus-forge';

test.describe.configure({ timeout: 60_000 });

const SELECTED = 'call-2024-06-25';

/** Starts counting the page's long tasks; `longest` reads the longest since. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/** Opens the bundled dataset with an event selected; returns its title and the window in the link. */
async function openSelected(page: Page): Promise<{ title: string; from: string | null }> {
  await openApp(page, `lang=en&event=${SELECTED}`);
  const title = (await detailTitle(page).textContent()) ?? '';
  expect(title).not.toBe('');
  return { title, from: query(page).get('from') };
}

const datasetMenu = (page: Page) => page.locator('summary').filter({ hasText: /^Dataset/ });

/** Types a corpus address under Dataset → Open from an address. */
async function openFromMenu(page: Page, address: string): Promise<void> {
  await datasetMenu(page).click();
  await page.getByTitle('Address of a dataset file, or of a corpus directory ending in /').fill(address);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** The bundled dataset, its selected event and its window are still on screen, and the page answers. */
async function viewKept(page: Page, before: { title: string; from: string | null }): Promise<void> {
  await expect(detailTitle(page)).toHaveText(before.title);
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  expect(query(page).get('event')).toBe(SELECTED);
  expect(query(page).get('data')).toBeNull();
  expect(query(page).get('from')).toBe(before.from);
  await expect(datasetMenu(page)).toBeVisible();
}

interface Case {
  readonly name: string;
  readonly files: () => Files;
  /** What the alert names: the file and place, and the reason. */
  readonly place: string;
  readonly reason: RegExp;
}

const CASES: Case[] = [
  {
    name: 'a time that is not a number',
    files: () => editManifest((m) => (m['time'] = { start: 'garbage', end: null })),
    place: 'manifest.json',
    reason: /\$\.time/,
  },
  {
    name: 'a lane called constructor',
    files: () => editManifest((m) => (m['lanes'] = [{ id: 'constructor', events: 5 }, ...m['lanes']])),
    place: 'manifest.json',
    reason: /\$\.lanes\[0\]/,
  },
  {
    name: 'a lane called __proto__',
    files: () => editManifest((m) => (m['lanes'] = [{ id: '__proto__', events: 5 }, ...m['lanes']])),
    place: 'manifest.json',
    reason: /\$\.lanes\[0\]/,
  },
  {
    name: 'two rows with one id',
    files: () => withSkeleton((rows) => rows.map((r) => ({ ...r, id: rows[0]!.id }))),
    place: 'events-0000.parquet row group 0 row 1',
    reason: /used more than once/,
  },
];

for (const c of CASES) {
  test(`by link: ${c.name} gives an alert naming its place, never a blank page`, async ({ page }) => {
    const prefix = `hostile-${CASES.indexOf(c)}`;
    await serveCorpus(page, prefix, c.files());
    await page.goto(`./?lang=en&data=${prefix}/`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(c.place, { timeout: 20_000 });
    await expect(alert).toContainText(c.reason);
    await expect(loadProgress(page)).toHaveCount(0);
    // Something to go on with: the corpus without its bad part, or the way back to the bundled dataset.
    await expect(
      page.getByRole('button', { name: 'Back to the bundled dataset' }).or(datasetMenu(page)).first(),
    ).toBeVisible();
    expect(await page.locator('#root').innerText()).not.toBe('');
  });

  test(`from the menu: ${c.name} is refused and the dataset on screen stays`, async ({ page }) => {
    const prefix = `hostile-${CASES.indexOf(c)}`;
    await serveCorpus(page, prefix, c.files());
    const before = await openSelected(page);
    await openFromMenu(page, `${prefix}/`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(`“${prefix}/” was not opened`, { timeout: 20_000 });
    await expect(alert).toContainText(c.place);
    await expect(alert).toContainText(c.reason);
    await expect(alert).toContainText('The dataset you had stays on screen.');
    await viewKept(page, before);
  });
}

test('a failed first load does not say a dataset stays on screen', async ({ page }) => {
  await serveCorpus(page, 'hostile-first', CASES[0]!.files());
  await page.goto('./?lang=en&data=hostile-first/');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('Nothing else was on screen.', { timeout: 20_000 });
  await expect(alert).not.toContainText('stays on screen');
});

test('a 3 KB Parquet file of a million rows is refused before it is decoded; the page never freezes', async ({
  page,
}) => {
  const files = withSkeleton((rows) => Array.from({ length: 1_000_000 }, () => rows[0]!));
  const parquet = [...files].find(([p]) => p.endsWith('.parquet'))![1];
  expect(parquet.length).toBeLessThan(10_000);
  await serveCorpus(page, 'hostile-bomb', files);
  const before = await openSelected(page);
  const longest = await watchLongTasks(page);
  await openFromMenu(page, 'hostile-bomb/');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('manifest.json', { timeout: 20_000 });
  await expect(alert).toContainText(/rowGroupRows|1000000 rows/);
  expect(await longest()).toBeLessThan(200);
  await viewKept(page, before);
});

// A gzip bomb inflates in the network stack, which a routed answer cannot do: the page sees the same
// thing, a manifest far larger than any corpus needs (the streamed cut-off itself: corpus-hostile.test.ts).
test('a manifest of 20 MB is refused by its size before it is parsed', async ({ page }) => {
  await serveCorpus(page, 'hostile-gzip', paddedManifest(20 * 1024 * 1024));
  const before = await openSelected(page);
  const longest = await watchLongTasks(page);
  await openFromMenu(page, 'hostile-gzip/');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('manifest.json', { timeout: 20_000 });
  await expect(alert).toContainText('larger than a corpus may be');
  expect(await longest()).toBeLessThan(200);
  await viewKept(page, before);
});

test('a server that ignores Range requests is named in the corpus alert, and the corpus still opens', async ({
  page,
}) => {
  const files = editManifest(() => {});
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/hostile-norange/')) asked.push(r.url().split('/hostile-norange/')[1] ?? '');
  });
  await serveCorpus(page, 'hostile-norange', files, { range: false });
  await page.goto(`./?lang=en&data=hostile-norange/&event=${SELECTED}`);
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('ignores Range requests', { timeout: 20_000 });
  await expect(detailTitle(page)).not.toHaveText('', { timeout: 20_000 });
  // Each file is fetched whole once at most, not once per block.
  const counts = new Map<string, number>();
  for (const a of asked) counts.set(a, (counts.get(a) ?? 0) + 1);
  expect([...counts].filter(([, n]) => n > 1)).toStrictEqual([]);
});
