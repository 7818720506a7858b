import { expect, listRows, openApp, seriousViolations, test } from './fixtures';

test('the built page ships a Content-Security-Policy without inline script', async ({ page }) => {
  await openApp(page, 'lang=en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("connect-src 'self'");
});

test('fonts are self-hosted and the Arabic font is in use', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await openApp(page, 'lang=ar');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'روايات'))).toBe(true);
});

for (const lang of ['ar', 'en'] as const) {
  test(`no serious or critical accessibility violations (${lang})`, async ({ browser, baseURL }) => {
    // axe is injected as a script, which the page's own CSP rightly forbids: bypass it for this check.
    const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL! });
    const page = await context.newPage();
    await openApp(page, `lang=${lang}`);
    await listRows(page).nth(3).click();
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
}

test('every control has a name in the current language', async ({ page }) => {
  await openApp(page, 'lang=ar');
  for (const name of ['تكبير', 'تصغير', 'عرض كل الأحداث', 'الحدث التالي', 'الحدث السابق']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'الخط الزمني للأحداث' })).toBeVisible();
  await openApp(page, 'lang=en');
  for (const name of ['Zoom in', 'Zoom out', 'Show all events', 'Next event', 'Previous event']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
});
