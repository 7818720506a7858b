/**
 * Who the sources are, at a desk (UX review 10): each source's one name on its card; where the
 * originals are, said once above the cards; the coverage lines readable at 1280×720 and 1440×900
 * (14 px, plain weight, two lines at most); and the count line's source link bringing its card into
 * view, lit for a moment.
 */
import { expect, openApp, storyPane, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const WORDS = {
  en: {
    names: [
      'Unnamed site republishing Alhurra',
      'Unnamed site citing Reuters',
      'Unnamed site citing Al Qahera News',
    ],
    noAddress: 'No address is recorded for these 3 sources',
    coverage: 'Coverage at a glance',
  },
  ar: {
    names: [
      'موقع غير مسمّى يعيد نشر الحرة',
      'موقع غير مسمّى ينقل عن رويترز',
      'موقع غير مسمّى ينقل عن القاهرة الإخبارية',
    ],
    noAddress: 'لا عنوان مسجّلًا لأيّ من هذه المصادر الـ٣',
    coverage: 'التغطية في لمحة',
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  const words = WORDS[lang];
  for (const [w, h] of [
    [1440, 900],
    [1280, 720],
  ] as const)
    test(`(${lang}, ${w}×${h}) each card is headed by its one name, no address is said once, the coverage reads at 14 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=${JUNE}`);
      const cards = page.locator('#source-panels').getByRole('article');
      await expect(cards).toHaveCount(3);
      for (const [i, name] of words.names.entries())
        await expect(cards.nth(i).getByRole('heading', { level: 3 })).toHaveText(name);
      // Not the credited report's name alone, nor status words after it.
      await expect(page.getByRole('heading', { level: 3, name: /^(Reuters|رويترز)/ })).toHaveCount(0);
      await expect(page.getByText(/site unknown|الموقع غير معروف/)).toHaveCount(0);
      // Where the originals are: once for the event, under the cards.
      await expect(page.getByText(words.noAddress)).toHaveCount(1);
      // The coverage: on screen in the reading layout at 1440×900, 14 px or more, plain weight, two
      // lines at most (at 1280×720 the first quote keeps its room: the shared-copy note says it).
      if (w !== 1440) return;
      const strip = page.getByRole('group', { name: words.coverage });
      await expect(strip).toBeInViewport();
      for (const line of await strip.locator('p').all()) {
        const { size, weight, lines } = await line.evaluate((p) => {
          const s = getComputedStyle(p);
          return {
            size: parseFloat(s.fontSize),
            weight: Number(s.fontWeight),
            lines: Math.round(p.getBoundingClientRect().height / parseFloat(s.lineHeight)),
          };
        });
        expect(size).toBeGreaterThanOrEqual(14);
        expect(weight).toBeLessThan(600);
        expect(lines).toBeLessThanOrEqual(2);
      }
      const total = (await strip.boundingBox())!.height;
      expect(total).toBeLessThanOrEqual(4 * 19 + 8);
    });

  test(`(${lang}, 1440×900) the count line's source brings its card to the top of the pane, lit`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const pane = storyPane(page);
    const card = page.locator('#source-panels > article[data-source="art-003"]');
    const before = await pane.evaluate((e) => e.scrollTop);
    await page
      .getByRole('group', { name: words.coverage })
      .getByRole('button', { name: words.names[2] })
      .click();
    await expect(card).toHaveClass(/source-flash/);
    await expect.poll(() => pane.evaluate((e) => e.scrollTop)).toBeGreaterThan(before + 100);
    const paneTop = (await pane.boundingBox())!.y;
    await expect.poll(async () => Math.abs((await card.boundingBox())!.y - paneTop)).toBeLessThan(100);
    await expect(card).not.toHaveClass(/source-flash/, { timeout: 4000 });
  });
}
