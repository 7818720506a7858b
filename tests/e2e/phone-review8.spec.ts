/**
 * A phone and an upright tablet, as a reader tries them (UX review 8p): the source card's date says it
 * is the publication's, a source's name and how its article stands to it read as two words, the full
 * list counts the sources of each event, the controls are a finger's size, the menu's marker is seen,
 * and a link to an event the dataset does not hold says so.
 */
import type { Page } from '@playwright/test';
import { expect, listRows, openApp, query, test } from './fixtures';

const MAIN_CALL = 'call-2024-06-25';
// Told by one source: its name and how the article stands to it head the card, with no tabs.
const ONE_SOURCE = 'kherson-fighting-2022-10';

const W = {
  ar: {
    published: /^نُشر\s/,
    sources: 'مصادر',
    options: 'خيارات العرض',
    menu: 'القائمة',
    dataset: 'البيانات',
    missing: /يشير الرابط إلى حدث ليس في هذه البيانات/,
    ok: 'حسنًا',
    start: 'ابدأ من هنا',
  },
  en: {
    published: /^Published\s/,
    sources: 'sources',
    options: 'View options',
    menu: 'Menu',
    dataset: 'Dataset',
    missing: /The link names an event this dataset does not hold/,
    ok: 'OK',
    start: 'Start here',
  },
} as const;

/** The source card's date is labelled as the date the article was published, apart from the event's. */
async function checkPublished(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const card = page.getByRole('article').first();
  const date = card.locator('time').first();
  await expect(date).toBeVisible();
  // The label is drawn right before the date, in the same chip.
  const chip = date.locator('xpath=..');
  await expect(chip).toHaveText(W[lang].published);
  const label = await chip.evaluate((c) => {
    const words = document.createRange();
    words.setStart(c, 0);
    words.setEndBefore(c.querySelector('time')!);
    const r = words.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
  expect(label.width).toBeGreaterThan(10);
  expect(label.height).toBeGreaterThan(10);
}

test.describe("768×1024, touch: the source card's date", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) is labelled as the date the article was published, apart from the event's date`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await checkPublished(page, lang);
    });
});

// One test per language: the home screen (reached by a link to a missing event) and two events, each
// opened once, their checks as steps.
test.describe('390×844, touch: the S3 list of UX review 8p', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) a missing event's link, the full list, the view options, the source card's date, a one-source card`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=no-such-event`);
      await test.step('a link to an event the dataset does not hold says so, and offers where to start', async () => {
        const alert = page.getByRole('alert').filter({ hasText: W[lang].missing });
        await expect(alert).toBeVisible();
        await expect(alert).toContainText('no-such-event');
        await expect(page.getByRole('region', { name: W[lang].start })).toBeVisible();
        const ok = alert.getByRole('button', { name: W[lang].ok });
        expect((await ok.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await ok.tap();
        await expect(alert).toBeHidden();
        await expect.poll(() => query(page).get('event')).toBeNull();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });

      await test.step('the full list says how many sources tell each event, as "Start here" does', async () => {
        const row = listRows(page, MAIN_CALL);
        await row.scrollIntoViewIfNeeded();
        await expect(row).toContainText(lang === 'en' ? '3 sources' : '٣ مصادر');
        // On the date's line, at its end, the title across the width under it.
        const count = row.getByText(lang === 'en' ? '3 sources' : '٣ مصادر');
        const date = row.locator('time');
        const [c, d, r] = [
          (await count.boundingBox())!,
          (await date.boundingBox())!,
          (await row.boundingBox())!,
        ];
        expect(Math.abs(c.y + c.height / 2 - (d.y + d.height / 2))).toBeLessThanOrEqual(4);
        if (lang === 'en') expect(c.x + c.width).toBeGreaterThan(r.x + r.width - 40);
        else expect(c.x).toBeLessThan(r.x + 40);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });

      await test.step(`"${W[lang].options}" is a finger's target, and the Dataset menu's marker is as clear as its name`, async () => {
        const options = page.getByRole('button', { name: W[lang].options });
        expect((await options.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await page.getByRole('banner').getByRole('button', { name: W[lang].menu }).tap();
        const dataset = page.getByRole('banner').getByText(W[lang].dataset, { exact: true });
        await expect(dataset).toBeVisible();
        const colours = await dataset.evaluate((s) => [
          getComputedStyle(s).color,
          getComputedStyle(s, '::after').color,
          getComputedStyle(s, '::after').content,
        ]);
        expect(colours[2]).toContain('▾');
        expect(colours[1]).toBe(colours[0]);
      });

      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await test.step("the source card's date is labelled as the date the article was published, apart from the event's date", () =>
        checkPublished(page, lang));

      await openApp(page, `lang=${lang}&event=${ONE_SOURCE}`);
      await test.step("a one-source card's name and how its article stands to it are two words, not one", async () => {
        const name = page.getByRole('article').getByRole('heading', { level: 3 }).getByRole('button');
        await expect(name).toBeVisible();
        // The name's two runs ("Unnamed site citing" muted, then "Sputnik"): apart by a space's width on
        // one line, or on lines of their own, in either direction.
        const apart = await name.evaluate((b) => {
          const [first, second] = [...(b.firstElementChild?.children ?? [])].map((c) =>
            c.getBoundingClientRect(),
          );
          if (first === undefined || second === undefined) return null;
          if (second.top >= first.bottom - 1 || first.top >= second.bottom - 1) return Infinity;
          return Math.max(first.left - second.right, second.left - first.right);
        });
        expect(apart).not.toBeNull();
        expect(apart!).toBeGreaterThanOrEqual(3);
      });
    });
});
