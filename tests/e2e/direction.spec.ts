import { detailTitle, expect, itemPosition, openApp, servedEvents, test } from './fixtures';

const ARABIC_INDIC = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;

test('Arabic: the page and the timeline run right to left, with Arabic months and digits', async ({
  page,
}) => {
  await openApp(page, 'lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.vis-timeline')).toHaveClass(/vis-rtl/);
  const labels = (await page.locator('.vis-time-axis .vis-text:not(.vis-measure)').allTextContents()).join(
    ' ',
  );
  expect(labels).toMatch(ARABIC_INDIC);
  expect(labels).not.toMatch(LATIN_DIGIT);
  // Month names as the dates name them (both by default), fewer of them where cells are narrow: never numbers.
  expect(labels).toMatch(/كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|يناير|أبريل|يوليو|أكتوبر/);
  // The screen is mirrored: the brand at the right, the list of events to the left of the story.
  const header = await page.getByRole('heading', { name: 'روايات', level: 1 }).boundingBox();
  const list = await page.getByRole('navigation', { name: /كل الأحداث/ }).boundingBox();
  const story = await page.getByRole('region', { name: 'الحدث المختار' }).boundingBox();
  expect(header!.x).toBeGreaterThan(700);
  expect(list!.x).toBeLessThan(story!.x);
});

test('English: left to right, English months, Latin digits', async ({ page }) => {
  await openApp(page, 'lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.vis-timeline')).not.toHaveClass(/vis-rtl/);
  const labels = (await page.locator('.vis-time-axis .vis-text:not(.vis-measure)').allTextContents()).join(
    ' ',
  );
  // Month names, in full or abbreviated where the cells are narrow.
  expect(labels).toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)/);
  expect(labels).not.toMatch(ARABIC_INDIC);
  const list = await page.getByRole('navigation', { name: /All events/ }).boundingBox();
  const story = await page.getByRole('region', { name: 'The selected event' }).boundingBox();
  expect(list!.x).toBeGreaterThan(story!.x);
});

test('time runs right to left in Arabic and left to right in English', async ({ page }) => {
  const events = await servedEvents(page);
  const calls = events
    .filter((e) => e.kind === 'defence-call' && e.start.length === 10)
    .sort((a, b) => a.start.localeCompare(b.start));
  const early = calls[0]!;
  const late = calls[calls.length - 1]!;
  await openApp(page, 'lang=en');
  const enEarly = await itemPosition(page, early.id);
  const enLate = await itemPosition(page, late.id);
  expect(enEarly).toBeLessThan(enLate);
  await openApp(page, 'lang=ar');
  const arEarly = await itemPosition(page, early.id);
  const arLate = await itemPosition(page, late.id);
  expect(arEarly).toBeGreaterThan(arLate);
  // Mirrored, not merely reordered.
  expect(arEarly).toBeCloseTo(1 - enEarly, 1);
});

test('the first view shows the calls between the ministers, not sixty years at once', async ({ page }) => {
  const events = await servedEvents(page);
  await openApp(page, 'lang=en');
  const from = Date.parse(`${new URL(page.url()).searchParams.get('from')}T00:00Z`);
  const to = Date.parse(`${new URL(page.url()).searchParams.get('to')}T00:00Z`);
  expect((to - from) / 86_400_000 / 365).toBeLessThan(4);
  for (const call of events.filter((e) => e.kind === 'defence-call')) {
    const x = await itemPosition(page, call.id);
    expect(x, call.id).toBeGreaterThan(0);
    expect(x, call.id).toBeLessThan(1);
  }
});

test('Arabic: a title reads with the same digits on its box, in the list and on its card, by the digit setting', async ({
  page,
}) => {
  await openApp(page, 'lang=ar&event=call-2022-05-13');
  const box = page.locator('.vis-item[data-id="call-2022-05-13"] .item-label');
  const row = page.locator('.list-item[data-event-id="call-2022-05-13"] .list-title');
  const card = detailTitle(page);
  for (const l of [box, row, card]) {
    await expect(l).toContainText('١٣ أيار');
    await expect(l).not.toContainText(LATIN_DIGIT);
  }
  await page.getByText('عرض التواريخ').click();
  await page.getByRole('radio', { name: 'عربية غربية (123)' }).check();
  for (const l of [page.locator('.vis-item[data-id="call-2022-05-13"] .item-label'), row, card]) {
    await expect(l).toContainText('13 أيار');
    await expect(l).not.toContainText(ARABIC_INDIC);
  }
});
