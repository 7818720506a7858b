/**
 * The side column at a desk (UX review 5, S3 #8 and #9): the open event's summary is never cut without
 * a cue (a few whole lines, then "More about this event", which opens it whole, the card then the
 * column's height over the list), and the list of
 * events under the card shows rows enough to step through, at 1440×900 and at 1280×720.
 */
import type { Locator } from '@playwright/test';
import { detailPanel, expect, listRows, openApp, servedEvents, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const W = {
  en: { more: 'More about this event', less: 'Less about this event', howKnown: 'How the date is known' },
  ar: { more: 'المزيد عن هذا الحدث', less: 'أقل عن هذا الحدث', howKnown: 'كيف عُرف التاريخ' },
} as const;

/** How many of the list's rows are wholly inside its scroller. */
const wholeRows = async (rows: Locator): Promise<number> =>
  rows.evaluateAll((all) => {
    const scroller = all[0]?.closest('ol');
    if (scroller === null || scroller === undefined) return 0;
    const box = scroller.getBoundingClientRect();
    return all.filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= box.top - 1 && b.bottom <= box.bottom + 1;
    }).length;
  });

for (const [w, h, least] of [
  [1440, 900, 5],
  [1280, 720, 4],
] as const)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) the summary is whole or cut with "More", and the list shows ${least}+ whole rows`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=${JUNE}`);
      const card = detailPanel(page);
      const summaryText = (
        (await servedEvents(page)).find((e) => e.id === JUNE) as unknown as {
          summary: Record<string, string>;
        }
      ).summary[lang]!;
      const summary = card.getByText(summaryText.slice(0, 40));
      await expect(summary).toBeVisible();
      // The summary is cut at a line's end (an ellipsis), and a visible "More" under it says there is more.
      const cut = await summary.evaluate((p) => p.scrollHeight > p.clientHeight + 1);
      expect(cut).toBe(true);
      expect(await summary.evaluate((p) => getComputedStyle(p).webkitLineClamp)).not.toBe('none');
      // Seen whole, not clipped by the card's own scroll (an observer of the viewport sees the clip).
      const more = card.getByRole('button', { name: W[lang].more });
      await expect(more).toBeInViewport({ ratio: 1 });
      expect((await more.boundingBox())!.y).toBeGreaterThan((await summary.boundingBox())!.y);
      await more.click();
      // Opened: the whole summary, then how the date is known; the card scrolls to them.
      await expect(card.getByRole('button', { name: W[lang].less })).toHaveAttribute('aria-expanded', 'true');
      expect(
        await summary.evaluate((p) => [getComputedStyle(p).webkitLineClamp, getComputedStyle(p).overflowY]),
      ).toEqual(['none', 'visible']);
      await expect(card.getByText(W[lang].howKnown, { exact: true })).toBeVisible();
      // In a box the column's height, not a letterbox over the list cut mid-line (review 12, S3-4): the
      // list waits under the card until "Less".
      await expect(listRows(page, JUNE)).toBeHidden();
      const opened = (await card.boundingBox())!;
      expect(opened.y + opened.height).toBeGreaterThan(h - 40);
      await expect(card.getByText(W[lang].howKnown, { exact: true })).toBeInViewport({ ratio: 1 });

      // Folded again, the list of events under the card: rows enough to step through, the open one among them.
      await card.getByRole('button', { name: W[lang].less }).click();
      await expect(listRows(page, JUNE)).toBeInViewport({ ratio: 1 });
      expect(await wholeRows(listRows(page))).toBeGreaterThanOrEqual(least);
    });

for (const [w, h] of [
  [1440, 900],
  [1280, 720],
] as const)
  test(`(en, ${w}×${h}) with nothing selected the list shows 3+ whole rows beside "Start here"`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, 'lang=en');
    await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
    await expect(listRows(page).first()).toBeVisible();
    expect(await wholeRows(listRows(page))).toBeGreaterThanOrEqual(3);
  });
