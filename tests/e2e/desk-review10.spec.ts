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

/** How far the selected box reaches past the centre panel's sides (0 when it is whole in view). */
const selectedPast = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.vis-item.vis-box.vis-selected')?.getBoundingClientRect();
    const centre = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    if (box === undefined) return Infinity;
    return Math.max(0, centre.left - box.left, box.right - centre.right);
  });

for (const [w, h] of DESKS)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) a link to an event shows its box whole in the strip, as a click does (S3-3)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=call-2024-06-25`);
      await expect.poll(() => selectedPast(page), { timeout: 5000 }).toBeLessThan(1);
      // And it stays so once every move has settled.
      await page.waitForTimeout(1500);
      expect(await selectedPast(page)).toBeLessThan(1);
    });
