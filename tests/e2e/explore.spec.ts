import type { Page } from '@playwright/test';
import { detailPanel, expect, listHeading, listRows, openApp, query, test, waitReady } from './fixtures';

interface Served {
  entities: { id: string; aliases: string[]; name: { ar: string; en: string } }[];
  events: { id: string; kind: string; basis: string; actors: string[]; title: { ar: string; en: string } }[];
}
const served = async (page: Page): Promise<Served> =>
  (await (await page.request.get('./dataset.json')).json()) as Served;
const listed = (page: Page) =>
  listRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
/** A menu of the explore bar, by the words of its toggle (in either language). */
const menu = (page: Page, toggle: RegExp) =>
  page.locator('details').filter({ has: page.locator('summary').filter({ hasText: toggle }) });
const filtersMenu = (page: Page) => menu(page, /^(Filters|تصفية)/);
const settingsMenu = (page: Page) => menu(page, /^(Date display|عرض التواريخ)$/);
const drawn = (page: Page, cls = '') =>
  page
    .locator(`.vis-item.vis-box${cls}`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

test('searching an entity by any spelling the articles use finds all its events', async ({ page }) => {
  const data = await served(page);
  const shoigu = data.entities.find((e) => e.id === 'shoigu')!;
  const his = data.events.filter((e) => e.actors.includes('shoigu')).map((e) => e.id);
  await openApp(page, 'lang=ar');
  const box = page.getByRole('searchbox', { name: 'بحث' });
  const found: string[][] = [];
  for (const spelling of [...shoigu.aliases, shoigu.name.en]) {
    await box.fill(spelling);
    await expect(listHeading(page)).toContainText('مطابق');
    const ids = ((await listed(page)) as string[]).sort();
    for (const id of his) expect(ids, spelling).toContain(id);
    found.push(ids);
  }
  for (const ids of found) expect(ids).toEqual(found[0]);
  // The matching words are highlighted in their original text, and the timeline shows the matches.
  await expect(page.locator('#event-list mark').first()).toBeVisible();
  expect(await drawn(page, '.match')).toEqual(found[0]);
  expect((await drawn(page, '.no-match')).length).toBeGreaterThan(0);
  // In the URL, and restored from it.
  await expect.poll(() => query(page).get('q')).toBe(shoigu.name.en);
  await page.reload();
  await waitReady(page);
  await expect(box).toHaveValue(shoigu.name.en);
  expect(((await listed(page)) as string[]).sort()).toEqual(found[0]);
});

test('(en) choosing a result selects the event and moves the timeline to it', async ({ page }) => {
  await openApp(page, 'lang=en');
  await page.getByRole('searchbox', { name: 'Search' }).fill('cuban');
  const result = listRows(page).first();
  const id = await result.getAttribute('data-event-id');
  await result.click();
  await expect.poll(() => query(page).get('event')).toBe(id);
  await expect(page.locator(`.vis-item[data-id="${id}"]`)).toHaveClass(/vis-selected/);
  await expect(page.locator(`.vis-item[data-id="${id}"]`)).toBeInViewport();
  // Escape in the box clears the search.
  await page.getByRole('searchbox', { name: 'Search' }).press('Escape');
  await expect.poll(() => query(page).get('q')).toBeNull();
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) filters combine, show counts, live in the URL and clear in one step`, async ({ page }) => {
    const data = await served(page);
    await openApp(page, `lang=${lang}`);
    const initial = await drawn(page);
    await filtersMenu(page).locator('summary').click();
    const calls = filtersMenu(page).getByRole('checkbox', {
      name: lang === 'en' ? "Defence ministers' calls" : 'اتصالات وزيرَي الدفاع',
    });
    const callCount = data.events.filter((e) => e.kind === 'defence-call').length;
    await calls.check();
    await expect.poll(() => query(page).get('kinds')).toBe('defence-call');
    await expect.poll(() => drawn(page)).toHaveLength(callCount);
    // Counts say what ticking an option would show, given the other facets.
    const derived = data.events.filter((e) => e.kind === 'defence-call' && e.basis !== 'stated').length;
    const dates = filtersMenu(page).getByRole('group', {
      name: lang === 'en' ? 'How the date is known' : 'كيف عُرف التاريخ',
    });
    const inferred = dates.getByRole('checkbox', { name: lang === 'en' ? /^derived/ : /^مستنتج/ });
    await expect(inferred).toBeVisible();
    await inferred.check();
    await expect.poll(() => query(page).get('dates')).toBe('inferred');
    await expect.poll(() => drawn(page)).toHaveLength(derived);
    expect(await listed(page)).toHaveLength(derived);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => drawn(page)).toHaveLength(derived);
    await filtersMenu(page).locator('summary').click();
    await filtersMenu(page)
      .getByRole('button', { name: lang === 'en' ? 'Clear all filters' : 'امسح كل عوامل التصفية' })
      .click();
    await expect.poll(() => query(page).get('kinds')).toBeNull();
    await expect.poll(() => drawn(page)).toEqual(initial);
  });
}

test('(ar) date display: Egyptian months and Latin digits everywhere, remembered', async ({ page }) => {
  await openApp(page, 'lang=ar&event=call-2024-06-25');
  await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران/يونيو ٢٠٢٤');
  await settingsMenu(page).locator('summary').click();
  await page.getByRole('radio', { name: /مصرية/ }).check();
  await page.getByRole('radio', { name: /عربية غربية/ }).check();
  await waitReady(page, 2);
  await expect(detailPanel(page).locator('time').first()).toHaveText('25 يونيو 2024');
  const labels = (await page.locator('.vis-time-axis .vis-text:not(.vis-measure)').allTextContents()).join(
    ' ',
  );
  expect(labels).toMatch(/يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/);
  expect(labels).not.toMatch(/[\u0660-\u0669]/);
  await expect(listHeading(page)).not.toContainText(/[\u0660-\u0669]/);
  await page.reload();
  await waitReady(page);
  await expect(detailPanel(page).locator('time').first()).toHaveText('25 يونيو 2024');
  await settingsMenu(page).locator('summary').click();
  await page.getByRole('radio', { name: /كلتاهما/ }).check();
  await expect(detailPanel(page).locator('time').first()).toHaveText('25 حزيران/يونيو 2024');
});

test('(en) date display settings are labelled in English and shape the Arabic dates', async ({ page }) => {
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await settingsMenu(page).locator('summary').click();
  await page.getByRole('radio', { name: /^Both/ }).check();
  await expect(detailPanel(page).locator('time').first()).toHaveText('25 June 2024');
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران/يونيو ٢٠٢٤');
});

test('an actor profile shows both names, every spelling and its events; lanes can follow sides', async ({
  page,
}) => {
  const data = await served(page);
  const shoigu = data.entities.find((e) => e.id === 'shoigu')!;
  await openApp(page, 'lang=en&event=call-2022-10-21');
  // The card's actors are with the rest of it, under "More about this event" (UX review 5, S3 #8).
  await detailPanel(page).getByRole('button', { name: 'More about this event' }).click();
  await detailPanel(page).getByRole('button', { name: shoigu.name.en }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(shoigu.name.ar);
  for (const a of shoigu.aliases)
    await expect(dialog.getByRole('list', { name: 'Spellings in the articles' })).toContainText(a);
  await expect(dialog.getByRole('list', { name: /^\d+ events?$/ }).getByRole('listitem')).toHaveCount(
    data.events.filter((e) => e.actors.includes('shoigu')).length,
  );
  await expect.poll(() => query(page).get('entity')).toBe('shoigu');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByLabel('Lanes').selectOption('side');
  await expect.poll(() => query(page).get('lanes')).toBe('side');
  await expect(page.locator('.vis-labelset .vis-label').first()).toContainText(
    /United States|Russia|Ukraine|Europe|Others/,
  );
});
