import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

// A newcomer's "Start again…" by mistake, then a reload: the draft it replaced is still reachable,
// listed with when and why it was kept and how much it holds, and restoring it is one step of undo.
const L = en.author;

test('every kept draft stays reachable after reloads, and a restore is one undo step', async ({ page }) => {
  await page.goto('?lang=en&author=1');
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible();
  const articles = page.getByRole('region', { name: L.articles }).getByRole('listitem');
  const bundled = await articles.count();
  expect(bundled).toBeGreaterThan(0);

  await page.getByText(L.restart, { exact: true }).click();
  await page.getByRole('button', { name: L.restartEmpty }).click();
  await page.getByRole('button', { name: L.restartConfirm, exact: true }).click();
  await expect(articles).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: L.save.saved })).toBeVisible();

  // Right after a reload, the banner still offers the way back.
  await page.reload();
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: L.restarted })).toBeVisible();
  await expect(page.getByRole('button', { name: L.restorePrevious })).toBeVisible();

  // Work in the new draft, then reload: the menu lists the kept draft.
  await page.getByText(L.addArticle, { exact: true }).click();
  await page.getByLabel(L.paste).fill('نص مقال جديد بعد البدء من جديد.');
  await page.getByRole('button', { name: L.addPasted }).click();
  await expect(articles).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: L.save.saved })).toBeVisible();
  await page.reload();
  await expect(articles).toHaveCount(1);
  await page.getByText(L.restart, { exact: true }).click();
  await page.getByRole('button', { name: L.keptOpen_one.replace('{{count, num}}', '1') }).click();
  const dialog = page.getByRole('dialog', { name: L.keptTitle });
  const item = dialog.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(L.keptWhy['before-restart']);
  await expect(item).toContainText(`${bundled} articles`);
  await item.getByRole('button', { name: L.keptRestore }).click();
  await expect(dialog).toHaveCount(0);
  await expect(articles).toHaveCount(bundled);

  // One undo takes the restore back whole; redo restores it again.
  await page.getByRole('button', { name: L.undo, exact: true }).click();
  await expect(articles).toHaveCount(1);
  await page.getByRole('button', { name: L.redo, exact: true }).click();
  await expect(articles).toHaveCount(bundled);

  // The draft the restore replaced is kept in its turn, and listed after another reload.
  await expect(page.getByRole('status').filter({ hasText: L.save.saved })).toBeVisible();
  await page.reload();
  await expect(articles).toHaveCount(bundled);
  await page.getByText(L.restart, { exact: true }).click();
  await page.getByRole('button', { name: L.keptOpen_other.replace('{{count, num}}', '2') }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  const replaced = dialog.getByRole('listitem').filter({ hasText: L.keptWhy['before-restore'] });
  await expect(replaced).toContainText('1 article,');
  await replaced.getByRole('button', { name: L.keptRestore }).click();
  await expect(articles).toHaveCount(1);
});

for (const [lang, words, other] of [
  ['en', en, 'اقرأ بالعربية'],
  ['ar', ar, 'Read in English'],
] as const)
  test(`at 1440×900 the workbench's bar holds its actions on one row, the language switch included (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: words.author.heading })).toBeVisible();
    const undo = await page.getByRole('button', { name: words.author.undo, exact: true }).boundingBox();
    const language = await page.getByRole('button', { name: other }).boundingBox();
    expect(undo).not.toBeNull();
    expect(Math.abs((language?.y ?? 0) - (undo?.y ?? 0))).toBeLessThan(4);
  });

test('after a reload, a dataset file opened before is named, to be opened again', async ({ page }) => {
  await page.goto('?lang=en');
  const body = await (await page.request.get('./dataset.json')).text();
  await page
    .locator('summary')
    .filter({ hasText: /^Dataset$/ })
    .click();
  await page.getByLabel('Open a dataset file…', { exact: true }).setInputFiles({
    name: 'afghanistan-quake.json',
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  const notice = page.getByRole('status').filter({ hasText: en.dataset.fileGone });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'afghanistan-quake.json' })).toHaveCount(0);
  await page.reload();
  await expect(notice).toContainText('afghanistan-quake.json');
  await notice.getByRole('button', { name: en.dataset.dismiss }).click();
  await expect(notice).toHaveCount(0);
  // Said once: a second reload, on the bundled dataset, says nothing more.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
