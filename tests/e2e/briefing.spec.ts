import type { Page } from '@playwright/test';
import { detailPanel, expect, openApp, test, waitReady } from './fixtures';

const CALL = 'call-2024-06-25';
const BLAME = 'russia-blames-us-2024-06-23';
const T = {
  en: {
    add: 'Add to briefing',
    inIt: 'In the briefing: open it',
    open: 'Briefing',
    dialog: 'Build a briefing',
    choices: 'Sources, quotes and claims shown',
    call: 'Austin and Belousov speak by phone',
    blame: 'Russia blames the US for the Crimea attack',
    moveUp: 'Move up: Russia blames the US for the Crimea attack',
    titleEn: 'Title in English',
    titleAr: 'Title in Arabic',
    notesEn: 'Speaker notes in English',
    notesAr: 'Speaker notes in Arabic',
    present: 'Present this briefing',
    choose: 'Briefing',
  },
  ar: {
    add: 'أضف إلى الإحاطة',
    inIt: 'في الإحاطة: افتحها',
    open: 'الإحاطة',
    dialog: 'إعداد إحاطة',
    choices: 'المصادر والاقتباسات والادعاءات المعروضة',
    call: 'أوستن وبيلوسوف يتحادثان هاتفيًا',
    blame: 'روسيا تحمّل الولايات المتحدة مسؤولية هجوم القرم',
    moveUp: 'انقل إلى أعلى: روسيا تحمّل الولايات المتحدة مسؤولية هجوم القرم',
    titleEn: 'العنوان بالإنجليزية',
    titleAr: 'العنوان بالعربية',
    notesEn: 'ملاحظات المتحدث بالإنجليزية',
    notesAr: 'ملاحظات المتحدث بالعربية',
    present: 'اعرض هذه الإحاطة',
    choose: 'الإحاطة',
  },
} as const;

/** The words of the call's Alhurra quote that the briefer leaves out: exactly as the article has them. */
const LEFT_OUT =
  'وذكرت وزارة الدفاع الأميركية أن الوزير أوستن ونظيره الروسي ناقشا أهمية خطوط الاتصال المفتوحة.';

const items = (page: Page) => page.getByRole('dialog').locator('li.brief-item');

for (const lang of ['en', 'ar'] as const) {
  const t = T[lang];
  test(`a briefer builds a briefing on the June 2024 call, keeps it over a reload and presents it (${lang})`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${CALL}`);
    // From the event's card: the call, then the Crimea blame the articles tie to it.
    const card = detailPanel(page);
    await card.getByRole('button', { name: t.add }).click();
    await expect(card.getByRole('button', { name: t.inIt })).toBeVisible();
    await page.locator(`#event-list button[data-event-id="${BLAME}"]`).click();
    await expect(card.getByRole('heading', { name: t.blame })).toBeVisible();
    await card.getByRole('button', { name: t.add }).click();

    await page.getByRole('banner').getByRole('button', { name: t.open, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t.dialog });
    await expect(dialog).toBeVisible();
    await expect(items(page)).toHaveCount(2);

    // Reorder: the blame came before the call.
    await dialog.getByRole('button', { name: t.moveUp }).click();
    await expect(items(page).nth(0)).toContainText(t.blame);
    await expect(items(page).nth(1)).toContainText(t.call);

    // Choose the call's quotes: leave one out, found by its exact words, marked Arabic.
    const call = items(page).nth(1);
    await call.getByText(t.choices).click();
    const quote = call.getByRole('checkbox', { name: LEFT_OUT });
    await expect(quote).toBeChecked();
    await expect(call.locator('.brief-quote', { hasText: LEFT_OUT })).toHaveAttribute('lang', 'ar');
    await quote.uncheck();

    // Title and notes, in both languages.
    await dialog.getByRole('textbox', { name: t.titleEn, exact: true }).fill('The June 2024 call');
    await dialog.getByRole('textbox', { name: t.titleAr, exact: true }).fill('اتصال حزيران/يونيو 2024');
    await call.getByRole('textbox', { name: t.notesEn, exact: true }).fill('Three outlets, two origins.');
    await call.getByRole('textbox', { name: t.notesAr, exact: true }).fill('ثلاثة مواقع وأصلان.');
    // Keyboard: Alt+↓ on the blame moves it after the call, Alt+↑ brings it back; focus stays on it.
    const moveUp = dialog.getByRole('button', { name: t.moveUp });
    await moveUp.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(items(page).nth(1)).toContainText(t.blame);
    await expect(moveUp).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(items(page).nth(0)).toContainText(t.blame);
    // The move buttons work from the keyboard too.
    await moveUp.press('Enter');
    await expect(items(page).nth(0)).toContainText(t.blame);

    // A reload keeps it all.
    await page.reload();
    await waitReady(page);
    await page.getByRole('banner').getByRole('button', { name: t.open, exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: t.titleEn, exact: true })).toHaveValue(
      'The June 2024 call',
    );
    await expect(items(page)).toHaveCount(2);
    await expect(items(page).nth(0)).toContainText(t.blame);
    const again = items(page).nth(1);
    await expect(again.getByRole('textbox', { name: t.notesAr, exact: true })).toHaveValue(
      'ثلاثة مواقع وأصلان.',
    );
    await again.getByText(t.choices).click();
    await expect(again.getByRole('checkbox', { name: LEFT_OUT })).not.toBeChecked();
    // The dataset's own briefing is offered beside it.
    await expect(dialog.getByRole('combobox', { name: t.choose }).locator('option')).toHaveCount(2);

    await dialog.getByRole('button', { name: t.present }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.app')).toHaveClass(/presenting/);
    await expect.poll(() => new URL(page.url()).searchParams.get('briefing')).toMatch(/^briefing-[a-z0-9]+$/);
    // The address follows the view a moment later (a change that is not a new selection is debounced).
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');

    // Leaving the presentation takes the briefing out of the address too: a link copied now is the timeline.
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveClass(/presenting/);
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(new URL(page.url()).searchParams.get('briefing')).toBeNull();
  });
}

test('the builder fits a phone and opens from the event view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, `lang=ar&event=${CALL}`);
  // On a phone the button follows the sources' words, not the card's headline.
  await page.getByRole('button', { name: T.ar.add }).click();
  await page.getByRole('button', { name: T.ar.inIt }).click();
  const dialog = page.getByRole('dialog', { name: T.ar.dialog });
  await expect(dialog).toBeVisible();
  await items(page).nth(0).getByText(T.ar.choices).click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const inside = await dialog.evaluate((d) =>
    [...d.querySelectorAll('input, textarea, button, .brief-quote')].every((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= -1 && r.right <= 391;
    }),
  );
  expect(inside).toBe(true);
});
