import type { Locator, Page } from '@playwright/test';
import { detailPanel, expect, listRows, openApp, query, test } from './fixtures';

/** The words the tests look for, in each language. */
const L = {
  ar: {
    back: 'العودة إلى كل الأحداث',
    other: 'Read in English',
    list: 'قائمة الأحداث',
    timeline: 'الخط الزمني للأحداث',
    start: 'ابدأ من هنا',
    show: 'اعرض في المقال',
    close: 'أغلق المقال',
    display: 'عرض التواريخ',
    months: 'أسماء الأشهر',
  },
  en: {
    back: 'Back to all events',
    other: 'اقرأ بالعربية',
    list: 'List of events',
    timeline: 'Timeline of events',
    start: 'Start here',
    show: 'Show in the article',
    close: 'Close the article',
    display: 'Date display',
    months: 'Arabic month names',
  },
} as const;
const MAIN_CALL = 'call-2024-06-25';

interface Floors {
  /** Controls smaller than 44 × 44 CSS px. */
  readonly small: string[];
  /** Visible runs of text set under 14 px. */
  readonly tiny: string[];
  /** Pairs of controls whose boxes overlap. */
  readonly overlaps: string[];
}

/**
 * What inside `root` falls under the touch floors: every control (buttons, links, disclosures, form
 * fields) at least 44 × 44 px and not overlapping another, every visible run of text at least 14 px.
 * Disclosures are opened first, so the text folded in them (translations, credits) is counted too.
 */
