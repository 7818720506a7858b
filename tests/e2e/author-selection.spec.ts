import { en } from '../support/words';
import { expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';

test('a drag can start on the first line in view, and a quoted selection is let go (#24 D6)', async ({
  page,
}) => {
  const L = en.author;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?lang=en&author=1');
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
  await page.getByText(L.restart).click();
  await page.getByRole('button', { name: L.restartEmpty }).click();
  await page.getByRole('button', { name: L.restartConfirm, exact: true }).click();
  await page.getByText(L.addArticle, { exact: true }).click();
  await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
  await expect(page.getByRole('heading', { name: 'art-000' })).toBeVisible();
  const text = page.getByRole('region', { name: L.text }).getByLabel(L.text, { exact: true });
  const bar = page.getByRole('toolbar', { name: L.selectionTools });
  // The column and the article scrolled as a person reading down would: the tools never lie over the text.
  await page.getByRole('main').evaluate((m) => m.scrollBy(0, 400));
  await text.evaluate((t) => t.scrollBy(0, 200));
  const over = async (): Promise<boolean> => {
    const [b, t] = [(await bar.boundingBox())!, (await text.boundingBox())!];
    return b.y < t.y + t.height && t.y < b.y + b.height;
  };
  expect.soft(await over(), 'the tools lie over the text').toBe(false);
  await text.scrollIntoViewIfNeeded();
  expect.soft(await over(), 'the tools lie over the text').toBe(false);
  // A drag from the first line in view selects from there.
  const box = (await text.boundingBox())!;
  await page.mouse.move(box.x + box.width - 30, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 5 });
  await page.mouse.move(box.x + 40, box.y + 60, { steps: 5 });
  await page.mouse.up();
  const status = bar.locator('p[aria-live]');
  await expect(status).toContainText(/\d+ characters selected/);
  const fromSelection = page.getByRole('button', { name: L.newEventFromSelection });
  await fromSelection.click();
  // Quoted: the selection is gone, so the same passage cannot make a second event.
  await expect(status).toHaveText(L.noSelection);
  await expect(fromSelection).toBeDisabled();
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe('');
});
