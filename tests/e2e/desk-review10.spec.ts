/**
 * The timeline at a desk, as review 10 found it (issue 22): a box the timeline's side cuts keeps a
 * readable title (S3-2), in both languages and at the three desk sizes.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const DESKS = [
  [1440, 900],
  [1280, 720],
  [2560, 1440],
] as const;

/**
 * The boxes the centre panel's sides cut, each with how far its title's letters reach past the
 * panel's side (0 when none does) and whether the title is shown at all.
 */
const cutBoxes = (page: Page) =>
  page.evaluate(() => {
    const centre = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box')].flatMap((box) => {
      const b = box.getBoundingClientRect();
      const cut = b.left < centre.left - 0.5 || b.right > centre.right + 0.5;
      const onScreen = b.right > centre.left && b.left < centre.right;
      const label = box.querySelector<HTMLElement>('.item-label');
      if (!cut || !onScreen || label === null) return [];
      const range = document.createRange();
      range.selectNodeContents(label);
      const letters = [...range.getClientRects()].filter((r) => r.width > 0);
      const past = Math.max(0, ...letters.map((r) => Math.max(centre.left - r.left, r.right - centre.right)));
      return [{ id: box.dataset.id, past, shown: getComputedStyle(label).visibility !== 'hidden' }];
    });
  });

for (const [w, h] of DESKS)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) a box the timeline's side cuts shows its title from its first word (S3-2)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      // The invasion a few days before the window, the midterms a few days after: a box at each side.
      await openApp(page, `lang=${lang}&from=2022-03-01&to=2022-11-22`);
      await expect.poll(async () => (await cutBoxes(page)).length).toBeGreaterThanOrEqual(2);
      const boxes = await cutBoxes(page);
      expect(boxes.map((b) => b.id)).toEqual(
        expect.arrayContaining(['invasion-2022-02-24', 'midterms-2022-11']),
      );
      // No letter of a shown title lies under the side: it starts in view and ends in an ellipsis.
      for (const b of boxes) if (b.shown) expect(b.past, b.id).toBeLessThan(1);
      expect(boxes.filter((b) => b.shown).length).toBeGreaterThan(0);
    });
