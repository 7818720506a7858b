/**
 * The desk's home has one scroll area on its first screen besides the timeline and the list: "Start
 * here" shows its cards whole and leaves out those it has no room for, instead of cutting one inside a
 * scroll area of its own (UX review 6, S3 #8).
 */
import { expect, openApp, test } from './fixtures';

const START = { en: 'Start here', ar: 'ابدأ من هنا' } as const;

// The same three cards at every desk size (review 10, S3-14), each whole in its room.
for (const [w, h, least] of [
  [1440, 900, 3],
  [1280, 720, 3],
  [1920, 1080, 3],
  [2560, 1440, 3],
] as const)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) "Start here" shows whole cards and does not scroll on its own`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}`);
      const start = page.getByRole('region', { name: START[lang] });
      await expect(start).toBeVisible();
      const cards = start.getByRole('button');
      await expect(cards.first()).toBeVisible();
      // Nothing to scroll inside it.
      await expect.poll(() => start.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
      const room = (await start.boundingBox())!;
      const shown = await cards.count();
      expect(shown).toBeGreaterThanOrEqual(least);
      for (let i = 0; i < shown; i++) {
        const b = (await cards.nth(i).boundingBox())!;
        expect(b.y).toBeGreaterThanOrEqual(room.y);
        expect(b.y + b.height).toBeLessThanOrEqual(room.y + room.height + 0.5);
      }
      // The footer pointing to the rest is in its room too, where it is shown (above 1000 px high; lower,
      // the list right under it says the same).
      const more = start.getByText(lang === 'en' ? 'Or select any event' : 'أو اختر', { exact: false });
      if (h > 1000) {
        const m = (await more.boundingBox())!;
        expect(m.y + m.height).toBeLessThanOrEqual(room.y + room.height + 0.5);
      } else await expect(more).toBeHidden();
    });
