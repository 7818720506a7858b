import type { Page } from '@playwright/test';
import { expect, openApp, servedEvents, test } from './fixtures';

const PROJECTOR = { width: 1920, height: 1080 };
const CALL = 'call-2024-06-25';
const W = {
  en: {
    howKnown: 'How the date is known',
    weekday: 'Date from a weekday name',
    shared: 'inferred from shared wording',
    presenter: 'Presenter view',
    notes: 'Notes',
  },
  ar: {
    howKnown: 'كيف عُرف التاريخ',
    weekday: 'التاريخ مستنتج من اسم اليوم',
    shared: 'مستنتج من الصياغة المشتركة',
    presenter: 'عرض المقدّم',
    notes: 'الملاحظات',
  },
} as const;

const western = (s: string) => s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
const slideNo = async (page: Page): Promise<number> =>
  Number(
    western(
      (await page
        .getByText(/^[0-9٠-٩]+ \/ [0-9٠-٩]+$/)
        .first()
        .textContent()) ?? '',
    ).split(' / ')[0],
  );

const px = (page: Page, text: string) =>
  page
    .locator('.present-slide')
    .getByText(text, { exact: true })
    .first()
    .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) at 1080p the opening says in a line how the date is known, the presenter has the whole note, and the marks read at 24 px`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize(PROJECTOR);
    const event = (await servedEvents(page)).find((e) => e.id === CALL) as unknown as {
      basisNote: { ar: string; en: string };
    };
    await openApp(page, `lang=${lang}&present=1&event=${CALL}`);
    const slide = page.locator('.present-slide');
    // One line: the label and the basis, not the paragraph.
    const line = slide.getByText(`${W[lang].howKnown}:`, { exact: true }).locator('..');
    await expect(line).toContainText(W[lang].weekday);
    const box = (await line.boundingBox())!;
    const lineHeight = await line.evaluate((e) => Number.parseFloat(getComputedStyle(e).lineHeight));
    expect(box.height).toBeLessThan(1.5 * lineHeight);
    await expect(slide).not.toContainText(event.basisNote[lang].slice(0, 40));
    // The marks: how the date is known, that two outlets share one report's wording, a translation.
    expect(await px(page, W[lang].weekday)).toBeGreaterThanOrEqual(24);
    const marks = lang === 'en' ? [W.en.shared, 'Translation'] : [W.ar.shared];
    for (const mark of marks) {
      for (let i = 0; i < 4 && (await slide.getByText(mark, { exact: true }).count()) === 0; i++)
        await page.keyboard.press('PageDown');
      expect(await px(page, mark), mark).toBeGreaterThanOrEqual(24);
    }
    // The presenter's window: the whole note under the speaker notes.
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: W[lang].presenter }).first().click();
    const presenter = await opened;
    await presenter.waitForLoadState();
    const notes = presenter.getByRole('region', { name: W[lang].notes });
    await expect(notes).toContainText(event.basisNote[lang].slice(0, 60));
    await expect(notes.getByRole('heading', { name: new RegExp(W[lang].howKnown) })).toBeVisible();
  });
}

test('a blank screen: B or "." black, W or "," white; any key or a click brings the slide back where it was', async ({
  page,
}) => {
  await page.setViewportSize(PROJECTOR);
  await openApp(page, `lang=en&present=1&event=${CALL}`);
  await page.keyboard.press('PageDown');
  const at = await slideNo(page);
  const blank = page.locator('.present-blank');
  const colour = () => blank.evaluate((e) => getComputedStyle(e).backgroundColor);

  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, ...PROJECTOR });
  expect(await colour()).toBe('rgb(0, 0, 0)');
  // A modifier alone is no key press of its own: the screen stays black.
  await page.keyboard.press('Shift');
  await expect(blank).toBeVisible();
  // Any other key, one the slides have no use for included.
  await page.keyboard.press('x');
  await expect(blank).toHaveCount(0);
  expect(await slideNo(page)).toBe(at);

  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await page.mouse.click(960, 540);
  await expect(blank).toHaveCount(0);
  expect(await slideNo(page)).toBe(at);

  await page.keyboard.press('w');
  expect(await colour()).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('q');
  await expect(blank).toHaveCount(0);
  await page.keyboard.press(',');
  expect(await colour()).toBe('rgb(255, 255, 255)');
  await page.keyboard.press(',');
  await expect(blank).toHaveCount(0);
  expect(await slideNo(page)).toBe(at);
});
