/**
 * The full timeline at a desk: its dates stay in view over the lanes as they scroll, and no box lies
 * over another, with an event selected as without (its selected box shows its whole title and the
 * strip's boxes fewer lines: the lanes are stacked again for them). The list beside it opens on whole
 * rows.
 */
import type { Page } from '@playwright/test';
import { expect, listRows, openApp, test, timelinePane } from './fixtures';

const JUNE = 'call-2024-06-25';
const FULL = { en: 'Full timeline', ar: 'الخط الزمني كاملًا' } as const;
const YEAR = { en: '2023', ar: '٢٠٢٣' } as const;

/** Pairs of event boxes in view of the pane that lie over each other (by more than a pixel each way). */
async function overlapping(page: Page): Promise<string[]> {
  return timelinePane(page).evaluate((pane) => {
    const p = pane.getBoundingClientRect();
    // vis-timeline's boxes have no role: they are its `vis-box` items, each marked with its event's id.
    const boxes = [...pane.querySelectorAll<HTMLElement>('[data-id]')]
      .filter((b) => b.classList.contains('vis-box') && getComputedStyle(b).visibility !== 'hidden')
      .map((b) => ({ id: b.dataset.id ?? '', r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.bottom > p.top && r.top < p.bottom);
    const out: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) out.push(`${a.id} × ${b.id}`);
      }
    return out;
  });
}

/** The rows of "All events in order" that its scroller's top edge cuts (by more than a pixel). */
async function rowsCutAtTop(page: Page): Promise<number> {
  const rows = page
    .getByRole('navigation', { name: /^(All events in order|كل الأحداث بالترتيب)/ })
    .getByRole('list');
  return rows.evaluate((ol) => {
    const top = ol.getBoundingClientRect().top + ol.clientTop;
    return [...ol.querySelectorAll('button')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.top < top - 1 && r.bottom > top + 1).length;
  });
}

/** The list's dates of one day, month or year (not a span) that take more than one line. */
function datesWrapped(page: Page): Promise<string[]> {
  return listRows(page).evaluateAll((rows) =>
    rows.flatMap((row) => {
      const date = row.querySelector('time');
      const text = date?.firstChild;
      if (date == null || text == null || date.textContent?.includes('–') === true) return [];
      const lines = document.createRange();
      lines.selectNodeContents(date);
      const tops = new Set(
        [...lines.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)),
      );
      return tops.size > 1 ? [date.textContent ?? ''] : [];
    }),
  );
}

/** A year on the axis, in view right at the pane's top (within its axis's height). */
async function expectAxisAtTop(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const pane = timelinePane(page);
  const year = pane.getByText(YEAR[lang], { exact: true }).first();
  await expect(year).toBeInViewport();
  const top = (await pane.boundingBox())!.y;
  expect((await year.boundingBox())!.y - top).toBeLessThan(40);
}

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}, 1280×720) from the strip to the full timeline with an event selected, no box lies over another`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    // The list scrolled to the selection near its end starts with a whole row (review 13, S3-10).
    await expect(listRows(page, JUNE)).toBeInViewport({ ratio: 1 });
    expect(await rowsCutAtTop(page)).toBe(0);
    // Each single date in it is on one line ("30 September / 2022 ≈" was not, review 13 S3-15).
    expect(await datesWrapped(page)).toEqual([]);
    await page.getByRole('button', { name: FULL[lang] }).click();
    // The engine redraws over a few frames: past them, and past its one-second resize poll.
    await page.waitForTimeout(1500);
    expect(await overlapping(page)).toEqual([]);
  });

  test(`(${lang}, 1440×900) stepping down the lanes of the full timeline, the dates stay in view and no box lies over another`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    await page.getByRole('button', { name: FULL[lang] }).click();
    await expect(page.getByRole('button', { name: FULL[lang] })).toHaveAttribute('aria-pressed', 'true');
    // Four events back: the Crimea attack, in a lane under the pane's first view.
    for (let i = 0; i < 4; i++) {
      const url = page.url();
      await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      await expect(page).not.toHaveURL(url);
    }
    await page.waitForTimeout(1500);
    expect(await timelinePane(page).evaluate((e) => e.scrollTop)).toBeGreaterThan(50);
    await expectAxisAtTop(page, lang);
    expect(await overlapping(page)).toEqual([]);
  });

  test(`(${lang}, 1440×900) a wheel turned over the lanes scrolls them under the dates`, async ({ page }) => {
    await openApp(page, `lang=${lang}`);
    const box = (await timelinePane(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 500);
    await expect.poll(() => timelinePane(page).evaluate((e) => e.scrollTop)).toBeGreaterThan(100);
    await expectAxisAtTop(page, lang);
    expect(await overlapping(page)).toEqual([]);
  });
}

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1280×720) the first view hides no event: a box the pane's side cuts is shown cut, not hidden`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}`);
    // Every box the first view draws over the lanes is shown: none is in the DOM but made invisible.
    const hidden = await timelinePane(page).evaluate((pane) =>
      [...pane.querySelectorAll<HTMLElement>('[data-id]')]
        .filter((b) => b.classList.contains('vis-box') && getComputedStyle(b).visibility === 'hidden')
        .map((b) => b.dataset.id),
    );
    expect(hidden).toEqual([]);
  });
