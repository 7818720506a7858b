import { readFileSync } from 'node:fs';
import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';
const TEXT = readFileSync(ARTICLE, 'utf8').normalize('NFC');
const SHOTS = process.env.RIWAYAT_SHOTS;

for (const lang of ['en', 'ar'] as const) {
  test(`Accept quotes only the ticked passages, the suggestion leaves the list, and the other articles are offered (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const L = (lang === 'en' ? en : ar).author;
    await page.goto(`./?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
    const articles = page.getByRole('region', { name: L.articles });
    await expect(articles.getByRole('listitem')).toHaveCount(5, { timeout: 30_000 });
    await page.getByText(L.addArticle, { exact: true }).click();
    await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
    await expect(page.getByRole('heading', { name: 'art-005' })).toBeVisible();
    await page.getByLabel(L.published, { exact: true }).fill('2022-10-21');
    await page.getByLabel(L.published, { exact: true }).press('Enter');

    const list = page.locator('details.author-suggestions');
    const first = list.locator('ol > li').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    const event = (await first.getByRole('heading').locator('bdi').textContent()) ?? '';
    const boxes = first.getByRole('checkbox');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(1);
    if (SHOTS !== undefined) {
      await first.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/suggest-${lang}.png` });
      await list.screenshot({ path: `${SHOTS}/suggest-list-${lang}.png` });
    }

    // Every suggestion either offers passages to tick and an Accept, or says it offers none (no Accept);
    // those offering none wait behind "N other events may fit", closed.
    const items = list.locator('ol > li');
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const offers = await item.getByRole('checkbox').count();
      const accept = item.getByRole('button', { name: new RegExp(L.accept_other.split(':')[0] ?? '') });
      if (offers === 0) {
        await expect(item.getByText(L.noPassages)).toBeHidden();
        await expect(item.getByText(L.noPassages)).toHaveCount(1);
        await expect(accept).toHaveCount(0);
      } else await expect(accept).toHaveCount(1);
    }

    // Tick exactly the first passage, untick the others.
    for (let i = 0; i < n; i++) {
      const box = boxes.nth(i);
      if (i === 0) await box.check();
      else await box.uncheck();
    }
    const passages = (await first.locator('label [lang="ar"]').allTextContents()).map((x) => x.trim());
    const [wanted = '', ...unwanted] = passages;
    for (const p of passages) expect(TEXT.includes(p)).toBe(true);
    await first.getByRole('button', { name: L.accept_one }).click();

    // It leaves the list; the event opens with that one passage quoted from the new article.
    await expect(list.locator('ol > li h4', { hasText: event })).toHaveCount(0);
    const account = page
      .locator('.author-account')
      .filter({ has: page.getByRole('button', { name: 'art-005' }) });
    await expect(account.locator('blockquote')).toHaveText([wanted]);
    for (const p of unwanted) await expect(account.getByText(p, { exact: true })).toHaveCount(0);
    // The same event's passages in the other articles are offered.
    const across = page.getByRole('region', { name: L.across.replace('{{event}}', event) });
    await expect(across).toBeVisible();
    if (SHOTS !== undefined) {
      await across.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/suggest-across-${lang}.png` });
      await list.screenshot({ path: `${SHOTS}/suggest-list-after-${lang}.png` });
    }
  });
}
