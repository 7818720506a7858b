/**
 * A phone and an upright tablet, as a reader tries them (UX review 10p, the rest): a clamped gist never
 * draws "…" after a full stop (S3-13).
 */
import type { Locator } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** The gist's text laid out above its clamp's edge, and whether the clamp (which draws "…") is on. */
const shownGist = (l: Locator): Promise<{ shown: string; hidden: number; clamp: boolean }> =>
  l.evaluate((el) => {
    const bottom = el.getBoundingClientRect().top + el.clientHeight;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let shown = '';
    let hidden = 0;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (r !== undefined && (r.top + r.bottom) / 2 < bottom) shown += data[i];
        else hidden++;
      }
    }
    const clamp = getComputedStyle(el).webkitLineClamp;
    return { shown: shown.trimEnd(), hidden, clamp: clamp !== 'none' && clamp !== '' };
  });

test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });

  test('(ar) a gist cut right after a full stop ends there, with no "…" after it (S3-13)', async ({
    page,
  }) => {
    // Levantine months (an en-US browser): the third line ends «…متباينة كثيرًا.».
    await openApp(page, 'lang=ar&event=call-2024-06-25');
    const gist = page.locator('#detail-heading ~ p').first();
    const { shown, hidden, clamp } = await shownGist(gist);
    expect(hidden, 'the gist is cut').toBeGreaterThan(0);
    expect(shown).toMatch(/كثيرًا\.$/u);
    expect(clamp, 'no clamp left to draw "…" after the full stop').toBe(false);
    // Cut at a line's end: no line shows half.
    const box = await gist.evaluate((el) => ({
      client: el.clientHeight,
      line: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(box.client / box.line).toBeCloseTo(3, 1);
  });

  test('(en) a gist cut mid-sentence keeps its one "…" (S3-13)', async ({ page }) => {
    await openApp(page, 'lang=en&event=call-2024-06-25');
    const { shown, hidden, clamp } = await shownGist(page.locator('#detail-heading ~ p').first());
    expect(hidden).toBeGreaterThan(0);
    expect(shown).not.toMatch(/[.?!]$/u);
    expect(clamp).toBe(true);
  });
});
