/**
 * A dataset from another site (`?data=https://…`) is marked as such for as long as it is on screen.
 * This test fetches from another origin on purpose, so it does without the fixture that forbids it.
 */
import { expect, test } from '@playwright/test';
import { datasetTitle } from './fixtures';

test('a dataset from another site names its host, in both languages, and the bundled one does not', async ({
  page,
}) => {
  const d = (await (await page.request.get('./dataset.json')).json()) as Record<string, any>;
  d.title = { ar: 'مقتبسات مزعومة', en: 'Alleged quotes' };
  await page.route('https://data.example/quotes.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(d),
    }),
  );
  await page.goto('./?lang=en&data=https://data.example/quotes.json');
  await expect(datasetTitle(page, 'Alleged quotes')).toBeVisible();
  const note = page.getByRole('note').filter({ hasText: 'data.example' });
  await expect(note).toContainText('Data from another site: data.example');
  await expect(note.locator('bdi')).toHaveText('data.example');
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await expect(note).toContainText('بيانات من موقع آخر');
  await expect(note.locator('bdi')).toHaveText('data.example');

  await page.goto('./?lang=en');
  await expect(datasetTitle(page, 'Alleged quotes')).toHaveCount(0);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(note).toHaveCount(0);
});
