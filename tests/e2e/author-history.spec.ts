/**
 * The workbench is a place in the history: opened from the timeline, Back leaves it for the view the
 * reader came from and Forward opens it again, the address saying which at every step.
 */
import { detailTitle, expect, openApp, query, test } from './fixtures';

test('Back leaves the workbench for the event the reader was on; Forward opens it again', async ({
  page,
}) => {
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await expect(detailTitle(page)).toHaveText('Austin and Belousov speak by phone');
  await page
    .locator('summary')
    .filter({ hasText: /^Dataset$/ })
    .click();
  await page.getByRole('button', { name: 'Author a dataset…' }).click();
  const workbench = page.getByRole('heading', { name: 'Authoring workbench' });
  await expect(workbench).toBeVisible();
  expect(query(page).get('author')).toBe('1');

  await page.goBack();
  await expect(workbench).toBeHidden();
  await expect(detailTitle(page)).toHaveText('Austin and Belousov speak by phone');
  expect(query(page).get('author')).toBeNull();

  await page.goForward();
  await expect(workbench).toBeVisible();
  expect(query(page).get('author')).toBe('1');

  // Leaving by its own button rewrites the entry: the view, with no step added.
  await page.getByRole('button', { name: 'Close the workbench' }).first().click();
  await expect(workbench).toBeHidden();
  expect(query(page).get('author')).toBeNull();
});

test('The preview and the way back to the workbench rewrite the entry: Back from the workbench still leaves it', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  await page
    .locator('summary')
    .filter({ hasText: /^Dataset$/ })
    .click();
  await page.getByRole('button', { name: 'Author a dataset…' }).click();
  const workbench = page.getByRole('heading', { name: 'Authoring workbench' });
  await expect(workbench).toBeVisible();
  const entries = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: 'Preview in the timeline' }).click();
  const previewing = page.getByRole('status').filter({ hasText: 'You are previewing the draft.' });
  await expect(previewing).toBeVisible();
  expect(query(page).get('author')).toBeNull();

  await previewing.getByRole('button', { name: 'Back to the workbench' }).click();
  await expect(workbench).toBeVisible();
  expect(query(page).get('author')).toBe('1');
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.goBack();
  await expect(workbench).toBeHidden();
  await expect(previewing).toBeHidden();
  expect(query(page).get('author')).toBeNull();
});
