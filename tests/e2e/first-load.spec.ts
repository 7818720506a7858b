import type { Page } from '@playwright/test';
import {
  datasetFileInput,
  datasetMenuToggle,
  detailTitle,
  expect,
  listRows,
  openApp,
  test,
} from './fixtures';

/**
 * What the first load leaves for later must still be there the moment it is wanted: the checker where
 * no worker can run it, the search engine, the other language's words.
 */

type Json = Record<string, any>;
const bundled = async (page: Page): Promise<Json> =>
  (await (await page.request.get('./dataset.json')).json()) as Json;

test('without workers the page checks datasets itself: the bundled one opens, a broken one is refused', async ({
  page,
}) => {
  const good = await bundled(page);
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'Worker');
  });
  await openApp(page, 'lang=en&event=call-2024-06-25');
  expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
  await expect(detailTitle(page)).toHaveText(
    good.events.find((e: Json) => e.id === 'call-2024-06-25').title.en,
  );
  const shifted = structuredClone(good);
  shifted.events[0].accounts[0].quotes[0].start += 2;
  await datasetMenuToggle(page).click();
  await datasetFileInput(page).setInputFiles({
    name: 'shifted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(shifted)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“shifted.json” was not opened');
  await expect(alert).toContainText('$.events[0].accounts[0].quotes[0].text');
  await expect(detailTitle(page)).toHaveText(
    good.events.find((e: Json) => e.id === 'call-2024-06-25').title.en,
  );
  await expect(listRows(page, 'call-2024-06-25')).toBeVisible();
});
