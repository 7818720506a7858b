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

const wordsAsked = (page: Page): string[] => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const m = /\/words-(ar|en)-[^/]+\.js$/.exec(r.url());
    if (m) asked.push(m[1]!);
  });
  return asked;
};

for (const [lang, other, otherButton, otherHeading] of [
  ['en', 'ar', 'اقرأ بالعربية', 'الخط الزمني للأحداث'],
  ['ar', 'en', 'Read in English', 'Timeline of events'],
] as const) {
  test(`(${lang}) the page loads the words it shows, the other language's once idle, and then switches at once`, async ({
    page,
  }) => {
    const asked = wordsAsked(page);
    await openApp(page, `lang=${lang}`);
    expect(asked[0]).toBe(lang);
    // The switch names the other language in its own words from the start.
    await expect(page.getByRole('banner').getByRole('button', { name: otherButton })).toBeVisible();
    await expect.poll(() => asked).toEqual([lang, other]);
    await page.getByRole('banner').getByRole('button', { name: otherButton }).click();
    await expect(page.getByRole('region', { name: otherHeading, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    expect(asked).toEqual([lang, other]);
  });
}

test('a switch asked for before the other language has arrived waits for its words, then speaks it', async ({
  page,
}) => {
  const asked = wordsAsked(page);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/words-ar-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, 'lang=en');
  await page.getByRole('banner').getByRole('button', { name: 'اقرأ بالعربية' }).click();
  // The switch is taken (the address says Arabic) ...
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ar');
  // ... but while its words are on their way the page stays whole in English: words, `lang` and `dir` together.
  await expect(page.getByRole('region', { name: 'Timeline of events', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  release();
  await expect(page.getByRole('region', { name: 'الخط الزمني للأحداث', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Read in English' })).toBeVisible();
  expect(asked).toContain('ar');
});

test('an event opened by link shows at once, in the language the link asks for', async ({ page }) => {
  const good = await bundled(page);
  const target = good.events.find((e: Json) => e.id === 'call-2024-06-25');
  await openApp(page, 'lang=ar&event=call-2024-06-25');
  await expect(detailTitle(page)).toHaveText(target.title.ar);
  await expect(listRows(page, 'call-2024-06-25')).toBeVisible();
});
