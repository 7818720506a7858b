import type { Locator } from '@playwright/test';
import { expect, openApp, query, test } from './fixtures';

/** The hint over a timeline whose window holds no event, and its two ways out. */
const W = {
  en: {
    empty: 'No events in this stretch of time',
    earlier: /Earlier: Russia annexes Crimea/,
    later: /Later: Relations at their lowest before the war/,
  },
  ar: {
    empty: 'لا أحداث في هذه الفترة من الزمن',
    earlier: /قبلها: روسيا تضم شبه جزيرة القرم/,
    later: /بعدها: العلاقات في أدنى مستوياتها قبل الحرب/,
  },
} as const;

/** 2015 to mid-2018: after the annexation of Crimea (2014), before 2019–2021. */
const GAP = 'from=2015-03-01&to=2018-06-01';

const overlaps = async (a: Locator, b: Locator): Promise<boolean> => {
  const r = (await a.boundingBox())!;
  const s = (await b.boundingBox())!;
  return r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height;
};

for (const [size, viewport, touch] of [
  ['desk', { width: 1440, height: 900 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const) {
  test.describe(`an empty stretch of time (${size})`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });
    for (const lang of ['en', 'ar'] as const) {
      test(`(${lang}) says so over the lanes and names the nearest events, one click to each`, async ({
        page,
      }) => {
        await openApp(page, `lang=${lang}&${GAP}`);
        const pane = page.getByRole('region', { name: lang === 'en' ? 'Timeline of events' : /الخط الزمني/ });
        const hint = pane.getByRole('status').filter({ hasText: W[lang].empty });
        await hint.scrollIntoViewIfNeeded();
        await expect(hint).toBeVisible();
        const earlier = hint.getByRole('button', { name: W[lang].earlier });
        const later = hint.getByRole('button', { name: W[lang].later });
        await expect(earlier).toBeVisible();
        await expect(later).toBeVisible();
        // Over the lanes, clear of their names.
        for (const name of await pane.locator('[data-lane]').all())
          expect(await overlaps(hint, name)).toBe(false);
        // The later event comes into view, the hint goes, and the keys go on from the timeline.
        const from = query(page).get('from')!;
        await later.click();
        await expect(hint).toBeHidden();
        await expect.poll(() => query(page).get('to')! >= '2019-01-01').toBe(true);
        expect(query(page).get('from')! > from).toBe(true);
        await expect(pane).toBeFocused();
        await expect(page.locator('[data-id="relations-low-before-war"]')).toBeVisible();
      });
    }
  });
}
