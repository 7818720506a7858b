/**
 * The analyst at a desk: a search keeps the open event clearly selected, the reading strip shows
 * whole boxes or none, nothing sticky covers a control, and search results read as a list.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const TIMELINE = { en: 'Timeline of events', ar: 'الخط الزمني للأحداث' } as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) a search dims the boxes it does not match, never the open event's`, async ({ page }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const strip = page.getByRole('region', { name: TIMELINE[lang], exact: true });
    const opacity = (id: string) =>
      strip
        .locator(`.vis-item.vis-box[data-id="${id}"]`)
        .evaluate((e) => Number(getComputedStyle(e).opacity));
    await page.getByRole('searchbox').fill(lang === 'en' ? 'Gerasimov' : 'غيراسيموف');
    // The search has taken effect: a box it does not match is dimmed.
    await expect.poll(() => opacity('call-2022-10-21')).toBeLessThan(0.5);
    // The open event, matched or not, is drawn at full strength and still marked as selected.
    const selected = strip.locator(`.vis-item.vis-box[data-id="${JUNE}"]`);
    await expect(selected).toHaveClass(/vis-selected/);
    expect(await opacity(JUNE)).toBe(1);
  });

/** Boxes the strip shows that its visible part (below the pinned axis, inside the sides) cuts. */
const cutBoxes = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true }).evaluate((pane) => {
    const p = pane.getBoundingClientRect();
    const axis = pane.querySelector('.vis-panel.vis-top')!.getBoundingClientRect();
    const centre = pane.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const top = axis.bottom;
    const bottom = p.top + pane.clientTop + pane.clientHeight;
    return [...pane.querySelectorAll<HTMLElement>('.vis-item.vis-box')]
      .filter((b) => getComputedStyle(b).visibility !== 'hidden')
      .map((b) => ({ id: b.dataset['id'], r: b.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.bottom > top &&
          r.top < bottom &&
          r.right > centre.left &&
          r.left < centre.right &&
          (r.top < top - 1 ||
            r.bottom > bottom + 1 ||
            r.left < centre.left - 1 ||
            r.right > centre.right + 1),
      )
      .map(({ id }) => id);
  });

for (const lang of ['en', 'ar'] as const)
  for (const id of ['call-2022-10-21', 'russia-blames-us-2024-06-23', JUNE])
    test(`(${lang}, ${id}) the reading strip shows whole boxes or none`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, `lang=${lang}&event=${id}`);
      const strip = page.getByRole('region', { name: TIMELINE[lang], exact: true });
      await expect(strip.locator(`.vis-item.vis-box.vis-selected[data-id="${id}"]`)).toBeVisible();
      await expect.poll(() => cutBoxes(page, TIMELINE[lang])).toEqual([]);
      // Still none after the user scrolls the strip's lanes by hand.
      await strip.evaluate((e) => (e.scrollTop += 23));
      await expect.poll(() => cutBoxes(page, TIMELINE[lang])).toEqual([]);
    });
