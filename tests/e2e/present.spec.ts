import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, query, test, waitReady } from './fixtures';

const order = async (page: Page): Promise<string[]> => {
  const data = (await (await page.request.get('./dataset.json')).json()) as {
    events: { id: string; start: string; end?: string }[];
  };
  const key = (d: string) => d.padEnd(10, '-');
  // Chronological order as an analyst reads it: start, then end, then id.
  return [...data.events]
    .sort(
      (a, b) =>
        key(a.start).localeCompare(key(b.start)) ||
        (a.end ?? a.start).localeCompare(b.end ?? b.start) ||
        a.id.localeCompare(b.id),
    )
    .map((e) => e.id);
};

for (const [lang, forward, backward] of [
  ['en', 'ArrowRight', 'ArrowLeft'],
  ['ar', 'ArrowLeft', 'ArrowRight'],
] as const) {
  test(`(${lang}) presentation mode from a deep link: clicker keys and arrows step in time order`, async ({
    page,
  }) => {
    const ids = await order(page);
    const start = ids.indexOf('call-2022-10-21');
    await openApp(page, `lang=${lang}&present=1&event=${ids[start]}`);
    await expect(page.locator('.app')).toHaveClass(/presenting/);
    await expect(page.locator('.explore-bar')).toHaveCount(0);
    const at = () => query(page).get('event');
    await page.keyboard.press('PageDown');
    await expect.poll(at).toBe(ids[start + 1]);
    await page.keyboard.press('PageUp');
    await expect.poll(at).toBe(ids[start]);
    await page.keyboard.press(forward);
    await expect.poll(at).toBe(ids[start + 1]);
    await page.keyboard.press(backward);
    await expect.poll(at).toBe(ids[start]);
    await page.keyboard.press('Space');
    await expect.poll(at).toBe(ids[start + 1]);
    await page.keyboard.press('Shift+Space');
    await expect.poll(at).toBe(ids[start]);
    await page.keyboard.press('End');
    await expect.poll(at).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    await expect.poll(at).toBe(ids[0]);
    // The presenter's side shows the current event, and the timeline has moved to it.
    await expect(page.locator('#present-title')).not.toBeEmpty();
    await expect(page.locator(`.vis-item[data-id="${ids[0]}"]`)).toHaveClass(/vis-selected/);
    await expect(page.locator(`.vis-item[data-id="${ids[0]}"]`)).toBeInViewport();
    expect(query(page).get('present')).toBe('1');
  });
}

test('Up and Down step through the sources of the event; Escape leaves the mode', async ({ page }) => {
  await openApp(page, 'lang=en&present=1&event=call-2024-06-25');
  const sources = await page
    .locator('.present-source')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
  expect(sources.length).toBe(3);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => query(page).get('source')).toBe(sources[0]);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => query(page).get('source')).toBe(sources[1]);
  await expect(page.locator('.present-source.selected')).toHaveAttribute('data-source', sources[1]!);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => query(page).get('source')).toBe(sources[0]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('present')).toBeNull();
});

test('stepping follows the filter, and switching language keeps the current event', async ({ page }) => {
  await openApp(page, 'lang=en&present=1&kinds=defence-call&event=call-2022-05-13');
  await page.keyboard.press('PageDown');
  await expect.poll(() => query(page).get('event')).toBe('chiefs-call-2022-05-19');
  await page.keyboard.press('PageDown');
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-21');
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await waitReady(page, 2);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-21');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-23');
});

test('the button enters presentation mode and leaves it', async ({ page }) => {
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('present')).toBe('1');
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
});

test('"Copy link" copies the URL of the exact view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await openApp(page, 'lang=ar&event=call-2024-06-25&from=2024-01-01&to=2024-12-31');
  await page.getByRole('button', { name: 'انسخ الرابط' }).click();
  await expect(page.getByText('نُسخ الرابط')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('event')).toBe('call-2024-06-25');
  expect(new URL(copied).searchParams.get('from')).toBe('2024-01-01');
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) print media lays out a handout of the events in view`, async ({ page }, info) => {
    await openApp(page, `lang=${lang}&from=2024-05-01&to=2024-07-15`);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.timeline-pane')).toBeHidden();
    const titles = await handout.locator('.handout-event h2').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    expect(titles.join(' ')).toContain(lang === 'en' ? 'Belousov' : 'بيلوسوف');
    expect(titles.join(' ')).not.toContain(lang === 'en' ? 'Cuban' : 'الكوبية');
    await expect(handout.locator('.handout-quote p[lang="ar"]').first()).toBeVisible();
    await expect(handout.locator('.handout-translation')).toHaveCount(
      lang === 'en' ? await handout.locator('.handout-quote').count() : 0,
    );
    await expect(handout.locator('.handout-sources li').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await info.attach(`handout-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) "Save image" exports the timeline as a projector-width PNG`, async ({ page }) => {
    await openApp(page, `lang=${lang}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: lang === 'en' ? 'Save image' : 'احفظ صورة' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^riwayat-${lang}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const png = readFileSync((await file.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
}