function underFloors(root: Locator): Promise<Floors> {
  return root.evaluate((el) => {
    for (const d of el.querySelectorAll('details')) d.open = true;
    const shown = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.height > 0 &&
        getComputedStyle(e).visibility !== 'hidden' &&
        e.closest('.visually-hidden, [inert]') === null
      );
    };
    const name = (e: Element): string => {
      const r = e.getBoundingClientRect();
      const words = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40);
      return `${e.tagName.toLowerCase()} "${words}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    };
    const controls = [
      ...el.querySelectorAll('button, a[href], summary, input, select, textarea, [role="button"]'),
    ].filter(shown);
    // A check box or radio button is as large as the label around it, which a tap on also toggles.
    const target = (c: Element): Element =>
      c.matches('input[type="checkbox"], input[type="radio"]') ? (c.closest('label') ?? c) : c;
    const small = controls
      .filter((c) => {
        const r = target(c).getBoundingClientRect();
        return r.width < 43.5 || r.height < 43.5;
      })
      .map(name);
    const ancestors = function* (c: Element): Generator<Element> {
      for (let p: Element | null = c; p !== null && p !== el; p = p.parentElement) yield p;
    };
    const overlaps: string[] = [];
    const boxes = controls.map((c) => c.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        const nested = controls[i]!.contains(controls[j]!) || controls[j]!.contains(controls[i]!);
        // A bar that stays on screen (the reader's earlier/later) passes over what scrolls under it.
        const pinned = (c: Element): boolean =>
          [...ancestors(c)].some((p) => ['sticky', 'fixed'].includes(getComputedStyle(p).position));
        const over = pinned(controls[i]!) !== pinned(controls[j]!);
        if (x > 1 && y > 1 && !nested && !over)
          overlaps.push(`${name(controls[i]!)} / ${name(controls[j]!)}`);
      }
    const tiny: string[] = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
      const parent = n.parentElement;
      if (parent === null || (n.textContent ?? '').trim() === '' || !shown(parent)) continue;
      const px = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (px < 13.95)
        tiny.push(`${parent.tagName.toLowerCase()} ${px}px "${n.textContent!.trim().slice(0, 30)}"`);
    }
    return { small, tiny, overlaps };
  });
}

const story = (page: Page): Locator => page.locator('.has-selection .story');

/** In the event view every control is a 44 px target and no text is under 14 px, the article reader
 * included (opened and closed again). */
async function checkEventFloors(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await expect(page.getByRole('button', { name: L[lang].back })).toBeVisible();
  const view = await underFloors(story(page));
  expect(view.small, 'controls under 44 × 44 px').toEqual([]);
  expect(view.tiny, 'text under 14 px').toEqual([]);
  expect(view.overlaps, 'controls that overlap').toEqual([]);

  await story(page).getByRole('button', { name: L[lang].show }).first().click();
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  const close = reader.getByRole('button', { name: L[lang].close });
  const box = (await close.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  const inReader = await underFloors(reader);
  expect(inReader.small, 'controls under 44 × 44 px in the reader').toEqual([]);
  expect(inReader.tiny, 'text under 14 px in the reader').toEqual([]);
  await close.click();
  await expect(reader).toBeHidden();
}

/** The briefing's builder, opened from an event, has 44 px targets and 14 px text. */
async function checkBriefingFloors(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await story(page)
    .getByRole('button', { name: lang === 'ar' ? 'أضف إلى الإحاطة' : 'Add to briefing' })
    .tap();
  await story(page)
    .getByRole('button', { name: lang === 'ar' ? /في الإحاطة/ : /In the briefing/ })
    .tap();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const floors = await underFloors(dialog);
  expect(floors.small, 'controls under 44 × 44 px').toEqual([]);
  expect(floors.tiny, 'text under 14 px').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** The header's menu opens on 44 px targets, nothing wider than the screen (closed again after). */
async function checkMenuFloors(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const menu = page.getByRole('button', { name: lang === 'ar' ? 'القائمة' : 'Menu' });
  await menu.tap();
  const header = page.getByRole('banner');
  // The desk's tools wait behind "More" (phone-home.spec.ts): opened, every target is measured.
  await header.getByText(lang === 'ar' ? 'المزيد' : 'More', { exact: true }).tap();
  await expect(header.getByRole('button', { name: lang === 'ar' ? 'الإحاطة' : 'Briefing' })).toBeVisible();
  const floors = await underFloors(header);
  expect(floors.small, 'controls under 44 × 44 px').toEqual([]);
  expect(floors.tiny, 'text under 14 px').toEqual([]);
  expect(floors.overlaps, 'controls that overlap').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await menu.tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
}

/** The lanes' select keeps its label in sight beside it (UX review 5, S3 #11). */
async function checkLanesLabel(page: Page, lang: 'ar' | 'en', width: number): Promise<void> {
  // A phone and a tablet fold the lanes' select behind "View options" (UX review 6, S3 #10; 12p, S3-2).
  await page.getByRole('button', { name: lang === 'en' ? 'View options' : 'خيارات العرض' }).tap();
  const name = lang === 'en' ? 'Lanes' : 'المسارات';
  const select = page.getByRole('combobox', { name });
  await expect(select).toBeVisible();
  const label = page.getByText(name, { exact: true });
  await expect(label).toBeVisible();
  const [l, s] = [(await label.boundingBox())!, (await select.boundingBox())!];
  // On the select's line, before it in the reading direction, whole on the screen, 14 px or more.
  expect(Math.abs(l.y + l.height / 2 - (s.y + s.height / 2))).toBeLessThan(6);
  expect(lang === 'en' ? l.x + l.width <= s.x : l.x >= s.x + s.width).toBe(true);
  expect(l.x).toBeGreaterThanOrEqual(0);
  expect(l.x + l.width).toBeLessThanOrEqual(width);
  expect(await label.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(14);
}

const LANES = "the lanes' select keeps its label in sight beside it (UX review 5, S3 #11)";

// On a phone, the event and the first screen opened once per language, their checks as steps.
test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) the event view, the article reader, the briefing, the header's menu and the lanes' select are touch-sized`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await test.step('in the event view every control is a 44 px target and no text is under 14 px, the article reader included', () =>
        checkEventFloors(page, lang));
      await test.step("the briefing's builder, opened from an event, has 44 px targets and 14 px text", () =>
        checkBriefingFloors(page, lang));
      await openApp(page, `lang=${lang}`);
      await test.step("the header's menu opens on 44 px targets, nothing wider than the screen", () =>
        checkMenuFloors(page, lang));
      await test.step(LANES, () => checkLanesLabel(page, lang, 390));
    });
});

