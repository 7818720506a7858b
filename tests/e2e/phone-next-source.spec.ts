/**
 * One source at a time on a phone: a source's words end on the way to the next source, named as its
 * tab names it, not on a dead end (UX review 11p, S3-4); the last source has none. A sideways swipe
 * anywhere in the event view, the tabs included, is never the browser's swipe back, which left the event
 * (reviews 12p and 13p, S2-1).
 */
import { expect, openApp, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const WORDS = {
  en: { next: /^Next source:/, second: 'Reuters', last: 'Al Qahera News' },
  ar: { next: /^المصدر التالي:/, second: 'رويترز', last: 'القاهرة الإخبارية' },
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) the end of a source's words leads to the next source, and the last has no such way`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    await openApp(page, `lang=${lang}`);
    await openApp(page, `lang=${lang}&event=call-2024-06-25`);
    const opened = page.url();
    // A finger from the left edge to the right over the headline: the event stays.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: x === undefined ? [] : [{ x, y: 150 }],
      });
    await touch('touchStart', 30);
    for (let x = 60; x <= 360; x += 30) await touch('touchMove', x);
    await touch('touchEnd');
    await page.waitForTimeout(800);
    expect(page.url()).toBe(opened);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeInViewport();
    // No Tab stop in the source's words that cannot be seen (its name is the tab's, heard, not shown).
    const unseen = await page.getByRole('tabpanel').evaluate(
      (p) =>
        [...p.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')].filter((e) => {
          const r = e.getBoundingClientRect();
          return !e.closest('details:not([open])') && r.width * r.height < 4;
        }).length,
    );
    expect(unseen).toBe(0);
    const next = page.getByRole('button', { name: w.next });
    await expect(next).toContainText(w.second);
    await next.tap();
    await expect(page.getByRole('tab', { name: w.second })).toHaveAttribute('aria-selected', 'true');
    // Focus goes with the reader to the next source's words (review 13p, S3-12).
    await expect(page.getByRole('tabpanel')).toBeFocused();
    // The next source's words start at their top, under the tabs.
    await expect(page.getByRole('tabpanel').getByRole('blockquote').first()).toBeInViewport();
    await page.getByRole('button', { name: w.next }).tap();
    await expect(page.getByRole('button', { name: w.next })).toHaveCount(0);
    await expect(page.getByRole('tabpanel')).toBeFocused();
    // The same finger over the tabs that name the sources (review 13p, S2-1) steps between them as over
    // the words: rightwards is the previous source in English; in Arabic the next, and there is none.
    const tabs = (await page.getByRole('tablist').boundingBox())!;
    const y = tabs.y + tabs.height / 2;
    const drag = async (x: number, type: 'touchStart' | 'touchMove') =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y }] });
    await drag(tabs.x + 10, 'touchStart');
    for (let x = tabs.x + 40; x <= tabs.x + tabs.width - 10; x += 30) await drag(x, 'touchMove');
    await touch('touchEnd');
    await expect(page.getByRole('tab', { selected: true })).toHaveAccessibleName(
      lang === 'en' ? w.second : w.last,
    );
    await page.waitForTimeout(800);
    expect(page.url()).toContain('event=call-2024-06-25');
    // On the tabs with a keyboard or a screen reader, a swipe back over the words takes focus to the tab
    // of the source now shown, not left on the one before (review 14p, S3-9): the previous source lies
    // rightwards in English, leftwards in Arabic.
    const shown = page.getByRole('tab', { selected: true });
    const was = (await shown.textContent())!;
    await shown.focus();
    const words = (await page.getByRole('tabpanel').boundingBox())!;
    const wy = Math.min(words.y + 150, 700);
    const step = async (x: number, type: 'touchStart' | 'touchMove') =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y: wy }] });
    const [from, to] = lang === 'en' ? [40, 350] : [350, 40];
    await step(from, 'touchStart');
    for (let i = 1; i <= 10; i++) await step(from + ((to - from) * i) / 10, 'touchMove');
    await touch('touchEnd');
    await expect(shown).not.toHaveText(was);
    await expect(shown).toBeFocused();
  });
