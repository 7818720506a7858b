import { detailPanel, expect, openApp, test, waitReady } from './fixtures';

const EGYPT_GULF = /يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/;
const LEVANT = /كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/;
const CALL = 'event=call-2024-06-25';

/**
 * S3 #15: the Arabic month names are the reader's: a browser set to Arabic (Egypt) starts with يونيو,
 * and the choice (Levantine, Egyptian and Gulf, both) reaches the axis, the list, the card, the
 * handout and the slides, and is remembered.
 */
test.describe('a browser in Arabic (Egypt)', () => {
  test.use({ locale: 'ar-EG' });

  test('dates start with the Egyptian and Gulf month names everywhere, until the reader chooses', async ({
    page,
  }) => {
    await openApp(page, `lang=ar&${CALL}`);
    await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ يونيو ٢٠٢٤');
    const axis = page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    await expect.poll(async () => (await axis.allTextContents()).join(' ')).toMatch(EGYPT_GULF);
    expect((await axis.allTextContents()).join(' ')).not.toMatch(LEVANT);
    await expect(page.locator('#event-list time').filter({ hasText: 'يونيو' }).first()).toBeVisible();
    await expect(page.locator('#event-list time').filter({ hasText: LEVANT })).toHaveCount(0);
    // The handout, as printed.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-lead h2 time')).toHaveText('٢٥ يونيو ٢٠٢٤');
    await page.emulateMedia({ media: 'screen' });
    // The reader's choice outranks the browser's region, and is remembered.
    await page.getByText('عرض التواريخ').click();
    const levant = page.getByRole('radio', { name: /شامية/ });
    await expect(page.getByRole('radio', { name: /مصرية وخليجية/ })).toBeChecked();
    await levant.check();
    await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران ٢٠٢٤');
    await page.reload();
    await waitReady(page);
    await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران ٢٠٢٤');
  });

  test("search results and the sources' dates name the months as the list does, and follow the choice (UX review 6, S3 #6)", async ({
    page,
  }) => {
    await openApp(page, `lang=ar&${CALL}`);
    const formatted = () =>
      page.locator('#event-list time, #source-panels time, section[data-event] time').allTextContents();
    await page.getByRole('searchbox').fill('شويغو');
    const results = page.locator('#event-list time');
    await expect(results.first()).toBeVisible();
    await expect.poll(async () => (await formatted()).join(' ')).toMatch(EGYPT_GULF);
    expect((await formatted()).join(' ')).not.toMatch(LEVANT);
    await page.getByText('عرض التواريخ').click();
    await page.getByRole('radio', { name: /شامية/ }).check();
    await expect(results.filter({ hasText: 'أيار' }).first()).toBeVisible();
    await expect.poll(async () => (await formatted()).join(' ')).not.toMatch(EGYPT_GULF);
  });

  test('the slides name the months as the reader chose: both', async ({ page }) => {
    await openApp(page, `lang=ar&${CALL}`);
    await page.getByText('عرض التواريخ').click();
    await page.getByRole('radio', { name: /كلتاهما/ }).check();
    await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران/يونيو ٢٠٢٤');
    await openApp(page, `lang=ar&present=1&${CALL}`);
    await expect(page.locator('.present-head time').first()).toContainText('حزيران/يونيو');
  });
});

test('a browser with no Arabic region names both months, as the titles do, on the card and in the list', async ({
  page,
}) => {
  await openApp(page, `lang=ar&${CALL}`);
  await expect(detailPanel(page).locator('time').first()).toHaveText('٢٥ حزيران/يونيو ٢٠٢٤');
  // A title of the dataset writes «13 أيار/مايو 2022»: the list's dates beside it name May the same way.
  const may = page.locator('#event-list li').filter({ hasText: 'أوستن وشويغو في ١٣ أيار/مايو ٢٠٢٢' });
  await expect(may.locator('time')).toContainText('١٣ أيار/مايو ٢٠٢٢');
  const dates = await page.locator('#event-list time').allTextContents();
  expect(dates.filter((d) => /أيار|حزيران/.test(d) && !/أيار\/مايو|حزيران\/يونيو/.test(d))).toEqual([]);
});

test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) the date display menu opens on the screen, and its choice names the months`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      // A phone folds the date display behind "View options".
      await page.getByRole('button', { name: lang === 'ar' ? 'خيارات العرض' : 'View options' }).tap();
      await page.getByText(lang === 'ar' ? 'عرض التواريخ' : 'Date display').tap();
      const both = page.getByRole('radio', { name: lang === 'ar' ? /كلتاهما/ : /^Both/ });
      await expect(both).toBeInViewport();
      await both.tap();
      await expect(both).toBeChecked();
      if (lang === 'ar')
        await expect(
          page.locator('#event-list time').filter({ hasText: 'حزيران/يونيو' }).first(),
        ).toBeAttached();
    });
});