test.describe('a small phone, 360×640, touch', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) the first view, an event opened from the list, the language switch and Back`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      // The first view, unscrolled: it opens on "Start here"; the list is one tap away below it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect(page.getByRole('region', { name: L[lang].start })).toBeInViewport();
      const list = page.getByRole('button', { name: L[lang].list });
      await list.scrollIntoViewIfNeeded();
      await list.click();
      const row = listRows(page, MAIN_CALL);
      await row.scrollIntoViewIfNeeded();
      await row.tap();
      // The event view: its headline and date on the first screen, nothing wider than the phone.
      await expect.poll(() => query(page).get('event')).toBe(MAIN_CALL);
      const headline = page.locator('#detail-heading');
      await expect(headline).toBeFocused();
      await expect(headline).toBeInViewport();
      await expect(detailPanel(page).locator('time').first()).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const view = await underFloors(story(page));
      expect(view.small, 'controls under 44 × 44 px').toEqual([]);
      expect(view.tiny, 'text under 14 px').toEqual([]);
      // The other language keeps the event; Back returns to its row.
      await story(page).getByRole('button', { name: L[lang].other }).tap();
      const other = lang === 'ar' ? 'en' : 'ar';
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      expect(query(page).get('event')).toBe(MAIN_CALL);
      await page.getByRole('button', { name: L[other].back }).tap();
      await expect.poll(() => query(page).get('event')).toBeNull();
      await expect(row).toBeFocused();
      await expect(row).toBeInViewport();
    });
  }
});

/**
 * Elements whose visible part reaches outside the viewport's width (what an ancestor clips is not
 * visible), the timeline's own canvas, hidden text and closed menus left aside.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) => el.closest('.vis-timeline, .visually-hidden, details:not([open]) > :not(summary)') === null,
      )
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        let left = r.left;
        let right = r.right;
        for (let a = el.parentElement; a !== null; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === 'visible') continue;
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
        }
        return right > left && (left < -1 || right > innerWidth + 1);
      })
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

test.describe('a tablet, touch', () => {
  for (const [width, height, layout] of [
    [768, 1024, 'phone'],
    [1024, 768, 'desk'],
  ] as const) {
    test.describe(`${width}×${height}`, () => {
      test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
      for (const lang of ['ar', 'en'] as const) {
        test(`(${lang}) is ${layout}-like by design, nothing is wider than the screen, and the quotes read at full size${layout === 'phone' ? "; the lanes' select" : ''}`, async ({
          page,
        }) => {
          if (layout === 'phone') {
            await openApp(page, `lang=${lang}`);
            await test.step(LANES, () => checkLanesLabel(page, lang, width));
          }
          await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
          const header = page.getByRole('banner');
          const inert = await header.evaluate((el) => (el as HTMLElement & { inert: boolean }).inert);
          if (layout === 'phone') {
            // The event is a view of its own, over an inert page, with a way back.
            expect(inert).toBe(true);
            await expect(page.getByRole('button', { name: L[lang].back })).toBeVisible();
          } else {
            // One screen: the page does not scroll, the timeline and the list stay beside the words.
            expect(inert).toBe(false);
            expect(
              await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
            ).toBeLessThanOrEqual(1);
            await expect(page.getByRole('region', { name: L[lang].timeline })).toBeInViewport();
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(await overflowing(page)).toEqual([]);
          const quotes = page.locator('.source-panel blockquote[lang="ar"]');
          expect(await quotes.count()).toBeGreaterThan(0);
          const sizes = await quotes.evaluateAll((els) =>
            els.map((e) => {
              const r = e.getBoundingClientRect();
              return { px: Number.parseFloat(getComputedStyle(e).fontSize), left: r.left, right: r.right };
            }),
          );
          for (const q of sizes) {
            expect(q.px).toBeGreaterThanOrEqual(17);
            expect(q.left).toBeGreaterThanOrEqual(0);
            expect(q.right).toBeLessThanOrEqual(width);
          }
          // A coarse pointer gets the phone's targets and type in the event's words, in either layout.
          const floors = await underFloors(page.locator('.story'));
          expect(floors.small, 'controls under 44 × 44 px').toEqual([]);
          expect(floors.tiny, 'text under 14 px').toEqual([]);
          if (layout === 'desk') {
            // The date display's panel opens inside the screen, wherever its button wrapped to.
            await page.getByText(L[lang].display, { exact: true }).click();
            const months = page.getByRole('group', { name: L[lang].months });
            await expect(months).toBeVisible();
            const box = (await months.boundingBox())!;
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(width);
          }
        });
      }
    });
  }
});
