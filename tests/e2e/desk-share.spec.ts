/**
 * How a desk shares its screen with a selected event (issue 22, review 9): at 1280×720 the strip keeps
 * the selection's neighbours to click and the full timeline shows more than one lane (S2-1); "Where
 * they diverge" opens with a full-size button that names what it opens, unlike the note's "Show" (S2-2);
 * PageDown and Space page through the words after a selection (S3-3), from the timeline too (review 13,
 * S3-12).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, storyPane, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const MARCH_2023 = 'call-2023-03-15';
const W = {
  en: {
    timeline: 'Timeline of events',
    full: 'Full timeline',
    lanes: ["Defence ministers' calls", 'Diplomacy'],
    diverge: 'Where they diverge',
    whoShow: 'Show who said what',
    whoHide: 'Hide who said what',
    noteShow: 'Show: Shared copy',
  },
  ar: {
    timeline: 'الخط الزمني للأحداث',
    full: 'الخط الزمني كاملًا',
    lanes: ['اتصالات وزيرَي الدفاع', 'دبلوماسية'],
    diverge: 'أين تفترق الروايات',
    whoShow: 'اعرض من قال ماذا',
    whoHide: 'أخفِ من قال ماذا',
    noteShow: 'اعرض: نصّ مشترك',
  },
} as const;

/** The events whose box is painted whole inside the timeline's pane (not hidden, not cut by its edges). */
const wholeBoxes = async (pane: Locator): Promise<string[]> => {
  const rect = await pane.evaluate((e) => e.getBoundingClientRect().toJSON() as unknown);
  return pane.locator('[data-id]').evaluateAll((items, paneRect) => {
    const p = paneRect as { top: number; bottom: number; left: number; right: number };
    return items
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          r.height > 12 &&
          r.width > 40 &&
          style.visibility !== 'hidden' &&
          r.top >= p.top - 1 &&
          r.bottom <= p.bottom + 1 &&
          r.left >= p.left - 1 &&
          r.right <= p.right + 1
        );
      })
      .map((el) => el.getAttribute('data-id') ?? '');
  }, rect);
};

/** The selected box and at least two others whole in the strip, as at 1440×900; a click on one selects it. */
async function neighboursToClick(page: Page, lang: 'en' | 'ar', id: string): Promise<void> {
  const pane = page.getByRole('region', { name: W[lang].timeline, exact: true });
  await expect(pane.locator(`[data-id="${id}"]`)).toBeVisible();
  await expect
    .poll(async () => (await wholeBoxes(pane)).filter((b) => b !== id).length)
    .toBeGreaterThanOrEqual(2);
  const shown = await wholeBoxes(pane);
  const other = shown.find((b) => b !== id)!;
  await pane.locator(`[data-id="${other}"]`).click();
  await expect(page).toHaveURL(new RegExp(`event=${other}`));
}

/**
 * "Where they diverge" under a full-size button naming who said what, on a page just opened on the June
 * call at `height`: open as it comes (review 10, S3-1), folded at 1280×720 (review 12, S2-1); folded,
 * the same button brings it back.
 */
async function divergeButton(page: Page, lang: 'en' | 'ar', height: number): Promise<void> {
  const w = W[lang];
  if (height !== 720) await page.getByRole('button', { name: w.whoHide, exact: true }).click();
  const open = page.getByRole('button', { name: w.whoShow, exact: true });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  // On screen, at a size for a pointer and a glance, and not the shared-copy note's small "Show".
  const big = (await open.boundingBox())!;
  const note = (await page.getByRole('button', { name: w.noteShow, exact: true }).boundingBox())!;
  expect(big.y + big.height).toBeLessThanOrEqual(height);
  expect(big.height).toBeGreaterThanOrEqual(32);
  expect(big.height).toBeGreaterThan(note.height + 6);
  expect(big.width).toBeGreaterThan(note.width * 2);
  await open.click();
  const diverge = page.getByRole('region', { name: new RegExp(`^${w.diverge}`) });
  await expect(diverge.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: w.whoHide, exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
}

const DIVERGE = '"Where they diverge" stands open under a full-size button naming who said what (S2-2)';
const NEIGHBOURS = "the strip shows the selection's neighbours to click (S2-1)";
const FULL = 'the full timeline with a selection shows more than one lane (S2-1)';

for (const lang of ['en', 'ar'] as const) {
  const w = W[lang];
  // One opening on the June call at 1280×720 for its three checks: the button (before anything is
  // clicked), the strip, then the full timeline with the selection the strip's click made.
  test(`(${lang}, 1280×720, ${JUNE}) ${DIVERGE}; ${NEIGHBOURS}; ${FULL}`, async ({ page }) => {
    // Three checks of one page: the time of as many tests.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    await test.step(DIVERGE, () => divergeButton(page, lang, 720));
    await test.step(NEIGHBOURS, () => neighboursToClick(page, lang, JUNE));
    await test.step(FULL, async () => {
      await page.getByRole('button', { name: w.full, exact: true }).click();
      const pane = page.getByRole('region', { name: w.timeline, exact: true });
      await expect(pane.locator(`[data-id="${JUNE}"]`)).toBeVisible();
      const edge = (await pane.boundingBox())!;
      for (const lane of w.lanes) {
        const name = (await pane.getByText(lane, { exact: true }).boundingBox())!;
        expect(name.y + name.height, lane).toBeLessThanOrEqual(edge.y + edge.height);
      }
    });
  });

  test(`(${lang}, 1280×720, ${MARCH_2023}) ${NEIGHBOURS}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}&event=${MARCH_2023}`);
    await neighboursToClick(page, lang, MARCH_2023);
  });

  test(`(${lang}, 1440×900) ${DIVERGE}`, async ({ page }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    await divergeButton(page, lang, 900);
  });
}

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1440×900) PageDown and Space page through the event's words after a selection (S3-3)`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const pane = storyPane(page);
    const top = () => pane.evaluate((e) => e.scrollTop);
    expect(await top()).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(200);
    await page.keyboard.press('PageUp');
    await expect.poll(top).toBe(0);
    // A click on a timeline box moves focus to the event's heading: Space pages from there too.
    await page
      .getByRole('region', { name: W[lang].timeline, exact: true })
      .locator(`[data-id="${MARCH_2023}"]`)
      .click();
    await expect(page).toHaveURL(new RegExp(`event=${MARCH_2023}`));
    await page.keyboard.press('Space');
    await expect.poll(top).toBeGreaterThan(200);
    // A click on the box already selected leaves focus on the timeline: its page keys page the words
    // too, and its arrows still step (UX review 13, S3-12: 362 → 362).
    const timeline = page.getByRole('region', { name: W[lang].timeline, exact: true });
    const paged = await top();
    await timeline.locator(`[data-id="${MARCH_2023}"]`).click();
    await expect(timeline).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(paged + 200);
    await page.keyboard.press('PageUp');
    await expect.poll(top).toBe(paged);
    await page.keyboard.press(lang === 'en' ? 'ArrowRight' : 'ArrowLeft');
    await expect(page).not.toHaveURL(new RegExp(`event=${MARCH_2023}`));
  });

test('(ar, Western digits) the header writes the dataset’s years in the digits chosen, as the dates are (S3-2)', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('riwayat.display', JSON.stringify({ months: 'both', digits: 'latn' })),
  );
  await openApp(page, 'lang=ar');
  const header = page.getByRole('banner');
  await expect(header.getByText(/2022–2024/)).toBeVisible();
  await expect(header.getByText(/[\u0660-\u0669]/)).toHaveCount(0);
});
