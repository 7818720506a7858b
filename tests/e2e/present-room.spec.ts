import type { Page } from '@playwright/test';
import { expect, openApp, servedEvents, test } from './fixtures';

/** The presentation's own navigation: there exactly while the app presents (slides, overview or presenter view). */
const slidesNav = (page: Page) => page.getByRole('navigation', { name: /^(Slides|الشرائح)$/ });

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
    .locator('section[aria-labelledby="present-title"]')
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
    const slide = page.locator('section[aria-labelledby="present-title"]');
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
  const blank = page.locator('[data-blank]');
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

const BRIEFING = 'calls-2022-2024';
const BRIEFED = [
  'call-2022-05-13',
  'call-2022-10-21',
  'call-2022-10-23',
  'russia-blames-us-2024-06-23',
  'call-2024-06-25',
];
const SHARE = {
  en: { present: 'Present', leave: 'Leave presentation', print: 'Print handout' },
  ar: { present: 'عرض تقديمي', leave: 'إنهاء العرض', print: 'اطبع ورقة العرض' },
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a briefing in the address leads the handout with its events, in its order; leaving the presentation takes briefing= out of the address`, async ({
    page,
  }) => {
    const events = await servedEvents(page);
    // Titles as written, digits compared whatever the digit setting shows.
    const title = (id: string) => western(events.find((e) => e.id === id)!.title[lang]);
    // Another event selected: the briefing's events lead all the same, after it.
    await openApp(page, `lang=${lang}&briefing=${BRIEFING}&event=us-ambassador-summoned-2024-06-24`);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('[data-handout]');
    await expect(handout).toBeVisible();
    const leads = handout.locator('article[data-event]');
    await expect(leads).toHaveCount(1 + BRIEFED.length);
    const heads = (await leads.locator('h2').allTextContents()).map(western);
    expect(heads[0]).toContain(title('us-ambassador-summoned-2024-06-24'));
    BRIEFED.forEach((id, i) => expect(heads[i + 1]).toContain(title(id)));
    await expect(leads.nth(1).locator('[data-quote] p[lang="ar"]').first()).toBeVisible();
    // The chronology after them names the other events in view, not the ones that led.
    const chronology = western((await handout.locator('ol > [data-event] h2').allTextContents()).join(' '));
    for (const id of BRIEFED) expect(chronology).not.toContain(title(id));
    await page.emulateMedia({ media: 'screen' });

    // "Present" presents the briefing; leaving it takes the briefing out of the address.
    await page.getByRole('button', { name: SHARE[lang].present, exact: true }).click();
    await expect(slidesNav(page)).toBeVisible();
    await expect(page.getByRole('button', { name: SHARE[lang].print })).toBeVisible();
    await page.getByRole('button', { name: SHARE[lang].leave }).click();
    await expect(slidesNav(page)).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('briefing')).toBeNull();
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  });
}

test('Escape out of a briefing presented from a link leaves no briefing= behind; printing without one leads with the selected event only', async ({
  page,
}) => {
  await openApp(page, `lang=en&present=1&briefing=${BRIEFING}`);
  await expect(slidesNav(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(slidesNav(page)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('briefing')).toBeNull();
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-handout] article[data-event]')).toHaveCount(1);
});
