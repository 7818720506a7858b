/**
 * The workbench started on another site's file is marked, as the timeline is (the security review's
 * L7). (A corpus redirected to another site, L4, is covered in tests/unit/corpus-hostile.test.ts: a
 * routed answer's redirect is not routed again, so it cannot be served here.) This test fetches from
 * another origin on purpose, so it does without the fixture that forbids it.
 */
import { expect, test } from '@playwright/test';

test('the workbench started on another site’s file says so', async ({ page }) => {
  const d = (await (await page.request.get('./dataset.json')).json()) as Record<string, unknown>;
  await page.route('https://data.example/draft.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(d),
    }),
  );
  await page.goto('./?lang=en&author=1&data=https://data.example/draft.json');
  await expect(page.getByRole('heading', { name: 'Authoring workbench' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('note')).toContainText('Data from another site: data.example');
});
