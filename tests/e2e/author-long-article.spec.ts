/**
 * A long article in the workbench (the security review's M4): its dates, mentions and suggestions are
 * worked out in a worker, so the article is on screen before them and the page answers meanwhile;
 * the highlights and the date list then arrive a slice at a time. The longest tasks are printed
 * (`author-long-article: …`) for the README.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test } from './fixtures';

const SENTENCE =
  'أعلنت وزارة الدفاع يوم الثلاثاء 3 مايو 2022 أن الوزير أجرى اتصالا هاتفيا أمس مع نظيره لويد أوستن. ';

test('a 50,000-character article is shown at once, its dates follow from the worker', async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(tmpdir(), 'riwayat-long-article.txt');
  writeFileSync(file, SENTENCE.repeat(Math.ceil(50_000 / SENTENCE.length)).slice(0, 50_000));
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: number[] };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  await page.goto('./?lang=en&author=1');
  await expect(page.getByRole('heading', { name: 'Authoring workbench' })).toBeVisible({ timeout: 30_000 });
  await page.getByText('Add an article').click();
  await page.evaluate(() => ((window as unknown as { tasks: number[] }).tasks = []));
  await page.getByLabel('Or choose a .txt file (UTF-8)', { exact: true }).setInputFiles(file);
  const dates = page.locator('.author-dates');
  // The article and the date list's "Loading…" first, then the dates the worker found.
  await expect(
    page.getByRole('region', { name: 'Article text' }).getByText('لويد أوستن').first(),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(dates.getByText('Loading…')).toBeVisible();
  await expect(dates.getByText('Loading…')).toHaveCount(0, { timeout: 60_000 });
  const found = Number(
    /([\d,]+)/.exec((await dates.getByRole('heading').textContent()) ?? '')?.[1]?.replace(/,/g, ''),
  );
  expect(found).toBeGreaterThan(500);
  // Every date's button arrives, a slice at a time.
  await expect(dates.getByRole('button', { name: 'New event from this date' })).toHaveCount(found, {
    timeout: 30_000,
  });
  await expect(page.locator('.author-text mark.hl-date')).not.toHaveCount(0);
  const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
  console.log(`author-long-article: ${found} dates; long tasks ${JSON.stringify(tasks)} ms`);
});
