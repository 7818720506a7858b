import type { Page } from '@playwright/test';
import { expect, listRows, openApp, test, timelinePane, waitReady } from './fixtures';

/**
 * S3 #9: after a language switch the reading strip is built again (vis-timeline cannot switch its
 * direction at run time), and Arabic lane names wrap where English ones do not. Whatever the strip
 * shows of its lanes is whole: each name and each box in its visible part, none cut by the axis.
 */
async function cutInStrip(page: Page): Promise<string[]> {
  return timelinePane(page).evaluate((pane) => {
    const p = pane.getBoundingClientRect();
    const axis = pane.querySelector<HTMLElement>('.vis-panel.vis-top')!.getBoundingClientRect();
    const top = axis.bottom;
    const bottom = p.top + pane.clientTop + pane.clientHeight;
    const cut: string[] = [];
    const shown = (e: Element): boolean => getComputedStyle(e).visibility === 'visible';
    for (const e of pane.querySelectorAll('.vis-labelset .vis-label > .vis-inner, .vis-item.vis-box')) {
      const r = e.getBoundingClientRect();
      const inStrip = r.bottom > top + 1 && r.top < bottom - 1;
      if (inStrip && shown(e) && (r.top < top - 1 || r.bottom > bottom + 1))
        cut.push(
          `${e.textContent} ${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(top)}–${Math.round(bottom)}`,
        );
    }
    return cut;
  });
}

for (const [from, to, button, lane] of [
  ['en', 'ar', 'اقرأ بالعربية', 'دبلوماسية'],
  ['ar', 'en', 'Read in English', 'Diplomacy'],
] as const)
  test(`desk 1440×900: “Moscow summons US Ambassador” in ${from}, then ${to}: every lane name and box in the strip whole`, async ({
    page,
  }) => {
    await openApp(page, `lang=${from}`);
    await listRows(page, 'us-ambassador-summoned-2024-06-24').click();
    await expect(page.locator('.vis-item.vis-box.vis-selected')).toBeVisible();
    await expect.poll(() => cutInStrip(page)).toEqual([]);
    await page.getByRole('button', { name: button }).click();
    await waitReady(page, 2);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    const selected = page.locator('.vis-item.vis-box.vis-selected');
    await expect(selected).toBeVisible();
    await expect.poll(() => cutInStrip(page)).toEqual([]);
    // The selected event's lane is named, whole, in the strip.
    const name = page.locator('.vis-labelset').getByText(lane, { exact: true });
    await expect(name).toBeInViewport({ ratio: 1 });
    await expect(name).toBeVisible();
    // The strip is the height it had before the switch (the rebuilt engine fills it).
    const engine = await timelinePane(page).locator('.vis-timeline').boundingBox();
    expect(engine!.height).toBeGreaterThan(100);
  });
