/**
 * A dataset from another site (`?data=https://…`) is marked as such for as long as it is on screen.
 * This test fetches from another origin on purpose, so it does without the fixture that forbids it.
 */
import { expect, test } from '@playwright/test';

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
  await expect(page.locator('.dataset-title')).toHaveText('Alleged quotes');
  const note = page.locator('.foreign-data');
  await expect(note).toContainText('Data from another site: data.example');
  await expect(note.locator('bdi')).toHaveText('data.example');
  await page.locator('.lang-switch').click();
  await expect(note).toContainText('بيانات من موقع آخر');
  await expect(note.locator('bdi')).toHaveText('data.example');

  await page.goto('./?lang=en');
  await expect(page.locator('.dataset-title')).not.toHaveText('Alleged quotes');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.foreign-data')).toHaveCount(0);
});
