import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';

// Trial 16 (S2-3): a rejected suggestion came back after a reload. It is kept in the draft now.
for (const lang of ['en', 'ar'] as const) {
  test(`a rejected suggestion stays rejected after a reload, and Undo brings it back (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const L = (lang === 'en' ? en : ar).author;
    await page.goto(`./?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByText(L.addArticle, { exact: true }).click();
    await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
    await expect(page.getByRole('heading', { name: 'art-005' })).toBeVisible();
    await page.getByLabel(L.published, { exact: true }).fill('2022-10-21');
    await page.getByLabel(L.published, { exact: true }).press('Enter');

    const suggestion = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: L.reject }) });
    await expect(suggestion.first()).toBeVisible({ timeout: 30_000 });
    const title = (await suggestion.first().getByRole('heading', { level: 4 }).textContent()) ?? '';
    expect(title).not.toBe('');
    const named = page.getByRole('heading', { level: 4, name: title, exact: true });
    await expect(named).toHaveCount(1);
    await suggestion.first().getByRole('button', { name: L.reject }).click();
    await expect(named).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: L.save.saved })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'art-005' })).toBeVisible();
    const again = page.getByRole('button', { name: L.showRejected_one });
    await expect(again).toBeVisible({ timeout: 30_000 });
    await expect(named).toHaveCount(0);
    // One step of the draft's history: Undo brings the suggestion back.
    await page.getByRole('button', { name: L.undo }).click();
    await expect(named).toHaveCount(1, { timeout: 30_000 });
    await expect(again).toHaveCount(0);
  });
}
